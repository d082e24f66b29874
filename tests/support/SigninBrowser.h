#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// The "system browser" for in-process tests: installed with QDesktopServices::setUrlHandler
// for http and https, so QDesktopServices::openUrl(authorizeUrl) runs the devstack's headless
// sign-in helper ($DEVSTACK_SIGNIN URL) as DEVSTACK_USER with DEVSTACK_SIGNIN_MODE. Works
// offscreen too. The handlers are removed in the destructor (Qt keeps a raw pointer).
// The app opens its loopback start page (http://127.0.0.1:PORT/start/…): like a real browser,
// this one fetches it and follows its one redirect; lastUrl() is the authorize URL it landed
// on, startUrl() the page it was given.
//
//   SigninBrowser browser;               // alice, approve
//   browser.setUser("bob");
//   session.signIn();
//   QVERIFY(browser.waitForFinished());   // the helper's exit code in lastExitCode()
class SigninBrowser : public QObject {
    Q_OBJECT
public:
    enum class Mode { Approve, Deny, WrongPassword, CaptureOnly };

    explicit SigninBrowser(QObject *parent = nullptr);
    ~SigninBrowser() override;

    void setUser(const QString &user) { m_user = user; }
    // A file that keeps the provider's cookies from one sign-in to the next, as a real browser
    // keeps its session (the helper's DEVSTACK_COOKIE_JAR); empty (the default): a fresh jar.
    void setCookieJar(const QString &path) { m_cookieJar = path; }
    // CaptureOnly: remember the URL, run nothing (call runSignin() later, e.g. after junk).
    void setMode(Mode mode) { m_mode = mode; }

    int opened() const { return m_opened; }         // URLs handed to the "browser"
    QUrl lastUrl() const { return m_lastUrl; }      // the authorize URL the browser landed on
    QUrl startUrl() const { return m_startUrl; }    // the loopback start page it was given
    int lastExitCode() const { return m_exitCode; } // -1: not finished / not run
    QString lastOutput() const { return m_output; } // stdout + stderr of the helper

    // Runs the helper on `url` now (the mode's env applies; CaptureOnly behaves as Approve).
    void runSignin(const QUrl &url);
    // Waits for the helper started last to exit; false on timeout.
    bool waitForFinished(int timeoutMs = 20000);

public slots:
    void openUrl(const QUrl &url); // the handler slot

signals:
    void urlOpened(const QUrl &url);
    void finished(int exitCode);

private:
    void arrived(const QUrl &url);

    QNetworkAccessManager m_nam;
    QUrl m_startUrl;
    QString m_user = QStringLiteral("alice");
    QString m_cookieJar;
    Mode m_mode = Mode::Approve;
    int m_opened = 0;
    QUrl m_lastUrl;
    int m_exitCode = -1;
    QString m_output;
};
