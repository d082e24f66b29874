# cmake -DLOCK=… -DTRIPLE=… -DBINARY=… -P check-pinned.cmake → prints "pinned" or why not.
include(${CMAKE_CURRENT_LIST_DIR}/../../sidecar/SyncthingLock.cmake)
figestio_check_pinned_syncthing(${LOCK} ${TRIPLE} ${BINARY} _why)
if(_why)
    message(NOTICE "${_why}")
else()
    message(NOTICE "pinned")
endif()
