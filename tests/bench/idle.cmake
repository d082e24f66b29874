# Idle cost of the Syncthing module: with everything up to date the app holds one pending
# long-poll and sends nothing else. Run by CTest for 10 s (an assertion); run the binary by
# hand for the 30 s figures:  build/tests/bench_syncthing_idle   (FIGESTIO_IDLE_SECONDS=N)
figestio_add_test(bench_syncthing_idle LABEL bench TIMEOUT 120 ENV FIGESTIO_IDLE_SECONDS=10
    SOURCES bench/bench_syncthing_idle.cpp LIBS figestio-core-syncthing)
