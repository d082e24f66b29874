# deb and rpm are built from this tree and inspected (contents, dependencies, runnable binary).
add_test(NAME packaging COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-packages ${PROJECT_BINARY_DIR})
set_tests_properties(packaging PROPERTIES LABELS integration TIMEOUT 300 RESOURCE_LOCK cpack)
