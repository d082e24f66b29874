# macOS: figestio-sync.app (Info.plist with LSUIElement, bundle id com.figestio.sync, the icon),
# Qt deployed into it by Qt's deploy script (macdeployqt underneath), qtbase's Catalan and
# Spanish catalogues in Contents/Resources/translations (figestio_install_qt_catalogs), the
# engine in Contents/MacOS next to the executable (sidecar/CMakeLists.txt; the app's lookup looks
# there first), then packaging/macos/make-dmg signs, builds the DMG and notarizes. Built by the
# hosted workflow only; included from packaging/CMakeLists.txt.

set(_icns ${PROJECT_SOURCE_DIR}/resources/icons/app.icns)
configure_file(${_icns} ${CMAKE_CURRENT_BINARY_DIR}/figestio-sync.icns COPYONLY)
# Source properties are per directory: set them where the target lives.
set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/figestio-sync.icns TARGET_DIRECTORY figestio-sync
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(figestio-sync PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/figestio-sync.icns)
set_target_properties(figestio-sync PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)

figestio_install_qt_deploy_script()
figestio_install_qt_catalogs(figestio-sync.app/Contents/Resources/translations)
