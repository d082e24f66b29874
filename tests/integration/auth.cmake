# core/auth and core/api against the devstack (real provider, API) and the real keychain.
set(_auth_libs figestio-core-api)
figestio_add_test(tst_auth_signin LABEL integration SOURCES integration/tst_auth_signin.cpp
                  LIBS ${_auth_libs} DEVSTACK KEYRING LOCKS loopback-ports TIMEOUT 180)
figestio_add_test(tst_auth_api LABEL integration SOURCES integration/tst_auth_api.cpp
                  LIBS ${_auth_libs} DEVSTACK KEYRING LOCKS loopback-ports TIMEOUT 180)
# Without KEYRING: no Secret Service reachable.
figestio_add_test(tst_auth_nokeychain LABEL integration SOURCES integration/tst_auth_nokeychain.cpp
                  LIBS ${_auth_libs} DEVSTACK LOCKS loopback-ports)
# The built binary's --sign-in / --whoami / --sign-out (fake xdg-open first on PATH).
figestio_add_test(tst_auth_cli LABEL integration SOURCES integration/tst_auth_cli.cpp
                  LIBS figestio-app DEVSTACK KEYRING LOCKS loopback-ports TIMEOUT 180)
if(TARGET tst_auth_cli)
    add_dependencies(tst_auth_cli figestio-sync)
    target_compile_definitions(tst_auth_cli PRIVATE
        FIGESTIO_SYNC_BINARY="$<TARGET_FILE:figestio-sync>")
endif()
# A Secret Service that never answers (its own private bus; no KEYRING).
figestio_add_test(tst_auth_keychain_hang LABEL integration
                  SOURCES integration/tst_auth_keychain_hang.cpp LIBS ${_auth_libs} Qt6::DBus)
