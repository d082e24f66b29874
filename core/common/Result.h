#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace figestio {

// What went wrong, for the code (kind, status) and for the person (message, in words and
// translated; never technical jargon alone, never a secret).
struct Error {
    enum class Kind {
        Network,      // no connection, DNS, refused, TLS
        Timeout,      // no answer in time
        Http,         // an HTTP error status not covered below
        Unauthorized, // 401 after the one refresh-and-retry
        Forbidden,    // 403
        Conflict,     // 409 (e.g. device claimed by another agency)
        Malformed,    // the answer is not what the contract says
        Keychain,     // the system keychain is unavailable or locked
        Cancelled,    // the user or the app stopped it
        NotFound,     // a missing binary, folder, item
        Invalid,      // bad input from our side (a folder that can't be used, ...)
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // for people
    QString code;    // machine code from the server's {"error": ...} when there was one
    int httpStatus = 0;

    static Error make(Kind kind, QString message, QString code = {}, int status = 0) {
        return Error{kind, std::move(message), std::move(code), status};
    }
};

// A value or an Error. Result<void> is spelled Result<Done>.
struct Done {};

template <class T> class Result {
public:
    Result(T value)
        : m_v(std::move(value)) {} // NOLINT: implicit by design
    Result(Error error)
        : m_v(std::move(error)) {} // NOLINT
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_v); }
    T &value() { return std::get<T>(m_v); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

} // namespace figestio
