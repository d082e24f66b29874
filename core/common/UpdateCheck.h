#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace figestio {

// A newer release than the running one, as the update feed announces it.
struct UpdateInfo {
    QString version;
    QUrl downloadUrl;
};

// The update notice (README "Installers"): the bundled engine gets its security fixes only
// through app updates, so once a day the app reads a small JSON feed,
//   {"version": "0.2.0", "url": "https://…/download"}
// from the URL compiled in (FIGESTIO_UPDATE_FEED_URL; dev builds: also the environment) and,
// when the version is newer, says so with the link. It never downloads or installs anything.
// https only; plain http only to loopback and only in dev builds (the devstack serves a feed).
class UpdateCheck : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 24 * 60 * 60 * 1000;
    static constexpr int kFirstCheckDelayMs = 60 * 1000; // never compete with the start-up
    static constexpr qint64 kMaxFeedBytes = 64 * 1024;

    UpdateCheck(QNetworkAccessManager *nam, QUrl feedUrl, QString currentVersion,
                QObject *parent = nullptr);

    // FIGESTIO_UPDATE_FEED_URL from the build (dev builds: the environment variable first).
    static QUrl feedUrlFromBuild();
    // An URL the check may use: https, or (dev builds) http to a loopback host.
    static bool isAllowedUrl(const QUrl &url);
    // The feed's body → what it announces; Kind::Malformed with words when it is not a feed.
    static Result<UpdateInfo> parseFeed(const QByteArray &body);
    // True when candidate is a strictly higher dotted version than current.
    static bool isNewer(const QString &candidate, const QString &current);

    bool enabled() const { return isAllowedUrl(m_feedUrl); }
    // Checks after kFirstCheckDelayMs (or firstDelayMs), then every kIntervalMs.
    void start(int firstDelayMs = kFirstCheckDelayMs);
    void checkNow();
    bool hasUpdate() const { return !m_available.version.isEmpty(); }
    UpdateInfo available() const { return m_available; }

signals:
    // The feed names a newer version. The feed naming this version or older, or failing
    // (network, HTTP, a malformed feed: logged, next day again), is no news.
    void updateAvailable(const figestio::UpdateInfo &info);

private:
    friend class UpdateCheckTestAccess; // the test seam (tests/support/CommonTestAccess.h)
    // One reading of the feed: what it announces (newer or not), or why it could not be read,
    // in words. checkNow() acts on it.
    void read(QObject *context, Callback<UpdateInfo> done);
    static Result<UpdateInfo> answerOf(QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
    QUrl m_feedUrl;
    QString m_currentVersion;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    UpdateInfo m_available;
};

} // namespace figestio

Q_DECLARE_METATYPE(figestio::UpdateInfo)
