#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QByteArray>

class QObject;

namespace figestio {

class RestClient;

// Locks Syncthing's GUI/REST port to the app (DESIGN §5; STACK.md "Security of Syncthing's
// GUI/REST port"): without a GUI user and password any local account can fetch the GUI's CSRF
// cookie and drive the whole REST API. The app sets a user and a random password (Syncthing
// keeps only a bcrypt hash) and keeps insecureAdminAccess/insecureSkipHostcheck off. The app
// itself only ever uses the API key, so the password is not kept anywhere: a fresh one is made
// whenever the lock is found missing.
class GuiLock {
public:
    static constexpr const char *kUser = "figestio";

    static QByteArray newPassword();

    // Reads the GUI settings and locks them when needed; done(true) when something had to be
    // changed (config reset, edited by hand). Syncthing restarts its GUI listener after such a
    // change: done() comes once it answers ping again.
    static void ensure(RestClient *rest, QObject *ctx, Callback<bool> done);
};

} // namespace figestio
