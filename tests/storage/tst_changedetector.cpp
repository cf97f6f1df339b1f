// ChangeDetector: every kind of change from two hand-made snapshots, with its before/after
// spelling; the first sync and a partial list invent nothing; an unknown value is no change;
// merging a partial sync; the one-line summary (plural forms reach tr(), a falling balance with
// its sign, "No changes").

#include "domain/changedetector.h"
#include "domain/isodate.h"
#include "storagesupport.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace StorageSupport;
using Kind = ActivityEntry::Kind;

namespace {

const QDateTime t0 = at(0);
const QDateTime t1 = at(kDay);

QList<ActivityEntry> changes(const QList<Order> &before, const QList<Order> &after,
                             std::optional<qint64> balanceBefore = 10000,
                             std::optional<qint64> balanceAfter = 10000)
{
    return ChangeDetector::changes(snapshot(before, t0, balanceBefore),
                                   snapshot(after, t1, balanceAfter));
}

// English with its plural forms, as sharddesk_en.qm gives them: proves the count reaches tr().
class PluralEnglish final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (qstrcmp(context, "ChangeDetector") != 0)
            return {};
        if (qstrcmp(sourceText, "%n new") == 0)
            return n == 1 ? u"%n new order"_s : u"%n new orders"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TstChangeDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncYieldsNothing();
    void identicalYieldsNothing();
    void newOrder();
    void newOrderNeedsCompletePrevious();
    void onHold();
    void cancelled();
    void renewed();
    void expiryMovedEarlierIsNoRenewal();
    void expired_data();
    void expired();
    void expiredAndOnHoldTogether();
    void tagChanged();
    void autoRenewChanged();
    void cycleChanged();
    void balanceChanged();
    void unknownValuesAreNoChange();
    void partialSyncInventsNothing();
    void missingFromCompleteListInventsNothing();
    void entriesInOrder();
    void mergedPartial();
    void mergedComplete();
    void kindNames();
    void toJson();
    void summary();
    void summaryPlural();
    void summaryBalance();
};

void TstChangeDetector::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstChangeDetector::firstSyncYieldsNothing()
{
    const auto entries =
        ChangeDetector::changes(std::nullopt, snapshot({order(1), order(2)}, t1, 500));
    QVERIFY(entries.isEmpty());
}

void TstChangeDetector::identicalYieldsNothing()
{
    const QList<Order> orders{order(1), order(2, OrderStatus::OnHold), order(3)};
    QVERIFY(changes(orders, orders).isEmpty());
}

void TstChangeDetector::newOrder()
{
    const auto entries = changes({order(1)}, {order(1), order(2)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first(), (ActivityEntry{Kind::NewOrder, 2, t1, QString(), u"Datacenter 3"_s}));
}

void TstChangeDetector::newOrderNeedsCompletePrevious()
{
    // The stored snapshot came from a sync that stopped after a page: order 2 may be old.
    SyncSnapshot previous = snapshot({order(1)}, t0);
    previous.complete = false;
    QVERIFY(ChangeDetector::changes(previous, snapshot({order(1), order(2)}, t1)).isEmpty());
}

void TstChangeDetector::onHold()
{
    const auto entries = changes({order(1)}, {order(1, OrderStatus::OnHold)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first(), (ActivityEntry{Kind::OnHold, 1, t1, u"active"_s, u"on-hold"_s}));
    // Staying on hold is no news.
    QVERIFY(changes({order(1, OrderStatus::OnHold)}, {order(1, OrderStatus::OnHold)}).isEmpty());
}

void TstChangeDetector::cancelled()
{
    const auto entries =
        changes({order(1, OrderStatus::OnHold)}, {order(1, OrderStatus::Cancelled)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first(),
             (ActivityEntry{Kind::Cancelled, 1, t1, u"on-hold"_s, u"cancelled"_s}));
}

void TstChangeDetector::renewed()
{
    const QDateTime later = at(60 * kDay);
    const auto entries =
        changes({order(1, OrderStatus::Active)}, {order(1, OrderStatus::Active, later)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first(), (ActivityEntry{Kind::Renewed, 1, t1, u"2026-03-31T12:00:00Z"_s,
                                             u"2026-04-30T12:00:00Z"_s}));
}

void TstChangeDetector::expiryMovedEarlierIsNoRenewal()
{
    QVERIFY(changes({order(1)}, {order(1, OrderStatus::Active, at(20 * kDay))}).isEmpty());
}

void TstChangeDetector::expired_data()
{
    QTest::addColumn<qint64>("expiresAfterT0"); // seconds after t0 (t1 is one day after)
    QTest::addColumn<int>("statusBefore");
    QTest::addColumn<int>("statusAfter");
    QTest::addColumn<bool>("expected");
    const int active = int(OrderStatus::Active);
    const int onHold = int(OrderStatus::OnHold);
    const int cancelled = int(OrderStatus::Cancelled);
    QTest::newRow("between the syncs") << qint64(3600) << active << active << true;
    QTest::newRow("exactly at the new sync") << kDay << active << active << true;
    QTest::newRow("exactly at the old sync (already past then)")
        << qint64(0) << active << active << false;
    QTest::newRow("before the old sync") << -qint64(3600) << active << active << false;
    QTest::newRow("after the new sync") << kDay + 1 << active << active << false;
    QTest::newRow("on hold both times") << qint64(3600) << onHold << onHold << true;
    QTest::newRow("now cancelled") << qint64(3600) << active << cancelled << false;
    QTest::newRow("was cancelled") << qint64(3600) << cancelled << cancelled << false;
}

void TstChangeDetector::expired()
{
    QFETCH(qint64, expiresAfterT0);
    QFETCH(int, statusBefore);
    QFETCH(int, statusAfter);
    QFETCH(bool, expected);
    const QDateTime expiry = t0.addSecs(expiresAfterT0);
    const auto entries = changes({order(1, OrderStatus(statusBefore), expiry)},
                                 {order(1, OrderStatus(statusAfter), expiry)});
    QList<ActivityEntry> expiredOnes;
    for (const ActivityEntry &e : entries) {
        if (e.kind == Kind::Expired)
            expiredOnes << e;
    }
    QCOMPARE(expiredOnes.size(), expected ? 1 : 0);
    if (expected) {
        // `when` is the moment it expired, not the sync's.
        QCOMPARE(expiredOnes.first(),
                 (ActivityEntry{Kind::Expired, 1, expiry, IsoDate::toIsoUtc(expiry), QString()}));
    }
}

void TstChangeDetector::expiredAndOnHoldTogether()
{
    const QDateTime expiry = t0.addSecs(60);
    const auto entries =
        changes({order(1, OrderStatus::Active, expiry)}, {order(1, OrderStatus::OnHold, expiry)});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, Kind::OnHold);
    QCOMPARE(entries.at(1).kind, Kind::Expired);
}

void TstChangeDetector::tagChanged()
{
    QList<ActivityEntry> entries =
        changes({order(1)}, {order(1, OrderStatus::Active, at(30 * kDay), u"berlin"_s)});
    QCOMPARE(entries, (QList<ActivityEntry>{{Kind::TagChanged, 1, t1, QString(), u"berlin"_s}}));
    entries = changes({order(1, OrderStatus::Active, at(30 * kDay), u"berlin"_s)},
                      {order(1, OrderStatus::Active, at(30 * kDay), u"paris"_s)});
    QCOMPARE(entries, (QList<ActivityEntry>{{Kind::TagChanged, 1, t1, u"berlin"_s, u"paris"_s}}));
}

void TstChangeDetector::autoRenewChanged()
{
    Order after = order(2); // auto-renew on
    after.autoRenewal = false;
    const auto entries = changes({order(2)}, {after});
    QCOMPARE(entries,
             (QList<ActivityEntry>{{Kind::AutoRenewChanged, 2, t1, u"true"_s, u"false"_s}}));
}

void TstChangeDetector::cycleChanged()
{
    Order after = order(2);
    after.cycleId = 11;
    after.cycleName = u"Quarterly"_s;
    QCOMPARE(changes({order(2)}, {after}),
             (QList<ActivityEntry>{{Kind::CycleChanged, 2, t1, u"Monthly"_s, u"Quarterly"_s}}));
    // The ids decide when both are known: a renamed cycle is the same cycle.
    Order renamed = order(2);
    renamed.cycleName = u"Month"_s;
    QVERIFY(changes({order(2)}, {renamed}).isEmpty());
    // Without ids, the names do.
    Order noIdBefore = order(2);
    noIdBefore.cycleId = 0;
    Order noIdAfter = after;
    noIdAfter.cycleId = 0;
    QCOMPARE(changes({noIdBefore}, {noIdAfter}).size(), 1);
}

void TstChangeDetector::balanceChanged()
{
    const auto entries = changes({order(1)}, {order(1)}, 10000, 5800);
    QCOMPARE(entries, (QList<ActivityEntry>{{Kind::BalanceChanged, 0, t1, u"10000"_s, u"5800"_s}}));
}

void TstChangeDetector::unknownValuesAreNoChange()
{
    Order before = order(2);
    before.status = OrderStatus::Unknown;
    before.autoRenewal.reset();
    before.expiresAt = QDateTime();
    Order after = order(2, OrderStatus::OnHold, at(90 * kDay));
    QVERIFY(changes({before}, {after}).isEmpty());
    // An unknown balance on either side.
    QVERIFY(changes({order(1)}, {order(1)}, std::nullopt, 5).isEmpty());
    QVERIFY(changes({order(1)}, {order(1)}, 5, std::nullopt).isEmpty());
    // The new side unknown.
    Order unknownNow = order(2);
    unknownNow.status = OrderStatus::Unknown;
    unknownNow.autoRenewal.reset();
    QVERIFY(changes({order(2)}, {unknownNow}).isEmpty());
}

void TstChangeDetector::partialSyncInventsNothing()
{
    // The new sync read one page: orders 2 and 3 were not asked for.
    SyncSnapshot current = snapshot({order(1)}, t1);
    current.complete = false;
    const auto entries = ChangeDetector::changes(
        snapshot({order(1), order(2, OrderStatus::OnHold), order(3)}, t0), current);
    QVERIFY(entries.isEmpty());
}

void TstChangeDetector::missingFromCompleteListInventsNothing()
{
    QVERIFY(changes({order(1), order(2)}, {order(1)}).isEmpty());
}

void TstChangeDetector::entriesInOrder()
{
    Order changed = order(2, OrderStatus::OnHold, at(60 * kDay), u"x"_s);
    changed.autoRenewal = false;
    changed.cycleId = 11;
    const auto entries = changes({order(1), order(2)}, {order(3), changed, order(1)}, 1, 2);
    QList<Kind> kinds;
    QList<qint64> ids;
    for (const ActivityEntry &e : entries) {
        kinds << e.kind;
        ids << e.orderId;
    }
    QCOMPARE(kinds,
             (QList<Kind>{Kind::NewOrder, Kind::Renewed, Kind::OnHold, Kind::TagChanged,
                          Kind::AutoRenewChanged, Kind::CycleChanged, Kind::BalanceChanged}));
    QCOMPARE(ids, (QList<qint64>{3, 2, 2, 2, 2, 2, 0}));
}

void TstChangeDetector::mergedPartial()
{
    const SyncSnapshot previous = snapshot({order(1), order(2)}, t0, 100);
    SyncSnapshot current = snapshot({order(2, OrderStatus::OnHold), order(3)}, t1, 50, false);
    const SyncSnapshot merged = ChangeDetector::merged(previous, current);
    QCOMPARE(merged.orders, (QList<Order>{order(1), order(2, OrderStatus::OnHold), order(3)}));
    QCOMPARE(merged.account.walletBalanceCents, 50);
    QCOMPARE(merged.syncedAt, t1);
    QVERIFY(merged.complete);
}

void TstChangeDetector::mergedComplete()
{
    const SyncSnapshot current = snapshot({order(3)}, t1);
    QCOMPARE(ChangeDetector::merged(snapshot({order(1)}, t0), current), current);
    QCOMPARE(ChangeDetector::merged(std::nullopt, current), current);
}

void TstChangeDetector::kindNames()
{
    const QStringList expected{u"new"_s,        u"renewed"_s, u"on_hold"_s,
                               u"cancelled"_s,  u"expired"_s, u"tag"_s,
                               u"auto_renew"_s, u"cycle"_s,   u"balance"_s};
    QStringList names;
    for (Kind kind : ActivityEntry::allKinds()) {
        names << ActivityEntry::kindName(kind);
        QCOMPARE(ActivityEntry::kindFromName(ActivityEntry::kindName(kind)), kind);
        QCOMPARE(ActivityEntry::kindFromNumber(int(kind)), kind);
        QVERIFY(!ActivityEntry::kindLabel(kind).isEmpty());
    }
    QCOMPARE(names, expected);
    QCOMPARE(ActivityEntry::kindFromName(u" On_Hold "), Kind::OnHold);
    QCOMPARE(ActivityEntry::kindFromName(u"deleted"), std::nullopt);
    QCOMPARE(ActivityEntry::kindFromNumber(0), std::nullopt);
    QCOMPARE(ActivityEntry::kindFromNumber(42), std::nullopt);
}

void TstChangeDetector::toJson()
{
    const ActivityEntry renewed{Kind::Renewed, 7, t1, u"a"_s, u"b"_s};
    QCOMPARE(renewed.toJson(), (QJsonObject{{u"kind"_s, u"renewed"_s},
                                            {u"order_id"_s, 7},
                                            {u"when"_s, u"2026-03-02T12:00:00Z"_s},
                                            {u"before"_s, u"a"_s},
                                            {u"after"_s, u"b"_s}}));
    const ActivityEntry balance{Kind::BalanceChanged, 0, t1, u"100"_s, QString()};
    const QJsonObject json = balance.toJson();
    QVERIFY(json.value(u"order_id"_s).isNull());
    QVERIFY(json.value(u"after"_s).isNull());
    QCOMPARE(json.value(u"kind"_s).toString(), u"balance"_s);
}

void TstChangeDetector::summary()
{
    QList<ActivityEntry> entries;
    for (qint64 id : {1, 2, 3})
        entries << ActivityEntry{Kind::Renewed, id, t1, {}, {}};
    entries << ActivityEntry{Kind::OnHold, 4, t1, {}, {}};
    entries << ActivityEntry{Kind::BalanceChanged, 0, t1, u"10000"_s, u"5800"_s};
    QCOMPARE(ChangeDetector::summary(entries), u"3 renewed, 1 on hold, balance −$42.00"_s);
    QCOMPARE(ChangeDetector::summary({}), u"No changes"_s);

    QList<ActivityEntry> every;
    for (Kind kind : ActivityEntry::allKinds())
        every << ActivityEntry{kind, 1, t1, u"1"_s, u"2"_s};
    QCOMPARE(ChangeDetector::summary(every),
             u"1 new, 1 renewed, 1 on hold, 1 cancelled, 1 expired, 1 retagged, 1 auto-renew "
             "change(s), 1 changed cycle, balance +$0.01"_s);
}

void TstChangeDetector::summaryPlural()
{
    PluralEnglish english;
    QVERIFY(QCoreApplication::installTranslator(&english));
    const ActivityEntry one{Kind::NewOrder, 1, t1, {}, {}};
    QCOMPARE(ChangeDetector::summary({one}), u"1 new order"_s);
    QCOMPARE(ChangeDetector::summary({one, one, one}), u"3 new orders"_s);
    QCoreApplication::removeTranslator(&english);
}

void TstChangeDetector::summaryBalance()
{
    auto balance = [](const char *from, const char *to) {
        return ActivityEntry{Kind::BalanceChanged, 0, t1, QString::fromLatin1(from),
                             QString::fromLatin1(to)};
    };
    // Several balance entries (several syncs summed up) give the net change.
    QCOMPARE(ChangeDetector::summary({balance("100", "50"), balance("50", "25")}),
             u"balance −$0.75"_s);
    QCOMPARE(ChangeDetector::summary({balance("100", "350")}), u"balance +$2.50"_s);
    // Up and down again: no net change to tell.
    QCOMPARE(ChangeDetector::summary({balance("100", "50"), balance("50", "100")}),
             u"No changes"_s);
    // An unreadable or overflowing amount is not shown.
    QCOMPARE(ChangeDetector::summary({balance("x", "50")}), u"No changes"_s);
    QCOMPARE(ChangeDetector::summary({balance("-9223372036854775808", "9223372036854775807")}),
             u"No changes"_s);
    // In another locale, the amount in its layout.
    QCOMPARE(ChangeDetector::summary({balance("10000", "5800")},
                                     QLocale(QLocale::German, QLocale::Germany)),
             u"balance −42,00\u00a0$"_s);
}

QTEST_GUILESS_MAIN(TstChangeDetector)
#include "tst_changedetector.moc"
