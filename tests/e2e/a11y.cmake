# The app as a screen-reader user meets it (issue 13): the built app walked over AT-SPI
# (python3-pyatspi) with the keyboard alone, under Xvfb with openbox, against the devstack.
# The wizard in English, Catalan and Spanish (the latter two: Qt's own dialog not in English);
# two agencies; the status window, Settings, Recover files and a real conflict.
find_program(FIGESTIO_SYSTEM_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(FIGESTIO_SYSTEM_PYTHON3 AND TARGET figestio-sync)
    function(figestio_add_a11y_walk name script lang)
        add_test(NAME ${name}
                 COMMAND ${FIGESTIO_TEST_RUNNER} --keyring --devstack --tray --
                         ${FIGESTIO_SYSTEM_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/${script}
                         --binary $<TARGET_FILE:figestio-sync> --source ${PROJECT_SOURCE_DIR}
                         --lang ${lang})
        set_tests_properties(${name} PROPERTIES LABELS "e2e;a11y" TIMEOUT 240
                             RESOURCE_LOCK loopback-ports)
    endfunction()
    foreach(_lang en ca es)
        figestio_add_a11y_walk(tst_a11y_wizard_${_lang} tst_a11y_wizard.py ${_lang})
    endforeach()
    figestio_add_a11y_walk(tst_a11y_agencies tst_a11y_agencies.py en)
    foreach(_lang en ca)
        figestio_add_a11y_walk(tst_a11y_windows_${_lang} tst_a11y_windows.py ${_lang})
    endforeach()
endif()
