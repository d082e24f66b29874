# core/auth and core/api: pure logic (no devstack, no keychain).
figestio_add_test(tst_auth_pkce LABEL unit SOURCES unit/tst_auth_pkce.cpp LIBS figestio-core-auth)
figestio_add_test(tst_auth_oidc LABEL unit SOURCES unit/tst_auth_oidc.cpp LIBS figestio-core-auth)
figestio_add_test(tst_api_parsing LABEL unit SOURCES unit/tst_api_parsing.cpp LIBS figestio-core-api)
# One case waits on the loopback sign-in port (signing in again).
figestio_add_test(tst_auth_session LABEL unit SOURCES unit/tst_auth_session.cpp
                  LIBS figestio-core-api LOCKS loopback-ports)
# Binds the real loopback ports 51789–51799.
figestio_add_test(tst_auth_loopback LABEL unit SOURCES unit/tst_auth_loopback.cpp
                  LIBS figestio-core-auth LOCKS loopback-ports)
figestio_add_test(tst_http_call LABEL unit SOURCES unit/tst_http_call.cpp LIBS figestio-core-auth)
