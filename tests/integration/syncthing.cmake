# Syncthing module against the real `syncthing` binary: own temp homes, free loopback ports
# chosen by the kernel (never 51789–51799), no devstack.
figestio_add_test(tst_syncthing_sidecar LABEL integration TIMEOUT 240
    SOURCES integration/tst_syncthing_sidecar.cpp LIBS figestio-core-syncthing)
figestio_add_test(tst_syncthing_sync LABEL integration TIMEOUT 180
    SOURCES integration/tst_syncthing_sync.cpp LIBS figestio-core-syncthing)
# Runs a SyncthingService until killed: the "app that crashed" of the left-over sidecar test.
figestio_add_test(syncthing_app_helper LABEL integration NOT_IN_CTEST
    SOURCES integration/syncthing_app_helper.cpp LIBS figestio-core-syncthing)
if(TARGET tst_syncthing_sidecar)
    add_dependencies(tst_syncthing_sidecar syncthing_app_helper)
endif()
# The synced folder made read-only, deleted, or on a full disk (real mounts in a private mount
# namespace; the mount cases skip without root).
figestio_add_test(tst_syncthing_faults LABEL integration TIMEOUT 240
    SOURCES integration/tst_syncthing_faults.cpp LIBS figestio-core-syncthing)
