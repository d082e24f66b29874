#pragma once

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>

#include <optional>

namespace figestio {

// Validating reader for JSON answers from servers we do not control. Every getter checks
// presence and type; the first problem is remembered with its field path so the caller can
// report "the server's answer is malformed: field X ..." instead of crashing or defaulting.
//
//   JsonReader r = JsonReader::parse(body, "server-identity");
//   const QString id = r.string("device_id");
//   const auto addrs = r.stringList("addresses");
//   if (!r.ok()) return error(r.error());
// A JSON number as a whole count: NaN is 0 and out-of-range values saturate (a hostile or broken
// answer must not reach an undefined float-to-integer conversion; found by fuzz_syncthing).
qint64 saturatingInt64(double value);

class JsonReader {
public:
    JsonReader(const nlohmann::json &value, QString context);
    // Parses bytes; a parse failure makes the reader not ok() and every getter return defaults.
    static JsonReader parse(const QByteArray &bytes, const QString &context);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const nlohmann::json &json() const { return m_value; }

    bool isObject() const { return m_value.is_object(); }
    bool isArray() const { return m_value.is_array(); }
    bool has(const char *key) const;

    // Required fields: record an error when missing or of the wrong type.
    QString string(const char *key);
    QString nonEmptyString(const char *key);
    qint64 integer(const char *key);
    double number(const char *key);
    bool boolean(const char *key);
    QStringList stringList(const char *key);
    // A nested object or array as its own reader (same error sink semantics: check ok() on it).
    JsonReader object(const char *key);
    JsonReader array(const char *key);
    // Array elements; only valid when this reader holds an array.
    std::size_t size() const;
    JsonReader at(std::size_t index) const;

    // Optional fields: absent or null → nullopt; present with a wrong type → error.
    std::optional<QString> optionalString(const char *key);
    std::optional<qint64> optionalInteger(const char *key);
    std::optional<bool> optionalBoolean(const char *key);

    // Marks the reader as failed with a message (first one wins), e.g. for semantic checks.
    void fail(const QString &message);
    // Takes over the first error of a nested reader.
    void merge(const JsonReader &nested);

private:
    const nlohmann::json *field(const char *key, const char *expected);
    QString path(const char *key) const;

    nlohmann::json m_value;
    QString m_context;
    QString m_error;
};

} // namespace figestio
