# Conflicts (issue 9 §3): names, readable "keep both" names and the three choices on disk.
figestio_add_test(tst_syncthing_conflicts LABEL unit SOURCES unit/tst_syncthing_conflicts.cpp
    LIBS figestio-core-syncthing)
