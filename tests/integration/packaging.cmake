# deb and rpm are built from this tree and inspected (contents, dependencies, runnable binary).
add_test(NAME packaging COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-packages ${PROJECT_BINARY_DIR})
set_tests_properties(packaging PROPERTIES LABELS integration TIMEOUT 300 RESOURCE_LOCK cpack)
# The pinned engine: fetch-syncthing's signature and hash checks and the bundling refusal, on
# archives and a key made by the test (sidecar/syncthing.lock).
add_test(NAME sidecar_lock COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-fetch-syncthing
         ${PROJECT_SOURCE_DIR})
set_tests_properties(sidecar_lock PROPERTIES LABELS integration TIMEOUT 120)
# Windows/macOS installer pieces checkable on Linux: the NSIS script compiles (makensis), the
# Info.plist and the .icns, the hosted release workflow's YAML.
add_test(NAME installers COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-installers
         ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
set_tests_properties(installers PROPERTIES LABELS integration TIMEOUT 120)
