# The update notice's check (core/common/UpdateCheck) against the devstack's update feed:
# newer, same, malformed, down, and a feed that is not reachable at all.
figestio_add_test(tst_update_check LABEL integration SOURCES integration/tst_update_check.cpp
    LIBS figestio-core-common DEVSTACK)
