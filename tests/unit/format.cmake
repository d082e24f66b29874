# Every C++ source follows .clang-format.
find_program(CLANG_FORMAT clang-format)
if(CLANG_FORMAT)
    add_test(NAME format COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/env/check-format ${CLANG_FORMAT})
    set_tests_properties(format PROPERTIES LABELS unit WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
