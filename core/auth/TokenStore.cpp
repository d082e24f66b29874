#include "TokenStore.h"

#include "common/BackendConfig.h"
#include "common/Logging.h"
#include "common/SerialJobQueue.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace figestio {

TokenStore::~TokenStore() = default;

Error TokenStore::unavailableError() {
    return Error::make(Error::Kind::Keychain,
                       QCoreApplication::translate(
                           "TokenStore",
                           "The system keychain is not available, so the sign-in cannot be "
                           "kept safely. Make sure a keychain (such as GNOME Keyring or "
                           "KWallet) is installed and unlocked, then try again."));
}

namespace {
// In words, without the backend's jargon (that goes to the log, which holds no secrets).
Error keychainError(QKeychain::Error code, bool timedOut) {
    if (timedOut)
        return Error::make(
            Error::Kind::Keychain,
            QCoreApplication::translate(
                "TokenStore",
                "The system keychain did not answer. It may be locked: unlock it (or sign in to "
                "your desktop session again) and retry."));
    if (code == QKeychain::AccessDeniedByUser || code == QKeychain::AccessDenied)
        return Error::make(
            Error::Kind::Keychain,
            QCoreApplication::translate(
                "TokenStore",
                "Access to the system keychain was refused. Allow Figestió Sync to use it and "
                "try again."));
    return TokenStore::unavailableError();
}

// A write's or remove's answer: the entry it reports carries nothing.
Callback<StoredEntry> doneFrom(QObject *context, Callback<Done> callback) {
    GuardedCallback<Done> cb(context, std::move(callback));
    return [cb](const Result<StoredEntry> &result) {
        cb(result ? Result<Done>(Done{}) : Result<Done>(result.error()));
    };
}
} // namespace

// ---------------------------------------------------------------------------------------------
// KeychainTokenStore

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(BackendConfig::keychainService(), parent) {}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
    , m_queue(new SerialJobQueue(kDefaultTimeoutMs, this)) {}

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::read(const QString &key, QObject *context,
                              Callback<StoredEntry> callback) {
    GuardedCallback<StoredEntry> cb(context, std::move(callback));
    if (m_cache.contains(key) && m_queue->isIdle()) {
        // Read once per run: later reads come from memory (still asynchronous, like a job).
        const StoredEntry value = StoredEntry::from(m_cache.value(key));
        QTimer::singleShot(0, this, [cb, value] { cb(value); });
        return;
    }
    run(Op::Read, key, {}, cb);
}

void KeychainTokenStore::write(const QString &key, const QByteArray &value, QObject *context,
                               Callback<Done> callback) {
    run(Op::Write, key, value, doneFrom(context, std::move(callback)));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback<Done> callback) {
    run(Op::Remove, key, {}, doneFrom(context, std::move(callback)));
}

void KeychainTokenStore::run(Op op, const QString &key, const QByteArray &value,
                             Callback<StoredEntry> answer) {
    // Whichever comes first, the job's end or its deadline, answers the caller; the queue
    // starts the next job only when this one has really ended.
    auto answered = std::make_shared<bool>(false);
    auto reply = [answer, answered](const Result<StoredEntry> &result) {
        if (!std::exchange(*answered, true))
            answer(result);
    };
    SerialJobQueue::Job job;
    job.expired = [reply, key] {
        qCWarning(lcAuth) << "keychain job timed out:" << key;
        reply(keychainError(QKeychain::OtherError, true));
    };
    job.start = [this, op, key, value, reply](std::function<void()> ended) {
        // A read answered from the cache (a write or remove earlier in the queue filled it).
        if (op == Op::Read && m_cache.contains(key)) {
            const auto cached = m_cache.value(key);
            QTimer::singleShot(0, this, [reply, cached, ended] {
                reply(StoredEntry::from(cached));
                ended();
            });
            return;
        }
        QKeychain::Job *kjob = nullptr;
        switch (op) {
        case Op::Read:
            kjob = new QKeychain::ReadPasswordJob(m_service);
            break;
        case Op::Write: {
            auto *w = new QKeychain::WritePasswordJob(m_service);
            w->setTextData(QString::fromUtf8(value));
            kjob = w;
            break;
        }
        case Op::Remove:
            kjob = new QKeychain::DeletePasswordJob(m_service);
            break;
        }
        kjob->setAutoDelete(true); // also when it finishes after its deadline
        kjob->setInsecureFallback(false);
        kjob->setKey(key);
        connect(
            kjob, &QKeychain::Job::finished, this,
            [this, op, key, value, reply, ended](QKeychain::Job *j) {
                const QKeychain::Error code = j->error();
                const bool absent = code == QKeychain::EntryNotFound && op != Op::Write;
                if (code == QKeychain::NoError || absent) {
                    // The cache follows the keychain, also for a late job.
                    std::optional<QByteArray> read;
                    if (op == Op::Read && !absent)
                        read = static_cast<QKeychain::ReadPasswordJob *>(j)->textData().toUtf8();
                    m_cache.insert(key, op == Op::Write ? std::optional<QByteArray>(value) : read);
                    reply(StoredEntry::from(read));
                } else {
                    // errorString() is the backend's diagnostic; never the secret.
                    qCWarning(lcAuth) << "keychain error" << code << j->errorString();
                    reply(keychainError(code, false));
                }
                ended();
            });
        kjob->start();
    };
    m_queue->add(std::move(job));
}

} // namespace figestio
