#pragma once

#include "domain/apierror.h"
#include "purchasesnapshot.h"

#include <QList>

#include <optional>

class OrderStore;

// The answer to "did the purchase whose answer was lost go through?", from a fresh order list
// and balance compared with the snapshot taken before sending.
struct ReconcileReport
{
    enum class Verdict {
        OrderFound, // a new order of the product is listed: the purchase went through
        NoOrder,    // the fresh list has no new order of it and the balance did not drop
        Unclear,    // the list could not be loaded, or the balance dropped without an order
    };

    Verdict verdict = Verdict::Unclear;
    // Orders of the bought product that were not listed before, newest (highest id) first.
    QList<qint64> newOrderIds;
    std::optional<qint64> balanceBeforeCents;
    std::optional<qint64> balanceAfterCents;
    bool baselineComplete = false;
    ApiError ordersError; // kind None: the fresh order list loaded
    ApiError accountError;

    qint64 orderId() const { return newOrderIds.value(0, 0); }
    // After minus before; nullopt when either is unknown.
    std::optional<qint64> balanceChangeCents() const;

    // `ordersError` of kind None means `store` holds a list loaded after the purchase was sent.
    static ReconcileReport compute(const PurchaseSnapshot &before, const OrderStore &store,
                                   const ApiError &ordersError,
                                   std::optional<qint64> balanceAfterCents,
                                   const ApiError &accountError);
};
