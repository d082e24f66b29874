#include "SigninBrowser.h"

#include <QDesktopServices>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>

SigninBrowser::SigninBrowser(QObject *parent)
    : QObject(parent) {
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

SigninBrowser::~SigninBrowser() {
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void SigninBrowser::openUrl(const QUrl &url) {
    ++m_opened;
    if (url.host() != QLatin1String("127.0.0.1") ||
        !url.path().startsWith(QLatin1String("/start/"))) {
        arrived(url);
        return;
    }
    // The app's one-time loopback start page: like a browser, fetch it and follow its one
    // redirect to the authorize URL (asynchronously: the page is served by this process).
    m_startUrl = url;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (status != 302 || !location.isValid()) {
            m_output = QStringLiteral("the start page answered %1").arg(status);
            m_exitCode = 1;
            emit finished(m_exitCode);
            return;
        }
        arrived(location);
    });
}

void SigninBrowser::arrived(const QUrl &url) {
    m_lastUrl = url;
    emit urlOpened(url);
    if (m_mode != Mode::CaptureOnly)
        runSignin(url);
}

void SigninBrowser::runSignin(const QUrl &url) {
    const QString program = qEnvironmentVariable("DEVSTACK_SIGNIN");
    m_exitCode = -1;
    m_output.clear();
    if (program.isEmpty()) {
        m_output = QStringLiteral("DEVSTACK_SIGNIN is not set (run the test with DEVSTACK)");
        m_exitCode = 127;
        emit finished(m_exitCode);
        return;
    }
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEVSTACK_USER"), m_user);
    env.insert(QStringLiteral("DEVSTACK_PASSWORD"), QStringLiteral("secret"));
    QString mode = QStringLiteral("approve");
    if (m_mode == Mode::Deny)
        mode = QStringLiteral("deny");
    else if (m_mode == Mode::WrongPassword)
        mode = QStringLiteral("wrong-password");
    env.insert(QStringLiteral("DEVSTACK_SIGNIN_MODE"), mode);
    if (m_cookieJar.isEmpty())
        env.remove(QStringLiteral("DEVSTACK_COOKIE_JAR"));
    else
        env.insert(QStringLiteral("DEVSTACK_COOKIE_JAR"), m_cookieJar);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus) {
        m_output = QString::fromUtf8(process->readAll());
        m_exitCode = code;
        process->deleteLater();
        emit finished(code);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_output = process->errorString();
        m_exitCode = 127;
        process->deleteLater();
        emit finished(m_exitCode);
    });
    // The URL is an argument of a local test helper: argv of a child of the test, never a log.
    process->start(program, {url.toString(QUrl::FullyEncoded)});
}

bool SigninBrowser::waitForFinished(int timeoutMs) {
    if (m_exitCode != -1) // -1 while the helper runs
        return true;
    QSignalSpy spy(this, &SigninBrowser::finished);
    return spy.wait(timeoutMs) || m_exitCode != -1;
}
