# core/setup: folder rules and the step logic (a small in-memory backend; no network).
figestio_add_test(tst_setup_folder LABEL unit SOURCES unit/tst_setup_folder.cpp
    LIBS figestio-core-setup)
figestio_add_test(tst_setup_flow LABEL unit SOURCES unit/tst_setup_flow.cpp
    LIBS figestio-core-setup)
