#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <type_traits>
#include <utility>

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

// Both members always exist (an error result holds a default T): a std::variant here made
// GCC 12 at -O3 warn -Wmaybe-uninitialized on every move of the inactive alternative (a false
// positive, but one a distribution's compiler flags turn into a failed build). The value types
// are small, so the default T costs nothing.
template <class T> class Result {
    static_assert(std::is_default_constructible_v<T>, "Result<T> needs a default-constructible T");

public:
    Result(T value)
        : m_value(std::move(value))
        , m_ok(true) {} // NOLINT: implicit by design
    Result(Error error)
        : m_error(std::move(error)) {} // NOLINT
    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const T &value() const {
        checkAccess(m_ok);
        return m_value;
    }
    T &value() {
        checkAccess(m_ok);
        return m_value;
    }
    const Error &error() const {
        checkAccess(!m_ok);
        return m_error;
    }

private:
    // Reading the side that is not there is a programming error, as std::get's throw was.
    static void checkAccess(bool present) {
        if (!present)
            qFatal("Result: value() of an error or error() of a value");
    }

    T m_value{};
    Error m_error;
    bool m_ok = false;
};

} // namespace figestio

Q_DECLARE_METATYPE(figestio::Error)
