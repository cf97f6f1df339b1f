#pragma once

#include "domain/apierror.h"

// The CLI's contract with scripts.
enum class ExitCode : int {
    Ok = 0,
    Refused = 1,      // the server said no (4xx other than 401); its message on stderr
    Usage = 2,        // bad arguments, or a request refused before sending
    Unauthorized = 3, // the key was rejected
    Unreachable = 4,  // network, timeout or 5xx
    Unusable = 5,     // the answer could not be used
    // A purchase or renewal got no usable answer (network, timeout, 5xx, unreadable): it may
    // have gone through. Check `orders` / `me` before trying again.
    OutcomeUnknown = 6,
    // `check` ran, and at least one proxy did not work (each row says why); 0 means all work.
    SomeFailed = 7,
};

namespace ExitCodes {
ExitCode forError(const ApiError &error);
// The same for a request that spends money: OutcomeUnknown where the server may have acted.
ExitCode forMoneyError(const ApiError &error);
}
