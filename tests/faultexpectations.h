#pragma once

// What the client must make of each mock-server fault, shared by the fault matrices
// (tst_faults: ApiClient; tst_faultmatrix_services: the app's services).

#include "api/apierror.h"
#include "mockfault.h"

#include <QString>

inline ApiError::Kind expectedKind(MockFault::Kind fault)
{
    switch (fault) {
    case MockFault::Kind::Unauthorized401:
        return ApiError::Kind::Unauthorized;
    case MockFault::Kind::Forbidden403:
        return ApiError::Kind::Forbidden;
    case MockFault::Kind::NotFound404:
        return ApiError::Kind::NotFound;
    case MockFault::Kind::RateLimited429:
        return ApiError::Kind::RateLimited;
    case MockFault::Kind::Server500:
    case MockFault::Kind::BadGateway502:
    case MockFault::Kind::Unavailable503:
        return ApiError::Kind::Server;
    case MockFault::Kind::Drop:
        return ApiError::Kind::Network;
    case MockFault::Kind::Hang:
        return ApiError::Kind::Timeout;
    case MockFault::Kind::TruncatedJson:
    case MockFault::Kind::WrongTypes:
    case MockFault::Kind::HtmlPage:
    case MockFault::Kind::EmptyBody:
    case MockFault::Kind::Oversized:
        return ApiError::Kind::Protocol;
    }
    return ApiError::Kind::None;
}

// The server's own message, when the fault's body carries one.
inline QString serverMessageOf(MockFault::Kind fault)
{
    switch (fault) {
    case MockFault::Kind::Unauthorized401:
        return QStringLiteral("Invalid API key");
    case MockFault::Kind::Forbidden403:
        return QStringLiteral("Forbidden");
    case MockFault::Kind::NotFound404:
        return QStringLiteral("Not found");
    case MockFault::Kind::RateLimited429:
        return QStringLiteral("Too many requests");
    case MockFault::Kind::Server500:
        return QStringLiteral("Internal server error");
    default:
        break;
    }
    return {};
}
