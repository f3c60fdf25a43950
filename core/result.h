#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace DriveDeck {

// A failure meant for the facilitator: what went wrong and what to do, already translated.
class Error
{
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    {}

    const QString &message() const { return m_message; }

    friend bool operator==(const Error &, const Error &) = default;

private:
    QString m_message;
};

// Either a value or an Error. C++20 has no std::expected yet, hence this small stand-in.
template<typename T>
class Result
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
