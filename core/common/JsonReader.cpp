#include "JsonReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <limits>

namespace figestio {

JsonReader::JsonReader(const nlohmann::json &value, QString context)
    : m_value(value)
    , m_context(std::move(context)) {}

JsonReader JsonReader::parse(const QByteArray &bytes, const QString &context) {
    nlohmann::json value = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr,
                                                 /*allow_exceptions=*/false);
    JsonReader reader(value, context);
    if (value.is_discarded()) {
        reader.m_value = nullptr;
        reader.fail(QCoreApplication::translate("JsonReader", "%1: the answer is not valid JSON")
                        .arg(context));
    }
    return reader;
}

bool JsonReader::has(const char *key) const {
    return m_value.is_object() && m_value.contains(key) && !m_value.at(key).is_null();
}

QString JsonReader::path(const char *key) const {
    return m_context.isEmpty() ? QString::fromUtf8(key)
                               : m_context + QLatin1Char('.') + QString::fromUtf8(key);
}

void JsonReader::fail(const QString &message) {
    if (m_error.isEmpty())
        m_error = message;
}

void JsonReader::merge(const JsonReader &nested) {
    if (!nested.ok())
        fail(nested.error());
}

const nlohmann::json *JsonReader::field(const char *key, const char *expected) {
    if (!ok())
        return nullptr;
    if (!m_value.is_object()) {
        fail(QCoreApplication::translate("JsonReader", "%1: expected an object").arg(m_context));
        return nullptr;
    }
    const auto it = m_value.find(key);
    if (it == m_value.end() || it->is_null()) {
        fail(QCoreApplication::translate("JsonReader", "%1: missing field").arg(path(key)));
        return nullptr;
    }
    Q_UNUSED(expected)
    return &*it;
}

QString JsonReader::string(const char *key) {
    const nlohmann::json *v = field(key, "string");
    if (!v)
        return {};
    if (!v->is_string()) {
        fail(QCoreApplication::translate("JsonReader", "%1: expected a string").arg(path(key)));
        return {};
    }
    return QString::fromStdString(v->get<std::string>());
}

QString JsonReader::nonEmptyString(const char *key) {
    const QString s = string(key);
    if (ok() && s.isEmpty())
        fail(QCoreApplication::translate("JsonReader", "%1: must not be empty").arg(path(key)));
    return s;
}

qint64 JsonReader::integer(const char *key) {
    const nlohmann::json *v = field(key, "integer");
    if (!v)
        return 0;
    if (!v->is_number_integer()) {
        fail(QCoreApplication::translate("JsonReader", "%1: expected an integer").arg(path(key)));
        return 0;
    }
    return v->get<qint64>();
}

qint64 saturatingInt64(double value) {
    // 2^63 is exactly representable as a double; anything at or past it does not fit.
    constexpr double kLimit = 9223372036854775808.0;
    if (std::isnan(value))
        return 0;
    if (value >= kLimit)
        return std::numeric_limits<qint64>::max();
    if (value < -kLimit)
        return std::numeric_limits<qint64>::min();
    return static_cast<qint64>(value);
}

double JsonReader::number(const char *key) {
    const nlohmann::json *v = field(key, "number");
    if (!v)
        return 0;
    if (!v->is_number()) {
        fail(QCoreApplication::translate("JsonReader", "%1: expected a number").arg(path(key)));
        return 0;
    }
    return v->get<double>();
}

bool JsonReader::boolean(const char *key) {
    const nlohmann::json *v = field(key, "boolean");
    if (!v)
        return false;
    if (!v->is_boolean()) {
        fail(
            QCoreApplication::translate("JsonReader", "%1: expected true or false").arg(path(key)));
        return false;
    }
    return v->get<bool>();
}

QStringList JsonReader::stringList(const char *key) {
    const nlohmann::json *v = field(key, "array");
    if (!v)
        return {};
    if (!v->is_array()) {
        fail(QCoreApplication::translate("JsonReader", "%1: expected a list").arg(path(key)));
        return {};
    }
    QStringList out;
    for (const auto &item : *v) {
        if (!item.is_string()) {
            fail(QCoreApplication::translate("JsonReader", "%1: expected a list of strings")
                     .arg(path(key)));
            return {};
        }
        out << QString::fromStdString(item.get<std::string>());
    }
    return out;
}

JsonReader JsonReader::object(const char *key) {
    const nlohmann::json *v = field(key, "object");
    JsonReader nested(v ? *v : nlohmann::json(), path(key));
    if (!v)
        nested.fail(m_error);
    else if (!v->is_object())
        nested.fail(
            QCoreApplication::translate("JsonReader", "%1: expected an object").arg(path(key)));
    merge(nested);
    return nested;
}

JsonReader JsonReader::array(const char *key) {
    const nlohmann::json *v = field(key, "array");
    JsonReader nested(v ? *v : nlohmann::json(), path(key));
    if (!v)
        nested.fail(m_error);
    else if (!v->is_array())
        nested.fail(
            QCoreApplication::translate("JsonReader", "%1: expected a list").arg(path(key)));
    merge(nested);
    return nested;
}

std::size_t JsonReader::size() const {
    return m_value.is_array() ? m_value.size() : 0;
}

JsonReader JsonReader::at(std::size_t index) const {
    const QString p = m_context + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!m_value.is_array() || index >= m_value.size()) {
        JsonReader r(nullptr, p);
        r.fail(QCoreApplication::translate("JsonReader", "%1: no such element").arg(p));
        return r;
    }
    return JsonReader(m_value.at(index), p);
}

std::optional<QString> JsonReader::optionalString(const char *key) {
    if (!has(key))
        return std::nullopt;
    const QString s = string(key);
    return ok() ? std::optional<QString>(s) : std::nullopt;
}

std::optional<qint64> JsonReader::optionalInteger(const char *key) {
    if (!has(key))
        return std::nullopt;
    const qint64 v = integer(key);
    return ok() ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<bool> JsonReader::optionalBoolean(const char *key) {
    if (!has(key))
        return std::nullopt;
    const bool v = boolean(key);
    return ok() ? std::optional<bool>(v) : std::nullopt;
}

} // namespace figestio
