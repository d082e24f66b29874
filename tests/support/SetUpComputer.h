// A computer set up against the devstack for tests that start where setup ends: alice signed in
// (real provider and keychain), a real SyncthingService in a temporary home, SetupFlow run to
// Done on a temporary folder (link figestio-core-setup; run with DEVSTACK KEYRING LOCKS
// loopback-ports). Stopping the engine is the destructor's job. follow() adds what the app runs
// beside the flow: the mass-delete guard, through which local changes reach the server (the
// engine's own watcher is off for the folder).
#pragma once

#include "SignedInSession.h"
#include "StopService.h"

#include "setup/SetupFlow.h"
#include "syncthing/DeletionGuard.h"
#include "syncthing/SyncthingService.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

struct SetUpComputer {
    QTemporaryDir dir;
    SignedInSession signedIn;
    QString home = dir.filePath(QStringLiteral("st"));
    QString folder = dir.filePath(QStringLiteral("Figestio"));
    std::unique_ptr<figestio::SyncthingService> engine;
    std::unique_ptr<figestio::SetupFlow> flow;
    QString error;                                  // why setUp() failed
    std::unique_ptr<figestio::DeletionGuard> guard; // after follow()

    ~SetUpComputer() {
        following = false;
        flow.reset();
        figestio::test::stopAndWait(engine.get());
    }

    bool setUp(const QString &user = QStringLiteral("alice")) {
        QSettings().clear();
        if (!dir.isValid() || !QDir().mkpath(folder))
            return fail(QStringLiteral("no temporary folder"));
        if (!signedIn.signIn(user))
            return fail(signedIn.error);
        engine = std::make_unique<figestio::SyncthingService>(home);
        flow = std::make_unique<figestio::SetupFlow>(&signedIn.api, engine.get());
        flow->setSession(&signedIn.session);
        QSignalSpy done(flow.get(), &figestio::SetupFlow::finished);
        QSignalSpy failed(flow.get(), &figestio::SetupFlow::failed);
        flow->start(folder);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 90000))
            return fail(QStringLiteral("setup timed out"));
        return failed.isEmpty() || fail(failed.first().at(1).toString());
    }

    // What AppController::followDeletions does: the recorded folder is held at every engine
    // (re)start and followed by the guard, now and after every start.
    void follow() {
        if (!guard) {
            guard = std::make_unique<figestio::DeletionGuard>(engine->rest());
            QObject::connect(engine.get(), &figestio::SyncthingService::started, guard.get(),
                             [this] {
                                 if (following)
                                     follow();
                             });
            QObject::connect(engine.get(), &figestio::SyncthingService::stopped, guard.get(),
                             &figestio::DeletionGuard::stop);
        }
        following = true;
        engine->setHeldFolder(flow->isSetUp() ? flow->folderId() : QString());
        if (flow->isSetUp())
            guard->start(flow->folderId(), flow->folderPath());
    }
    // The guard stands aside (the app's does while a switch of agency restarts the engine).
    void unfollow() {
        following = false;
        if (guard)
            guard->stop();
    }

private:
    bool following = false;
    bool fail(const QString &why) {
        error = why;
        return false;
    }
};
