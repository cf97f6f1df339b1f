#pragma once

#include "orderstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One row of the order list. The list does not say the status: it is the status tab the row
// was listed under. Quantity, price and creation time come only with OrderDetails.
struct Order
{
    qint64 id = 0;
    qint64 productId = 0; // 0: unknown
    QString productName;
    qint64 cycleId = 0; // 0: unknown
    QString cycleName;
    QDateTime expiresAt; // invalid: none given (e.g. lifetime)
    std::optional<bool> autoRenewal;
    QString tag; // empty: no tag
    OrderStatus status = OrderStatus::Unknown;

    // The API's own field names, cents and the provider's conventions ("tag": null when empty).
    QJsonObject toJson() const;

    friend bool operator==(const Order &, const Order &) = default;
};

Q_DECLARE_METATYPE(Order)
