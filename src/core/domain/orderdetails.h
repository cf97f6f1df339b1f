#pragma once

#include "apiresult.h"
#include "order.h"
#include "orderstatus.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

// GET /user/api/orders/{id}: what the list leaves out.
struct OrderDetails
{
    qint64 id = 0;
    QString productName;
    QString cycleName;
    std::optional<qint64> quantity;
    std::optional<qint64> pricePaidCents;
    std::optional<qint64> addonsPricePaidCents; // p0f slots and other add-ons, when present
    OrderStatus status = OrderStatus::Unknown;
    QString statusText; // the server's word, kept for statuses we do not know yet
    QDateTime createdAt;
    QDateTime expiresAt;
    QString promoCode;
    std::optional<bool> autoRenewal;
    QString tag;

    // What renewing costs as far as the last payment tells: the price paid plus the add-ons.
    std::optional<qint64> renewalEstimateCents() const;

    // The list row these details describe (product and cycle ids are not in the details).
    Order toOrder() const;

    QJsonObject toJson() const;
    // Only `order_id` is required; every other field may be null, missing or oddly typed.
    static ApiResult<OrderDetails> fromJson(const QJsonDocument &doc);
};

Q_DECLARE_METATYPE(OrderDetails)
