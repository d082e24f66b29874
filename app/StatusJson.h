#pragma once

#include <QByteArray>

namespace figestio {

class Session;
class SetupFlow;
class SyncthingService;

// The answer of `figestio-sync --status`: the running app's session, setup, engine, folder,
// server and problems as one compact JSON object. Scripts and support read it: keys and enum
// names stay stable (tst_e2e_app checks them).
class StatusJson {
public:
    StatusJson(const Session &session, const SyncthingService &syncthing, const SetupFlow &setup);
    QByteArray toJson() const;

private:
    const Session &m_session;
    const SyncthingService &m_syncthing;
    const SetupFlow &m_setup;
};

} // namespace figestio
