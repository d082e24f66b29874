#include "SidecarSettings.h"

#include "common/JsonReader.h"
#include "common/Logging.h"
#include "common/RandomSecret.h"
#include "common/SecureFile.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>

namespace figestio {

Result<SidecarSettings> SidecarSettings::loadOrCreate(const QString &path) {
    SidecarSettings s;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        JsonReader r = JsonReader::parse(file.readAll(), QStringLiteral("sidecar.json"));
        const QString key = r.string("apiKey");
        const qint64 port = r.integer("guiPort");
        if (r.ok() && key.size() >= 32 && port > 0 && port < 65536) {
            s.apiKey = key.toUtf8();
            s.guiPort = static_cast<int>(port);
            // Group or others may read it (someone loosened its mode): back to 0600.
            const bool private0600 =
                !(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                        QFileDevice::ReadOther | QFileDevice::WriteOther));
            const QString problem = private0600 ? QString() : s.save(path);
            if (!problem.isEmpty())
                return Error::make(Error::Kind::Other, problem);
            return s;
        }
        qCWarning(lcSidecar) << "sidecar.json unusable, making a new one:" << r.error();
    }
    s.apiKey = randomSecret(32);
    s.guiPort = freePort();
    const QString problem = s.save(path);
    if (!problem.isEmpty())
        return Error::make(Error::Kind::Other, problem);
    return s;
}

QString SidecarSettings::save(const QString &path) const {
    const nlohmann::json json = {{"apiKey", apiKey.toStdString()}, {"guiPort", guiPort}};
    return writeSecretFile(path, QByteArray::fromStdString(json.dump(2)) + '\n');
}

bool SidecarSettings::isPortFree(int port) {
    if (port <= 0 || port > 65535)
        return false;
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
}

int SidecarSettings::freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace figestio
