#include "changedetector.h"

#include "isodate.h"
#include "money.h"

#include <QHash>

#include <array>
#include <limits>

namespace {

using Kind = ActivityEntry::Kind;

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool isLive(OrderStatus status)
{
    return status == OrderStatus::Active || status == OrderStatus::OnHold;
}

bool cycleDiffers(const Order &p, const Order &c)
{
    if (p.cycleId > 0 && c.cycleId > 0)
        return p.cycleId != c.cycleId;
    return !p.cycleName.isEmpty() && !c.cycleName.isEmpty() && p.cycleName != c.cycleName;
}

QString cycleText(const Order &o)
{
    return o.cycleName.isEmpty() && o.cycleId > 0 ? QString::number(o.cycleId) : o.cycleName;
}

class Collector
{
public:
    Collector(QList<ActivityEntry> &out, const QDateTime &when) : m_out(out), m_when(when) {}

    void add(Kind kind, qint64 orderId, QString before, QString after, QDateTime when = {})
    {
        m_out.append(ActivityEntry{kind, orderId, when.isValid() ? when : m_when, std::move(before),
                                   std::move(after)});
    }

private:
    QList<ActivityEntry> &m_out;
    QDateTime m_when;
};

void compareOrder(const Order &p, const Order &c, const QDateTime &t0, const QDateTime &t1,
                  Collector &out)
{
    const qint64 id = c.id;
    // In allKinds() order (NewOrder does not apply here).
    if (p.expiresAt.isValid() && c.expiresAt.isValid() && c.expiresAt > p.expiresAt)
        out.add(Kind::Renewed, id, IsoDate::toIsoUtc(p.expiresAt), IsoDate::toIsoUtc(c.expiresAt));
    if (p.status != OrderStatus::Unknown && p.status != OrderStatus::OnHold &&
        c.status == OrderStatus::OnHold)
        out.add(Kind::OnHold, id, OrderStatuses::apiName(p.status),
                OrderStatuses::apiName(c.status));
    if (p.status != OrderStatus::Unknown && p.status != OrderStatus::Cancelled &&
        c.status == OrderStatus::Cancelled)
        out.add(Kind::Cancelled, id, OrderStatuses::apiName(p.status),
                OrderStatuses::apiName(c.status));
    const QDateTime &e = c.expiresAt;
    if (e.isValid() && t0.isValid() && t1.isValid() && isLive(p.status) && isLive(c.status) &&
        (!p.expiresAt.isValid() || e <= p.expiresAt) && t0 < e && e <= t1)
        out.add(Kind::Expired, id, IsoDate::toIsoUtc(e), QString(), e);
    if (p.tag != c.tag)
        out.add(Kind::TagChanged, id, p.tag, c.tag);
    if (p.autoRenewal && c.autoRenewal && *p.autoRenewal != *c.autoRenewal)
        out.add(Kind::AutoRenewChanged, id, boolText(*p.autoRenewal), boolText(*c.autoRenewal));
    if (cycleDiffers(p, c))
        out.add(Kind::CycleChanged, id, cycleText(p), cycleText(c));
}

} // namespace

QList<ActivityEntry> ChangeDetector::changes(const std::optional<SyncSnapshot> &previous,
                                             const SyncSnapshot &current)
{
    QList<ActivityEntry> entries;
    if (!previous)
        return entries; // the first sync: everything would be "new"
    Collector out(entries, current.syncedAt);

    QHash<qint64, const Order *> before;
    before.reserve(previous->orders.size());
    for (const Order &o : previous->orders)
        before.insert(o.id, &o);

    for (const Order &c : current.orders) {
        const Order *p = before.value(c.id);
        if (!p) {
            if (previous->complete)
                out.add(Kind::NewOrder, c.id, QString(), c.productName);
            continue;
        }
        // Even an unchanged row: its expiry may have passed since.
        compareOrder(*p, c, previous->syncedAt, current.syncedAt, out);
    }

    const auto &was = previous->account.walletBalanceCents;
    const auto &is = current.account.walletBalanceCents;
    if (was && is && *was != *is)
        out.add(Kind::BalanceChanged, 0, QString::number(*was), QString::number(*is));
    return entries;
}

SyncSnapshot ChangeDetector::merged(const std::optional<SyncSnapshot> &previous,
                                    const SyncSnapshot &current)
{
    if (current.complete || !previous)
        return current;
    SyncSnapshot result = *previous;
    result.account = current.account;
    result.syncedAt = current.syncedAt;
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(result.orders.size());
    for (qsizetype i = 0; i < result.orders.size(); ++i)
        rowOf.insert(result.orders.at(i).id, i);
    for (const Order &c : current.orders) {
        const qsizetype row = rowOf.value(c.id, -1);
        if (row >= 0)
            result.orders[row] = c;
        else
            result.orders.append(c);
    }
    return result;
}

QString ChangeDetector::summary(const QList<ActivityEntry> &entries, const QLocale &locale)
{
    // Indexed by the kind's number (1…9).
    std::array<int, 10> count{};
    qint64 balanceDelta = 0;
    bool balanceKnown = false; // every balance entry read and the sum exact
    bool sawBalance = false;
    for (const ActivityEntry &e : entries) {
        ++count[size_t(e.kind)];
        if (e.kind != Kind::BalanceChanged)
            continue;
        bool okBefore = false;
        bool okAfter = false;
        const qint64 from = e.before.toLongLong(&okBefore);
        const qint64 to = e.after.toLongLong(&okAfter);
        qint64 step = 0;
        // Several balance entries add up; an overflowing sum is no sum to show.
        const bool ok = okBefore && okAfter && !qSubOverflow(to, from, &step) &&
                        !qAddOverflow(balanceDelta, step, &balanceDelta);
        balanceKnown = ok && (balanceKnown || !sawBalance);
        sawBalance = true;
    }
    if (balanceDelta == std::numeric_limits<qint64>::min())
        balanceKnown = false; // no positive counterpart to format

    QStringList parts;
    for (Kind kind : ActivityEntry::allKinds()) {
        const int n = count[size_t(kind)];
        if (n == 0)
            continue;
        switch (kind) {
        case Kind::NewOrder:
            //: Sync summary part: how many orders are new. English needs no plural form.
            parts << tr("%n new", nullptr, n);
            break;
        case Kind::Renewed:
            //: Sync summary part: how many orders were renewed.
            parts << tr("%n renewed", nullptr, n);
            break;
        case Kind::OnHold:
            //: Sync summary part: how many orders went on hold.
            parts << tr("%n on hold", nullptr, n);
            break;
        case Kind::Cancelled:
            //: Sync summary part: how many orders were cancelled.
            parts << tr("%n cancelled", nullptr, n);
            break;
        case Kind::Expired:
            //: Sync summary part: how many orders expired.
            parts << tr("%n expired", nullptr, n);
            break;
        case Kind::TagChanged:
            //: Sync summary part: how many orders got another tag.
            parts << tr("%n retagged", nullptr, n);
            break;
        case Kind::AutoRenewChanged:
            //: Sync summary part: on how many orders auto-renew was switched.
            parts << tr("%n auto-renew change(s)", nullptr, n);
            break;
        case Kind::CycleChanged:
            //: Sync summary part: how many orders changed billing cycle.
            parts << tr("%n changed cycle", nullptr, n);
            break;
        case Kind::BalanceChanged:
            if (!balanceKnown || balanceDelta == 0)
                break;
            // The sign matters more than the accounting layout's parentheses here: format the
            // amount and say the direction.
            if (balanceDelta < 0)
                //: Sync summary part: the wallet balance went down by %1 (an amount of money).
                parts << tr("balance −%1").arg(Money::format(-balanceDelta, locale));
            else
                //: Sync summary part: the wallet balance went up by %1 (an amount of money).
                parts << tr("balance +%1").arg(Money::format(balanceDelta, locale));
            break;
        }
    }
    if (parts.isEmpty())
        return tr("No changes");
    //: Separator between the parts of the sync summary ("3 renewed, 1 on hold").
    return parts.join(tr(", "));
}
