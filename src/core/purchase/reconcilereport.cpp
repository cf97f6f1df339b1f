#include "reconcilereport.h"

#include "services/orderstore.h"

#include <algorithm>

std::optional<qint64> ReconcileReport::balanceChangeCents() const
{
    if (!balanceBeforeCents || !balanceAfterCents)
        return std::nullopt;
    return *balanceAfterCents - *balanceBeforeCents;
}

ReconcileReport ReconcileReport::compute(const PurchaseSnapshot &before, const OrderStore &store,
                                         const ApiError &ordersError,
                                         std::optional<qint64> balanceAfterCents,
                                         const ApiError &accountError)
{
    ReconcileReport r;
    r.balanceBeforeCents = before.balanceCents;
    r.balanceAfterCents = balanceAfterCents;
    r.baselineComplete = before.baselineComplete;
    r.ordersError = ordersError;
    r.accountError = accountError;

    if (!ordersError.isError()) {
        const QString product = before.request.product();
        for (const Order &o : store.orders()) {
            if (!before.knownOrderIds.contains(o.id) &&
                o.productName.compare(product, Qt::CaseInsensitive) == 0)
                r.newOrderIds.append(o.id);
        }
        std::sort(r.newOrderIds.begin(), r.newOrderIds.end(), std::greater<>());
    }

    if (ordersError.isError() || !before.baselineComplete) {
        // Without both lists there is nothing to compare. Even a new-looking order may be old.
        r.verdict = Verdict::Unclear;
    } else if (!r.newOrderIds.isEmpty()) {
        r.verdict = Verdict::OrderFound;
    } else if (const auto change = r.balanceChangeCents(); change && *change < 0) {
        // Money left the wallet, yet no order is listed: do not invite a second payment.
        r.verdict = Verdict::Unclear;
    } else {
        r.verdict = Verdict::NoOrder;
    }
    return r;
}
