# Linux-only files of the deb and rpm: man page, Debian changelog and copyright, rpm licence.
# Included from packaging/CMakeLists.txt.

# A package's binary finds Qt in the system's library path: no RUNPATH ($ORIGIN/../lib from
# qt_standard_project_setup would make the rpm relocatable-looking and lintian/rpmlint complain).
set_target_properties(figestio-sync PROPERTIES INSTALL_RPATH "")

# The man page is generated from --help at build time (help2man), in English, so it never
# drifts from the program. Cross builds cannot run the binary: no man page there.
find_program(HELP2MAN help2man)
find_program(GZIP_PROGRAM gzip)
if(HELP2MAN AND GZIP_PROGRAM AND NOT CMAKE_CROSSCOMPILING)
    set(_man ${CMAKE_CURRENT_BINARY_DIR}/figestio-sync.1)
    configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/man-extra.h2m.in
        ${CMAKE_CURRENT_BINARY_DIR}/man-extra.h2m @ONLY)
    # The page is in English whatever the build user's locale: a config home of its own that
    # chooses English (the app's saved-language setting), and a UTF-8 C locale for help2man.
    # Run by name from its directory, so the usage line says "figestio-sync", not a build path.
    set(_man_home ${CMAKE_CURRENT_BINARY_DIR}/man-home)
    file(WRITE ${_man_home}/Figestio/figestio-sync.conf "[ui]\nlanguage=en\n")
    add_custom_command(OUTPUT ${_man}.gz
        COMMAND ${CMAKE_COMMAND} -E env "PATH=$<TARGET_FILE_DIR:figestio-sync>:$ENV{PATH}"
                LC_ALL=C.UTF-8 XDG_CONFIG_HOME=${_man_home} QT_QPA_PLATFORM=offscreen
                ${HELP2MAN} --locale=C.UTF-8 --no-info --section=1 --source=Figestio
                --include=${CMAKE_CURRENT_BINARY_DIR}/man-extra.h2m
                --output=${_man} figestio-sync
        COMMAND ${GZIP_PROGRAM} -9nf ${_man}
        DEPENDS figestio-sync ${CMAKE_CURRENT_BINARY_DIR}/man-extra.h2m
        COMMENT "Man page from figestio-sync --help"
        VERBATIM)
    add_custom_target(figestio-manpage ALL DEPENDS ${_man}.gz)
    install(FILES ${_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
elseif(FIGESTIO_PACKAGE_BUILD AND NOT CMAKE_CROSSCOMPILING)
    message(WARNING "help2man not found: the packages will have no man page (scripts/setup-deps)")
endif()

# Debian: the changelog (a version without a Debian revision is a native package, so it is
# changelog.gz) and a machine-readable (DEP-5) copyright file with the licence text.
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/figestio-sync)
set(_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${_changelog_gz}
    COMMAND ${GZIP_PROGRAM} -9nc ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog > ${_changelog_gz}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog)
add_custom_target(figestio-changelog ALL DEPENDS ${_changelog_gz})
install(FILES ${_changelog_gz} DESTINATION ${_doc} COMPONENT debian)

file(READ ${FIGESTIO_LICENSE_FILE} _licence)
string(STRIP "${_licence}" _licence)
string(REGEX REPLACE "\n\n" "\n.\n" _licence "${_licence}")
string(REGEX REPLACE "\n" "\n " _licence "${_licence}")
set(FIGESTIO_COPYRIGHT_LICENCE_TEXT " ${_licence}")
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright.in
    ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${_doc} COMPONENT debian)

install(FILES ${FIGESTIO_LICENSE_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/licenses/figestio-sync
    RENAME LICENSE COMPONENT rpm)
