# KeychainTokenStore with the real gnome-keyring: the service name and the once-per-run cache.
figestio_add_test(tst_auth_tokenstore LABEL integration SOURCES integration/tst_auth_tokenstore.cpp
                  LIBS figestio-core-auth KEYRING)
