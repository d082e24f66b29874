#include "UpdateCheck.h"

#include "BackendConfig.h"
#include "BuildConfig.h"
#include "JsonReader.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QVersionNumber>

namespace figestio {

namespace {
constexpr int kTimeoutMs = 30000;

QString tr(const char *text) {
    return QCoreApplication::translate("UpdateCheck", text);
}

Error malformed() {
    return Error::make(Error::Kind::Malformed,
                       tr("The update information could not be read. Figestió Sync will try "
                          "again tomorrow."));
}

bool isVersion(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,5}(\\.[0-9]{1,5}){0,3}$"));
    return pattern.match(text).hasMatch();
}
} // namespace

UpdateCheck::UpdateCheck(QNetworkAccessManager *nam, QUrl feedUrl, QString currentVersion,
                         QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_feedUrl(std::move(feedUrl))
    , m_currentVersion(std::move(currentVersion)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UpdateCheck::checkNow);
}

QUrl UpdateCheck::feedUrlFromBuild() {
    if (build::kDevOverrides) {
        const QString env = qEnvironmentVariable("FIGESTIO_UPDATE_FEED_URL");
        if (!env.isEmpty())
            return QUrl(env);
    }
    return QUrl(QString::fromUtf8(build::kUpdateFeedUrl));
}

bool UpdateCheck::isAllowedUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return build::kDevOverrides && url.scheme() == QLatin1String("http") &&
           BackendConfig::isLoopback(url);
}

Result<UpdateInfo> UpdateCheck::parseFeed(const QByteArray &body) {
    JsonReader reader = JsonReader::parse(body, QStringLiteral("update feed"));
    if (!reader.ok() || !reader.isObject())
        return malformed();
    UpdateInfo info;
    info.version = reader.nonEmptyString("version");
    info.downloadUrl = QUrl(reader.nonEmptyString("url"), QUrl::StrictMode);
    if (!reader.ok() || !isVersion(info.version) || !isAllowedUrl(info.downloadUrl)) {
        qCWarning(lcApp) << "update feed:"
                         << (reader.ok() ? QStringLiteral("bad version or url") : reader.error());
        return malformed();
    }
    return info;
}

bool UpdateCheck::isNewer(const QString &candidate, const QString &current) {
    return QVersionNumber::compare(QVersionNumber::fromString(candidate),
                                   QVersionNumber::fromString(current)) > 0;
}

void UpdateCheck::start(int firstDelayMs) {
    if (!enabled()) {
        qCInfo(lcApp) << "update check off: no usable feed URL" << m_feedUrl.toString();
        return;
    }
    m_timer.start(firstDelayMs);
}

void UpdateCheck::checkNow() {
    m_timer.start(kIntervalMs); // the next one, whatever happens to this one
    if (!enabled() || m_reply)
        return;
    read(this, [this](const Result<UpdateInfo> &feed) {
        if (!feed)
            return; // logged; the next check is due tomorrow
        if (!isNewer(feed.value().version, m_currentVersion)) {
            qCInfo(lcApp) << "update check: up to date" << m_currentVersion;
            m_available = {};
            return;
        }
        qCInfo(lcApp) << "update available:" << feed.value().version;
        m_available = feed.value();
        emit updateAvailable(m_available);
    });
}

void UpdateCheck::read(QObject *context, Callback<UpdateInfo> done) {
    QNetworkRequest request(m_feedUrl);
    request.setTransferTimeout(kTimeoutMs);
    // A redirect may not leave https (nor the loopback host in dev builds).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("figestio-sync/") + m_currentVersion);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxFeedBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = GuardedCallback<UpdateInfo>(context, std::move(done))] {
                reply->deleteLater();
                m_reply = nullptr;
                done(answerOf(reply));
            });
}

Result<UpdateInfo> UpdateCheck::answerOf(QNetworkReply *reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        qCInfo(lcApp) << "update check failed:" << status << reply->errorString();
        return Error::make(
            Error::Kind::Network,
            tr("Could not check for updates. Figestió Sync will try again tomorrow."), {}, status);
    }
    return parseFeed(reply->readAll());
}

} // namespace figestio
