# Syncthing module: pure logic, no Syncthing needed (recorded JSON, a fake event transport).
figestio_add_test(tst_syncthing_state LABEL unit SOURCES unit/tst_syncthing_state.cpp
    LIBS figestio-core-syncthing)
figestio_add_test(tst_syncthing_eventstream LABEL unit SOURCES unit/tst_syncthing_eventstream.cpp
    LIBS figestio-core-syncthing)
figestio_add_test(tst_syncthing_sidecarparts LABEL unit SOURCES unit/tst_syncthing_sidecarparts.cpp
    LIBS figestio-core-syncthing)
figestio_add_test(tst_syncthing_enginecommand LABEL unit
    SOURCES unit/tst_syncthing_enginecommand.cpp LIBS figestio-core-syncthing)
# When the tray notifies (headless: the policy, not the words).
figestio_add_test(tst_syncthing_notifier LABEL unit SOURCES unit/tst_syncthing_notifier.cpp
    unit/state_support.h LIBS figestio-core-syncthing)
# The engine identity's files in a switch of agency (set aside, restored, discarded).
figestio_add_test(tst_syncthing_identity LABEL unit SOURCES unit/tst_syncthing_identity.cpp
    LIBS figestio-core-syncthing)
# The pause of the server: kept across starts, gone with the setup.
figestio_add_test(tst_syncthing_pauseintent LABEL unit SOURCES unit/tst_syncthing_pauseintent.cpp
    LIBS figestio-core-syncthing)
