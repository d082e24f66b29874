# The whole app under Xvfb with a tray host, against the devstack, the real Syncthing and the
# real keychain (label e2e).
figestio_add_test(tst_e2e_app LABEL e2e TIMEOUT 300 SOURCES e2e/tst_e2e_app.cpp
    LIBS figestio-app DEVSTACK KEYRING XVFB TRAY LOCKS loopback-ports)
# The built binary reaches the tray with a clean log; --status and a second launch.
figestio_add_test(tst_e2e_smoke LABEL e2e TIMEOUT 120 SOURCES e2e/tst_e2e_smoke.cpp
    KEYRING XVFB TRAY)
if(TARGET tst_e2e_smoke)
    add_dependencies(tst_e2e_smoke figestio-sync)
    target_compile_definitions(tst_e2e_smoke PRIVATE
        FIGESTIO_SYNC_BINARY="$<TARGET_FILE:figestio-sync>")
endif()
# Issue 9 §6: Settings → Change agency… through the wizard to syncing with the other agency.
figestio_add_test(tst_e2e_change_agency LABEL e2e TIMEOUT 300 SOURCES e2e/tst_e2e_change_agency.cpp
    LIBS figestio-app DEVSTACK KEYRING XVFB TRAY LOCKS loopback-ports)
