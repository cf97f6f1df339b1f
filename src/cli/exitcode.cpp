#include "exitcode.h"

namespace ExitCodes {

ExitCode forError(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Unauthorized:
        return ExitCode::Unauthorized;
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Refused:
    case ApiError::Kind::RateLimited:
        // A request refused before sending (status 0) is the caller's mistake, not the server's.
        return error.httpStatus() == 0 ? ExitCode::Usage : ExitCode::Refused;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Cancelled:
        return ExitCode::Unreachable;
    case ApiError::Kind::Protocol:
        return ExitCode::Unusable;
    case ApiError::Kind::Insecure:
        return ExitCode::Usage;
    }
    return ExitCode::Unusable;
}

ExitCode forMoneyError(const ApiError &error)
{
    return error.leavesOutcomeUnknown() ? ExitCode::OutcomeUnknown : forError(error);
}

} // namespace ExitCodes
