#include "GuiLock.h"

#include "common/Logging.h"
#include "common/RandomSecret.h"
#include "syncthing/RestClient.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace figestio {

namespace {
constexpr int kRelistenTries = 50; // × 100 ms: the GUI listener is back in about 0.1 s
constexpr int kRelistenStepMs = 100;

// Pings until the restarted GUI listener answers (or the tries run out).
void awaitListener(RestClient *rest, QPointer<QObject> ctx, int triesLeft, Callback<bool> done) {
    if (!ctx)
        return; // its owner is gone: nobody is waiting (a null ctx would mean "always call")
    rest->ping(ctx, [rest, ctx, triesLeft, done = std::move(done)](Result<Done> r) mutable {
        if (r.ok())
            return done(true);
        if (triesLeft <= 0)
            return done(r.error());
        QTimer::singleShot(kRelistenStepMs, ctx, [rest, ctx, triesLeft, done]() mutable {
            awaitListener(rest, ctx, triesLeft - 1, std::move(done));
        });
    });
}

bool isLocked(const GuiConfig &gui) {
    return !gui.user.isEmpty() && gui.hasPassword && gui.authMode == QLatin1String("static") &&
           !gui.insecureAdminAccess && !gui.insecureSkipHostcheck;
}

nlohmann::json lockPatch(const QByteArray &password) {
    return {{"user", GuiLock::kUser},
            {"password", password.toStdString()},
            {"authMode", "static"},
            {"insecureAdminAccess", false},
            {"insecureSkipHostcheck", false}};
}
} // namespace

QByteArray GuiLock::newPassword() {
    return randomSecret(32);
}

void GuiLock::ensure(RestClient *rest, QObject *ctx, Callback<bool> done) {
    QPointer<QObject> guard(ctx);
    rest->guiConfig(ctx, [rest, guard, done = std::move(done)](Result<GuiConfig> gui) mutable {
        if (!gui.ok())
            return done(gui.error());
        if (isLocked(gui.value()))
            return done(false);
        qCWarning(lcSidecar) << "Syncthing's GUI was not locked to the app; locking it";
        if (!guard)
            return;
        rest->patchGui(lockPatch(newPassword()), guard,
                       [rest, guard, done = std::move(done)](Result<Done> r) mutable {
                           if (!r.ok())
                               return done(r.error());
                           awaitListener(rest, guard, kRelistenTries, std::move(done));
                       });
    });
}

} // namespace figestio
