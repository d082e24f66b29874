#pragma once

#include "common/Result.h"

#include <QString>

namespace figestio {

// The engine's identity is its certificate (cert.pem + key.pem in its home): the device ID is
// a hash of it, and Syncthing makes a new one at start when there is none. A switch of agency
// needs a new device ID (the Figestió API answers 409 to a device claimed by another agency and
// has no call to release one), so the old identity is set aside while the engine is stopped,
// the next start generates a new one, and the old one is either discarded (the switch is done)
// or put back (it failed). Only while the engine is stopped.
class EngineIdentity {
public:
    explicit EngineIdentity(QString home);

    // cert.pem and key.pem renamed to *.previous (mode 0600); the next start makes new ones.
    Result<Done> setAside() const;
    // The new identity deleted, the previous one back under its own names.
    Result<Done> restore() const;
    // The previous identity deleted (the switch is done).
    void discardPrevious() const;
    bool hasPrevious() const;

private:
    QString path(const char *name) const;
    QString m_home;
};

} // namespace figestio
