#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace figestio {

// A Syncthing version, from `syncthing --version` ("syncthing v1.19.2-ds1 \"Fermium Flea\" …").
struct SyncthingVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;

    static std::optional<SyncthingVersion> parse(const QByteArray &versionOutput);
    QString toString() const;
    // GET /rest/noauth/health exists (added in 1.22.1; 1.19 answers it with a CSRF error).
    bool hasHealthCheck() const;
};

// The command lines and environment that start a given Syncthing version (DESIGN §5): 2.x
// removed --no-default-folder, --skip-port-probing and the single-dash flags (an unknown flag
// aborts), so options that both lines know go by environment (the ST… variables) and the
// 1.x-only flags are added for 1.x alone.
class EngineCommand {
public:
    static QStringList generateArguments(const SyncthingVersion &v, const QString &home,
                                         const QString &guiUser);
    static QStringList serveArguments(const SyncthingVersion &v, const QString &home);
    // base plus: no upgrades, no restart by itself, no default folder, one process
    // (STMONITORED), GUI on 127.0.0.1:port, the key (never on argv), GOGC=50 unless set.
    static QProcessEnvironment environment(const SyncthingVersion &v, QProcessEnvironment base,
                                           int guiPort, const QByteArray &apiKey);
};

} // namespace figestio
