# The built binary's --version, --help and wrong command lines (no display needed).
figestio_add_test(tst_cli LABEL unit SOURCES unit/tst_cli.cpp LIBS figestio-core-common)
if(TARGET tst_cli)
    add_dependencies(tst_cli figestio-sync)
    target_compile_definitions(tst_cli PRIVATE FIGESTIO_SYNC_BINARY="$<TARGET_FILE:figestio-sync>")
endif()
