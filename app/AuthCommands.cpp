#include "AuthCommands.h"

#include "SingleInstance.h"

#include "api/FigestioApi.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "common/BackendConfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace figestio {

namespace {
void out(const QString &text) {
    QTextStream(stdout) << text << Qt::endl;
}

void err(const QString &text) {
    QTextStream(stderr) << text << Qt::endl;
}

// The exit code for an error that ended a command (CommandLineOptions.h).
int exitCodeFor(const Error &e) {
    if (e.code == QLatin1String("signin_timeout"))
        return ExitSignInAborted;
    if (e.code == QLatin1String("no_agency") || e.code == QLatin1String("unknown_agency"))
        return ExitAgency;
    switch (e.kind) {
    case Error::Kind::Keychain:
        return ExitKeychain;
    case Error::Kind::Cancelled:
        return ExitSignInAborted;
    case Error::Kind::Unauthorized:
        return ExitNotSignedIn;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Http:
    case Error::Kind::Malformed:
    case Error::Kind::Forbidden:
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
        return ExitServer;
    default:
        return ExitFailure;
    }
}

QString describeUser(const UserInfo &u) {
    QString text = u.shownName();
    if (!u.email.isEmpty())
        text += QStringLiteral(" <%1>").arg(u.email);
    if (!u.username.isEmpty() && u.username != text)
        text += QStringLiteral(" (%1)").arg(u.username);
    return text;
}

QString describeAgency(const std::optional<Agency> &a) {
    if (!a)
        return QCoreApplication::translate("AuthCommands", "none");
    return a->name.isEmpty() ? a->id : QStringLiteral("%1 (%2)").arg(a->name, a->id);
}

void printIdentity(const Session &session) {
    out(QCoreApplication::translate("AuthCommands", "Signed in as: %1")
            .arg(describeUser(session.user())));
    out(QCoreApplication::translate("AuthCommands", "Agency: %1")
            .arg(describeAgency(session.agency())));
}

int signIn(Session &session, const QString &agencyId) {
    QEventLoop loop;
    int code = ExitFailure;
    QObject::connect(&session, &Session::browserOpened, &loop, [](const QUrl &url, bool opened) {
        if (opened) {
            err(QCoreApplication::translate(
                "AuthCommands", "Your browser has been opened: sign in there to continue."));
        } else {
            // Only to this terminal, never to a log.
            err(QCoreApplication::translate(
                "AuthCommands", "Could not open a browser. Open this address to sign in:"));
            err(url.toString(QUrl::FullyEncoded));
        }
    });
    QObject::connect(
        &session, &Session::agencyChoiceRequired, &loop, [&](const QList<Agency> &agencies) {
            for (const Agency &a : agencies)
                if (!agencyId.isEmpty() && a.id == agencyId) {
                    session.chooseAgency(a.id);
                    return;
                }
            err(agencyId.isEmpty()
                    ? QCoreApplication::translate(
                          "AuthCommands", "You belong to several agencies. Run again with --agency "
                                          "and one of these:")
                    : QCoreApplication::translate(
                          "AuthCommands", "You do not belong to the agency “%1”. Choose one of:")
                          .arg(agencyId));
            for (const Agency &a : agencies)
                err(QStringLiteral("  %1  %2").arg(a.id, a.name));
            code = ExitAgency;
            session.cancelSignIn();
            loop.quit();
        });
    QObject::connect(&session, &Session::stateChanged, &loop, [&](Session::State state) {
        if (state == Session::State::SignedIn) {
            printIdentity(session);
            code = ExitOk;
            loop.quit();
        }
    });
    QObject::connect(&session, &Session::signInFailed, &loop, [&](const QString &message) {
        if (code == ExitAgency) // already explained
            return;
        err(message);
        code = exitCodeFor(session.lastError());
        loop.quit();
    });
    session.signIn();
    loop.exec();
    return code;
}

// Runs `start` until `finished`; a keychain error on the way is printed and is the exit code.
std::optional<int> runUntil(Session &session, void (Session::*start)(),
                            void (Session::*finished)()) {
    QEventLoop loop;
    QObject::connect(&session, finished, &loop, &QEventLoop::quit);
    (session.*start)();
    loop.exec();
    if (session.lastError().kind != Error::Kind::Keychain)
        return std::nullopt;
    err(session.lastError().message);
    return ExitKeychain;
}

int whoami(Session &session) {
    if (const auto failed = runUntil(session, &Session::restore, &Session::restoreFinished))
        return *failed;
    if (session.state() != Session::State::SignedIn) {
        err(QCoreApplication::translate("AuthCommands",
                                        "Not signed in. Run figestio-sync --sign-in."));
        return ExitNotSignedIn;
    }
    printIdentity(session);
    const QDateTime expiry = session.accessTokenExpiry().toUTC();
    out(QCoreApplication::translate("AuthCommands", "Access expires: %1 (renewed automatically)")
            .arg(expiry.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    return ExitOk;
}

int signOut(Session &session) {
    // Restored first, so the refresh token can be revoked at the provider after the delete
    // (a keychain error here shows again in the sign-out itself).
    QEventLoop loop;
    QObject::connect(&session, &Session::restoreFinished, &loop, &QEventLoop::quit);
    session.restore();
    loop.exec();
    if (const auto failed = runUntil(session, &Session::signOut, &Session::signOutFinished))
        return *failed;
    out(QCoreApplication::translate("AuthCommands", "Signed out."));
    return ExitOk;
}
} // namespace

std::optional<int> runAuthCommand(const QCommandLineParser &parser,
                                  const CommandLineOptions &options) {
    const bool in = parser.isSet(options.signIn);
    const bool who = parser.isSet(options.whoami);
    const bool outCmd = parser.isSet(options.signOut);
    if (!in && !who && !outCmd)
        return std::nullopt;
    if (int(in) + int(who) + int(outCmd) > 1) {
        err(QCoreApplication::translate("AuthCommands",
                                        "Use only one of --sign-in, --whoami and --sign-out."));
        return ExitUsage;
    }
    // A one-shot command prints its own outcome; the modules' progress lines are noise here
    // (QT_LOGGING_RULES still wins when set).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("figestio.*.info=false"));

    const BackendConfig config = BackendConfig::fromBuild();
    if (const QString problem = config.validate(); !problem.isEmpty()) {
        err(problem);
        return ExitFailure;
    }
    // The running tray app owns the session: its next refresh would write it back over a
    // sign-out, or overwrite a sign-in. Held until the command ends, so none starts meanwhile.
    SingleInstance instance;
    if (!instance.acquireLock()) {
        err(QCoreApplication::translate(
            "AuthCommands",
            "Figestió Sync is running and holds the session. Quit Figestió Sync first (“Quit "
            "Figestió Sync” in its menu), then run this command again."));
        return ExitFailure;
    }
    QNetworkAccessManager nam;
    KeychainTokenStore store;
    Session session(config, &store, &nam);
    FigestioApi api(config, &session, &nam); // the sign-in lists the agencies through it
    if (in)
        return signIn(session, parser.value(options.agency));
    if (who)
        return whoami(session);
    return signOut(session);
}

} // namespace figestio
