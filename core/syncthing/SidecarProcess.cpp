#include "SidecarProcess.h"

namespace figestio {

SidecarProcess::SidecarProcess(const QString &homeDir, RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_home(homeDir)
    , m_rest(rest) {}
SidecarProcess::~SidecarProcess() = default;
QString SidecarProcess::findBinary(QString *) {
    return {};
}
void SidecarProcess::setCrashPolicy(int maxCrashes, int windowMs) {
    m_maxCrashes = maxCrashes;
    m_crashWindowMs = windowMs;
}
void SidecarProcess::start() {}
void SidecarProcess::stop() {}
QUrl SidecarProcess::baseUrl() const {
    return {};
}
qint64 SidecarProcess::pid() const {
    return 0;
}
QList<qint64> SidecarProcess::groupPids() const {
    return {};
}
QString SidecarProcess::logPath() const {
    return {};
}
QString SidecarProcess::settingsPath() const {
    return {};
}
QString SidecarProcess::pidFilePath() const {
    return {};
}
bool SidecarProcess::isPortFree(int) {
    return false;
}
int SidecarProcess::freePort() {
    return 0;
}

} // namespace figestio
