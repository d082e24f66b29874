#include "EngineCommand.h"

#include <QRegularExpression>

namespace figestio {

std::optional<SyncthingVersion> SyncthingVersion::parse(const QByteArray &versionOutput) {
    static const QRegularExpression re(QStringLiteral("\\bv(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(QString::fromUtf8(versionOutput));
    if (!m.hasMatch())
        return std::nullopt;
    return SyncthingVersion{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

QString SyncthingVersion::toString() const {
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

bool SyncthingVersion::hasHealthCheck() const {
    return major > 1 || (major == 1 && (minor > 22 || (minor == 22 && patch >= 1)));
}

QStringList EngineCommand::generateArguments(const SyncthingVersion &v, const QString &home,
                                             const QString &guiUser) {
    QStringList args{QStringLiteral("generate"), QStringLiteral("--home=") + home};
    if (v.major < 2)
        args << QStringLiteral("--no-default-folder") << QStringLiteral("--skip-port-probing");
    // The password comes on stdin ("-"): never on argv, which every user can read.
    args << QStringLiteral("--gui-user=") + guiUser << QStringLiteral("--gui-password=-");
    return args;
}

QStringList EngineCommand::serveArguments(const SyncthingVersion &v, const QString &home) {
    QStringList args{QStringLiteral("serve"), QStringLiteral("--home=") + home,
                     QStringLiteral("--no-browser")};
    if (v.major < 2)
        args << QStringLiteral("--no-default-folder") << QStringLiteral("--no-restart");
    return args;
}

QProcessEnvironment EngineCommand::environment(const SyncthingVersion &v, QProcessEnvironment base,
                                               int guiPort, const QByteArray &apiKey) {
    Q_UNUSED(v) // every variable below is read by 1.19 through 2.x
    base.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    base.insert(QStringLiteral("STNORESTART"), QStringLiteral("1"));
    base.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
    // One process: `serve` runs Syncthing's worker directly, without its monitor (~17 MiB,
    // whose death orphans the worker). The app is the monitor (SidecarProcess).
    base.insert(QStringLiteral("STMONITORED"), QStringLiteral("1"));
    base.insert(QStringLiteral("STGUIADDRESS"), QStringLiteral("127.0.0.1:%1").arg(guiPort));
    // The key goes by environment: argv is readable by every user (ps, /proc/*/cmdline).
    base.insert(QStringLiteral("STGUIAPIKEY"), QString::fromUtf8(apiKey));
    // Go's collector at half its default heap growth: a set-up worker settles at ~32 MiB
    // instead of 38-52 MiB, for no measurable idle CPU (sidecar/README.md). Not GOMEMLIMIT: a
    // fixed ceiling turns into constant collection once a large folder's index outgrows it.
    if (!base.contains(QStringLiteral("GOGC")))
        base.insert(QStringLiteral("GOGC"), QStringLiteral("50"));
    return base;
}

} // namespace figestio
