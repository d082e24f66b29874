figestio_add_test(tst_common LABEL unit SOURCES unit/tst_common.cpp LIBS figestio-core-common)
