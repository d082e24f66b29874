figestio_add_test(tst_logging LABEL unit SOURCES unit/tst_logging.cpp LIBS figestio-core-common)
