#pragma once

#include <QString>

namespace figestio {

class Session;
class SetupFlow;
class SyncState;
class SyncthingService;

// A plain-text report for support: versions, OS, language, session/setup/sync states and recent
// errors. Never tokens, keys, codes or verifiers: it reads only what the objects expose for
// display, and sanitize() scrubs anything token-like that an error message might carry.
class DiagnosticReport {
public:
    DiagnosticReport &setSession(const Session *session);
    DiagnosticReport &setSyncState(const SyncState *state);
    DiagnosticReport &setSyncthing(const SyncthingService *service);
    DiagnosticReport &setSetupFlow(const SetupFlow *flow);

    QString text() const;
    static QString sanitize(const QString &text);

private:
    const Session *m_session = nullptr;
    const SyncState *m_state = nullptr;
    const SyncthingService *m_service = nullptr;
    const SetupFlow *m_flow = nullptr;
};

} // namespace figestio
