#pragma once

// What the client must make of each mock-server fault, shared by the fault matrices
// (tst_faults: ApiClient; tst_faultmatrix_services: the app's services; tst_faultmatrix_cli:
// sharddesk-cli).

#include "domain/apierror.h"
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

// A 200 whose body is not the documented JSON (cut short, values and top level of the other
// type, a web page, nothing at all). For the action endpoints (tag, auto-renewal, billing cycle,
// renewal) any 2xx is success whatever the body (docs/api-tolerance.md), so these four are a
// success there; everywhere else they are an answer the client cannot use (Protocol).
inline bool isJunkSuccess(MockFault::Kind fault)
{
    switch (fault) {
    case MockFault::Kind::TruncatedJson:
    case MockFault::Kind::WrongTypes:
    case MockFault::Kind::HtmlPage:
    case MockFault::Kind::EmptyBody:
        return true;
    default:
        break;
    }
    return false;
}

// What a call of an action endpoint must end in: None (success) for the 200-junk faults, the
// same kind as any other call for the rest (Oversized, aborted by the client, is still Protocol).
inline ApiError::Kind expectedKindForAction(MockFault::Kind fault)
{
    return isJunkSuccess(fault) ? ApiError::Kind::None : expectedKind(fault);
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
    case MockFault::Kind::Unavailable503: // a plain-text body: the trimmed text
        return QStringLiteral("Service Unavailable: maintenance in progress");
    default:
        break;
    }
    return {};
}
