#include "TokenStore.h"

#include "common/BackendConfig.h"
#include "common/Logging.h"

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
} // namespace

// ---------------------------------------------------------------------------------------------
// KeychainTokenStore

struct KeychainTokenStore::Pending {
    enum class Op { Read, Write, Remove } op;
    QString key;
    QByteArray value;
    GuardedCallback<std::optional<QByteArray>> onRead;
    GuardedCallback<Done> onDone;
};

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(BackendConfig::keychainService(), parent) {}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service) {}

KeychainTokenStore::~KeychainTokenStore() {
    qDeleteAll(m_queue);
}

void KeychainTokenStore::read(const QString &key, QObject *context,
                              Callback<std::optional<QByteArray>> callback) {
    if (m_cache.contains(key) && m_queue.isEmpty() && !m_busy) {
        // Read once per run: later reads come from memory (still asynchronous, like a job).
        GuardedCallback<std::optional<QByteArray>> cb(context, std::move(callback));
        const std::optional<QByteArray> value = m_cache.value(key);
        QTimer::singleShot(0, this, [cb, value] { cb(value); });
        return;
    }
    enqueue(new Pending{Pending::Op::Read, key, {}, {context, std::move(callback)}, {}});
}

void KeychainTokenStore::write(const QString &key, const QByteArray &value, QObject *context,
                               Callback<Done> callback) {
    enqueue(new Pending{Pending::Op::Write, key, value, {}, {context, std::move(callback)}});
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback<Done> callback) {
    enqueue(new Pending{Pending::Op::Remove, key, {}, {}, {context, std::move(callback)}});
}

void KeychainTokenStore::enqueue(Pending *job) {
    m_queue.append(job);
    if (!m_busy)
        runNext();
}

void KeychainTokenStore::runNext() {
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    std::shared_ptr<Pending> p(m_queue.takeFirst());

    // A read answered from the cache (a write or remove earlier in the queue filled it).
    if (p->op == Pending::Op::Read && m_cache.contains(p->key)) {
        const auto value = m_cache.value(p->key);
        QTimer::singleShot(0, this, [this, p, value] {
            p->onRead(value);
            runNext();
        });
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (p->op) {
    case Pending::Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Pending::Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(QString::fromUtf8(p->value));
        job = w;
        break;
    }
    case Pending::Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true); // also when it finishes after we gave up on it
    job->setInsecureFallback(false);
    job->setKey(p->key);

    // Whichever comes first, the job's answer or the timeout, settles the request.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);

    auto settle = [this, p, settled, timer](std::optional<Error> error,
                                            std::optional<QByteArray> readValue) {
        if (*settled)
            return;
        *settled = true;
        timer->stop();
        timer->deleteLater();
        switch (p->op) {
        case Pending::Op::Read:
            if (error) {
                p->onRead(*error);
            } else {
                m_cache.insert(p->key, readValue);
                p->onRead(readValue);
            }
            break;
        case Pending::Op::Write:
            if (!error)
                m_cache.insert(p->key, p->value);
            p->onDone(error ? Result<Done>(*error) : Result<Done>(Done{}));
            break;
        case Pending::Op::Remove:
            if (!error)
                m_cache.insert(p->key, std::nullopt);
            p->onDone(error ? Result<Done>(*error) : Result<Done>(Done{}));
            break;
        }
        runNext();
    };

    connect(timer, &QTimer::timeout, this, [settle, p] {
        qCWarning(lcAuth) << "keychain job timed out:" << p->key;
        settle(keychainError(QKeychain::OtherError, true), std::nullopt);
    });
    connect(job, &QKeychain::Job::finished, this, [settle, p](QKeychain::Job *j) {
        const QKeychain::Error code = j->error();
        if (code == QKeychain::NoError) {
            std::optional<QByteArray> value;
            if (p->op == Pending::Op::Read)
                value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData().toUtf8();
            settle(std::nullopt, value);
            return;
        }
        if (code == QKeychain::EntryNotFound &&
            (p->op == Pending::Op::Read || p->op == Pending::Op::Remove)) {
            settle(std::nullopt, std::nullopt); // absent: not an error
            return;
        }
        // errorString() is the backend's diagnostic; it never contains the secret.
        qCWarning(lcAuth) << "keychain error" << code << j->errorString();
        settle(keychainError(code, false), std::nullopt);
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace figestio
