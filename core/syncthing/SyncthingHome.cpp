#include "SyncthingHome.h"

#include "common/Logging.h"
#include "syncthing/DeletionGuard.h"
#include "syncthing/GuiLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTimer>

namespace figestio {

namespace {
constexpr int kGenerateTimeoutMs = 60000; // 0.03 s usually; a slow disk must not hang forever

QString configPath(const QString &home) {
    return QDir(home).filePath(QStringLiteral("config.xml"));
}
} // namespace

SyncthingHome::SyncthingHome(QObject *parent)
    : QObject(parent) {
    m_worker.setMaxThreadCount(1);
}

SyncthingHome::~SyncthingHome() {
    cancel();
    m_worker.waitForDone(); // a config.xml write under way finishes; its answer is dropped
}

void SyncthingHome::prepare(const QString &binary, const SyncthingVersion &version,
                            const QString &home) {
    cancel();
    m_home = home;
    const QString error = makeFolder(home);
    if (!error.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    if (QFileInfo::exists(configPath(home)))
        return holdThenReady();
    m_generate = new QProcess(this);
    m_generate->setProgram(binary);
    // The GUI is locked from the first start: the password goes through stdin, never argv,
    // and is not kept (the app uses the API key).
    m_generate->setArguments(
        EngineCommand::generateArguments(version, home, QString::fromLatin1(GuiLock::kUser)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1")); // 1.x; 2.x makes none
    m_generate->setProcessEnvironment(env);
    m_generate->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_generate, &QProcess::finished, this, &SyncthingHome::onGenerated);
    connect(m_generate, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onGenerated();
    });
    QProcess *generate = m_generate;
    QTimer::singleShot(kGenerateTimeoutMs, generate, [generate] {
        qCWarning(lcSidecar) << "syncthing generate did not finish; killing it";
        generate->kill(); // → finished, with a crash exit
    });
    m_generate->start();
    m_generate->write(GuiLock::newPassword());
    m_generate->closeWriteChannel();
}

QString SyncthingHome::makeFolder(const QString &home) {
    if (!QDir().mkpath(home))
        return tr("Cannot create Syncthing's folder %1.").arg(home);
    QFile::setPermissions(home,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// Every start, the first and each restart after a crash: the engine's start-up scan must not
// send what was deleted while it was down, so the held folder starts receive-only.
void SyncthingHome::holdThenReady() {
    const quint64 generation = m_generation;
    const QString home = m_home;
    const QString folder = m_heldFolder;
    m_worker.start([this, generation, home, folder] {
        const bool held = folder.isEmpty() || DeletionGuard::holdAtNextStart(home, folder);
        QMetaObject::invokeMethod(
            this,
            [this, generation, held] {
                if (generation != m_generation)
                    return;
                if (!held) // the guard's start check still holds a mass deletion, a bit later
                    qCWarning(lcSidecar) << "could not mark the folder for the start check";
                emit prepared();
            },
            Qt::QueuedConnection);
    });
}

void SyncthingHome::cancel() {
    ++m_generation;
    if (!m_generate)
        return;
    m_generate->disconnect(this);
    if (m_generate->state() != QProcess::NotRunning)
        m_generate->kill(); // QProcess reaps it when deleted
    m_generate->deleteLater();
    m_generate = nullptr;
}

void SyncthingHome::onGenerated() {
    QProcess *generate = m_generate;
    m_generate = nullptr;
    generate->disconnect(this);
    generate->deleteLater();
    if (generate->error() == QProcess::FailedToStart ||
        generate->exitStatus() != QProcess::NormalExit || generate->exitCode() != 0 ||
        !QFileInfo::exists(configPath(m_home))) {
        qCWarning(lcSidecar) << "syncthing generate failed:" << generate->readAll().left(500);
        emit failed(tr("Syncthing could not prepare its settings in %1.").arg(m_home));
        return;
    }
    QFile config(configPath(m_home));
    if (config.open(QIODevice::ReadOnly)) {
        const QByteArray xml = hardened(config.readAll());
        config.close();
        QSaveFile out(config.fileName());
        if (out.open(QIODevice::WriteOnly) && out.write(xml) == xml.size())
            out.commit();
    }
    emit prepared();
}

QByteArray SyncthingHome::hardened(QByteArray xml, const QByteArray &listenAddress) {
    static const std::pair<const char *, const char *> edits[] = {
        {"<globalAnnounceEnabled>true<", "<globalAnnounceEnabled>false<"},
        {"<localAnnounceEnabled>true<", "<localAnnounceEnabled>false<"},
        {"<relaysEnabled>true<", "<relaysEnabled>false<"},
        {"<natEnabled>true<", "<natEnabled>false<"},
        {"<startBrowser>true<", "<startBrowser>false<"},
        {"<urAccepted>0<", "<urAccepted>-1<"},
        {"<crashReportingEnabled>true<", "<crashReportingEnabled>false<"},
        {"<autoUpgradeIntervalH>12<", "<autoUpgradeIntervalH>0<"},
    };
    for (const auto &[from, to] : edits)
        xml.replace(from, to);
    xml.replace("<listenAddress>default<", "<listenAddress>" + listenAddress + '<');
    return xml;
}

} // namespace figestio
