#pragma once

// Shared helpers of the model tests: orders built field by field and a fixed reference time, so
// every relative text and every "expiring soon" decision is repeatable.

#include "domain/order.h"
#include "domain/orderdetails.h"
#include "domain/orderstatus.h"
#include "testapplication.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStandardPaths>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace ModelTest {

// A fixed "now" (2030-03-15 12:00 UTC) that the models are pinned to with setNow().
inline QDateTime referenceNow()
{
    return QDateTime(QDate(2030, 3, 15), QTime(12, 0), QTimeZone::utc());
}

// Auto-renewal of a made-up order: not applicable to the product, off, or on.
enum class Renew { NotApplicable, Off, On };

inline Order makeOrder(qint64 id, const QString &product = QStringLiteral("Datacenter Proxy"),
                       OrderStatus status = OrderStatus::Active,
                       const QDateTime &expires = QDateTime(),
                       Renew autoRenewal = Renew::NotApplicable,
                       const QString &tag = QString(),
                       const QString &cycle = QStringLiteral("monthly"))
{
    Order o;
    o.id = id;
    o.productId = 1;
    o.productName = product;
    o.cycleId = 1;
    o.cycleName = cycle;
    o.expiresAt = expires;
    if (autoRenewal != Renew::NotApplicable)
        o.autoRenewal = autoRenewal == Renew::On;
    o.tag = tag;
    o.status = status;
    return o;
}

// `count` plain active orders with ids first, first+1, ... expiring one day apart.
inline QList<Order> simpleOrders(int count, qint64 first = 1000)
{
    QList<Order> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(makeOrder(first + i, QStringLiteral("Datacenter Proxy"), OrderStatus::Active,
                             referenceNow().addDays(10 + i), Renew::On,
                             i % 3 == 0 ? QStringLiteral("seo") : QString()));
    return out;
}

inline OrderDetails makeDetails(const Order &o, qint64 quantity, qint64 priceCents)
{
    OrderDetails d;
    d.id = o.id;
    d.productName = o.productName;
    d.cycleName = o.cycleName;
    d.quantity = quantity;
    d.pricePaidCents = priceCents;
    d.status = o.status;
    d.statusText = OrderStatuses::apiName(o.status);
    d.createdAt = referenceNow().addDays(-30);
    d.expiresAt = o.expiresAt;
    d.autoRenewal = o.autoRenewal;
    d.tag = o.tag;
    return d;
}

using TestCommon::initApplication;

} // namespace ModelTest
