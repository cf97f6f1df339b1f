#include "overviewfigures.h"

#include "isodate.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace OverviewFigures {

static_assert(int(OrderStatus::Cancelled) + 1 == 4, "OrderBreakdown counts four statuses");

namespace {

// Sums of money never wrap: an absurd price from the server saturates instead.
qint64 add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate localDate(const QDateTime &when, const QTimeZone &zone)
{
    return when.isValid() ? when.toTimeZone(zone).date() : QDate();
}

} // namespace

std::optional<PricePaid> PricePaid::of(std::optional<qint64> baseCents,
                                       std::optional<qint64> addonsCents,
                                       const QDateTime &createdAt)
{
    if (!baseCents)
        return std::nullopt;
    return PricePaid{add(*baseCents, addonsCents.value_or(0)), createdAt};
}

PaidLookup paidFromDetails(const DetailsLookup &details)
{
    return [details](qint64 orderId) -> std::optional<PricePaid> {
        const OrderDetails *d = details ? details(orderId) : nullptr;
        if (!d)
            return std::nullopt;
        return PricePaid::of(d->pricePaidCents, d->addonsPricePaidCents, d->createdAt);
    };
}

QList<ProductKind> allFamilies()
{
    QList<ProductKind> out;
    for (int i = 0; i < kFamilyCount; ++i)
        out.append(ProductKind(i));
    return out;
}

// ---- spend per month ---------------------------------------------------------------------

qint64 SpendByMonth::Month::totalCents() const
{
    qint64 sum = 0;
    for (qint64 c : cents)
        sum = add(sum, c);
    return sum;
}

qint64 SpendByMonth::totalCents() const
{
    qint64 sum = 0;
    for (const Month &m : months)
        sum = add(sum, m.totalCents());
    return sum;
}

qint64 SpendByMonth::familyCents(ProductKind family) const
{
    qint64 sum = 0;
    for (const Month &m : months)
        sum = add(sum, m.cents.at(int(family)));
    return sum;
}

QList<ProductKind> SpendByMonth::families() const
{
    QList<ProductKind> out;
    for (ProductKind family : allFamilies()) {
        if (familyCents(family) != 0)
            out.append(family);
    }
    return out;
}

std::optional<int> SpendByMonth::busiestMonth() const
{
    std::optional<int> best;
    for (int i = 0; i < months.size(); ++i) {
        const qint64 total = months.at(i).totalCents();
        if (total > 0 && (!best || total > months.at(*best).totalCents()))
            best = i;
    }
    return best;
}

SpendByMonth spendByMonth(const QList<Order> &orders, const PaidLookup &paid,
                          const DetailsLookup &details, const QList<ActivityEntry> &activity,
                          QDate today, const QTimeZone &zone)
{
    SpendByMonth out;
    const QDate last = firstOfMonth(today);
    for (int i = SpendByMonth::kMonths - 1; i >= 0; --i)
        out.months.append({last.addMonths(-i), {}});
    const QDate first = out.months.constFirst().first;
    const auto monthIndex = [&](QDate date) -> std::optional<int> {
        if (!date.isValid() || date < first || firstOfMonth(date) > last)
            return std::nullopt;
        return (date.year() - first.year()) * 12 + date.month() - first.month();
    };
    const auto addTo = [&](QDate date, const QString &product, qint64 cents) {
        if (const std::optional<int> i = monthIndex(date)) {
            qint64 &slot = out.months[*i].cents[int(ProductKinds::fromName(product))];
            slot = add(slot, cents);
        }
    };

    QHash<qint64, const Order *> byId;
    byId.reserve(orders.size());
    out.ordersTotal = int(orders.size());
    for (const Order &o : orders) {
        byId.insert(o.id, &o);
        const std::optional<PricePaid> price = paid ? paid(o.id) : std::nullopt;
        if (!price || !price->createdAt.isValid())
            continue;
        ++out.ordersPriced;
        addTo(localDate(price->createdAt, zone), o.productName, price->cents);
    }

    for (const ActivityEntry &e : activity) {
        if (e.kind != ActivityEntry::Kind::Renewed)
            continue;
        QDateTime charged = IsoDate::parse(e.before);
        if (!charged.isValid() || (e.when.isValid() && charged > e.when))
            charged = e.when;
        const QDate date = localDate(charged, zone);
        if (!monthIndex(date))
            continue;
        ++out.renewals;
        const Order *o = byId.value(e.orderId);
        const OrderDetails *d = details ? details(e.orderId) : nullptr;
        const std::optional<qint64> estimate = d ? d->renewalEstimateCents() : std::nullopt;
        const std::optional<PricePaid> lastPaid =
            estimate || !paid ? std::nullopt : paid(e.orderId);
        if (!estimate && !lastPaid) {
            ++out.renewalsUnpriced;
            continue;
        }
        addTo(date,
              o   ? o->productName
              : d ? d->productName
                  : QString(),
              estimate ? *estimate : lastPaid->cents);
    }
    return out;
}

// ---- auto-renewals ahead -----------------------------------------------------------------

qint64 RenewalForecast::totalCents() const
{
    return days.isEmpty() ? 0 : days.constLast().cumulativeCents;
}

std::optional<QDate> RenewalForecast::runOutDate() const
{
    if (!runOutIndex)
        return std::nullopt;
    return days.at(*runOutIndex).date;
}

RenewalForecast renewalForecast(const QList<Order> &orders, const DetailsLookup &details,
                                std::optional<qint64> balanceCents, QDate today,
                                const QTimeZone &zone)
{
    RenewalForecast out;
    out.balanceCents = balanceCents;
    for (int i = 0; i < RenewalForecast::kDays; ++i)
        out.days.append({today.addDays(i), 0, 0, 0});
    if (!today.isValid())
        return out;

    for (const Order &o : orders) {
        if (o.status != OrderStatus::Active || !o.autoRenewal.value_or(false))
            continue;
        if (!o.expiresAt.isValid())
            continue;
        const qint64 offset = today.daysTo(localDate(o.expiresAt, zone));
        if (offset < 0 || offset >= RenewalForecast::kDays)
            continue;
        RenewalForecast::Day &day = out.days[offset];
        ++out.ordersDue;
        ++day.orders;
        const OrderDetails *d = details ? details(o.id) : nullptr;
        const std::optional<qint64> cents = d ? d->renewalEstimateCents() : std::nullopt;
        if (!cents) {
            ++out.ordersUnpriced;
            continue;
        }
        day.dueCents = add(day.dueCents, *cents);
    }

    qint64 running = 0;
    for (int i = 0; i < out.days.size(); ++i) {
        RenewalForecast::Day &day = out.days[i];
        running = add(running, day.dueCents);
        day.cumulativeCents = running;
        // Only a day that charges something can be the one the money runs out: a negative
        // balance with nothing due is not yet a failed renewal.
        if (!out.runOutIndex && balanceCents && day.dueCents > 0 && running > *balanceCents)
            out.runOutIndex = i;
    }
    return out;
}

// ---- orders by status and product --------------------------------------------------------

QList<OrderStatus> OrderBreakdown::statuses()
{
    return {OrderStatus::Active, OrderStatus::OnHold, OrderStatus::Cancelled, OrderStatus::Unknown};
}

int OrderBreakdown::Product::total() const
{
    int sum = 0;
    for (int n : byStatus)
        sum += n;
    return sum;
}

OrderBreakdown orderBreakdown(const QList<Order> &orders)
{
    OrderBreakdown out;
    QHash<QString, qsizetype> rowOf;
    for (const Order &o : orders) {
        const int status = int(o.status);
        ++out.byStatus[status];
        ++out.total;
        auto it = rowOf.constFind(o.productName);
        if (it == rowOf.cend()) {
            it = rowOf.insert(o.productName, out.products.size());
            out.products.append({o.productName, {}});
        }
        ++out.products[*it].byStatus[status];
    }
    std::sort(out.products.begin(), out.products.end(),
              [](const OrderBreakdown::Product &a, const OrderBreakdown::Product &b) {
                  const int ta = a.total();
                  const int tb = b.total();
                  return ta != tb ? ta > tb : a.name < b.name;
              });
    return out;
}

} // namespace OverviewFigures
