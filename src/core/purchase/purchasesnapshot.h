#pragma once

#include "domain/purchaserequest.h"

#include <QSet>

#include <optional>

class AccountService;
class OrderStore;

// What ShardDesk knew just before a purchase was sent: the orders it had listed and the wallet
// balance. When the answer is lost, a fresh sync compared with this tells whether the purchase
// went through.
struct PurchaseSnapshot
{
    PurchaseRequest request;
    QSet<qint64> knownOrderIds;
    // False when the order list had never been loaded: every listed order would look new.
    bool baselineComplete = false;
    std::optional<qint64> balanceCents;

    static PurchaseSnapshot take(const PurchaseRequest &request, const OrderStore &store,
                                 const AccountService &account);
};
