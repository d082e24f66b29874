# Windows: a GUI-subsystem executable (no console window at every autostart; app/main.cpp
# attaches to the parent's console for the command-line commands), Qt deployed by Qt's deploy
# script (windeployqt underneath: platform, TLS backend and image plugins), qtbase's Catalan and
# Spanish catalogues in translations\ (figestio_install_qt_catalogs),
# and a per-user NSIS installer from packaging/windows/installer.nsi.in built by
# packaging/windows/make-installer. Built by the hosted workflow only; included from
# packaging/CMakeLists.txt.

set_target_properties(figestio-sync PROPERTIES WIN32_EXECUTABLE ON)

figestio_install_qt_deploy_script()
figestio_install_qt_catalogs(translations)
# windeployqt copies Qt's own DLLs only: QtKeychain's goes next to the exe too.
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin)
