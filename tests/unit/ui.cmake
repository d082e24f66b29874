# Widget tests (offscreen): tray mapping and notifications, setup wizard, status window,
# settings and diagnostic report. Screenshots land in <build>/screenshots/.
foreach(_t tst_ui_tray tst_ui_wizard tst_ui_status tst_ui_settings)
    figestio_add_test(${_t} LABEL unit SOURCES unit/${_t}.cpp unit/ui_support.h LIBS figestio-app)
endforeach()

# The desktop entry and the AppStream metadata are valid (when the validators are installed).
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(DESKTOP_FILE_VALIDATE)
    add_test(NAME desktop_entry COMMAND ${DESKTOP_FILE_VALIDATE}
             ${PROJECT_SOURCE_DIR}/resources/com.figestio.sync.desktop)
    set_tests_properties(desktop_entry PROPERTIES LABELS unit)
endif()
if(APPSTREAMCLI)
    # The metainfo as installed: configured by packaging/CMakeLists.txt (homepage, licence…).
    add_test(NAME appstream_metainfo COMMAND ${APPSTREAMCLI} validate --no-net --pedantic
             ${PROJECT_BINARY_DIR}/resources/com.figestio.sync.metainfo.xml)
    set_tests_properties(appstream_metainfo PROPERTIES LABELS unit)
endif()

# "Is it safe?" (issue 9 §5): Safety::of a real SyncState and its words in the three languages.
figestio_add_test(tst_ui_safety LABEL unit SOURCES unit/tst_ui_safety.cpp unit/ui_support.h
    LIBS figestio-app)
# "Recover files…" (issue 9 §1): list, search, restore of one or several; names; screenshots.
figestio_add_test(tst_ui_recover LABEL unit SOURCES unit/tst_ui_recover.cpp unit/ui_support.h
    LIBS figestio-app)
# "Needs your attention" (issue 9 §3): the conflict panel over a real folder on disk.
figestio_add_test(tst_ui_conflicts LABEL unit SOURCES unit/tst_ui_conflicts.cpp unit/ui_support.h
    LIBS figestio-app)
