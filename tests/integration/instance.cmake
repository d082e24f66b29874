# The built binary's --quit against a running instance (what the Windows uninstaller calls).
figestio_add_test(tst_app_quit LABEL integration TIMEOUT 120 SOURCES integration/tst_app_quit.cpp
    KEYRING)
if(TARGET tst_app_quit)
    add_dependencies(tst_app_quit figestio-sync)
    target_compile_definitions(tst_app_quit PRIVATE FIGESTIO_SYNC_BINARY="$<TARGET_FILE:figestio-sync>")
endif()
