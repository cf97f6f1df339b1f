#pragma once

#include "domain/apierror.h"
#include "domain/pricequote.h"
#include "domain/purchaserequest.h"

// How a price preview (GET /orders/calculate) for one choice ended.
struct QuoteAnswer
{
    enum class Status {
        Priced,      // `quote` holds the price
        Refused,     // 400/403: the server would refuse this purchase, `error` says why
        Unavailable, // 404: this server has no price preview; buying still works
        Failed,      // no usable answer (network, 5xx, ...): the price is not known right now
    };

    PurchaseRequest request;
    Status status = Status::Failed;
    PriceQuote quote;
    ApiError error;

    bool isPriced() const { return status == Status::Priced; }
    // Whether this answer prices `choice`: auto-renewal, for one, does not change the price.
    bool answers(const PurchaseRequest &choice) const
    {
        return request.toQuoteQuery() == choice.toQuoteQuery();
    }
};
