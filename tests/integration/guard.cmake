# The mass-delete guard and the folder that goes away, against the devstack's server Syncthing.
figestio_add_test(tst_syncthing_guard LABEL integration TIMEOUT 300
    SOURCES integration/tst_syncthing_guard.cpp LIBS figestio-core-setup
    DEVSTACK KEYRING LOCKS loopback-ports)
# The system's limit of watched folders reached for real: the test moves into a user namespace of
# its own with a tiny inotify watch limit (skips where user namespaces or that limit are not
# available).
figestio_add_test(tst_syncthing_watchlimit LABEL integration TIMEOUT 120
    SOURCES integration/tst_syncthing_watchlimit.cpp LIBS figestio-core-syncthing)
