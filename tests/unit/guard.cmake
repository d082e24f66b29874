# The mass-delete guard's parts without Syncthing: the threshold, the parsers of recorded
# answers, the config.xml hold, the folder watcher on a real temporary folder; and its window.
figestio_add_test(tst_syncthing_guardparts LABEL unit SOURCES unit/tst_syncthing_guardparts.cpp
    LIBS figestio-core-syncthing)
figestio_add_test(tst_ui_deletion LABEL unit SOURCES unit/tst_ui_deletion.cpp unit/ui_support.h
    LIBS figestio-app)
