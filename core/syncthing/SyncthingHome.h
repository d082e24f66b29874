#pragma once

#include "syncthing/EngineCommand.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

class QProcess;

namespace figestio {

// Syncthing's home, ready for every start: the folder (0700), and when it has no config.xml
// yet, `syncthing generate` (asynchronous: it can take seconds on a slow disk and must not
// freeze the GUI) with the GUI locked (GuiLock), then the fresh config.xml hardened. Before
// every start, first or crash restart, the held folder is marked receive-only in config.xml
// (DeletionGuard::holdAtNextStart, on a worker thread: the write ends in an fsync).
class SyncthingHome : public QObject {
    Q_OBJECT
public:
    explicit SyncthingHome(QObject *parent = nullptr);
    ~SyncthingHome() override;

    // The folder whose local deletions the mass-delete guard counts at every engine start
    // before anything is sent (empty: none).
    void setHeldFolder(const QString &folderId) { m_heldFolder = folderId; }
    QString heldFolder() const { return m_heldFolder; }

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
    void holdThenReady();

    QProcess *m_generate = nullptr;
    QString m_home;
    QString m_heldFolder;
    QThreadPool m_worker;
    quint64 m_generation = 0; // drops the answer of a hold from before cancel()
};

} // namespace figestio
