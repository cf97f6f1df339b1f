#pragma once

#include "apiresult.h"
#include "order.h"
#include "skippedrows.h"

#include <QJsonDocument>
#include <QList>

#include <optional>

// One page of GET /user/api/orders.
struct OrdersPage
{
    QList<Order> orders;
    std::optional<qint64> count; // ambiguous in the contract: never used as the total
    QString prev;
    QString next;            // empty: no next page
    bool nextGiven = false;  // the answer had a `next` field at all (null counts as given)
    qsizetype rowsListed = 0; // rows in the answer, the unreadable ones included
    SkippedRows skipped;

    bool hasNext() const { return !next.isEmpty(); }
    // Whether the list goes on after this page: a non-null `next` says so even when the page is
    // shorter than asked (servers cap pages); only a null `next` or an empty page ends it. A
    // server that sends no `next` at all is read by the old rule: a full page may have more.
    bool continuesAfter(int limit) const
    {
        if (rowsListed == 0)
            return false;
        return nextGiven ? hasNext() : rowsListed >= limit;
    }

    // Every row gets `status`, the tab it was listed under. A row without a readable order_id
    // is skipped and counted; only an answer without an `orders` list is an error.
    static ApiResult<OrdersPage> fromJson(const QJsonDocument &doc, OrderStatus status);
};
