# The first run as a screen-reader user meets it (issue 13): the built app walked over AT-SPI
# (python3-pyatspi) with the keyboard alone, under Xvfb with openbox, against the devstack.
# The same walk in English, Catalan and Spanish (the latter two: Qt's own dialog not in English).
find_program(FIGESTIO_SYSTEM_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(FIGESTIO_SYSTEM_PYTHON3 AND TARGET figestio-sync)
    foreach(_lang en ca es)
        add_test(NAME tst_a11y_wizard_${_lang}
                 COMMAND ${FIGESTIO_TEST_RUNNER} --keyring --devstack --tray --
                         ${FIGESTIO_SYSTEM_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/tst_a11y_wizard.py
                         --binary $<TARGET_FILE:figestio-sync> --source ${PROJECT_SOURCE_DIR}
                         --lang ${_lang})
        set_tests_properties(tst_a11y_wizard_${_lang} PROPERTIES LABELS "e2e;a11y" TIMEOUT 240
                             RESOURCE_LOCK loopback-ports)
    endforeach()
endif()
