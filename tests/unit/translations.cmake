# Every user-visible string of app/ and core/ is translated into Catalan, Spanish and English:
# no unfinished or empty entry, nothing lupdate finds that the .ts files lack, the same
# placeholders as the source (scripts/translations.py check).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
    add_test(NAME translations COMMAND ${Python3_EXECUTABLE}
             ${PROJECT_SOURCE_DIR}/scripts/translations.py check)
    set_tests_properties(translations PROPERTIES LABELS unit TIMEOUT 120
                         ENVIRONMENT "LUPDATE=$<TARGET_FILE:Qt6::lupdate>")
endif()
# The language switch and the embedded .qm files are exercised by tst_ui_settings.
