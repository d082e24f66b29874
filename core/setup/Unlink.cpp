#include "setup/Unlink.h"

#include "common/Logging.h"
#include "setup/SetupBackend.h"
#include "setup/SetupRecord.h"

namespace figestio {

void unlinkFromServer(SetupBackend &backend, QObject *context, Callback<Done> done) {
    const SetupRecord record;
    const QString folder =
        record.folderId().isEmpty() ? record.claim().folderId : record.folderId();
    const QString server = record.serverDeviceId();
    auto finish = [reply = GuardedCallback<Done>(context, std::move(done))](Result<Done> r) {
        if (!r.ok() && r.error().kind == Error::Kind::NotFound)
            r = Done{};
        reply(std::move(r));
    };
    auto removePeer = [&backend, context, server, finish](Result<Done> r) {
        if (!r.ok() && r.error().kind != Error::Kind::NotFound)
            return finish(r);
        if (server.isEmpty())
            return finish(Done{});
        backend.removePeer(server, context, finish);
    };
    qCInfo(lcSetup) << "unlinking: removing folder" << folder << "and the server peer";
    if (folder.isEmpty())
        return removePeer(Done{});
    backend.removeFolder(folder, context, removePeer);
}

} // namespace figestio
