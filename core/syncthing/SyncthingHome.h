#pragma once

#include "syncthing/EngineCommand.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QProcess;

namespace figestio {

// Syncthing's home, ready for a first start: the folder (0700), and when it has no config.xml
// yet, `syncthing generate` (asynchronous: it can take seconds on a slow disk and must not
// freeze the GUI) with the GUI locked (GuiLock), then the fresh config.xml hardened.
class SyncthingHome : public QObject {
    Q_OBJECT
public:
    explicit SyncthingHome(QObject *parent = nullptr);
    ~SyncthingHome() override;

    // Emits prepared() or failed(); a home that already has a config.xml is ready at once
    // (the signal still arrives from the event loop).
    void prepare(const QString &binary, const SyncthingVersion &version, const QString &home);
    void cancel(); // a running generate is killed; no signal follows

    // The home folder, created when missing and readable by this user only (0700): the
    // problem in words, empty when it is there.
    static QString makeFolder(const QString &home);

    // A fresh config.xml listens on every interface and announces itself until the REST
    // hardening arrives (~1.5 s after the start): these defaults flip in the file first.
    // listenAddress: the sync listener (the app's: loopback, any port; tests pick one).
    static QByteArray hardened(QByteArray configXml,
                               const QByteArray &listenAddress = "tcp://127.0.0.1:0");

signals:
    void prepared();
    void failed(const QString &error);

private:
    void onGenerated();

    QProcess *m_generate = nullptr;
    QString m_home;
};

} // namespace figestio
