#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// A second, independent Syncthing for tests: the "server" side of a pairing. It runs in its own
// session (so the monitor and its child stop together), on free loopback ports, hardened like
// the app's (no discovery, relays, NAT or reporting), with a known sync listen address.
// Calls are synchronous (a local event loop with a timeout) so tests read top to bottom.
//
//   SyncthingPeer server(tmp.filePath("server"));
//   QVERIFY2(server.start(), qPrintable(server.lastError()));
//   server.addDevice(clientId, "client");
//   server.addFolder("f1", serverDir, {clientId});
class SyncthingPeer {
public:
    explicit SyncthingPeer(const QString &home,
                           const QString &binary = QStringLiteral("syncthing"));
    ~SyncthingPeer(); // stops it hard if still running

    bool start();
    void stop(); // REST shutdown, then the whole session

    QString lastError() const { return m_lastError; }
    QString home() const { return m_home; }
    QString deviceId() const { return m_deviceId; }
    int guiPort() const { return m_guiPort; }
    int listenPort() const { return m_listenPort; }
    QString listenAddress() const; // "tcp://127.0.0.1:<listenPort>"
    QByteArray apiKey() const { return m_apiKey; }
    qint64 pid() const; // the monitor (session leader)

    bool addDevice(const QString &deviceId, const QString &name,
                   const QStringList &addresses = {QStringLiteral("dynamic")});
    bool addFolder(const QString &id, const QString &path, const QStringList &deviceIds,
                   int fsWatcherDelayS = 1);

    // Any REST call: returns the body; *status gets the HTTP status (0: no answer).
    QByteArray request(const QByteArray &verb, const QString &pathAndQuery,
                       const QByteArray &body = {}, int *status = nullptr, int timeoutMs = 10000);
    QJsonDocument getJson(const QString &pathAndQuery);
    // The same against any Syncthing (base "http://127.0.0.1:PORT"); *error set on a failure.
    static QByteArray requestWithKey(const QUrl &base, const QByteArray &apiKey,
                                     const QByteArray &verb, const QString &pathAndQuery,
                                     const QByteArray &body = {}, int *status = nullptr,
                                     QString *error = nullptr, int timeoutMs = 10000);

    // Test helpers about processes (Linux /proc).
    static QList<qint64> sessionPids(qint64 sid);                 // live processes of a session
    static QList<qint64> pidsWithArgument(const QString &needle); // cmdline holds needle
    static int freePort();

private:
    QString m_home;
    QString m_binary;
    QString m_lastError;
    QString m_deviceId;
    QByteArray m_apiKey;
    int m_guiPort = 0;
    int m_listenPort = 0;
    QProcess m_process;
};
