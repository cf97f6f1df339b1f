// The Overview page's figures (issue 17): spend per month by product family, the auto-renewals
// of the next 30 days against the balance, orders by status and product. Fixed "today" and
// time zone: no clock.

#include "domain/isodate.h"
#include "domain/overviewfigures.h"

#include "testsupport.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OverviewFigures;

namespace {

const QString kDc = u"Datacenter Proxy"_s;
const QString kIsp = u"ISP Proxy"_s;
const QString kPremium = u"Premium Residential Proxy"_s;

QDateTime utc(const char *iso)
{
    return IsoDate::parse(QString::fromLatin1(iso));
}

Order order(qint64 id, const QString &product, OrderStatus status = OrderStatus::Active,
            const QDateTime &expires = QDateTime(), std::optional<bool> autoRenewal = false)
{
    Order o;
    o.id = id;
    o.productName = product;
    o.status = status;
    o.expiresAt = expires;
    o.autoRenewal = autoRenewal;
    return o;
}

OrderDetails details(qint64 id, std::optional<qint64> paid, std::optional<qint64> addons,
                     const QDateTime &created, const QString &product = QString())
{
    OrderDetails d;
    d.id = id;
    d.productName = product;
    d.pricePaidCents = paid;
    d.addonsPricePaidCents = addons;
    d.createdAt = created;
    return d;
}

ActivityEntry renewal(qint64 orderId, const char *before, const char *when)
{
    ActivityEntry e;
    e.kind = ActivityEntry::Kind::Renewed;
    e.orderId = orderId;
    e.before = QString::fromLatin1(before);
    e.after = QString();
    e.when = utc(when);
    return e;
}

struct Details
{
    QHash<qint64, OrderDetails> byId;
    void add(const OrderDetails &d) { byId.insert(d.id, d); }
    DetailsLookup lookup() const
    {
        return [this](qint64 id) { return byId.contains(id) ? &byId.find(id).value() : nullptr; };
    }
    PaidLookup paid() const { return paidFromDetails(lookup()); }
};

const QTimeZone kUtc = QTimeZone::utc();

} // namespace

class TstOverviewFigures : public QObject
{
    Q_OBJECT

private slots:
    void spendWithNothingIsTwelveEmptyMonths();
    void spendCountsPricePaidAndAddOnsInTheMonthCreated();
    void spendCountsOrdersWithoutDetails();
    void spendMonthFollowsTheTimeZone();
    void spendAcrossTheYearBoundary();
    void spendAndForecastAcrossDaylightSaving();
    void spendAddsRenewals();
    void spendBusiestMonthAndFamilies();
    void spendUsesKeptPrices();
    void forecastSumsAutoRenewalsPerDay();
    void forecastSkipsWhatWillNotRenew();
    void forecastMarksTheRunOutDay();
    void forecastWithUnknownBalance();
    void forecastWithNegativeBalanceAndNothingDue();
    void forecastCountsUnpricedOrders();
    void breakdownCountsByStatusAndProduct();
    void breakdownOfNothing();
};

// ---- spend per month -----------------------------------------------------------------------

void TstOverviewFigures::spendWithNothingIsTwelveEmptyMonths()
{
    const SpendByMonth s = spendByMonth({}, {}, {}, {}, QDate(2026, 12, 5), kUtc);
    QCOMPARE(s.months.size(), SpendByMonth::kMonths);
    QCOMPARE(s.months.constFirst().first, QDate(2026, 1, 1));
    QCOMPARE(s.months.constLast().first, QDate(2026, 12, 1));
    QVERIFY(s.isEmpty());
    QCOMPARE(s.ordersTotal, 0);
    QCOMPARE(s.ordersPriced, 0);
    QVERIFY(s.families().isEmpty());
    QCOMPARE(s.busiestMonth(), std::nullopt);
    // No today: no months, and nothing to crash on.
    QVERIFY(spendByMonth({}, {}, {}, {}, QDate(), kUtc).months.isEmpty());
}

void TstOverviewFigures::spendCountsPricePaidAndAddOnsInTheMonthCreated()
{
    Details d;
    d.add(details(1, 1000, 250, utc("2026-11-30T23:59:59Z")));
    d.add(details(2, 500, std::nullopt, utc("2026-12-01T00:00:00Z")));
    d.add(details(3, 700, 0, utc("2025-12-31T12:00:00Z"))); // before the twelve months
    d.add(details(4, 900, 0, utc("2027-01-02T12:00:00Z"))); // after today's month
    const QList<Order> orders{order(1, kDc), order(2, kIsp), order(3, kDc), order(4, kDc)};
    const SpendByMonth s = spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 12, 5), kUtc);
    QCOMPARE(s.months.at(10).first, QDate(2026, 11, 1));
    QCOMPARE(s.months.at(10).cents.at(int(ProductKind::Datacenter)), 1250);
    QCOMPARE(s.months.at(11).cents.at(int(ProductKind::Isp)), 500);
    QCOMPARE(s.totalCents(), 1750);
    // Priced, though outside the months shown.
    QCOMPARE(s.ordersPriced, 4);
    QCOMPARE(s.ordersTotal, 4);
}

void TstOverviewFigures::spendCountsOrdersWithoutDetails()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-10-10T10:00:00Z")));
    d.add(details(2, std::nullopt, 300, utc("2026-10-10T10:00:00Z"))); // no base price
    d.add(details(3, 400, 0, QDateTime()));                            // no creation date
    const QList<Order> orders{order(1, kDc), order(2, kDc), order(3, kDc), order(4, kDc)};
    const SpendByMonth s = spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 12, 5), kUtc);
    QCOMPARE(s.ordersTotal, 4);
    QCOMPARE(s.ordersPriced, 1);
    QCOMPARE(s.totalCents(), 1000);
    // No lookup at all: nothing priced, nothing spent, nothing crashes.
    const SpendByMonth none = spendByMonth(orders, {}, {}, {}, QDate(2026, 12, 5), kUtc);
    QCOMPARE(none.ordersPriced, 0);
    QVERIFY(none.isEmpty());
}

void TstOverviewFigures::spendMonthFollowsTheTimeZone()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-11-30T23:30:00Z")));
    const QList<Order> orders{order(1, kDc)};
    const SpendByMonth inUtc =
        spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 12, 5), kUtc);
    QCOMPARE(inUtc.months.at(10).totalCents(), 1000);
    // Half past one on the 1st of December in Helsinki.
    const SpendByMonth east =
        spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 12, 5), QTimeZone(2 * 3600));
    QCOMPARE(east.months.at(10).totalCents(), 0);
    QCOMPARE(east.months.at(11).totalCents(), 1000);
}

void TstOverviewFigures::spendAndForecastAcrossDaylightSaving()
{
    const QTimeZone helsinki("Europe/Helsinki");
    if (!helsinki.isValid())
        QSKIP("no time zone database here");
    // Helsinki moves to summer time on 29 March 2026: 22:30 UTC on 31 March is 01:30 on
    // 1 April there (UTC+3), while 22:30 UTC on 28 February is 00:30 on 1 March (UTC+2).
    Details d;
    d.add(details(1, 100, 0, utc("2026-03-31T22:30:00Z")));
    d.add(details(2, 200, 0, utc("2026-02-28T22:30:00Z")));
    d.add(details(3, 400, 0, utc("2026-03-31T20:30:00Z"))); // 23:30 on 31 March
    const QList<Order> orders{order(1, kDc), order(2, kDc), order(3, kDc)};
    const SpendByMonth s =
        spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 4, 15), helsinki);
    QCOMPARE(s.months.at(11).first, QDate(2026, 4, 1));
    QCOMPARE(s.months.at(11).totalCents(), 100);
    QCOMPARE(s.months.at(10).totalCents(), 600);
    QCOMPARE(s.months.at(9).totalCents(), 0);
    // The days around the change: 29 March has 23 hours there.
    const QList<Order> renewing{
        order(1, kDc, OrderStatus::Active, utc("2026-03-29T21:30:00Z"), true), // 00:30, 30 Mar
        order(2, kDc, OrderStatus::Active, utc("2026-03-29T20:30:00Z"), true), // 23:30, 29 Mar
    };
    const RenewalForecast f =
        renewalForecast(renewing, d.lookup(), std::nullopt, QDate(2026, 3, 28), helsinki);
    QCOMPARE(f.days.at(1).date, QDate(2026, 3, 29));
    QCOMPARE(f.days.at(1).dueCents, 200);
    QCOMPARE(f.days.at(2).dueCents, 100);
}

void TstOverviewFigures::spendAcrossTheYearBoundary()
{
    Details d;
    d.add(details(1, 100, 0, utc("2025-02-01T00:00:00Z")));
    d.add(details(2, 200, 0, utc("2025-01-31T23:59:59Z")));
    d.add(details(3, 300, 0, utc("2026-01-15T00:00:00Z")));
    const QList<Order> orders{order(1, kDc), order(2, kDc), order(3, kIsp)};
    const SpendByMonth s = spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 1, 31), kUtc);
    QCOMPARE(s.months.constFirst().first, QDate(2025, 2, 1));
    QCOMPARE(s.months.constLast().first, QDate(2026, 1, 1));
    QCOMPARE(s.months.constFirst().totalCents(), 100);
    QCOMPARE(s.months.constLast().totalCents(), 300);
    QCOMPARE(s.totalCents(), 400);
}

void TstOverviewFigures::spendAddsRenewals()
{
    Details d;
    OrderDetails renewed = details(1, 1000, 200, utc("2025-06-01T00:00:00Z"));
    d.add(renewed);
    d.add(details(2, 600, std::nullopt, utc("2025-06-01T00:00:00Z")));
    const QList<Order> orders{order(1, kDc), order(2, kPremium)};
    const QList<ActivityEntry> activity{
        // Charged at the old expiry (November), seen by a sync in December.
        renewal(1, "2026-11-29T10:00:00Z", "2026-12-02T08:00:00Z"),
        // Renewed early: the old expiry lies ahead, the sync's time counts.
        renewal(2, "2027-01-20T10:00:00Z", "2026-12-03T08:00:00Z"),
        // No old expiry to read: the sync's time.
        renewal(1, "not a date", "2026-10-03T08:00:00Z"),
        // An order no longer listed and never loaded: counted, not priced.
        renewal(99, "2026-12-01T00:00:00Z", "2026-12-01T01:00:00Z"),
        // Long before the months shown: not counted at all.
        renewal(1, "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"),
    };
    ActivityEntry other;
    other.kind = ActivityEntry::Kind::TagChanged;
    other.orderId = 1;
    other.when = utc("2026-12-01T00:00:00Z");
    const SpendByMonth s = spendByMonth(orders, d.paid(), d.lookup(), activity + QList{other},
                                        QDate(2026, 12, 5), kUtc);
    QCOMPARE(s.renewals, 4);
    QCOMPARE(s.renewalsUnpriced, 1);
    // The renewal estimate: base and the add-ons of the next period (none listed: those paid).
    QCOMPARE(s.months.at(10).cents.at(int(ProductKind::Datacenter)), 1200);
    QCOMPARE(s.months.at(9).cents.at(int(ProductKind::Datacenter)), 1200);
    QCOMPARE(s.months.at(11).cents.at(int(ProductKind::ResidentialPremium)), 600);
    QCOMPARE(s.totalCents(), 3000);
}

void TstOverviewFigures::spendBusiestMonthAndFamilies()
{
    Details d;
    d.add(details(1, 100, 0, utc("2026-03-05T00:00:00Z")));
    d.add(details(2, 900, 0, utc("2026-07-05T00:00:00Z")));
    d.add(details(3, 50, 0, utc("2026-07-06T00:00:00Z")));
    d.add(details(4, 10, 0, utc("2026-08-06T00:00:00Z")));
    const QList<Order> orders{order(1, kIsp), order(2, kDc), order(3, u"Mobile Proxy"_s),
                              order(4, QString())};
    const SpendByMonth s = spendByMonth(orders, d.paid(), d.lookup(), {}, QDate(2026, 12, 5), kUtc);
    QCOMPARE(s.busiestMonth(), 6);
    QCOMPARE(s.months.at(6).first, QDate(2026, 7, 1));
    QCOMPARE(s.families(),
             (QList<ProductKind>{ProductKind::Datacenter, ProductKind::Isp, ProductKind::Other}));
    QCOMPARE(s.familyCents(ProductKind::Other), 60);
}

void TstOverviewFigures::spendUsesKeptPrices()
{
    // Order 1 loaded; order 2 known only from what a local store kept (no add-on lines, so no
    // renewal estimate: its renewal counts at the last price paid); order 3 unknown.
    Details d;
    d.add(details(1, 1000, 0, utc("2026-11-10T00:00:00Z")));
    const PaidLookup kept = [&d](qint64 id) -> std::optional<PricePaid> {
        if (id == 2)
            return PricePaid::of(700, 50, utc("2026-10-10T00:00:00Z"));
        return paidFromDetails(d.lookup())(id);
    };
    const QList<Order> orders{order(1, kDc), order(2, kIsp), order(3, kIsp)};
    const QList<ActivityEntry> activity{renewal(2, "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
                                        renewal(3, "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z")};
    const SpendByMonth s =
        spendByMonth(orders, kept, d.lookup(), activity, QDate(2026, 12, 5), kUtc);
    QCOMPARE(s.ordersPriced, 2);
    QCOMPARE(s.months.at(9).cents.at(int(ProductKind::Isp)), 750);
    QCOMPARE(s.months.at(10).cents.at(int(ProductKind::Datacenter)), 1000);
    QCOMPARE(s.months.at(11).cents.at(int(ProductKind::Isp)), 750);
    QCOMPARE(s.renewals, 2);
    QCOMPARE(s.renewalsUnpriced, 1);
    // No base price: nothing known, whatever the add-ons.
    QCOMPARE(PricePaid::of(std::nullopt, 300, QDateTime()), std::nullopt);
}

// ---- auto-renewals of the next 30 days -------------------------------------------------------

void TstOverviewFigures::forecastSumsAutoRenewalsPerDay()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-01-01T00:00:00Z")));
    d.add(details(2, 500, 100, utc("2026-01-01T00:00:00Z")));
    d.add(details(3, 300, 0, utc("2026-01-01T00:00:00Z")));
    d.add(details(4, 300, 0, utc("2026-01-01T00:00:00Z")));
    const QList<Order> orders{
        order(1, kDc, OrderStatus::Active, utc("2026-12-05T00:00:00Z"), true),  // today
        order(2, kDc, OrderStatus::Active, utc("2026-12-05T23:59:59Z"), true),  // today too
        order(3, kIsp, OrderStatus::Active, utc("2027-01-03T12:00:00Z"), true), // day 29
        order(4, kIsp, OrderStatus::Active, utc("2027-01-04T00:00:00Z"), true), // day 30: out
    };
    const RenewalForecast f = renewalForecast(orders, d.lookup(), 100000, QDate(2026, 12, 5), kUtc);
    QCOMPARE(f.days.size(), RenewalForecast::kDays);
    QCOMPARE(f.days.constFirst().date, QDate(2026, 12, 5));
    QCOMPARE(f.days.constLast().date, QDate(2027, 1, 3));
    QCOMPARE(f.days.at(0).dueCents, 1600);
    QCOMPARE(f.days.at(0).orders, 2);
    QCOMPARE(f.days.at(29).dueCents, 300);
    QCOMPARE(f.days.at(28).cumulativeCents, 1600);
    QCOMPARE(f.totalCents(), 1900);
    QCOMPARE(f.ordersDue, 3);
    QCOMPARE(f.ordersUnpriced, 0);
    QCOMPARE(f.runOutIndex, std::nullopt);
    QCOMPARE(f.runOutDate(), std::nullopt);
    QVERIFY(!f.isEmpty());
}

void TstOverviewFigures::forecastSkipsWhatWillNotRenew()
{
    Details d;
    for (qint64 id = 1; id <= 6; ++id)
        d.add(details(id, 1000, 0, utc("2026-01-01T00:00:00Z")));
    const QDateTime soon = utc("2026-12-07T00:00:00Z");
    const QList<Order> orders{
        order(1, kDc, OrderStatus::Cancelled, soon, true),
        order(2, kDc, OrderStatus::OnHold, soon, true), // run out
        order(3, kDc, OrderStatus::Active, soon, false),
        order(4, kDc, OrderStatus::Active, soon, std::nullopt),
        order(5, kDc, OrderStatus::Active, utc("2026-12-04T23:59:59Z"), true), // overdue
        order(6, kDc, OrderStatus::Active, QDateTime(), true),                 // lifetime
    };
    const RenewalForecast f = renewalForecast(orders, d.lookup(), 0, QDate(2026, 12, 5), kUtc);
    QVERIFY(f.isEmpty());
    QCOMPARE(f.totalCents(), 0);
    QCOMPARE(f.runOutIndex, std::nullopt);
}

void TstOverviewFigures::forecastMarksTheRunOutDay()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-01-01T00:00:00Z")));
    d.add(details(2, 1000, 0, utc("2026-01-01T00:00:00Z")));
    d.add(details(3, 1000, 0, utc("2026-01-01T00:00:00Z")));
    const QList<Order> orders{
        order(1, kDc, OrderStatus::Active, utc("2026-12-06T10:00:00Z"), true),
        order(2, kDc, OrderStatus::Active, utc("2026-12-09T10:00:00Z"), true),
        order(3, kDc, OrderStatus::Active, utc("2026-12-14T10:00:00Z"), true),
    };
    // $20.00 pays two renewals exactly: the third is the one it cannot.
    const RenewalForecast f = renewalForecast(orders, d.lookup(), 2000, QDate(2026, 12, 5), kUtc);
    QCOMPARE(f.runOutIndex, 9);
    QCOMPARE(f.runOutDate(), QDate(2026, 12, 14));
    QCOMPARE(f.balanceCents, 2000);
    // One cent less: the second already fails.
    const RenewalForecast tight =
        renewalForecast(orders, d.lookup(), 1999, QDate(2026, 12, 5), kUtc);
    QCOMPARE(tight.runOutDate(), QDate(2026, 12, 9));
    // The expiry's day follows the time zone: 10:00 UTC is the next day in Auckland.
    const RenewalForecast nz =
        renewalForecast(orders, d.lookup(), 1999, QDate(2026, 12, 5), QTimeZone(14 * 3600));
    QCOMPARE(nz.runOutDate(), QDate(2026, 12, 10));
}

void TstOverviewFigures::forecastWithUnknownBalance()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-01-01T00:00:00Z")));
    const QList<Order> orders{
        order(1, kDc, OrderStatus::Active, utc("2026-12-06T10:00:00Z"), true)};
    const RenewalForecast f =
        renewalForecast(orders, d.lookup(), std::nullopt, QDate(2026, 12, 5), kUtc);
    QCOMPARE(f.totalCents(), 1000);
    QCOMPARE(f.balanceCents, std::nullopt);
    QCOMPARE(f.runOutIndex, std::nullopt);
}

void TstOverviewFigures::forecastWithNegativeBalanceAndNothingDue()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-01-01T00:00:00Z")));
    const QList<Order> orders{
        order(1, kDc, OrderStatus::Active, utc("2026-12-20T10:00:00Z"), true)};
    const RenewalForecast f = renewalForecast(orders, d.lookup(), -500, QDate(2026, 12, 5), kUtc);
    // Nothing fails before the first renewal is due.
    QCOMPARE(f.runOutDate(), QDate(2026, 12, 20));
    const RenewalForecast none = renewalForecast({}, d.lookup(), -500, QDate(2026, 12, 5), kUtc);
    QCOMPARE(none.runOutIndex, std::nullopt);
    // An invalid today gives empty days, not a crash.
    const RenewalForecast odd = renewalForecast(orders, d.lookup(), 0, QDate(), kUtc);
    QCOMPARE(odd.ordersDue, 0);
}

void TstOverviewFigures::forecastCountsUnpricedOrders()
{
    Details d;
    d.add(details(1, 1000, 0, utc("2026-01-01T00:00:00Z")));
    d.add(details(2, std::nullopt, 100, utc("2026-01-01T00:00:00Z")));
    const QDateTime soon = utc("2026-12-07T00:00:00Z");
    const QList<Order> orders{order(1, kDc, OrderStatus::Active, soon, true),
                              order(2, kDc, OrderStatus::Active, soon, true),
                              order(3, kDc, OrderStatus::Active, soon, true)};
    const RenewalForecast f = renewalForecast(orders, d.lookup(), 500, QDate(2026, 12, 5), kUtc);
    QCOMPARE(f.ordersDue, 3);
    QCOMPARE(f.ordersUnpriced, 2);
    QCOMPARE(f.days.at(2).orders, 3);
    QCOMPARE(f.days.at(2).dueCents, 1000);
    QCOMPARE(f.runOutIndex, 2);
}

// ---- orders by status and product ------------------------------------------------------------

void TstOverviewFigures::breakdownCountsByStatusAndProduct()
{
    const QList<Order> orders{
        order(1, kDc),
        order(2, kDc, OrderStatus::OnHold),
        order(3, kIsp, OrderStatus::Cancelled),
        order(4, kDc, OrderStatus::Cancelled),
        order(5, kIsp),
        order(6, QString(), OrderStatus::Unknown),
    };
    const OrderBreakdown b = orderBreakdown(orders);
    QCOMPARE(b.total, 6);
    QCOMPARE(b.count(OrderStatus::Active), 2);
    QCOMPARE(b.count(OrderStatus::OnHold), 1);
    QCOMPARE(b.count(OrderStatus::Cancelled), 2);
    QCOMPARE(b.count(OrderStatus::Unknown), 1);
    QCOMPARE(b.products.size(), 3);
    QCOMPARE(b.products.at(0).name, kDc);
    QCOMPARE(b.products.at(0).total(), 3);
    QCOMPARE(b.products.at(0).count(OrderStatus::OnHold), 1);
    QCOMPARE(b.products.at(1).name, kIsp);
    QCOMPARE(b.products.at(1).count(OrderStatus::Cancelled), 1);
    QCOMPARE(b.products.at(2).name, QString());
    QCOMPARE(OrderBreakdown::statuses().size(), 4);
    QVERIFY(!b.isEmpty());
}

void TstOverviewFigures::breakdownOfNothing()
{
    const OrderBreakdown b = orderBreakdown({});
    QVERIFY(b.isEmpty());
    QVERIFY(b.products.isEmpty());
}

QTEST_GUILESS_MAIN(TstOverviewFigures)
#include "tst_overviewfigures.moc"
