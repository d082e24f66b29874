# Finding 7 of issue 10: what a package build refuses at configure time.
# cmake -DSOURCE_DIR=… [-DSCRATCH=…] -P check-build-settings.cmake (tests/unit/build_settings.cmake)
set(_script ${SOURCE_DIR}/cmake/FigestioBuildSettings.cmake)
set(_failures 0)

# try(<expect: ok|fail> <message regex or ""> <-D args…>): runs the settings check alone.
function(try expect regex)
    execute_process(COMMAND ${CMAKE_COMMAND} ${ARGN} -P ${_script}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if((expect STREQUAL "ok" AND NOT rc EQUAL 0) OR (expect STREQUAL "fail" AND rc EQUAL 0) OR
       (regex AND NOT out MATCHES "${regex}"))
        message(SEND_ERROR "expected ${expect} /${regex}/ for ${ARGN}; rc=${rc}:\n${out}")
        math(EXPR _f "${_failures} + 1")
        set(_failures ${_f} PARENT_SCOPE)
    endif()
endfunction()

set(_pkg -DFIGESTIO_PACKAGE_BUILD=ON -DFIGESTIO_DEV_OVERRIDES=OFF)
set(_issuer -DFIGESTIO_OIDC_ISSUER_URL=https://id.figestio.com)
try(ok "" ${_pkg} -DFIGESTIO_API_URL=https://api.figestio.com ${_issuer})
try(ok "" ${_pkg} -DFIGESTIO_API_URL=http://127.0.0.1:9000/api ${_issuer})
try(ok "" -DFIGESTIO_PACKAGE_BUILD=OFF -DFIGESTIO_DEV_OVERRIDES=ON -DFIGESTIO_API_URL=http://x)
try(fail "DEV_OVERRIDES" -DFIGESTIO_PACKAGE_BUILD=ON -DFIGESTIO_DEV_OVERRIDES=ON
    -DFIGESTIO_API_URL=https://api.figestio.com ${_issuer})
try(fail "plain http" ${_pkg} -DFIGESTIO_API_URL=http://api.figestio.com ${_issuer})
try(fail "plain http" ${_pkg} -DFIGESTIO_API_URL=HTTP://api.figestio.com ${_issuer})
try(fail "plain http" ${_pkg} -DFIGESTIO_API_URL=http://localhost.evil.example/api ${_issuer})
try(fail "user info" ${_pkg} -DFIGESTIO_API_URL=http://localhost:80@evil.example ${_issuer})
try(fail "user info" ${_pkg} -DFIGESTIO_API_URL=HTTP://LOCALHOST@evil.example ${_issuer})
try(fail "not an http" ${_pkg} -DFIGESTIO_API_URL=ftp://api.figestio.com ${_issuer})
try(fail "explicitly" ${_pkg} -DFIGESTIO_API_URL= ${_issuer})
try(fail "explicitly" ${_pkg} -DFIGESTIO_API_URL=http://127.0.0.1:8788/api
    -D_FIGESTIO_API_URL_DEFAULTED=ON ${_issuer})

# The real configure: a dev tree reconfigured as a package build keeps its cached
# FIGESTIO_DEV_OVERRIDES=ON and its devstack URLs; both must stop the configure.
if(SCRATCH)
    file(REMOVE_RECURSE ${SCRATCH})
    set(_cfg ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${SCRATCH} -G Ninja -DFIGESTIO_BUILD_TESTS=OFF)
    foreach(_step dev package package-no-overrides explicit)
        if(_step STREQUAL "dev")
            set(_args)
            set(_expect 0)
        elseif(_step STREQUAL "package")
            set(_args -DFIGESTIO_PACKAGE_BUILD=ON)
            set(_expect 1)
        elseif(_step STREQUAL "package-no-overrides")
            set(_args -DFIGESTIO_DEV_OVERRIDES=OFF)
            set(_expect 1)
        else()
            set(_args -DFIGESTIO_API_URL=https://api.figestio.com ${_issuer})
            set(_expect 0)
        endif()
        execute_process(COMMAND ${_cfg} ${_args} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                        ERROR_VARIABLE out)
        if((_expect EQUAL 0 AND NOT rc EQUAL 0) OR (_expect EQUAL 1 AND rc EQUAL 0))
            message(SEND_ERROR "configure step ${_step}: rc=${rc}\n${out}")
            math(EXPR _failures "${_failures} + 1")
        endif()
    endforeach()
    file(REMOVE_RECURSE ${SCRATCH})
endif()

if(_failures GREATER 0)
    message(FATAL_ERROR "${_failures} build-settings check(s) failed")
endif()
message(STATUS "build settings: all checks passed")
