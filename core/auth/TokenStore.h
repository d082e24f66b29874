#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace figestio {

class SerialJobQueue;

// What a read finds: the entry's bytes, or no entry. A struct, not std::optional<QByteArray>:
// moved inside a Result, GCC 12 at -O3 reports an empty optional's payload as maybe
// uninitialized (a false positive that -Werror turns into a failed release build).
struct StoredEntry {
    bool found = false;
    QByteArray data;
    static StoredEntry none() { return {}; }
    static StoredEntry of(QByteArray bytes) { return {true, std::move(bytes)}; }
    static StoredEntry from(const std::optional<QByteArray> &bytes) {
        return bytes ? of(*bytes) : none();
    }
    bool operator==(const StoredEntry &o) const { return found == o.found && data == o.data; }
};

// Where the session's secrets live: a small async key → bytes store. Session keeps one entry
// (kSessionKey) so a run reads the keychain once and a refresh-token rotation is one atomic
// overwrite (the new token replaces the old in a single write; it is never deleted first).
class TokenStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~TokenStore() override;

    static constexpr const char *kSessionKey = "session";
    // No keychain to keep the session in (Kind::Keychain, in words).
    static Error unavailableError();

    // found false: no such entry (not an error). Errors are Kind::Keychain with words.
    virtual void read(const QString &key, QObject *context, Callback<StoredEntry> callback) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context,
                       Callback<Done> callback) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &key, QObject *context, Callback<Done> callback) = 0;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), service com.figestio.sync. Each key is read from the keychain at most
// once per run (in-process cache). Jobs run one at a time, in order, each with a deadline: a
// locked or unresponsive keychain becomes an error in words, never a freeze; a job that ends
// after its deadline still holds back the next one, so writes and deletes land in order
// (common/SerialJobQueue). There is no plain-text fallback.
class KeychainTokenStore : public TokenStore {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit KeychainTokenStore(QObject *parent = nullptr);
    KeychainTokenStore(const QString &service, QObject *parent);
    ~KeychainTokenStore() override;

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback<StoredEntry> callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback<Done> callback) override;
    void remove(const QString &key, QObject *context, Callback<Done> callback) override;

private:
    friend class KeychainTokenStoreTestAccess; // the test seam (tests/support/AuthTestAccess.h)

    enum class Op { Read, Write, Remove };
    // Answers once: a write or remove answers StoredEntry::none() on success.
    void run(Op op, const QString &key, const QByteArray &value, Callback<StoredEntry> answer);

    QString m_service;
    QHash<QString, std::optional<QByteArray>> m_cache;
    SerialJobQueue *m_queue;
};

} // namespace figestio
