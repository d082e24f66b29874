# Figures for the whole app (start → tray time, resident memory, idle REST requests). Printed,
# not asserted; not run by CTest. Run by hand:
#   tests/env/run-test --devstack --keyring --tray -- build/tests/bench_app
figestio_add_test(bench_app LABEL bench NOT_IN_CTEST SOURCES bench/bench_app.cpp
    LIBS figestio-app)
if(TARGET bench_app)
    add_dependencies(bench_app figestio-sync)
    target_compile_definitions(bench_app PRIVATE FIGESTIO_SYNC_BINARY="$<TARGET_FILE:figestio-sync>")
endif()
