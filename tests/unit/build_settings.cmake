# Configure-time guarantees of package builds (cmake/FigestioBuildSettings.cmake): the check
# alone for many URLs, then a real configure of a scratch tree reconfigured as a package.
add_test(NAME build_settings
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -DSCRATCH=${CMAKE_CURRENT_BINARY_DIR}/build-settings-scratch
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/env/check-build-settings.cmake)
set_tests_properties(build_settings PROPERTIES LABELS unit TIMEOUT 180)
