#include "SyncthingPeer.h"

#include "syncthing/SyncthingHome.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

SyncthingPeer::SyncthingPeer(const QString &home, const QString &binary)
    : m_home(home)
    , m_binary(binary) {}

SyncthingPeer::~SyncthingPeer() {
    if (m_process.state() != QProcess::NotRunning) {
        const QList<qint64> pids = sessionPids(pid());
        for (qint64 p : pids)
            ::kill(static_cast<pid_t>(p), SIGKILL);
        m_process.waitForFinished(3000);
    }
}

QString SyncthingPeer::listenAddress() const {
    return QStringLiteral("tcp://127.0.0.1:%1").arg(m_listenPort);
}

qint64 SyncthingPeer::pid() const {
    return m_process.processId();
}

int SyncthingPeer::freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Written again on purpose rather than taken from SidecarProcess: the tests use it to check that
// the sidecar left no process behind, which its own scan could not prove.
QList<qint64> SyncthingPeer::sessionPids(qint64 sid) {
    QList<qint64> out;
    if (sid <= 0)
        return out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 p = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 4 || fields.at(0) == "Z")
            continue;
        if (fields.at(3).toLongLong() == sid)
            out << p;
    }
    return out;
}

QList<qint64> SyncthingPeer::pidsWithArgument(const QString &needle) {
    QList<qint64> out;
    const QByteArray n = needle.toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 p = entry.toLongLong(&isPid);
        if (!isPid || p == QCoreApplication::applicationPid())
            continue;
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(p));
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            const int close = line.lastIndexOf(')');
            if (close > 0 && line.mid(close + 2, 1) == "Z")
                continue;
        }
        if (cmd.readAll().contains(n))
            out << p;
    }
    return out;
}

QByteArray SyncthingPeer::requestWithKey(const QUrl &base, const QByteArray &apiKey,
                                         const QByteArray &verb, const QString &pathAndQuery,
                                         const QByteArray &body, int *status, QString *error,
                                         int timeoutMs) {
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(base.toString() + pathAndQuery));
    req.setRawHeader("X-API-Key", apiKey);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if ((code < 200 || code >= 300) && error)
        *error = QStringLiteral("%1 %2 → %3 %4 %5")
                     .arg(QString::fromLatin1(verb), pathAndQuery)
                     .arg(code)
                     .arg(reply->errorString(), QString::fromUtf8(answer.left(200)));
    if (status)
        *status = code;
    delete reply;
    return answer;
}

QByteArray SyncthingPeer::request(const QByteArray &verb, const QString &pathAndQuery,
                                  const QByteArray &body, int *status, int timeoutMs) {
    return requestWithKey(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_guiPort)), m_apiKey,
                          verb, pathAndQuery, body, status, &m_lastError, timeoutMs);
}

QJsonDocument SyncthingPeer::getJson(const QString &pathAndQuery) {
    return QJsonDocument::fromJson(request("GET", pathAndQuery));
}

bool SyncthingPeer::start() {
    QDir().mkpath(m_home);
    if (!QFile::exists(QDir(m_home).filePath(QStringLiteral("config.xml")))) {
        QProcess gen;
        gen.start(m_binary,
                  {QStringLiteral("generate"), QStringLiteral("--home=") + m_home,
                   QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")});
        if (!gen.waitForFinished(30000) || gen.exitCode() != 0) {
            m_lastError = QStringLiteral("syncthing generate failed: ") +
                          QString::fromUtf8(gen.readAllStandardError());
            return false;
        }
        // Hardened before the first start: nothing leaves the machine even for a moment.
        QFile config(QDir(m_home).filePath(QStringLiteral("config.xml")));
        config.open(QIODevice::ReadOnly);
        QByteArray xml = config.readAll();
        config.close();
        m_listenPort = freePort();
        xml = figestio::SyncthingHome::hardened(xml, "tcp://127.0.0.1:" +
                                                         QByteArray::number(m_listenPort));
        config.open(QIODevice::WriteOnly | QIODevice::Truncate);
        config.write(xml);
        config.close();
    }
    m_guiPort = freePort();
    m_apiKey = QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
               QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "peerkey";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    env.insert(QStringLiteral("STGUIADDRESS"), QStringLiteral("127.0.0.1:%1").arg(m_guiPort));
    env.insert(QStringLiteral("STGUIAPIKEY"), QString::fromLatin1(m_apiKey));
    m_process.setProcessEnvironment(env);
    m_process.setProgram(m_binary);
    m_process.setArguments({QStringLiteral("serve"), QStringLiteral("--home=") + m_home,
                            QStringLiteral("--no-browser"), QStringLiteral("--no-default-folder"),
                            QStringLiteral("--no-restart"),
                            QStringLiteral("--logfile=") + QDir(m_home).filePath("peer.log")});
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_lastError = QStringLiteral("cannot start ") + m_binary;
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        int status = 0;
        request("GET", QStringLiteral("/rest/system/ping"), {}, &status, 1000);
        if (status == 200)
            break;
        if (m_process.state() == QProcess::NotRunning) {
            m_lastError = QStringLiteral("the peer Syncthing exited");
            return false;
        }
        QThread::msleep(100);
    }
    const QJsonObject status = getJson(QStringLiteral("/rest/system/status")).object();
    m_deviceId = status.value(QStringLiteral("myID")).toString();
    if (m_deviceId.isEmpty()) {
        m_lastError = QStringLiteral("the peer Syncthing did not answer: ") + m_lastError;
        return false;
    }
    // The listen address of an existing home: read it back.
    const QJsonObject options = getJson(QStringLiteral("/rest/config/options")).object();
    const QString listen =
        options.value(QStringLiteral("listenAddresses")).toArray().first().toString();
    m_listenPort = listen.section(QLatin1Char(':'), -1).toInt();
    return true;
}

void SyncthingPeer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    const qint64 sid = pid();
    request("POST", QStringLiteral("/rest/system/shutdown"), {}, nullptr, 3000);
    if (!m_process.waitForFinished(5000))
        m_process.terminate();
    m_process.waitForFinished(3000);
    QDeadlineTimer deadline(3000);
    while (!sessionPids(sid).isEmpty() && !deadline.hasExpired())
        QThread::msleep(50);
    for (qint64 p : sessionPids(sid))
        ::kill(static_cast<pid_t>(p), SIGKILL);
}

bool SyncthingPeer::addDevice(const QString &deviceId, const QString &name,
                              const QStringList &addresses) {
    QJsonObject device{{QStringLiteral("deviceID"), deviceId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}};
    int status = 0;
    request("POST", QStringLiteral("/rest/config/devices"),
            QJsonDocument(device).toJson(QJsonDocument::Compact), &status);
    return status == 200;
}

bool SyncthingPeer::addFolder(const QString &id, const QString &path, const QStringList &deviceIds,
                              int fsWatcherDelayS) {
    QJsonArray devices;
    for (const QString &d : deviceIds)
        devices.append(QJsonObject{{QStringLiteral("deviceID"), d}});
    QJsonObject folder{{QStringLiteral("id"), id},
                       {QStringLiteral("label"), id},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("type"), QStringLiteral("sendreceive")},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("fsWatcherEnabled"), true},
                       {QStringLiteral("fsWatcherDelayS"), fsWatcherDelayS}};
    int status = 0;
    request("POST", QStringLiteral("/rest/config/folders"),
            QJsonDocument(folder).toJson(QJsonDocument::Compact), &status);
    return status == 200;
}
