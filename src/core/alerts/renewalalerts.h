#pragma once

#include "domain/order.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <functional>
#include <optional>

// What deserves a warning after a sync (issue 8), computed from the orders as the store holds
// them: orders that will lapse soon because nothing renews them, and whether the wallet can pay
// the auto-renewals of the coming week (the "renewal funding check"). A pure value: same input,
// same answer; RenewalWatch decides when to compute it and whether it is news.
class RenewalAlerts final
{
public:
    static constexpr int kDefaultWarningDays = 3;
    // The funding check looks this far ahead (days), whatever the warning window.
    static constexpr int kFundingWindowDays = 7;

    // The renewal price of an order, nullopt when unknown. ShardDesk takes the order's last
    // `price_paid` (OrderDetails::pricePaidCents), as the renew dialog does.
    using PriceLookup = std::function<std::optional<qint64>(qint64 orderId)>;

    // `warningDays` below 0 counts as 0 (no expiry warnings). `balanceCents` nullopt: the
    // account is not known yet, so nothing can be underfunded.
    static RenewalAlerts compute(const QList<Order> &orders, const PriceLookup &priceOf,
                                 const QDateTime &now, int warningDays,
                                 std::optional<qint64> balanceCents);

    // Active orders that expire within the warning window with auto-renew not on, soonest first.
    const QList<qint64> &expiringIds() const { return m_expiring; }
    // Active auto-renewing orders that expire within kFundingWindowDays, soonest first.
    const QList<qint64> &dueRenewalIds() const { return m_dueRenewals; }
    // Those of dueRenewalIds() whose price is unknown (same order).
    const QList<qint64> &unpricedRenewalIds() const { return m_unpriced; }
    qsizetype unpricedRenewalCount() const { return m_unpriced.size(); }
    // The sum of the known prices of dueRenewalIds() (saturates at the qint64 maximum).
    qint64 knownRenewalCostCents() const { return m_knownCostCents; }
    std::optional<qint64> balanceCents() const { return m_balanceCents; }
    // The balance is known, there is a due renewal and the known cost exceeds the balance.
    bool isUnderfunded() const { return m_underfunded; }
    // How much is missing: known cost minus balance when underfunded, else 0.
    qint64 shortfallCents() const;
    int warningDays() const { return m_warningDays; }

    // Something to warn about: an expiring order or an underfunded week of renewals.
    bool hasWarnings() const { return !m_expiring.isEmpty() || m_underfunded; }
    // The orders a click on the notification shows: the expiring ones, then (when underfunded)
    // the due auto-renewals; no id twice.
    QList<qint64> attentionIds() const;

    friend bool operator==(const RenewalAlerts &, const RenewalAlerts &) = default;

private:
    QList<qint64> m_expiring;
    QList<qint64> m_dueRenewals;
    QList<qint64> m_unpriced;
    qint64 m_knownCostCents = 0;
    std::optional<qint64> m_balanceCents;
    bool m_underfunded = false;
    int m_warningDays = kDefaultWarningDays;
};

Q_DECLARE_METATYPE(RenewalAlerts)
