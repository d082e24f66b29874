# core/setup: folder rules and the step logic (a small in-memory backend; no network).
figestio_add_test(tst_setup_folder LABEL unit SOURCES unit/tst_setup_folder.cpp
    LIBS figestio-core-setup)
figestio_add_test(tst_setup_flow LABEL unit SOURCES unit/tst_setup_flow.cpp
    LIBS figestio-core-setup)
# app: one instance per user (lock + local socket) and start at login.
figestio_add_test(tst_app_instance LABEL unit SOURCES unit/tst_app_instance.cpp LIBS figestio-app)
