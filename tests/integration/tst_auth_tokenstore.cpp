// KeychainTokenStore against the real Secret Service (gnome-keyring in a private D-Bus session):
// items under the service com.figestio.sync, and each entry read from the keychain once per
// run (DESIGN §3), then from memory.
#include "AuthTestUtil.h"

#include "auth/TokenStore.h"

#include <QProcess>
#include <QTest>

#include <optional>

using namespace figestio;

namespace {
std::optional<QByteArray> readEntry(TokenStore &store, const QString &key, QObject *ctx) {
    std::optional<Result<StoredEntry>> result;
    store.read(key, ctx, [&result](Result<StoredEntry> r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || !result->ok())
        return QByteArray("<read failed>");
    if (!result->value().found)
        return std::nullopt;
    return result->value().data;
}

bool writeEntry(TokenStore &store, const QString &key, const QByteArray &value, QObject *ctx) {
    std::optional<Result<Done>> result;
    store.write(key, value, ctx, [&result](Result<Done> r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok();
}

// Changes the item behind the app's back, as another program could.
bool overwriteWithSecretTool(const QString &key, const QByteArray &value) {
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("store"), QStringLiteral("--label=test"), QStringLiteral("server"),
             QStringLiteral("com.figestio.sync"), QStringLiteral("user"), key,
             QStringLiteral("type"), QStringLiteral("plaintext")});
    if (!p.waitForStarted(5000))
        return false;
    p.write(value);
    p.closeWriteChannel();
    return p.waitForFinished(10000) && p.exitCode() == 0;
}
} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT
private slots:
    void readOncePerRunUnderTheService() {
        const QString key = QStringLiteral("cache-probe");
        KeychainTokenStore store;
        QCOMPARE(store.service(), QStringLiteral("com.figestio.sync"));
        QVERIFY(writeEntry(store, key, "first", this));
        QVERIFY(authtest::keychainItems().contains(QStringLiteral("attribute.user = cache-probe")));

        QVERIFY(overwriteWithSecretTool(key, "second"));
        // This run already knows the entry: memory answers, the keychain is not asked again.
        QCOMPARE(readEntry(store, key, this), std::optional<QByteArray>("first"));
        // A new run reads the keychain (and so proves the item really changed).
        KeychainTokenStore nextRun;
        QCOMPARE(readEntry(nextRun, key, this), std::optional<QByteArray>("second"));
        QCOMPARE(readEntry(nextRun, key, this), std::optional<QByteArray>("second"));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_auth_tokenstore.moc"
