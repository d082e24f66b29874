// The built figestio-sync binary's --sign-in / --whoami / --sign-out, as a user runs them: a
// QCoreApplication (no display), the browser opened through xdg-open (the devstack's fake one
// is first on PATH, it runs the headless sign-in), the real keychain.
#include "AuthTestUtil.h"
#include "DevstackControl.h"
#include "SingleInstance.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace authtest;

namespace {
struct Run {
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList &args, const QProcessEnvironment &extra = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Like a terminal session: no display, whatever the test runner set.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    // English messages (the app picks the system language when it is ca/es/en, else Catalan).
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FIGESTIO_SYNC_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment with(std::initializer_list<std::pair<const char *, const char *>> vars) {
    QProcessEnvironment e;
    for (const auto &[k, v] : vars)
        e.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return e;
}

QByteArray show(const Run &r) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.out, r.err)
        .toUtf8();
}
} // namespace

class TestAuthCli : public QObject {
    Q_OBJECT
    DevstackControl devstack;

private slots:
    void initTestCase() {
        QVERIFY2(devstack.available(), "needs the devstack (DEVSTACK)");
        QVERIFY(QFile::exists(QStringLiteral(FIGESTIO_SYNC_BINARY)));
        // The browser is the devstack's fake xdg-open.
        QVERIFY(QStandardPaths::findExecutable(QStringLiteral("xdg-open"))
                    .contains(QStringLiteral("tests/devstack/bin")));
    }

    void whoamiWhenSignedOut() {
        const Run r = run({QStringLiteral("--whoami")});
        QVERIFY2(r.exitCode == 3, show(r).constData());
        QVERIFY(r.err.contains(QStringLiteral("Not signed in")));
    }

    void signInWhoamiSignOut() {
        Run r = run({QStringLiteral("--sign-in")}, with({{"DEVSTACK_USER", "alice"}}));
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("Signed in as: Alice Puig <alice@example.test>")),
                 show(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("Agency: Gestoria Puig (ag_1)")),
                 show(r).constData());
        QVERIFY(keychainHasSession());

        r = run({QStringLiteral("--whoami")});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(r.out.contains(QStringLiteral("Alice Puig")));
        QVERIFY(r.out.contains(QStringLiteral("Gestoria Puig (ag_1)")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                     "Access expires: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"))),
                 show(r).constData());
        QVERIFY(!r.out.contains(QStringLiteral("eyJ")) && !r.err.contains(QStringLiteral("eyJ")));

        r = run({QStringLiteral("--sign-out")});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(r.out.contains(QStringLiteral("Signed out")));
        QVERIFY(!keychainHasSession());
        r = run({QStringLiteral("--whoami")});
        QCOMPARE(r.exitCode, 3);
    }

    void severalAgenciesNeedAgencyOption() {
        Run r = run({QStringLiteral("--sign-in")}, with({{"DEVSTACK_USER", "bob"}}));
        QVERIFY2(r.exitCode == 7, show(r).constData());
        QVERIFY(r.err.contains(QStringLiteral("--agency")));
        QVERIFY(r.err.contains(QStringLiteral("ag_1")) && r.err.contains(QStringLiteral("ag_2")));
        QVERIFY(!keychainHasSession());

        r = run({QStringLiteral("--sign-in"), QStringLiteral("--agency"), QStringLiteral("ag_9")},
                with({{"DEVSTACK_USER", "bob"}}));
        QVERIFY2(r.exitCode == 7, show(r).constData());

        r = run({QStringLiteral("--sign-in"), QStringLiteral("--agency"), QStringLiteral("ag_2")},
                with({{"DEVSTACK_USER", "bob"}}));
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(r.out.contains(QStringLiteral("Agency: Assessoria Vidal (ag_2)")));
        r = run({QStringLiteral("--whoami")});
        QVERIFY(r.out.contains(QStringLiteral("Bob Serra")));
        QVERIFY(r.out.contains(QStringLiteral("ag_2")));
        QCOMPARE(run({QStringLiteral("--sign-out")}).exitCode, 0);
    }

    void noAgency() {
        const Run r = run({QStringLiteral("--sign-in")}, with({{"DEVSTACK_USER", "carol"}}));
        QVERIFY2(r.exitCode == 7, show(r).constData());
        QVERIFY(r.err.contains(QStringLiteral("does not belong to any agency")));
    }

    void deniedInTheBrowser() {
        const Run r = run({QStringLiteral("--sign-in")},
                          with({{"DEVSTACK_USER", "alice"}, {"DEVSTACK_SIGNIN_MODE", "deny"}}));
        QVERIFY2(r.exitCode == 6, show(r).constData());
        QVERIFY(r.err.contains(QStringLiteral("cancelled or refused")));
        QVERIFY(!keychainHasSession());
    }

    void noKeychain() {
        const auto noBus = with({{"DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"},
                                 {"DEVSTACK_USER", "alice"}});
        Run r = run({QStringLiteral("--sign-in")}, noBus);
        QVERIFY2(r.exitCode == 4, show(r).constData());
        QVERIFY(r.err.contains(QStringLiteral("keychain")));
        r = run({QStringLiteral("--whoami")}, noBus);
        QVERIFY2(r.exitCode == 4, show(r).constData());
    }

    // Finding 2: with the tray app running (here: this process holds the instance lock, as
    // the app does) the session commands refuse, in words, and change nothing; once it has
    // quit they work.
    void sessionCommandsRefuseWhileTheAppRuns() {
        Run r = run({QStringLiteral("--sign-in")}, with({{"DEVSTACK_USER", "alice"}}));
        QVERIFY2(r.exitCode == 0, show(r).constData());
        {
            figestio::SingleInstance app;
            QVERIFY(app.acquire());
            for (const char *command : {"--sign-out", "--sign-in", "--whoami"}) {
                r = run({QString::fromLatin1(command)}, with({{"DEVSTACK_USER", "bob"}}));
                QVERIFY2(r.exitCode == 1, show(r).constData());
                QVERIFY2(r.err.contains(QStringLiteral("Quit Figestió Sync first")),
                         show(r).constData());
            }
            QVERIFY(keychainHasSession()); // the sign-out did not happen
        }
        r = run({QStringLiteral("--whoami")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Alice Puig")),
                 show(r).constData());
        r = run({QStringLiteral("--sign-out")});
        QVERIFY2(r.exitCode == 0, show(r).constData());
    }

    // Finding 9: sign-out deletes the entry, then revokes the refresh token at the provider
    // (RFC 7009): a copy of it taken before is worthless afterwards.
    void signOutRevokesTheGrant() {
        Run r = run({QStringLiteral("--sign-in")}, with({{"DEVSTACK_USER", "alice"}}));
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("\"refresh_token\":\"([^\"]+)\""))
                .match(keychainItems());
        QVERIFY(m.hasMatch());
        const QByteArray copied = m.captured(1).toUtf8();
        r = run({QStringLiteral("--sign-out")});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(!keychainHasSession());
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(devstack.issuerUrl().toString() + QStringLiteral("/auth/refresh")));
        request.setRawHeader("Authorization", "Bearer " + copied);
        QNetworkReply *reply = nam.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }

    void oneCommandAtATime() {
        const Run r = run({QStringLiteral("--sign-in"), QStringLiteral("--whoami")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuthCli)
#include "tst_auth_cli.moc"
