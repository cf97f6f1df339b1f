#pragma once

#include "../api/apiresult.h"
#include "order.h"

#include <QJsonDocument>
#include <QList>

#include <optional>

// One page of GET /user/api/orders.
struct OrdersPage
{
    QList<Order> orders;
    std::optional<qint64> count; // ambiguous in the contract: never used as the total
    QString prev;
    QString next; // empty: no next page

    bool hasNext() const { return !next.isEmpty(); }

    // Every row gets `status`, the tab it was listed under.
    static ApiResult<OrdersPage> fromJson(const QJsonDocument &doc, OrderStatus status);
};
