// OrderStore's row signals, which the item models forward as they are: exactly which signals a
// sync emits for a first load, an identical reload, changed, removed and new orders; and that
// each signal arrives when the store is in the state an item model expects.

#include "domain/order.h"
#include "domain/orderdetails.h"
#include "services/orderstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

using Range = QPair<qsizetype, qsizetype>;

Order makeOrder(qint64 id)
{
    Order o;
    o.id = id;
    o.productId = 1 + id % 3;
    o.productName = o.productId == 1 ? u"Datacenter Proxy"_s : u"ISP Proxy"_s;
    o.cycleId = 3;
    o.cycleName = u"monthly"_s;
    o.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc()).addDays(id % 40);
    o.autoRenewal = id % 2 == 0;
    o.tag = id % 5 == 0 ? u"client-acme"_s : QString();
    o.status = OrderStatus::Active;
    return o;
}

// Ids first..first+n-1, newest first as the server lists them.
QList<Order> makeOrders(int n, qint64 first = 100001)
{
    QList<Order> out;
    for (qint64 id = first + n - 1; id >= first; --id)
        out.append(makeOrder(id));
    return out;
}

QList<Range> ranges(const QSignalSpy &spy)
{
    QList<Range> out;
    for (const QList<QVariant> &args : spy)
        out.append({args.at(0).value<qsizetype>(), args.at(1).value<qsizetype>()});
    return out;
}

// Every signal of the store, recorded.
struct Spies
{
    explicit Spies(OrderStore &store)
        : aboutToInsert(&store, &OrderStore::rowsAboutToBeInserted)
        , inserted(&store, &OrderStore::rowsInserted)
        , aboutToRemove(&store, &OrderStore::rowsAboutToBeRemoved)
        , removed(&store, &OrderStore::rowsRemoved)
        , changed(&store, &OrderStore::rowsChanged)
        , aboutToClear(&store, &OrderStore::aboutToBeCleared)
        , cleared(&store, &OrderStore::cleared)
        , synced(&store, &OrderStore::synced)
    {
    }

    void clear()
    {
        for (QSignalSpy *s : all())
            s->clear();
    }
    qsizetype rowSignals() const
    {
        return aboutToInsert.size() + inserted.size() + aboutToRemove.size() + removed.size() +
               changed.size() + aboutToClear.size() + cleared.size();
    }
    QList<QSignalSpy *> all()
    {
        return {&aboutToInsert, &inserted, &aboutToRemove, &removed,
                &changed,       &aboutToClear, &cleared,   &synced};
    }

    QSignalSpy aboutToInsert;
    QSignalSpy inserted;
    QSignalSpy aboutToRemove;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy aboutToClear;
    QSignalSpy cleared;
    QSignalSpy synced;
};

} // namespace

class TestOrderStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstSyncInsertsEveryRowAtOnce();
    void identicalSyncEmitsNoRowSignals();
    void oneChangedOrderIsOneRowChanged_data();
    void oneChangedOrderIsOneRowChanged();
    void adjacentChangesShareOneRange();
    void removedOrders_data();
    void removedOrders();
    void newOrderIsAppendedAtTheEnd();
    void mixedSyncKeepsTheModelContract();
    void emptySyncRemovesEverything();
    void updateOrder();
    void detailsThatDoNotKnowAutoRenewalKeepTheRows();

private:
    // Checks, at the moment each signal arrives, that the store is where a model expects it.
    void watchContract();
    void verifyIndex();

    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Spies> m_spies;
    QStringList m_contractErrors;
    QList<qint64> m_changedIds;
    qsizetype m_countBefore = 0;
};

void TestOrderStore::init()
{
    m_store = std::make_unique<OrderStore>();
    m_spies = std::make_unique<Spies>(*m_store);
    m_contractErrors.clear();
    m_changedIds.clear();
    watchContract();
}

void TestOrderStore::cleanup()
{
    QVERIFY2(m_contractErrors.isEmpty(), qPrintable(m_contractErrors.join(u"; "_s)));
    m_spies.reset();
    m_store.reset();
}

void TestOrderStore::watchContract()
{
    OrderStore *s = m_store.get();
    connect(s, &OrderStore::rowsAboutToBeInserted, this, [this, s](qsizetype first, qsizetype) {
        m_countBefore = s->count();
        if (first != s->count())
            m_contractErrors.append(u"insert not at the end"_s);
    });
    connect(s, &OrderStore::rowsInserted, this, [this, s](qsizetype first, qsizetype last) {
        if (s->count() != m_countBefore + (last - first + 1))
            m_contractErrors.append(u"rowsInserted: wrong count"_s);
    });
    connect(s, &OrderStore::rowsAboutToBeRemoved, this, [this, s](qsizetype first, qsizetype last) {
        m_countBefore = s->count();
        if (first < 0 || last >= s->count() || first > last)
            m_contractErrors.append(u"rowsAboutToBeRemoved: range outside the rows"_s);
    });
    connect(s, &OrderStore::rowsRemoved, this, [this, s](qsizetype first, qsizetype last) {
        if (s->count() != m_countBefore - (last - first + 1))
            m_contractErrors.append(u"rowsRemoved: wrong count"_s);
    });
    connect(s, &OrderStore::rowsChanged, this, [this, s](qsizetype first, qsizetype last) {
        if (first < 0 || last >= s->count() || first > last) {
            m_contractErrors.append(u"rowsChanged: range outside the rows"_s);
            return;
        }
        // Which orders the signal meant, read at the moment it arrives.
        for (qsizetype r = first; r <= last; ++r)
            m_changedIds.append(s->at(r).id);
    });
}

void TestOrderStore::verifyIndex()
{
    for (qsizetype r = 0; r < m_store->count(); ++r) {
        QCOMPARE(m_store->rowOf(m_store->at(r).id), r);
        QCOMPARE(m_store->find(m_store->at(r).id), &m_store->at(r));
    }
}

void TestOrderStore::firstSyncInsertsEveryRowAtOnce()
{
    const QList<Order> fresh = makeOrders(25);
    m_store->applySync(fresh);
    QCOMPARE(ranges(m_spies->aboutToInsert), QList<Range>({{0, 24}}));
    QCOMPARE(ranges(m_spies->inserted), QList<Range>({{0, 24}}));
    QCOMPARE(m_spies->aboutToRemove.size(), 0);
    QCOMPARE(m_spies->removed.size(), 0);
    QCOMPARE(m_spies->changed.size(), 0);
    QCOMPARE(m_spies->synced.size(), 1);
    QVERIFY(m_store->orders() == fresh);
    QVERIFY(m_store->hasSynced());
    verifyIndex();
}

void TestOrderStore::identicalSyncEmitsNoRowSignals()
{
    const QList<Order> fresh = makeOrders(25);
    m_store->applySync(fresh);
    m_spies->clear();
    m_store->applySync(fresh);
    QCOMPARE(m_spies->rowSignals(), 0);
    QCOMPARE(m_spies->synced.size(), 1);
    QVERIFY(m_store->orders() == fresh);

    // A copy with equal values (not the same list) is just as quiet.
    m_spies->clear();
    m_store->applySync(makeOrders(25));
    QCOMPARE(m_spies->rowSignals(), 0);
}

void TestOrderStore::oneChangedOrderIsOneRowChanged_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    for (int row : {0, 12, 24}) {
        for (const char *field : {"tag", "status", "expiresAt", "autoRenewal", "cycle"})
            QTest::addRow("row %d, %s", row, field) << row << QString::fromLatin1(field);
    }
}

void TestOrderStore::oneChangedOrderIsOneRowChanged()
{
    QFETCH(int, row);
    QFETCH(QString, field);
    QList<Order> fresh = makeOrders(25);
    m_store->applySync(fresh);
    m_spies->clear();

    Order &o = fresh[row];
    if (field == u"tag")
        o.tag = u"тест, \"quoted\""_s;
    else if (field == u"status")
        o.status = OrderStatus::OnHold;
    else if (field == u"expiresAt")
        o.expiresAt = o.expiresAt.addSecs(1);
    else if (field == u"autoRenewal")
        o.autoRenewal = std::nullopt;
    else
        o.cycleName = u"quarterly"_s;
    m_store->applySync(fresh);

    QCOMPARE(ranges(m_spies->changed), QList<Range>({{row, row}}));
    QCOMPARE(m_changedIds, QList<qint64>({o.id}));
    QCOMPARE(m_spies->rowSignals(), 1);
    QCOMPARE(m_spies->synced.size(), 1);
    QVERIFY(m_store->at(row) == o);
    QVERIFY(m_store->orders() == fresh);
}

void TestOrderStore::adjacentChangesShareOneRange()
{
    QList<Order> fresh = makeOrders(25);
    m_store->applySync(fresh);
    m_spies->clear();
    for (int r : {3, 4, 5, 9, 24})
        fresh[r].tag = u"seo"_s + QString::number(r);
    m_store->applySync(fresh);
    QCOMPARE(ranges(m_spies->changed), QList<Range>({{3, 5}, {9, 9}, {24, 24}}));
    QCOMPARE(m_spies->rowSignals(), 3);
    QVERIFY(m_store->orders() == fresh);
}

void TestOrderStore::removedOrders_data()
{
    QTest::addColumn<QList<int>>("removeRows");
    QTest::addColumn<QList<Range>>("expected");
    // Runs are removed last first, so that the earlier row numbers stay valid.
    QTest::newRow("one in the middle") << QList<int>{10} << QList<Range>{{10, 10}};
    QTest::newRow("first") << QList<int>{0} << QList<Range>{{0, 0}};
    QTest::newRow("last") << QList<int>{24} << QList<Range>{{24, 24}};
    QTest::newRow("two runs") << QList<int>{2, 3, 7} << QList<Range>{{7, 7}, {2, 3}};
    QTest::newRow("three runs incl. both ends")
        << QList<int>{0, 1, 12, 22, 23, 24} << QList<Range>{{22, 24}, {12, 12}, {0, 1}};
}

void TestOrderStore::removedOrders()
{
    QFETCH(QList<int>, removeRows);
    QFETCH(QList<Range>, expected);
    const QList<Order> all = makeOrders(25);
    m_store->applySync(all);
    m_spies->clear();
    QList<Order> fresh;
    for (qsizetype r = 0; r < all.size(); ++r) {
        if (!removeRows.contains(int(r)))
            fresh.append(all.at(r));
    }
    m_store->applySync(fresh);
    QCOMPARE(ranges(m_spies->aboutToRemove), expected);
    QCOMPARE(ranges(m_spies->removed), expected);
    QCOMPARE(m_spies->changed.size(), 0);
    QCOMPARE(m_spies->inserted.size(), 0);
    QVERIFY(m_store->orders() == fresh);
    for (int r : removeRows)
        QCOMPARE(m_store->rowOf(all.at(r).id), qsizetype(-1));
    verifyIndex();
}

void TestOrderStore::newOrderIsAppendedAtTheEnd()
{
    const QList<Order> all = makeOrders(25);
    m_store->applySync(all);
    m_spies->clear();
    // The server lists the new order first (newest first); the store appends it.
    QList<Order> fresh = all;
    const Order added = makeOrder(200001);
    fresh.prepend(added);
    m_store->applySync(fresh);
    QCOMPARE(ranges(m_spies->aboutToInsert), QList<Range>({{25, 25}}));
    QCOMPARE(ranges(m_spies->inserted), QList<Range>({{25, 25}}));
    QCOMPARE(m_spies->rowSignals(), 2);
    QCOMPARE(m_store->count(), qsizetype(26));
    QVERIFY(m_store->at(25) == added);
    for (qsizetype r = 0; r < all.size(); ++r)
        QVERIFY(m_store->at(r) == all.at(r)); // the others keep their rows
    verifyIndex();

    // Several new ones: one insert range, in the server's order.
    m_spies->clear();
    const Order a = makeOrder(200003);
    const Order b = makeOrder(200002);
    fresh.prepend(b);
    fresh.prepend(a);
    m_store->applySync(fresh);
    QCOMPARE(ranges(m_spies->inserted), QList<Range>({{26, 27}}));
    QVERIFY(m_store->at(26) == a);
    QVERIFY(m_store->at(27) == b);
}

void TestOrderStore::mixedSyncKeepsTheModelContract()
{
    const QList<Order> all = makeOrders(10);
    m_store->applySync(all);
    m_spies->clear();
    // Remove rows 1 and 2, change row 6 (row 4 after the removal), add two.
    QList<Order> fresh = all;
    fresh[6].tag = u"monitoring"_s;
    const qint64 changedId = fresh.at(6).id;
    fresh.removeAt(2);
    fresh.removeAt(1);
    fresh.prepend(makeOrder(300001));
    fresh.append(makeOrder(300002));
    m_store->applySync(fresh);

    QCOMPARE(ranges(m_spies->removed), QList<Range>({{1, 2}}));
    // One row changed; its number is the one valid when the signal came (6 before the removal,
    // 4 after it): the signal named the changed order either way.
    QCOMPARE(m_spies->changed.size(), 1);
    const Range changedRange = ranges(m_spies->changed).first();
    QCOMPARE(changedRange.first, changedRange.second);
    QVERIFY(changedRange.first == 6 || changedRange.first == 4);
    QCOMPARE(m_changedIds, QList<qint64>({changedId}));
    QCOMPARE(m_store->at(4).id, changedId);
    QCOMPARE(m_store->at(4).tag, u"monitoring"_s);
    QCOMPARE(ranges(m_spies->inserted), QList<Range>({{8, 9}}));
    QCOMPARE(m_store->count(), qsizetype(10));
    QCOMPARE(m_store->at(8).id, qint64(300001));
    QCOMPARE(m_store->at(9).id, qint64(300002));
    QCOMPARE(m_spies->synced.size(), 1);
    verifyIndex();
    // Same content as the server's, in the store's own order.
    QList<qint64> storeIds;
    QList<qint64> freshIds;
    for (const Order &o : m_store->orders())
        storeIds.append(o.id);
    for (const Order &o : fresh)
        freshIds.append(o.id);
    std::sort(storeIds.begin(), storeIds.end());
    std::sort(freshIds.begin(), freshIds.end());
    QCOMPARE(storeIds, freshIds);
}

void TestOrderStore::emptySyncRemovesEverything()
{
    m_store->applySync(makeOrders(25));
    m_spies->clear();
    m_store->applySync({});
    QCOMPARE(ranges(m_spies->removed), QList<Range>({{0, 24}}));
    QCOMPARE(m_spies->rowSignals(), 2); // about to remove + removed
    QCOMPARE(m_store->count(), qsizetype(0));
    QVERIFY(m_store->hasSynced());
}

void TestOrderStore::updateOrder()
{
    const QList<Order> all = makeOrders(10);
    m_store->applySync(all);
    m_spies->clear();
    m_store->updateOrder(all.at(3));
    QCOMPARE(m_spies->rowSignals(), 0);
    Order changed = all.at(3);
    changed.autoRenewal = !*changed.autoRenewal;
    m_store->updateOrder(changed);
    QCOMPARE(ranges(m_spies->changed), QList<Range>({{3, 3}}));
    QVERIFY(m_store->at(3) == changed);
    m_store->updateOrder(makeOrder(400001));
    QCOMPARE(ranges(m_spies->inserted), QList<Range>({{10, 10}}));
    QCOMPARE(m_spies->synced.size(), 0);
    verifyIndex();
}

void TestOrderStore::detailsThatDoNotKnowAutoRenewalKeepTheRows()
{
    const QList<Order> all = makeOrders(5);
    m_store->applySync(all);
    OrderDetails d;
    d.id = all.at(2).id;
    d.status = all.at(2).status;
    d.tag = all.at(2).tag;
    d.quantity = 3; // the server left auto_renewal out of the details
    m_store->setDetails(d);
    QCOMPARE(m_store->at(2).autoRenewal, all.at(2).autoRenewal);
    d.autoRenewal = !*all.at(2).autoRenewal; // a known value is news
    m_store->setDetails(d);
    QCOMPARE(m_store->at(2).autoRenewal, d.autoRenewal);
    verifyIndex();
}

QTEST_GUILESS_MAIN(TestOrderStore)
#include "tst_orderstore.moc"
