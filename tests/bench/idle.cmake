# Idle cost of the Syncthing module: with everything up to date the app holds one pending
# long-poll and sends nothing else. Run by CTest over the 30 idle seconds the issue asks for
# (an assertion on the request count, figures printed); FIGESTIO_IDLE_SECONDS=N by hand.
figestio_add_test(bench_syncthing_idle LABEL bench TIMEOUT 150 ENV FIGESTIO_IDLE_SECONDS=30
    SOURCES bench/bench_syncthing_idle.cpp LIBS figestio-core-syncthing)
