# The update feed's rules (UpdateCheck: parsing, version order, allowed URLs) and its display
# (tray menu entry, Settings line).
figestio_add_test(tst_update_feed LABEL unit SOURCES unit/tst_update_feed.cpp LIBS figestio-core-common)
figestio_add_test(tst_update_notice LABEL unit SOURCES unit/tst_update_notice.cpp LIBS figestio-app)
