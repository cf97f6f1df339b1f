#pragma once

#include "../api/apiresult.h"

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
    std::optional<qint64> discountPercent;

    QJsonObject toJson() const;
    static ApiResult<CycleChangeResult> fromJson(const QJsonDocument &doc);
};
