#pragma once

// What the storage tests build their snapshots from: orders with every field set, times in whole
// seconds (the store keeps the API's precision), an account.

#include "domain/account.h"
#include "domain/order.h"
#include "domain/syncsnapshot.h"

#include <QDateTime>
#include <QTimeZone>

namespace StorageSupport {

// 2026-03-01 12:00:00 UTC plus `seconds`.
inline QDateTime at(qint64 seconds = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(seconds);
}

constexpr qint64 kDay = 24 * 3600;

inline Order order(qint64 id, OrderStatus status = OrderStatus::Active,
                   const QDateTime &expires = at(30 * kDay), const QString &tag = QString())
{
    Order o;
    o.id = id;
    o.productId = 1 + id % 3;
    o.productName = QStringLiteral("Datacenter %1").arg(o.productId);
    o.cycleId = 10 + id % 2;
    o.cycleName = id % 2 ? QStringLiteral("Quarterly") : QStringLiteral("Monthly");
    o.expiresAt = expires;
    o.autoRenewal = id % 2 == 0;
    o.tag = tag;
    o.status = status;
    return o;
}

inline Account account(std::optional<qint64> balanceCents = 10000)
{
    Account a;
    a.email = QStringLiteral("someone@example.com");
    a.activeOrders = 3;
    a.walletBalanceCents = balanceCents;
    return a;
}

inline SyncSnapshot snapshot(QList<Order> orders, const QDateTime &syncedAt,
                             std::optional<qint64> balanceCents = 10000, bool complete = true)
{
    return SyncSnapshot{std::move(orders), account(balanceCents), syncedAt, complete};
}

} // namespace StorageSupport
