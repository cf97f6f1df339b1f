#pragma once

#include "apiresult.h"

#include <QJsonDocument>
#include <QJsonObject>

// GET /user/api/orders/calculate: the price before paying, in cents.
struct PriceQuote
{
    qint64 originalCents = 0;
    qint64 finalCents = 0;
    double discountPercent = 0; // may be fractional (12.5); 0 when unknown
    qint64 addonsCents = 0;
    qint64 totalCents = 0; // what the purchase will cost: final + add-ons

    QJsonObject toJson() const;
    static ApiResult<PriceQuote> fromJson(const QJsonDocument &doc);
};
