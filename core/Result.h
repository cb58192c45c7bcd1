#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace trapline {

// An error a user can act on: the message says what went wrong and, where possible, what to do.
struct Error {
    QString message;
};

// A value or an Error. Subsystems may throw internally; at their edge failures become Results.
template <class T>
class Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value, so that `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Ok {};
using Status = Result<Ok>;

inline Status okStatus() { return Ok{}; }

} // namespace trapline
