# core/setup: folder rules and the step logic (a small in-memory backend; no network).
figestio_add_test(tst_setup_folder LABEL unit SOURCES unit/tst_setup_folder.cpp
    LIBS figestio-core-setup)
figestio_add_test(tst_setup_flow LABEL unit SOURCES unit/tst_setup_flow.cpp
    LIBS figestio-core-setup)
# app: one instance per user (lock + local socket) and start at login.
figestio_add_test(tst_app_instance LABEL unit SOURCES unit/tst_app_instance.cpp LIBS figestio-app)
# The app's block in .stignore (merge with a person's own lines) and the versioning chosen.
figestio_add_test(tst_setup_protection LABEL unit SOURCES unit/tst_setup_protection.cpp
    LIBS figestio-core-setup)
# A switch of agency cut short by a crash: the record decides which engine identity stays.
figestio_add_test(tst_setup_switch_recovery LABEL unit SOURCES unit/tst_setup_switch_recovery.cpp
    LIBS figestio-core-setup)
