#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace ingot {

// An error a person can act on: the message is written for users, the location (a file and line,
// a field name) says where the problem is. Errors users can cause travel as values, never as
// exceptions across layers.
struct Error {
    enum class Kind {
        BadInput,  // exit 2: nothing was changed
        Refused,   // exit 3: refused by state (newer schema, locked, permission, conflict)
        Internal,  // exit 1: a bug or an unexpected failure below us
        NotFound,  // a lookup that found nothing; callers decide if that is bad input
    };
    Kind kind = Kind::Internal;
    QString message;
    QString where;  // "FILE:LINE", a field name, or empty

    static Error badInput(QString message, QString where = {}) { return {Kind::BadInput, std::move(message), std::move(where)}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message), {}}; }
    static Error internal(QString message) { return {Kind::Internal, std::move(message), {}}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }

    // "where: message", or just the message.
    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success carries nothing.
struct Ok {};
using Status = Result<Ok>;
inline Status success() { return Ok{}; }

}  // namespace ingot
