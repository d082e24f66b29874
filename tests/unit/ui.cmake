# Widget tests (offscreen): tray mapping and notifications, setup wizard, status window,
# settings and diagnostic report. Screenshots land in <build>/screenshots/.
foreach(_t tst_ui_tray tst_ui_wizard tst_ui_status tst_ui_settings)
    figestio_add_test(${_t} LABEL unit SOURCES unit/${_t}.cpp unit/ui_support.h LIBS figestio-app)
endforeach()
