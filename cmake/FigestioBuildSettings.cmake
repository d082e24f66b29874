# Configure-time guarantees of a package build (DESIGN §4, issue 10 finding 7). Included by the
# top-level CMakeLists.txt; also runnable on its own so a test can try settings without a
# configure:  cmake -DFIGESTIO_PACKAGE_BUILD=ON -DFIGESTIO_API_URL=… -P FigestioBuildSettings.cmake

# The devstack's addresses: a dev tree's defaults, never what a package ships with.
set(FIGESTIO_DEVSTACK_FIGESTIO_API_URL "http://127.0.0.1:8788/api")
set(FIGESTIO_DEVSTACK_FIGESTIO_OIDC_ISSUER_URL "http://127.0.0.1:8788")

# Why `url` is not acceptable as a compiled-in backend URL ("" when it is): https, or plain
# http to this computer only; no user info (http://localhost:80@evil.example names evil).
function(figestio_url_problem url out)
    string(TOLOWER "${url}" _u)
    if(NOT _u MATCHES "^(https?)://([^/?#]*)")
        set(${out} "is not an http(s) address" PARENT_SCOPE)
        return()
    endif()
    set(_scheme "${CMAKE_MATCH_1}")
    set(_authority "${CMAKE_MATCH_2}")
    if(_authority MATCHES "@")
        set(${out} "carries user info (an @ before the host)" PARENT_SCOPE)
        return()
    endif()
    if(_authority STREQUAL "" OR _authority MATCHES "^:")
        set(${out} "has no host" PARENT_SCOPE)
        return()
    endif()
    if(_scheme STREQUAL "http" AND
       NOT _authority MATCHES "^(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?$")
        set(${out} "is plain http:// to a host that is not this computer" PARENT_SCOPE)
        return()
    endif()
    set(${out} "" PARENT_SCOPE)
endfunction()

function(figestio_check_build_settings)
    if(NOT FIGESTIO_PACKAGE_BUILD)
        return()
    endif()
    if(FIGESTIO_DEV_OVERRIDES)
        # A dev tree reconfigured for a package keeps its cached ON: refuse rather than ship a
        # binary that takes its backend from the environment.
        message(FATAL_ERROR "FIGESTIO_PACKAGE_BUILD=ON with FIGESTIO_DEV_OVERRIDES=ON: a package "
                            "never reads its URLs or Syncthing from the environment. Configure "
                            "with -DFIGESTIO_DEV_OVERRIDES=OFF (or a fresh build directory).")
    endif()
    foreach(_var FIGESTIO_API_URL FIGESTIO_OIDC_ISSUER_URL)
        set(_value "${${_var}}")
        # _<var>_DEFAULTED: the value is the dev default nobody passed (top-level CMakeLists).
        if(_value STREQUAL "" OR
           (_${_var}_DEFAULTED AND _value STREQUAL FIGESTIO_DEVSTACK_${_var}))
            message(FATAL_ERROR "${_var}: a package build needs its address given explicitly "
                                "(-D${_var}=https://…), not the devstack's default.")
        endif()
        figestio_url_problem("${_value}" _problem)
        if(_problem)
            message(FATAL_ERROR "${_var}=${_value} ${_problem}: a package build refuses it.")
        endif()
    endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    figestio_check_build_settings()
endif()
