#pragma once

#include "apiresult.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// POST /user/api/orders/change-billing-cycle/{id}: the new price (contract 1.1.0).
struct CycleChangeResult
{
    QString message;
    std::optional<qint64> orderId;
    std::optional<qint64> originalCents;
    std::optional<qint64> finalCents;
    std::optional<double> discountPercent; // may be fractional (12.5)

    QJsonObject toJson() const;
    // Any 2xx answer is a change made; every field is optional.
    static ApiResult<CycleChangeResult> fromJson(const QJsonDocument &doc);
};
