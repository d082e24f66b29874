# A bundling build installs Syncthing next to the app, and the app uses it (sidecar/README.md).
add_test(NAME sidecar_bundle COMMAND ${FIGESTIO_TEST_RUNNER} --
         ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-bundle ${PROJECT_SOURCE_DIR}
         $<TARGET_FILE:figestio-sync>)
set_tests_properties(sidecar_bundle PROPERTIES LABELS integration TIMEOUT 120)
