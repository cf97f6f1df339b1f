#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

struct OrderDetails;

// The part of an order's details the store keeps, so the details' columns (quantity, price paid,
// created, promo) stay filled between runs. Not an OrderDetails: the add-on lines are not kept,
// and an OrderDetails without them would price the next renewal wrongly.
struct StoredDetails
{
    std::optional<qint64> quantity;
    std::optional<qint64> pricePaidCents;
    std::optional<qint64> addonsPricePaidCents;
    QDateTime createdAt; // whole seconds, UTC; invalid: unknown
    QString promoCode;   // empty: none

    static StoredDetails of(const OrderDetails &details);
    friend bool operator==(const StoredDetails &, const StoredDetails &) = default;
};
