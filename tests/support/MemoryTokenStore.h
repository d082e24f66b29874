// A TokenStore in memory, for pure-logic unit tests (the integration tests use the real
// keychain). Answers asynchronously like the real one; can be told to fail.
#pragma once

#include "auth/TokenStore.h"

#include <QTimer>

namespace figestio {

class MemoryTokenStore : public TokenStore {
public:
    using TokenStore::TokenStore;

    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }
    QHash<QString, QByteArray> entries() const { return m_entries; }
    void setEntry(const QString &key, const QByteArray &value) { m_entries.insert(key, value); }
    int readCount() const { return m_reads; }

    void read(const QString &key, QObject *context, Callback<StoredEntry> callback) override {
        ++m_reads;
        GuardedCallback<StoredEntry> cb(context, std::move(callback));
        const std::optional<Error> failure = m_failure;
        const StoredEntry value =
            m_entries.contains(key) ? StoredEntry::of(m_entries.value(key)) : StoredEntry::none();
        QTimer::singleShot(0, this, [cb, failure, value] {
            if (failure)
                cb(*failure);
            else
                cb(value);
        });
    }
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback<Done> callback) override {
        if (!m_failure)
            m_entries.insert(key, value);
        answer(context, std::move(callback));
    }
    void remove(const QString &key, QObject *context, Callback<Done> callback) override {
        if (!m_failure)
            m_entries.remove(key);
        answer(context, std::move(callback));
    }

private:
    void answer(QObject *context, Callback<Done> callback) {
        GuardedCallback<Done> cb(context, std::move(callback));
        const std::optional<Error> failure = m_failure;
        QTimer::singleShot(0, this,
                           [cb, failure] { cb(failure ? Result<Done>(*failure) : Done{}); });
    }

    QHash<QString, QByteArray> m_entries;
    std::optional<Error> m_failure;
    int m_reads = 0;
};

} // namespace figestio
