#pragma once

#include "addonline.h"
#include "apiresult.h"
#include "order.h"
#include "orderstatus.h"
#include "skippedrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

// GET /user/api/orders/{id}: what the list leaves out.
struct OrderDetails
{
    qint64 id = 0;
    QString productName;
    QString cycleName;
    std::optional<qint64> quantity;
    std::optional<qint64> pricePaidCents; // the base price: add-ons are paid on top
    std::optional<qint64> addonsPricePaidCents; // p0f slots and other add-ons, when present
    QList<AddonLine> addons;
    SkippedRows skippedAddons; // add-on lines that could not be read
    // p0f signature slots (Datacenter and ISP): active now, occupied by signed proxies, and
    // active after the next renewal.
    std::optional<qint64> p0fSlotsAvailable;
    std::optional<qint64> p0fSlotsUsed;
    std::optional<qint64> p0fSlotsNext;
    OrderStatus status = OrderStatus::Unknown;
    QString statusText; // the server's word, kept for statuses we do not know yet
    QDateTime createdAt;
    QDateTime expiresAt;
    QString promoCode;
    std::optional<bool> autoRenewal;
    QString tag;

    // What renewing costs as far as the order tells: the base price paid plus the add-ons of
    // the next period (their lines with a pending cancel or downgrade applied, at the price
    // paid per unit), or the add-ons paid last time when a line cannot be priced.
    std::optional<qint64> renewalEstimateCents() const;
    qint64 addonsNextPeriodCents() const;

    // The list row these details describe (product and cycle ids are not in the details).
    Order toOrder() const;

    QJsonObject toJson() const;
    // Only `order_id` is required; every other field may be null, missing or oddly typed.
    static ApiResult<OrderDetails> fromJson(const QJsonDocument &doc);
};

Q_DECLARE_METATYPE(OrderDetails)
