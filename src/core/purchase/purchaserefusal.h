#pragma once

#include "domain/apierror.h"

// Why the server said no to a purchase, as far as it can be told. The API answers every refusal
// with one status (400, sometimes 403) and a sentence, so the reason is read from the sentence
// in exactly this one place; the sentence itself is still what the person is shown.
namespace PurchaseRefusal {

enum class Reason {
    InsufficientBalance,
    OutOfStock,
    InvalidPromo,
    CycleUnavailable,
    InvalidQuantity,
    InvalidLocation,
    SignInNeeded, // 401: the key is no longer accepted
    Other,
};

// True when the server (or the client, before sending) definitely did not carry the purchase
// out; false when the outcome is not known (timeout, dropped connection, 5xx, unreadable answer).
bool isDefinite(const ApiError &error);
Reason reasonFor(const ApiError &error);

} // namespace PurchaseRefusal
