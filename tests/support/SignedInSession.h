#pragma once

// A real Session against the devstack, signed in through SigninBrowser, for integration tests
// of any area that needs a signed-in user (run the test with DEVSTACK KEYRING LOCKS
// loopback-ports; link figestio-core-api). Header-only so the support library does not depend
// on core/auth.
//
//   SignedInSession s;
//   QVERIFY2(s.signIn("alice"), qPrintable(s.error));
//   s.api.claimDevice(...);

#include "SigninBrowser.h"

#include "api/FigestioApi.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "common/BackendConfig.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

struct SignedInSession {
    figestio::BackendConfig config = figestio::BackendConfig::fromBuild();
    QNetworkAccessManager nam;
    figestio::KeychainTokenStore store;
    figestio::Session session{config, &store, &nam};
    figestio::FigestioApi api{config, &session, &nam};
    SigninBrowser browser;
    QString error; // why signIn() failed

    // Starts a sign-in whose browser only captures where it lands (no helper runs); true once
    // it has been opened.
    bool startCaptured(int timeoutMs = 10000) {
        browser.setMode(SigninBrowser::Mode::CaptureOnly);
        QSignalSpy opened(&browser, &SigninBrowser::urlOpened);
        session.signIn();
        return opened.count() > 0 || opened.wait(timeoutMs);
    }

    // Signs in as `user`; with several agencies, chooses `agencyId` (else the first listed).
    bool signIn(const QString &user = QStringLiteral("alice"), const QString &agencyId = {},
                int timeoutMs = 30000) {
        error.clear();
        browser.setUser(user);
        QMetaObject::Connection choice = QObject::connect(
            &session, &figestio::Session::agencyChoiceRequired, &session,
            [this, agencyId](const QList<figestio::Agency> &agencies) {
                session.chooseAgency(agencyId.isEmpty() ? agencies.first().id : agencyId);
            });
        QSignalSpy failed(&session, &figestio::Session::signInFailed);
        session.signIn();
        const bool ok = QTest::qWaitFor(
            [&] {
                return session.state() == figestio::Session::State::SignedIn || failed.count() > 0;
            },
            timeoutMs);
        QObject::disconnect(choice);
        if (session.state() == figestio::Session::State::SignedIn)
            return true;
        error = failed.isEmpty() ? (ok ? QStringLiteral("?") : QStringLiteral("timed out"))
                                 : failed.first().first().toString();
        error += QStringLiteral(" [browser exit %1: %2]")
                     .arg(browser.lastExitCode())
                     .arg(browser.lastOutput().trimmed());
        return false;
    }
};
