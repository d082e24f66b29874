# core/setup end to end below the UI: the real SetupFlow, a real Syncthing (SyncthingService),
# the devstack's provider, API and server Syncthing, the real keychain.
figestio_add_test(tst_setup_devstack LABEL integration TIMEOUT 240
    SOURCES integration/tst_setup_devstack.cpp LIBS figestio-core-setup
    DEVSTACK KEYRING LOCKS loopback-ports)
