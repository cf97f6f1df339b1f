// RenewalAlerts: which orders warrant an expiry warning, which auto-renewals fall due within the
// week, and whether the wallet covers them. Pure function, fixed `now`, no event loop.

#include "alerts/renewalalerts.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(std::optional<bool>)

namespace {

constexpr qint64 kHourMs = qint64(60) * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

const QDateTime kNow = QDateTime::fromString(u"2030-03-10T12:00:00Z"_s, Qt::ISODate);

// `expiresInMs` from kNow; nullopt: no expiry (lifetime).
Order makeOrder(qint64 id, std::optional<qint64> expiresInMs, std::optional<bool> autoRenewal,
                OrderStatus status = OrderStatus::Active)
{
    Order o;
    o.id = id;
    o.productName = u"Datacenter Proxy"_s;
    o.cycleName = u"30 days"_s;
    if (expiresInMs)
        o.expiresAt = kNow.addMSecs(*expiresInMs);
    o.autoRenewal = autoRenewal;
    o.status = status;
    return o;
}

RenewalAlerts::PriceLookup prices(const QHash<qint64, qint64> &table)
{
    return [table](qint64 id) -> std::optional<qint64> {
        const auto it = table.constFind(id);
        return it == table.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    };
}

RenewalAlerts computeOne(const Order &o, int warningDays = 3)
{
    return RenewalAlerts::compute({o}, prices({{o.id, 500}}), kNow, warningDays, 100000);
}

using Ids = QList<qint64>;

} // namespace

class TestRenewalAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void soonestFirstTiesById();
    void warningDaysWindow();
    void fundingWindowIgnoresWarningDays();
    void otherTimeSpecsCompareInstants();
    void invalidNowGivesNothing();

    void costEqualToBalanceIsFunded();
    void oneCentOverIsUnderfunded();
    void unpricedOrdersAreCountedNotGuessed();
    void negativePriceCountsAsUnpriced();
    void unknownBalanceIsNeverUnderfunded();
    void noDueRenewalsIsNeverUnderfunded();
    void costSaturatesInsteadOfOverflowing();
    void noPriceLookupMeansUnpriced();

    void attentionIds();
    void emptyInput();
};

void TestRenewalAlerts::classification_data()
{
    QTest::addColumn<std::optional<qint64>>("expiresInMs");
    QTest::addColumn<std::optional<bool>>("autoRenewal");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("expiring");
    QTest::addColumn<bool>("due");

    using OptMs = std::optional<qint64>;
    const std::optional<bool> off(false);
    const std::optional<bool> on(true);
    const std::optional<bool> unknown;
    const auto A = OrderStatus::Active;

    QTest::newRow("1 day, auto-renew off") << OptMs(kDayMs) << off << A << true << false;
    QTest::newRow("1 day, auto-renew unknown") << OptMs(kDayMs) << unknown << A << true << false;
    QTest::newRow("1 day, auto-renew on") << OptMs(kDayMs) << on << A << false << true;
    QTest::newRow("1 ms ahead") << OptMs(1) << off << A << true << false;
    QTest::newRow("exactly now") << OptMs(0) << off << A << false << false;
    QTest::newRow("exactly now, auto-renew on") << OptMs(0) << on << A << false << false;
    QTest::newRow("expired an hour ago") << OptMs(-kHourMs) << off << A << false << false;
    QTest::newRow("expired, auto-renew on") << OptMs(-kHourMs) << on << A << false << false;
    QTest::newRow("exactly at the warning edge") << OptMs(3 * kDayMs) << off << A << true << false;
    QTest::newRow("1 ms past the warning edge")
        << OptMs(3 * kDayMs + 1) << off << A << false << false;
    QTest::newRow("exactly at the funding edge") << OptMs(7 * kDayMs) << on << A << false << true;
    QTest::newRow("1 ms past the funding edge")
        << OptMs(7 * kDayMs + 1) << on << A << false << false;
    QTest::newRow("lifetime, auto-renew off") << OptMs() << off << A << false << false;
    QTest::newRow("lifetime, auto-renew on") << OptMs() << on << A << false << false;
    QTest::newRow("on hold") << OptMs(kDayMs) << off << OrderStatus::OnHold << false << false;
    QTest::newRow("on hold, auto-renew on")
        << OptMs(kDayMs) << on << OrderStatus::OnHold << false << false;
    QTest::newRow("cancelled") << OptMs(kDayMs) << off << OrderStatus::Cancelled << false << false;
    QTest::newRow("cancelled, auto-renew on")
        << OptMs(kDayMs) << on << OrderStatus::Cancelled << false << false;
    QTest::newRow("unknown status")
        << OptMs(kDayMs) << off << OrderStatus::Unknown << false << false;
}

void TestRenewalAlerts::classification()
{
    QFETCH(std::optional<qint64>, expiresInMs);
    QFETCH(std::optional<bool>, autoRenewal);
    QFETCH(OrderStatus, status);
    QFETCH(bool, expiring);
    QFETCH(bool, due);

    const RenewalAlerts a = computeOne(makeOrder(42, expiresInMs, autoRenewal, status));
    QCOMPARE(a.expiringIds(), expiring ? Ids{42} : Ids{});
    QCOMPARE(a.dueRenewalIds(), due ? Ids{42} : Ids{});
    QCOMPARE(a.knownRenewalCostCents(), due ? 500 : 0);
    QCOMPARE(a.unpricedRenewalCount(), 0);
    QCOMPARE(a.hasWarnings(), expiring);
}

void TestRenewalAlerts::soonestFirstTiesById()
{
    const QList<Order> orders{
        makeOrder(5, 2 * kDayMs, false), makeOrder(3, kDayMs, std::nullopt),
        makeOrder(9, kDayMs, false),     makeOrder(1, 2 * kDayMs, false),
        makeOrder(8, 6 * kDayMs, true),  makeOrder(7, kHourMs, true),
        makeOrder(6, 6 * kDayMs, true),
    };
    const RenewalAlerts a = RenewalAlerts::compute(orders, prices({}), kNow, 3, 0);
    QCOMPARE(a.expiringIds(), (Ids{3, 9, 1, 5}));
    QCOMPARE(a.dueRenewalIds(), (Ids{7, 6, 8}));
    QCOMPARE(a.unpricedRenewalIds(), (Ids{7, 6, 8}));
}

void TestRenewalAlerts::warningDaysWindow()
{
    const QList<Order> orders{makeOrder(1, 12 * kHourMs, false), makeOrder(2, 2 * kDayMs, false),
                              makeOrder(3, 9 * kDayMs, false)};
    const auto expiringWith = [&](int days) {
        return RenewalAlerts::compute(orders, prices({}), kNow, days, 0).expiringIds();
    };
    QCOMPARE(expiringWith(0), Ids{});
    QCOMPARE(expiringWith(-4), Ids{}); // counts as 0
    QCOMPARE(RenewalAlerts::compute(orders, prices({}), kNow, -4, 0).warningDays(), 0);
    QCOMPARE(expiringWith(1), (Ids{1}));
    QCOMPARE(expiringWith(3), (Ids{1, 2}));
    QCOMPARE(expiringWith(10), (Ids{1, 2, 3}));
    QCOMPARE(RenewalAlerts::compute(orders, prices({}), kNow, 10, 0).warningDays(), 10);
    // A window wider than anyone would set still computes (no overflow of the window end).
    QCOMPARE(expiringWith(std::numeric_limits<int>::max()), (Ids{1, 2, 3}));
}

void TestRenewalAlerts::fundingWindowIgnoresWarningDays()
{
    const QList<Order> orders{makeOrder(1, 5 * kDayMs, true), makeOrder(2, 5 * kDayMs, false)};
    const RenewalAlerts narrow = RenewalAlerts::compute(orders, prices({{1, 300}}), kNow, 1, 1000);
    QCOMPARE(narrow.dueRenewalIds(), (Ids{1}));
    QCOMPARE(narrow.expiringIds(), Ids{});
    const RenewalAlerts wide = RenewalAlerts::compute(orders, prices({{1, 300}}), kNow, 30, 1000);
    QCOMPARE(wide.dueRenewalIds(), (Ids{1}));
    QCOMPARE(wide.expiringIds(), (Ids{2}));
    QCOMPARE(wide.knownRenewalCostCents(), 300);
}

void TestRenewalAlerts::otherTimeSpecsCompareInstants()
{
    // The same instants written with other offsets: exact durations, not wall-clock days.
    Order edge = makeOrder(1, 3 * kDayMs, false);
    edge.expiresAt = edge.expiresAt.toTimeZone(QTimeZone(-5 * 3600));
    Order past = makeOrder(2, 3 * kDayMs + 1000, false);
    past.expiresAt = past.expiresAt.toOffsetFromUtc(9 * 3600);
    const QDateTime nowElsewhere = kNow.toOffsetFromUtc(2 * 3600);
    const RenewalAlerts a = RenewalAlerts::compute({edge, past}, prices({}), nowElsewhere, 3, 0);
    QCOMPARE(a.expiringIds(), (Ids{1}));
}

void TestRenewalAlerts::invalidNowGivesNothing()
{
    const RenewalAlerts a =
        RenewalAlerts::compute({makeOrder(1, kDayMs, false), makeOrder(2, kDayMs, true)},
                               prices({{2, 900}}), QDateTime(), 3, 100);
    QVERIFY(a.expiringIds().isEmpty());
    QVERIFY(a.dueRenewalIds().isEmpty());
    QVERIFY(!a.isUnderfunded());
    QCOMPARE(a.balanceCents(), std::optional<qint64>(100));
}

void TestRenewalAlerts::costEqualToBalanceIsFunded()
{
    const QList<Order> orders{makeOrder(1, kDayMs, true), makeOrder(2, 6 * kDayMs, true)};
    const RenewalAlerts a =
        RenewalAlerts::compute(orders, prices({{1, 1250}, {2, 750}}), kNow, 3, 2000);
    QCOMPARE(a.knownRenewalCostCents(), 2000);
    QCOMPARE(a.balanceCents(), std::optional<qint64>(2000));
    QVERIFY(!a.isUnderfunded());
    QCOMPARE(a.shortfallCents(), 0);
    QVERIFY(!a.hasWarnings());
    QVERIFY(a.attentionIds().isEmpty());
}

void TestRenewalAlerts::oneCentOverIsUnderfunded()
{
    const QList<Order> orders{makeOrder(1, kDayMs, true), makeOrder(2, 6 * kDayMs, true)};
    const RenewalAlerts a =
        RenewalAlerts::compute(orders, prices({{1, 1250}, {2, 751}}), kNow, 3, 2000);
    QCOMPARE(a.knownRenewalCostCents(), 2001);
    QVERIFY(a.isUnderfunded());
    QCOMPARE(a.shortfallCents(), 1);
    QVERIFY(a.hasWarnings());
}

void TestRenewalAlerts::unpricedOrdersAreCountedNotGuessed()
{
    const QList<Order> orders{makeOrder(1, kDayMs, true), makeOrder(2, 2 * kDayMs, true),
                              makeOrder(3, 3 * kDayMs, true), makeOrder(4, 4 * kDayMs, false)};
    // Order 4 has a price but does not auto-renew: it costs the week nothing.
    const RenewalAlerts a =
        RenewalAlerts::compute(orders, prices({{2, 1000}, {4, 99999}}), kNow, 7, 1000);
    QCOMPARE(a.dueRenewalIds(), (Ids{1, 2, 3}));
    QCOMPARE(a.unpricedRenewalIds(), (Ids{1, 3}));
    QCOMPARE(a.unpricedRenewalCount(), 2);
    QCOMPARE(a.knownRenewalCostCents(), 1000);
    // The unpriced two would surely overdraw, but the check says only what it knows.
    QVERIFY(!a.isUnderfunded());

    // Nothing priced at all, empty wallet: 0 > 0 is false.
    const RenewalAlerts none = RenewalAlerts::compute(orders, prices({}), kNow, 3, 0);
    QCOMPARE(none.unpricedRenewalCount(), 3);
    QCOMPARE(none.knownRenewalCostCents(), 0);
    QVERIFY(!none.isUnderfunded());
}

void TestRenewalAlerts::negativePriceCountsAsUnpriced()
{
    const QList<Order> orders{makeOrder(1, kDayMs, true), makeOrder(2, kDayMs, true)};
    const RenewalAlerts a =
        RenewalAlerts::compute(orders, prices({{1, -5000}, {2, 600}}), kNow, 3, 500);
    QCOMPARE(a.unpricedRenewalIds(), (Ids{1}));
    QCOMPARE(a.knownRenewalCostCents(), 600);
    QVERIFY(a.isUnderfunded());
    QCOMPARE(a.shortfallCents(), 100);

    // A free renewal (a 100 % promo) is a price.
    const RenewalAlerts free = RenewalAlerts::compute(orders, prices({{1, 0}, {2, 0}}), kNow, 3, 0);
    QCOMPARE(free.unpricedRenewalCount(), 0);
    QVERIFY(!free.isUnderfunded());
}

void TestRenewalAlerts::unknownBalanceIsNeverUnderfunded()
{
    const RenewalAlerts a = RenewalAlerts::compute({makeOrder(1, kDayMs, true)},
                                                   prices({{1, 1000000}}), kNow, 3, std::nullopt);
    QCOMPARE(a.knownRenewalCostCents(), 1000000);
    QCOMPARE(a.balanceCents(), std::nullopt);
    QVERIFY(!a.isUnderfunded());
    QCOMPARE(a.shortfallCents(), 0);
}

void TestRenewalAlerts::noDueRenewalsIsNeverUnderfunded()
{
    // An overdrawn wallet with nothing to renew this week is no funding problem.
    const RenewalAlerts a =
        RenewalAlerts::compute({makeOrder(1, 8 * kDayMs, true), makeOrder(2, kDayMs, false)},
                               prices({{1, 100}}), kNow, 3, -2500);
    QVERIFY(a.dueRenewalIds().isEmpty());
    QVERIFY(!a.isUnderfunded());
    QCOMPARE(a.expiringIds(), (Ids{2}));

    // With one due renewal, even an unpriced one, an overdrawn wallet is short.
    const RenewalAlerts b =
        RenewalAlerts::compute({makeOrder(1, kDayMs, true)}, prices({}), kNow, 3, -2500);
    QVERIFY(b.isUnderfunded());
    QCOMPARE(b.shortfallCents(), 2500);
}

void TestRenewalAlerts::costSaturatesInsteadOfOverflowing()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const QList<Order> orders{makeOrder(1, kDayMs, true), makeOrder(2, kDayMs, true),
                              makeOrder(3, kDayMs, true)};
    const RenewalAlerts a = RenewalAlerts::compute(
        orders, prices({{1, max / 2 + 1}, {2, max / 2 + 1}, {3, 7}}), kNow, 3, -10);
    QCOMPARE(a.knownRenewalCostCents(), max);
    QVERIFY(a.isUnderfunded());
    QCOMPARE(a.shortfallCents(), max);

    const RenewalAlerts b =
        RenewalAlerts::compute(orders, prices({{1, max}, {2, 0}, {3, 0}}), kNow, 3, max);
    QCOMPARE(b.knownRenewalCostCents(), max);
    QVERIFY(!b.isUnderfunded());
}

void TestRenewalAlerts::noPriceLookupMeansUnpriced()
{
    const RenewalAlerts a = RenewalAlerts::compute({makeOrder(1, kDayMs, true)}, {}, kNow, 3, 100);
    QCOMPARE(a.unpricedRenewalIds(), (Ids{1}));
    QCOMPARE(a.knownRenewalCostCents(), 0);
}

void TestRenewalAlerts::attentionIds()
{
    const QList<Order> orders{makeOrder(1, 2 * kDayMs, false), makeOrder(2, kDayMs, true),
                              makeOrder(3, kDayMs, false), makeOrder(4, 5 * kDayMs, true)};
    const RenewalAlerts funded =
        RenewalAlerts::compute(orders, prices({{2, 100}, {4, 100}}), kNow, 3, 200);
    QCOMPARE(funded.attentionIds(), (Ids{3, 1}));

    const RenewalAlerts underfunded =
        RenewalAlerts::compute(orders, prices({{2, 100}, {4, 100}}), kNow, 3, 199);
    QCOMPARE(underfunded.attentionIds(), (Ids{3, 1, 2, 4}));
}

void TestRenewalAlerts::emptyInput()
{
    const RenewalAlerts a = RenewalAlerts::compute({}, prices({}), kNow, 3, 0);
    QVERIFY(!a.hasWarnings());
    QVERIFY(a.attentionIds().isEmpty());
    QCOMPARE(a, RenewalAlerts::compute({}, {}, kNow, 3, 0));
    QVERIFY(a != RenewalAlerts::compute({}, {}, kNow, 3, 1));
}

QTEST_GUILESS_MAIN(TestRenewalAlerts)
#include "tst_renewalalerts.moc"
