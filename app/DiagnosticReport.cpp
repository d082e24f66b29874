#include "DiagnosticReport.h"

#include "Translations.h"
#include "auth/Session.h"
#include "common/Logging.h"
#include "setup/SetupFlow.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include "BuildConfig.h"

#include <QDateTime>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>

namespace figestio {

namespace {
template <class E> QString enumName(E value) {
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}
QString yesNo(bool b) {
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

DiagnosticReport &DiagnosticReport::setSession(const Session *session) {
    m_session = session;
    return *this;
}
DiagnosticReport &DiagnosticReport::setSyncState(const SyncState *state) {
    m_state = state;
    return *this;
}
DiagnosticReport &DiagnosticReport::setSyncthing(const SyncthingService *service) {
    m_service = service;
    if (service && !m_state)
        m_state = service->state();
    return *this;
}
DiagnosticReport &DiagnosticReport::setSetupFlow(const SetupFlow *flow) {
    m_flow = flow;
    return *this;
}

QString DiagnosticReport::sanitize(const QString &text) {
    // query parameters (…?code=…&state=…)
    static const QRegularExpression secretParam(
        QStringLiteral("\\b(code|state|nonce|token|access_token|refresh_token|id_token|"
                       "code_verifier|code_challenge|api_?key|apikey|password|secret)"
                       "=([^&\\s\"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // JSON fields ("refresh_token": "…") and headers (X-API-Key: …)
    static const QRegularExpression secretField(
        QStringLiteral("(\"(?:access_token|refresh_token|id_token|token|code|code_verifier|"
                       "api_?key|apikey|password|secret)\"\\s*:\\s*)\"[^\"]*\""),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretHeader(
        QStringLiteral("\\b(X-API-Key|Authorization)(\\s*:\\s*)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer)\\s+\\S+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    static const QRegularExpression longOpaque(QStringLiteral("\\b[A-Za-z0-9_=-]{32,}"));
    QString out = text;
    out.replace(secretParam, QStringLiteral("\\1=[redacted]"));
    out.replace(secretField, QStringLiteral("\\1\"[redacted]\""));
    out.replace(bearer, QStringLiteral("\\1 [redacted]"));
    out.replace(secretHeader, QStringLiteral("\\1\\2[redacted]"));
    out.replace(jwt, QStringLiteral("[redacted]"));
    out.replace(longOpaque, QStringLiteral("[redacted]"));
    return out;
}

QString DiagnosticReport::text() const {
    QString report;
    QTextStream s(&report);
    // English on purpose: it is read by support, whatever the UI language.
    s << "Figestió Sync diagnostic report\n";
    s << "Generated: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n\n";
    s << "App version: " << build::kVersion << "\n";
    s << "Qt: " << qVersion() << " (built with " << QT_VERSION_STR << ")\n";
    s << "OS: " << QSysInfo::prettyProductName() << " (" << QSysInfo::kernelType() << ' '
      << QSysInfo::kernelVersion() << ", " << QSysInfo::currentCpuArchitecture() << ")\n";
    s << "Language: " << Translations::current() << "\n";
    const QString log = LogFile::currentPath();
    s << "Log file: " << (log.isEmpty() ? QStringLiteral("(none)") : log) << "\n";

    s << "\n[Session]\n";
    if (m_session) {
        s << "State: " << enumName(m_session->state()) << "\n";
        const UserInfo user = m_session->user();
        if (!user.username.isEmpty() || !user.name.isEmpty())
            s << "User: " << (user.username.isEmpty() ? user.name : user.username) << "\n";
        if (const auto agency = m_session->agency())
            s << "Agency: " << agency->name << " (" << agency->id << ")\n";
        const QDateTime expiry = m_session->accessTokenExpiry();
        if (expiry.isValid())
            s << "Access valid until: " << expiry.toUTC().toString(Qt::ISODate) << "\n";
        const Error e = m_session->lastError();
        if (!e.message.isEmpty())
            s << "Last error: " << e.message << "\n";
    } else {
        s << "(not available)\n";
    }

    s << "\n[Setup]\n";
    if (m_flow) {
        s << "Set up: " << yesNo(m_flow->isSetUp()) << "\n";
        if (!m_flow->folderPath().isEmpty())
            s << "Folder: " << m_flow->folderPath() << "\n";
        if (!m_flow->pendingFolderPath().isEmpty())
            s << "Unfinished setup for: " << m_flow->pendingFolderPath() << "\n";
        s << "Running: " << yesNo(m_flow->isRunning())
          << "; current step: " << enumName(m_flow->currentStep()) << "\n";
        if (!m_flow->lastError().isEmpty())
            s << "Last error: " << m_flow->lastError() << "\n";
    } else {
        s << "(not available)\n";
    }

    s << "\n[Sync]\n";
    if (m_service) {
        s << "Service: " << enumName(m_service->status()) << "\n";
        if (!m_service->lastError().isEmpty())
            s << "Service error: " << m_service->lastError() << "\n";
    }
    if (m_state) {
        s << "Overall: " << enumName(m_state->overall()) << "\n";
        s << "Folder activity: " << enumName(m_state->folderActivity()) << "\n";
        s << "Folder: " << m_state->folderLabel() << " at " << m_state->folderPath() << "\n";
        s << "Completion: " << QString::number(m_state->completion(), 'f', 1) << "%, "
          << m_state->needItems() << " items / " << m_state->needBytes() << " bytes to go\n";
        s << "Server connected: " << yesNo(m_state->serverConnected())
          << "; paused: " << yesNo(m_state->serverPaused()) << "\n";
        const QDateTime last = m_state->lastSyncTime();
        s << "Last sync: "
          << (last.isValid() ? last.toUTC().toString(Qt::ISODate) : QStringLiteral("never"))
          << "\n";
        s << "Engine: " << enumName(m_state->engine()) << "\n";
        if (!m_state->engineError().isEmpty())
            s << "Engine error: " << m_state->engineError() << "\n";
        if (!m_state->folderError().isEmpty())
            s << "Folder error: " << m_state->folderError() << "\n";
        const QList<FolderError> errors = m_state->folderErrors();
        if (!errors.isEmpty()) {
            s << "File errors (" << errors.size() << "):\n";
            for (int i = 0; i < errors.size() && i < 20; ++i)
                s << "  " << errors[i].path << ": " << errors[i].message << "\n";
        }
        int failed = 0;
        for (const RecentFile &f : m_state->recentFiles())
            if (f.action == RecentFile::Action::Failed && failed++ < 10)
                s << "Recent failure: " << f.path << ": " << f.error << "\n";
    } else {
        s << "(not available)\n";
    }
    s.flush();
    return sanitize(report);
}

} // namespace figestio
