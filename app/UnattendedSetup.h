#pragma once

#include <QObject>
#include <QString>

namespace figestio {

class AppController;

// `figestio-sync --setup-folder PATH [--agency ID]` for IT deployments: with the signed-in
// user's session (restored from the keychain) it runs the setup flow without the wizard,
// printing each step, then leaves the app syncing in the tray. On failure it says why and
// ends with the exit code of CommandLineOptions.h.
class UnattendedSetup : public QObject {
    Q_OBJECT
public:
    UnattendedSetup(AppController *controller, const QString &folderPath, const QString &agencyId,
                    QObject *parent = nullptr);

    // Call after AppController::start() (which restores the session).
    void start();

signals:
    void failed(int exitCode, const QString &message);

private:
    void onRestored();
    void runSetup();
    void fail(int exitCode, const QString &message);

    AppController *m_controller;
    QString m_folderPath;
    QString m_agencyId;
    bool m_done = false;
};

} // namespace figestio
