// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <utility>
#include <variant>

namespace Staging {

/**
 * A value or an Error. g++ 12 in C++20 mode has no std::expected, and a variant keeps it honest:
 * there is no way to read a value that is not there without asserting.
 */
template <typename T> class Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // By value: `for (x : f().value())` would otherwise iterate a dead temporary's member.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** For operations that return nothing on success. */
struct Done
{
};

using Status = Expected<Done>;

} // namespace Staging
