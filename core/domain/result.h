#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace DriveDeck {

// A failure meant for the facilitator: what went wrong and what to do, already translated, and
// its kind, set where the cause is seen (the database driver, the file reader, validation), so
// that callers decide on the kind and never search the message.
class Error
{
public:
    enum class Kind : quint8
    {
        Failed,               // anything not listed below
        InvalidInput,         // the data breaks a rule: fix the input
        NotFound,             // no such session, round, file…
        Conflict,             // someone else changed it first
        AuthenticationNeeded, // the database wants a (different) password
        Unreachable,          // the database or its server cannot be reached now: try again
        Busy,                 // the database is locked by another writer now: try again
        Unsupported,          // written by a newer DriveDeck, or a driver is missing
        FileAccess,           // a file or folder cannot be read or written
        Cancelled,            // the person waiting stopped it; nothing was changed
        NotPermitted,         // the database role lacks a right: an administrator can grant it
    };

    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    {}
    Error(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    // Worth trying again unchanged: the cause may pass (a network, a lock).
    bool isTransient() const { return m_kind == Kind::Unreachable || m_kind == Kind::Busy; }

    friend bool operator==(const Error &, const Error &) = default;

private:
    Kind m_kind = Kind::Failed;
    QString m_message;
};

// Either a value or an Error. C++20 has no std::expected yet, hence this small stand-in.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    Error::Kind errorKind() const { return ok() ? Error::Kind::Failed : error().kind(); }
    QString errorMessage() const { return ok() ? QString() : error().message(); }

private:
    std::variant<T, Error> m_state;
};

// Success without a value.
struct Done
{
    friend bool operator==(const Done &, const Done &) = default;
};

using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace DriveDeck
