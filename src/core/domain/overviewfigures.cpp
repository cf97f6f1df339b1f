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

// Consecutive local periods (months, days) as the instants they begin at, the last entry where
// the last period ends. An instant is placed by comparing numbers: converting each of 100,000
// dates to the time zone instead costs tens of milliseconds on the GUI thread.
class Periods
{
public:
    template <typename Next> Periods(QDate first, int count, const QTimeZone &zone, Next next)
    {
        QDate date = first;
        for (int i = 0; i <= count; ++i, date = next(date))
            m_starts.append(QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch());
    }

    std::optional<int> indexOf(const QDateTime &when) const
    {
        if (!when.isValid())
            return std::nullopt;
        const auto it =
            std::upper_bound(m_starts.cbegin(), m_starts.cend(), when.toMSecsSinceEpoch());
        if (it == m_starts.cbegin() || it == m_starts.cend())
            return std::nullopt;
        return int(it - m_starts.cbegin()) - 1;
    }

private:
    QList<qint64> m_starts;
};

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
    out.ordersTotal = int(orders.size());
    if (!today.isValid())
        return out;
    const QDate last = firstOfMonth(today);
    for (int i = SpendByMonth::kMonths - 1; i >= 0; --i)
        out.months.append({last.addMonths(-i), {}});
    const Periods months(out.months.constFirst().first, SpendByMonth::kMonths, zone,
                         [](QDate d) { return d.addMonths(1); });
    // A large account has a few distinct product names: each is read once, not once per order.
    QHash<QString, ProductKind> familyOf;
    const auto addTo = [&](int month, const QString &product, qint64 cents) {
        auto it = familyOf.constFind(product);
        if (it == familyOf.cend())
            it = familyOf.insert(product, ProductKinds::fromName(product));
        qint64 &slot = out.months[month].cents[int(*it)];
        slot = add(slot, cents);
    };

    // The renewals within the months, first: their orders' products are read in the one pass
    // over the orders below.
    struct Renewal
    {
        qint64 orderId;
        int month;
    };
    QList<Renewal> renewals;
    QHash<qint64, QString> renewedProducts;
    for (const ActivityEntry &e : activity) {
        if (e.kind != ActivityEntry::Kind::Renewed)
            continue;
        QDateTime charged = IsoDate::parse(e.before);
        if (!charged.isValid() || (e.when.isValid() && charged > e.when))
            charged = e.when;
        if (const std::optional<int> month = months.indexOf(charged)) {
            renewals.append({e.orderId, *month});
            renewedProducts.insert(e.orderId, QString());
        }
    }

    for (const Order &o : orders) {
        if (!renewedProducts.isEmpty()) {
            if (const auto it = renewedProducts.find(o.id); it != renewedProducts.end())
                *it = o.productName;
        }
        const std::optional<PricePaid> price = paid ? paid(o.id) : std::nullopt;
        if (!price || !price->createdAt.isValid())
            continue;
        ++out.ordersPriced;
        if (const std::optional<int> month = months.indexOf(price->createdAt))
            addTo(*month, o.productName, price->cents);
    }

    for (const Renewal &e : std::as_const(renewals)) {
        ++out.renewals;
        const QString listed = renewedProducts.value(e.orderId);
        const OrderDetails *d = details ? details(e.orderId) : nullptr;
        const std::optional<qint64> estimate = d ? d->renewalEstimateCents() : std::nullopt;
        const std::optional<PricePaid> lastPaid =
            estimate || !paid ? std::nullopt : paid(e.orderId);
        if (!estimate && !lastPaid) {
            ++out.renewalsUnpriced;
            continue;
        }
        // An order no longer listed is known by its details' product, if at all.
        addTo(e.month, listed.isEmpty() && d ? d->productName : listed,
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
    const Periods days(today, RenewalForecast::kDays, zone, [](QDate d) { return d.addDays(1); });

    for (const Order &o : orders) {
        if (o.status != OrderStatus::Active || !o.autoRenewal.value_or(false))
            continue;
        const std::optional<int> offset = days.indexOf(o.expiresAt);
        if (!offset)
            continue;
        RenewalForecast::Day &day = out.days[*offset];
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
