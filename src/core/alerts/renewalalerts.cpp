#include "renewalalerts.h"

#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kMsecsPerDay = qint64(24) * 60 * 60 * 1000;

struct Due
{
    qint64 id;
    qint64 expiresMs;
};

// Soonest first; the id breaks ties so the answer never depends on the store's row order.
void sortSoonestFirst(QList<Due> &list)
{
    std::sort(list.begin(), list.end(), [](const Due &a, const Due &b) {
        return a.expiresMs != b.expiresMs ? a.expiresMs < b.expiresMs : a.id < b.id;
    });
}

QList<qint64> idsOf(const QList<Due> &list)
{
    QList<qint64> ids;
    ids.reserve(list.size());
    for (const Due &d : list)
        ids.append(d.id);
    return ids;
}

} // namespace

RenewalAlerts RenewalAlerts::compute(const QList<Order> &orders, const PriceLookup &priceOf,
                                     const QDateTime &now, int warningDays,
                                     std::optional<qint64> balanceCents)
{
    RenewalAlerts out;
    out.m_warningDays = qMax(0, warningDays);
    out.m_balanceCents = balanceCents;
    // Without a time there is no window to speak of.
    if (!now.isValid())
        return out;

    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Windows are exact durations from now, edges included ("within 3 days" covers an order
    // that expires exactly 72 hours from now); calendar days would shift with DST.
    const qint64 warningEndMs = nowMs + out.m_warningDays * kMsecsPerDay;
    const qint64 fundingEndMs = nowMs + kFundingWindowDays * kMsecsPerDay;

    QList<Due> expiring;
    QList<Due> due;
    for (const Order &o : orders) {
        // Only active orders: an on-hold order has already lapsed (its renewal failed; renewing
        // it is a deliberate act in the renew dialog, and no auto-renewal will be attempted for
        // it), a cancelled one can no longer be renewed, and of an unknown status we cannot
        // tell either way — better silent than a false alarm.
        if (o.status != OrderStatus::Active)
            continue;
        // No expiry: a lifetime order (e.g. residential traffic) never lapses.
        if (!o.expiresAt.isValid())
            continue;
        const qint64 expiresMs = o.expiresAt.toMSecsSinceEpoch();
        // Already past its expiry: nothing is "about to" happen any more (the list is stale or
        // the order is on its way to on-hold, which the next sync shows).
        if (expiresMs <= nowMs)
            continue;
        // Auto-renew true: the provider renews it (1-2 hours before expiry), the wallet
        // permitting, so it belongs to the funding check. False, and unknown (null: the product
        // has no auto-renewal), mean nothing renews it: it lapses unless someone acts.
        if (o.autoRenewal == true) {
            if (expiresMs <= fundingEndMs)
                due.append({o.id, expiresMs});
        } else if (expiresMs <= warningEndMs) {
            expiring.append({o.id, expiresMs});
        }
    }
    sortSoonestFirst(expiring);
    sortSoonestFirst(due);
    out.m_expiring = idsOf(expiring);
    out.m_dueRenewals = idsOf(due);

    for (const Due &d : due) {
        const std::optional<qint64> price = priceOf ? priceOf(d.id) : std::nullopt;
        // A negative price is a broken answer, not a price: counting it would hide a shortfall.
        if (!price || *price < 0) {
            out.m_unpriced.append(d.id);
            continue;
        }
        // Prices are not negative here, so only the top can overflow: saturate there.
        if (qAddOverflow(out.m_knownCostCents, *price, &out.m_knownCostCents))
            out.m_knownCostCents = std::numeric_limits<qint64>::max();
    }
    // Equal is enough: the wallet pays the week exactly. Unpriced renewals are not guessed at;
    // they are reported (unpricedRenewalCount) so the message can say "at least".
    out.m_underfunded = balanceCents && !due.isEmpty() && out.m_knownCostCents > *balanceCents;
    return out;
}

qint64 RenewalAlerts::shortfallCents() const
{
    if (!m_underfunded)
        return 0;
    qint64 shortfall = 0;
    // A negative balance with a saturated cost would overflow: the shortfall saturates too.
    if (qSubOverflow(m_knownCostCents, *m_balanceCents, &shortfall))
        return std::numeric_limits<qint64>::max();
    return shortfall;
}

QList<qint64> RenewalAlerts::attentionIds() const
{
    QList<qint64> ids = m_expiring;
    if (m_underfunded) {
        // The two lists never share an id (auto-renew is either on or not), but a set keeps the
        // promise without relying on that.
        const QSet<qint64> seen(ids.cbegin(), ids.cend());
        for (qint64 id : m_dueRenewals) {
            if (!seen.contains(id))
                ids.append(id);
        }
    }
    return ids;
}
