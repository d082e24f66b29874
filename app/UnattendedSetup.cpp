#include "UnattendedSetup.h"

#include "AppController.h"
#include "CommandLineOptions.h"

#include "auth/Session.h"
#include "common/Logging.h"
#include "setup/AgencySwitch.h"
#include "setup/SetupFlow.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace figestio {

namespace {
void say(const QString &line) {
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}
} // namespace

UnattendedSetup::UnattendedSetup(AppController *controller, const QString &folderPath,
                                 const QString &agencyId, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_folderPath(QDir::cleanPath(QFileInfo(folderPath).absoluteFilePath()))
    , m_agencyId(agencyId) {}

void UnattendedSetup::start() {
    Session *session = m_controller->session();
    connect(session, &Session::keychainError, this,
            [this](const QString &message) { fail(ExitKeychain, message); });
    connect(m_controller, &AppController::restored, this, &UnattendedSetup::onRestored);
}

void UnattendedSetup::onRestored() {
    if (m_done)
        return;
    Session *session = m_controller->session();
    if (session->state() != Session::State::SignedIn)
        return fail(ExitNotSignedIn,
                    tr("You are not signed in. Run \"figestio-sync --sign-in\" first."));
    if (!m_agencyId.isEmpty() && (!session->agency() || session->agency()->id != m_agencyId)) {
        say(tr("Switching to agency %1…").arg(m_agencyId));
        connect(session, &Session::agencyChanged, this, [this, session] {
            if (session->agency() && session->agency()->id == m_agencyId)
                runSetup();
        });
        connect(session, &Session::signInFailed, this, [this](const QString &message) {
            fail(ExitAgency, tr("The agency %1 cannot be used: %2").arg(m_agencyId, message));
        });
        connect(session, &Session::sessionExpired, this,
                [this] { fail(ExitNotSignedIn, tr("Your sign-in has expired. Sign in again.")); });
        session->chooseAgency(m_agencyId);
        return;
    }
    if (!session->agency())
        return fail(ExitAgency, tr("No agency is chosen. Sign in again with --agency."));
    runSetup();
}

void UnattendedSetup::runSetup() {
    if (m_done)
        return;
    SetupFlow *flow = m_controller->setupFlow();
    say(tr("Setting up %1 for %2")
            .arg(QDir::toNativeSeparators(m_folderPath),
                 m_controller->session()->agency()->name.isEmpty()
                     ? m_controller->session()->agency()->id
                     : m_controller->session()->agency()->name));
    const QList<SetupFlow::Step> steps = SetupFlow::steps();
    connect(flow, &SetupFlow::stepChanged, this,
            [this, steps](SetupFlow::Step step, SetupFlow::StepStatus status) {
                if (m_done)
                    return;
                const int n = int(steps.indexOf(step)) + 1;
                if (n <= 0)
                    return;
                const QString prefix = QStringLiteral("[%1/%2] ").arg(n).arg(steps.size());
                if (status == SetupFlow::StepStatus::Running)
                    say(prefix + SetupFlow::stepTitle(step) + QStringLiteral("…"));
                else if (status == SetupFlow::StepStatus::Done)
                    say(prefix + SetupFlow::stepTitle(step) + QStringLiteral(": ") + tr("done"));
            });
    auto succeeded = [this] {
        if (m_done)
            return;
        m_done = true;
        say(tr("Your folder is set up and syncing."));
    };
    if (flow->switchesAgency()) {
        // Another agency than this computer's: a new engine identity (AgencySwitch); its own
        // signals come once the old setup is cleaned up or put back.
        AgencySwitch *change = m_controller->agencySwitch();
        connect(change, &AgencySwitch::failed, this,
                [this](const QString &message) { fail(ExitSetupFailed, message); });
        connect(change, &AgencySwitch::finished, this, succeeded);
    } else {
        connect(flow, &SetupFlow::failed, this, [this](SetupFlow::Step, const QString &message) {
            fail(ExitSetupFailed, message);
        });
        connect(flow, &SetupFlow::finished, this, succeeded);
    }
    m_controller->startSetup(m_folderPath);
}

void UnattendedSetup::fail(int exitCode, const QString &message) {
    if (m_done)
        return;
    m_done = true;
    qCWarning(lcApp) << "unattended setup failed:" << message;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::fflush(stderr);
    emit failed(exitCode, message);
}

} // namespace figestio
