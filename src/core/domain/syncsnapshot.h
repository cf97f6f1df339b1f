#pragma once

#include "account.h"
#include "order.h"

#include <QDateTime>
#include <QList>

// What one sync saw: the orders, the account and when. `complete` says whether `orders` is the
// whole account (every page of every status) or only part of it (a sync that stopped early, a
// refresh of a few orders). ChangeDetector needs both sides' completeness: orders missing from a
// partial list were not asked for, and an order absent from a partial *previous* snapshot may
// simply not have been fetched then, so it is not "new".
struct SyncSnapshot
{
    QList<Order> orders;
    Account account;
    QDateTime syncedAt; // UTC; invalid: never synced
    bool complete = true;

    friend bool operator==(const SyncSnapshot &, const SyncSnapshot &) = default;
};
