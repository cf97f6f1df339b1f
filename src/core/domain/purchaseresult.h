#pragma once

#include "apiresult.h"

#include <QJsonDocument>
#include <QJsonObject>

// POST /user/api/orders/purchase answered with success.
struct PurchaseResult
{
    qint64 orderId = 0;
    QString message;

    QJsonObject toJson() const;
    static ApiResult<PurchaseResult> fromJson(const QJsonDocument &doc);
};
