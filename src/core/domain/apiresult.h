#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

// The one way every call ends: either the parsed value or an ApiError.
template <typename T>
class ApiResult final
{
public:
    ApiResult(T value) : m_data(std::move(value)) {}
    ApiResult(ApiError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &&takeValue() && { return std::get<T>(std::move(m_data)); }
    T takeValue() & { return std::get<T>(std::move(m_data)); }

    const ApiError &error() const
    {
        static const ApiError none;
        return ok() ? none : std::get<ApiError>(m_data);
    }

private:
    std::variant<T, ApiError> m_data;
};
