# core/setup end to end below the UI: the real SetupFlow, a real Syncthing (SyncthingService),
# the devstack's provider, API and server Syncthing, the real keychain.
figestio_add_test(tst_setup_devstack LABEL integration TIMEOUT 240
    SOURCES integration/tst_setup_devstack.cpp LIBS figestio-core-setup
    DEVSTACK KEYRING LOCKS loopback-ports)
# The built binary's --setup-folder (after --sign-in through the fake xdg-open) and --status.
figestio_add_test(tst_setup_cli LABEL integration TIMEOUT 240 SOURCES integration/tst_setup_cli.cpp
    DEVSTACK KEYRING XVFB TRAY LOCKS loopback-ports)
if(TARGET tst_setup_cli)
    add_dependencies(tst_setup_cli figestio-sync)
    target_compile_definitions(tst_setup_cli PRIVATE
        FIGESTIO_SYNC_BINARY="$<TARGET_FILE:figestio-sync>")
endif()
# Issue 9 §6: switching agency (a new engine identity) and its rollback, against the devstack.
figestio_add_test(tst_setup_agency_switch LABEL integration TIMEOUT 300
    SOURCES integration/tst_setup_agency_switch.cpp LIBS figestio-core-setup
    DEVSTACK KEYRING LOCKS loopback-ports)
