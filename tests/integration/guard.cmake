# The mass-delete guard and the folder that goes away, against the devstack's server Syncthing.
figestio_add_test(tst_syncthing_guard LABEL integration TIMEOUT 300
    SOURCES integration/tst_syncthing_guard.cpp LIBS figestio-core-setup
    DEVSTACK KEYRING LOCKS loopback-ports)
