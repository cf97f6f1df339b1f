// OrdersModel over a real OrderStore: the exact row signals a sync, an update, a removal and a
// details load produce, the typed raw values, the attention and dimming roles, and the relative
// expiry text at a pinned "now". QAbstractItemModelTester (fatal) watches every test.

#include "modeltestsupport.h"

#include "domain/money.h"
#include "ordersmodel.h"
#include "services/orderstore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ModelTest;

class TestOrdersModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyModel();
    void firstSyncInsertsAllRowsOnce();
    void identicalResyncEmitsNothing();
    void changedOrderEmitsOneDataChangedForItsRow();
    void adjacentChangesShareOneRange();
    void removingMiddleRunRemovesThatRange();
    void removingTwoRunsRemovesEachRangeLastFirst();
    void newOrderIsAppendedAtTheEnd();
    void mixedSyncEndsWithExactlyTheServerOrders();
    void largeSyncInAnotherOrderSignalsTheSame();
    void updateOrderSignals();
    void setDetailsFillsQuantityAndPrice();
    void keptDetailsFillTheColumnsUntilFreshOnesLoad();
    void rawValueRoleTypes();
    void headerDataForEveryColumn();
    void displayTexts();
    void needsAttention_data();
    void needsAttention();
    void cancelledRowsAreDimmed();
    void expiresToolTipShowsLocalDate();
    void relativeExpiryText_data();
    void relativeExpiryText();
    void setNowRepaintsOnlyTheExpiryColumn();
    void indexOfOrder();
    void clearResetsTheModel();

private:
    struct Spies
    {
        explicit Spies(QAbstractItemModel *m)
            : aboutToInsert(m, &QAbstractItemModel::rowsAboutToBeInserted),
              inserted(m, &QAbstractItemModel::rowsInserted),
              aboutToRemove(m, &QAbstractItemModel::rowsAboutToBeRemoved),
              removed(m, &QAbstractItemModel::rowsRemoved),
              changed(m, &QAbstractItemModel::dataChanged),
              reset(m, &QAbstractItemModel::modelReset),
              layout(m, &QAbstractItemModel::layoutChanged),
              moved(m, &QAbstractItemModel::rowsMoved)
        {
        }
        int rowSignals() const
        {
            return int(aboutToInsert.size() + inserted.size() + aboutToRemove.size() +
                       removed.size() + reset.size() + layout.size() + moved.size());
        }
        QSignalSpy aboutToInsert, inserted, aboutToRemove, removed, changed, reset, layout, moved;
    };

    // Checks one (parent, first, last) row signal.
    static bool isRange(const QList<QVariant> &args, int first, int last);
    // Checks one dataChanged covering whole rows first..last.
    bool isWholeRows(const QList<QVariant> &args, int first, int last) const;
    void sync(const QList<Order> &orders) { m_store->applySync(orders); }

    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrdersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOrdersModel::initTestCase()
{
    initApplication("tst_models_orders");
}

void TestOrdersModel::init()
{
    m_store = std::make_unique<OrderStore>();
    m_model = std::make_unique<OrdersModel>(m_store.get());
    m_model->setNow(referenceNow());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestOrdersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

bool TestOrdersModel::isRange(const QList<QVariant> &args, int first, int last)
{
    if (args.size() != 3) {
        qWarning() << "unexpected arguments" << args;
        return false;
    }
    const bool ok = !args.at(0).value<QModelIndex>().isValid() && args.at(1).toInt() == first &&
                    args.at(2).toInt() == last;
    if (!ok)
        qWarning() << "range" << args.at(1).toInt() << args.at(2).toInt() << "expected" << first
                   << last;
    return ok;
}

bool TestOrdersModel::isWholeRows(const QList<QVariant> &args, int first, int last) const
{
    const QModelIndex tl = args.at(0).value<QModelIndex>();
    const QModelIndex br = args.at(1).value<QModelIndex>();
    const bool ok = tl == m_model->index(first, 0) &&
                    br == m_model->index(last, OrdersModel::ColumnCount - 1);
    if (!ok)
        qWarning() << "dataChanged" << tl << br << "expected rows" << first << last;
    return ok;
}

void TestOrdersModel::emptyModel()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(OrdersModel::ColumnCount));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QVERIFY(!m_model->indexOfOrder(42).isValid());
}

void TestOrdersModel::firstSyncInsertsAllRowsOnce()
{
    const int n = 57;
    Spies spies(m_model.get());
    sync(simpleOrders(n));

    QCOMPARE(spies.aboutToInsert.size(), 1);
    QCOMPARE(spies.inserted.size(), 1);
    QVERIFY(isRange(spies.aboutToInsert.at(0), 0, n - 1));
    QVERIFY(isRange(spies.inserted.at(0), 0, n - 1));
    QCOMPARE(spies.aboutToRemove.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    QCOMPARE(m_model->rowCount(), n);
    // Rows keep the server's order.
    for (int row = 0; row < n; ++row)
        QCOMPARE(m_model->index(row, OrdersModel::IdColumn).data(OrdersModel::OrderIdRole)
                     .toLongLong(),
                 1000 + row);
}

void TestOrdersModel::identicalResyncEmitsNothing()
{
    const QList<Order> orders = simpleOrders(40);
    sync(orders);
    Spies spies(m_model.get());
    sync(orders);
    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(spies.changed.size(), 0);

    // The same orders listed in another order are still the same orders.
    QList<Order> reversed(orders.crbegin(), orders.crend());
    sync(reversed);
    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 40);
    QCOMPARE(m_model->orderAt(0).id, orders.first().id);
}

void TestOrdersModel::changedOrderEmitsOneDataChangedForItsRow()
{
    QList<Order> orders = simpleOrders(30);
    sync(orders);
    Spies spies(m_model.get());
    orders[17].tag = QStringLiteral("client-acme");
    sync(orders);

    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QVERIFY(isWholeRows(spies.changed.at(0), 17, 17));
    QCOMPARE(m_model->index(17, OrdersModel::TagColumn).data().toString(),
             QStringLiteral("client-acme"));

    // Every field of the row counts as a change.
    spies.changed.clear();
    orders[3].expiresAt = orders[3].expiresAt.addSecs(1);
    sync(orders);
    QCOMPARE(spies.changed.size(), 1);
    QVERIFY(isWholeRows(spies.changed.at(0), 3, 3));
    spies.changed.clear();
    orders[4].status = OrderStatus::OnHold;
    sync(orders);
    QCOMPARE(spies.changed.size(), 1);
    QVERIFY(isWholeRows(spies.changed.at(0), 4, 4));
    QCOMPARE(spies.rowSignals(), 0);
}

void TestOrdersModel::adjacentChangesShareOneRange()
{
    QList<Order> orders = simpleOrders(30);
    sync(orders);
    Spies spies(m_model.get());
    for (int row : {5, 6, 7, 20})
        orders[row].cycleName = QStringLiteral("weekly");
    sync(orders);
    QCOMPARE(spies.changed.size(), 2);
    QVERIFY(isWholeRows(spies.changed.at(0), 5, 7));
    QVERIFY(isWholeRows(spies.changed.at(1), 20, 20));
    QCOMPARE(spies.rowSignals(), 0);
}

void TestOrdersModel::removingMiddleRunRemovesThatRange()
{
    QList<Order> orders = simpleOrders(30);
    sync(orders);
    Spies spies(m_model.get());
    QList<Order> fresh = orders;
    fresh.remove(10, 5); // rows 10..14
    sync(fresh);

    QCOMPARE(spies.aboutToRemove.size(), 1);
    QCOMPARE(spies.removed.size(), 1);
    QVERIFY(isRange(spies.aboutToRemove.at(0), 10, 14));
    QVERIFY(isRange(spies.removed.at(0), 10, 14));
    QCOMPARE(spies.aboutToInsert.size(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 25);
    QCOMPARE(m_model->orderAt(9).id, orders.at(9).id);
    QCOMPARE(m_model->orderAt(10).id, orders.at(15).id);
    // The id index follows the shifted rows.
    QCOMPARE(m_model->indexOfOrder(orders.at(29).id).row(), 24);
    QVERIFY(!m_model->indexOfOrder(orders.at(12).id).isValid());
}

void TestOrdersModel::removingTwoRunsRemovesEachRangeLastFirst()
{
    QList<Order> orders = simpleOrders(20);
    sync(orders);
    Spies spies(m_model.get());
    QList<Order> fresh;
    for (int i = 0; i < orders.size(); ++i) {
        if (!(i >= 2 && i <= 3) && !(i >= 10 && i <= 12) && i != 19)
            fresh.append(orders.at(i));
    }
    sync(fresh);
    QCOMPARE(spies.removed.size(), 3);
    QVERIFY(isRange(spies.removed.at(0), 19, 19));
    QVERIFY(isRange(spies.removed.at(1), 10, 12));
    QVERIFY(isRange(spies.removed.at(2), 2, 3));
    QCOMPARE(spies.aboutToRemove.size(), 3);
    QCOMPARE(m_model->rowCount(), 14);
    for (int row = 0; row < fresh.size(); ++row)
        QCOMPARE(m_model->orderAt(row).id, fresh.at(row).id);
}

void TestOrdersModel::newOrderIsAppendedAtTheEnd()
{
    QList<Order> orders = simpleOrders(25);
    sync(orders);
    Spies spies(m_model.get());
    QList<Order> fresh = orders;
    // The server lists the newest first; the model still appends it.
    fresh.prepend(makeOrder(5000, QStringLiteral("ISP Proxy"), OrderStatus::Active,
                            referenceNow().addDays(30), Renew::Off));
    sync(fresh);

    QCOMPARE(spies.aboutToInsert.size(), 1);
    QCOMPARE(spies.inserted.size(), 1);
    QVERIFY(isRange(spies.aboutToInsert.at(0), 25, 25));
    QVERIFY(isRange(spies.inserted.at(0), 25, 25));
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(m_model->rowCount(), 26);
    QCOMPARE(m_model->index(25, OrdersModel::IdColumn).data().toString(), QStringLiteral("5000"));
    QCOMPARE(m_model->index(25, OrdersModel::ProductColumn).data().toString(),
             QStringLiteral("ISP Proxy"));
    QCOMPARE(m_model->orderAt(0).id, orders.first().id);
}

void TestOrdersModel::mixedSyncEndsWithExactlyTheServerOrders()
{
    QList<Order> orders = simpleOrders(50);
    sync(orders);
    Spies spies(m_model.get());
    QList<Order> fresh = orders;
    fresh.remove(40, 3);
    fresh.remove(5, 2);
    fresh[10].tag = QStringLiteral("тест");
    fresh.insert(7, makeOrder(9001));
    fresh.append(makeOrder(9002, QStringLiteral("Premium Residential Proxy")));
    sync(fresh);

    QCOMPARE(spies.removed.size(), 2);
    QVERIFY(isRange(spies.removed.at(0), 40, 42));
    QVERIFY(isRange(spies.removed.at(1), 5, 6));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.inserted.size(), 1);
    QVERIFY(isRange(spies.inserted.at(0), 45, 46));
    QCOMPARE(m_model->rowCount(), int(fresh.size()));

    QHash<qint64, Order> expected;
    for (const Order &o : fresh)
        expected.insert(o.id, o);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Order &o = m_model->orderAt(row);
        QVERIFY2(expected.contains(o.id), qPrintable(QString::number(o.id)));
        QCOMPARE(o, expected.value(o.id));
        QCOMPARE(m_model->indexOfOrder(o.id).row(), row);
    }
    QCOMPARE(m_model->orderAt(45).id, 9001);
    QCOMPARE(m_model->orderAt(46).id, 9002);
}

void TestOrdersModel::largeSyncInAnotherOrderSignalsTheSame()
{
    // Large enough for the store to share the comparison with a worker; listed in another order
    // than the rows (the halves swapped), one order twice, a few changed, removed and added.
    const int n = 30000;
    QList<Order> orders = simpleOrders(n);
    sync(orders);
    Spies spies(m_model.get());
    QList<Order> fresh = orders.mid(n / 2) + orders.mid(0, n / 2);
    fresh[3].tag = QStringLiteral("changed"); // row n/2 + 3
    fresh[n - 2].tag = QStringLiteral("changed"); // row n/2 - 2
    Order twice = fresh.at(100);
    twice.tag = QStringLiteral("ignored: the first listing counts");
    fresh.append(twice);
    fresh.removeAt(n - 10); // row n/2 - 10
    fresh.append(makeOrder(900001));
    sync(fresh);

    QCOMPARE(spies.removed.size(), 1);
    QVERIFY(isRange(spies.removed.at(0), n / 2 - 10, n / 2 - 10));
    QCOMPARE(spies.changed.size(), 2);
    QVERIFY(isWholeRows(spies.changed.at(0), n / 2 - 2, n / 2 - 2));
    QVERIFY(isWholeRows(spies.changed.at(1), n / 2 + 3, n / 2 + 3)); // before the removal
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), n);
    QCOMPARE(m_model->orderAt(n - 1).id, 900001);
    const qsizetype twiceRow = m_store->rowOf(twice.id);
    QVERIFY(m_store->at(twiceRow).tag != twice.tag);
    QCOMPARE(m_store->find(fresh.at(3).id)->tag, QStringLiteral("changed"));
}

void TestOrdersModel::updateOrderSignals()
{
    QList<Order> orders = simpleOrders(10);
    sync(orders);
    Spies spies(m_model.get());

    m_store->updateOrder(orders.at(4)); // unchanged
    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(spies.changed.size(), 0);

    Order edited = orders.at(4);
    edited.autoRenewal = false;
    m_store->updateOrder(edited);
    QCOMPARE(spies.changed.size(), 1);
    QVERIFY(isWholeRows(spies.changed.at(0), 4, 4));
    QCOMPARE(m_model->index(4, OrdersModel::AutoRenewColumn).data(OrdersModel::RawValueRole),
             QVariant(false));

    m_store->updateOrder(makeOrder(777));
    QCOMPARE(spies.inserted.size(), 1);
    QVERIFY(isRange(spies.inserted.at(0), 10, 10));
    QCOMPARE(m_model->orderAt(10).id, 777);
}

void TestOrdersModel::keptDetailsFillTheColumnsUntilFreshOnesLoad()
{
    QList<Order> orders = simpleOrders(12);
    sync(orders);
    StoredDetails kept;
    kept.quantity = 40;
    kept.pricePaidCents = 9900;
    kept.addonsPricePaidCents = 500;

    // Kept for rows already shown: one changed range per run of rows, no row signals.
    Spies spies(m_model.get());
    m_store->restoreDetails({{orders.at(3).id, kept}, {orders.at(4).id, kept},
                             {orders.at(9).id, kept}, {999999, kept}});
    QCOMPARE(spies.changed.size(), 2);
    QVERIFY(isWholeRows(spies.changed.at(0), 3, 4));
    QVERIFY(isWholeRows(spies.changed.at(1), 9, 9));
    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(m_model->index(3, OrdersModel::QuantityColumn).data().toString(), QStringLiteral("40"));
    QCOMPARE(m_model->index(3, OrdersModel::PriceColumn).data().toString(), Money::format(9900));
    QCOMPARE(m_model->index(3, OrdersModel::PriceColumn).data(OrdersModel::RawValueRole).toLongLong(),
             9900);
    QCOMPARE(m_model->sortKey(3, OrdersModel::QuantityColumn), 40);
    QVERIFY(m_model->compare(5, 3, OrdersModel::PriceColumn) < 0); // none sorts before a price
    QVERIFY(m_store->details(orders.at(3).id) == nullptr); // never priced from a kept value
    QCOMPARE(m_store->knownDetails(orders.at(3).id), std::optional<StoredDetails>(kept));
    QVERIFY(!m_store->knownDetails(orders.at(5).id));
    QCOMPARE(m_model->index(5, OrdersModel::QuantityColumn).data().toString(), QString());

    // A list row that changes keeps its value on screen, no longer current.
    QVERIFY(m_store->hasCurrentKeptDetails(orders.at(4).id));
    orders[4].tag = QStringLiteral("moved");
    sync(orders);
    QVERIFY(!m_store->hasCurrentKeptDetails(orders.at(4).id));
    QVERIFY(m_store->hasCurrentKeptDetails(orders.at(3).id));
    QCOMPARE(m_model->index(4, OrdersModel::PriceColumn).data().toString(), Money::format(9900));

    // Fresh details replace the kept ones, with the row's changed signal.
    const int before = int(spies.changed.size());
    m_store->setDetails(makeDetails(orders.at(4), 7, 1200));
    QCOMPARE(spies.changed.size(), before + 1);
    QVERIFY(isWholeRows(spies.changed.last(), 4, 4));
    QVERIFY(m_store->keptDetails(orders.at(4).id) == nullptr);
    QCOMPARE(m_model->index(4, OrdersModel::PriceColumn).data().toString(), Money::format(1200));
    QCOMPARE(m_store->knownDetails(orders.at(4).id)->pricePaidCents, std::optional<qint64>(1200));

    // A removed row and a cleared store forget what was kept.
    const qint64 gone = orders.takeAt(3).id;
    sync(orders);
    QVERIFY(!m_store->knownDetails(gone));
    QVERIFY(m_store->keptDetails(orders.at(8).id));
    m_store->clear();
    QVERIFY(m_store->keptDetails(orders.at(8).id) == nullptr);
}

void TestOrdersModel::setDetailsFillsQuantityAndPrice()
{
    QList<Order> orders = simpleOrders(12);
    sync(orders);
    QCOMPARE(m_model->index(6, OrdersModel::QuantityColumn).data().toString(), QString());
    QVERIFY(!m_model->index(6, OrdersModel::PriceColumn).data(OrdersModel::RawValueRole).isValid());

    Spies spies(m_model.get());
    QSignalSpy loaded(m_store.get(), &OrderStore::detailsLoaded);
    m_store->setDetails(makeDetails(orders.at(6), 1250, 123456));

    QCOMPARE(loaded.size(), 1);
    QCOMPARE(spies.changed.size(), 1);
    QVERIFY(isWholeRows(spies.changed.at(0), 6, 6));
    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(m_model->index(6, OrdersModel::QuantityColumn).data().toString(),
             QStringLiteral("1,250"));
    QCOMPARE(m_model->index(6, OrdersModel::PriceColumn).data().toString(),
             Money::format(123456));
    QVERIFY(m_model->index(6, OrdersModel::PriceColumn).data().toString().contains(
        QStringLiteral("1,234.56")));
    const QVariant quantity = m_model->index(6, OrdersModel::QuantityColumn)
                                  .data(OrdersModel::RawValueRole);
    const QVariant price = m_model->index(6, OrdersModel::PriceColumn).data(OrdersModel::RawValueRole);
    QCOMPARE(quantity.typeId(), int(QMetaType::LongLong));
    QCOMPARE(quantity.toLongLong(), 1250);
    QCOMPARE(price.typeId(), int(QMetaType::LongLong));
    QCOMPARE(price.toLongLong(), 123456);
    // Other rows stay without details.
    QCOMPARE(m_model->index(5, OrdersModel::QuantityColumn).data().toString(), QString());

    // Details fresher than the list carry their values into the row.
    OrderDetails newer = makeDetails(orders.at(6), 1250, 123456);
    newer.tag = QStringLiteral("monitoring");
    newer.status = OrderStatus::OnHold;
    m_store->setDetails(newer);
    QCOMPARE(spies.changed.size(), 2);
    QVERIFY(isWholeRows(spies.changed.at(1), 6, 6));
    QCOMPARE(m_model->index(6, OrdersModel::TagColumn).data().toString(),
             QStringLiteral("monitoring"));
    QCOMPARE(m_model->index(6, 0).data(OrdersModel::StatusRole).toInt(), int(OrderStatus::OnHold));
}

void TestOrdersModel::rawValueRoleTypes()
{
    const QDateTime expires = referenceNow().addDays(5);
    sync({makeOrder(9, QStringLiteral("ISP Proxy"), OrderStatus::OnHold, expires, Renew::On,
                    QStringLiteral("seo")),
          makeOrder(10, QStringLiteral("Standart Residential Proxy"), OrderStatus::Active)});
    auto raw = [this](int row, int column) {
        return m_model->index(row, column).data(OrdersModel::RawValueRole);
    };
    QCOMPARE(raw(0, OrdersModel::IdColumn).typeId(), int(QMetaType::LongLong));
    QCOMPARE(raw(0, OrdersModel::IdColumn).toLongLong(), 9);
    QCOMPARE(raw(0, OrdersModel::ExpiresColumn).typeId(), int(QMetaType::LongLong));
    QCOMPARE(raw(0, OrdersModel::ExpiresColumn).toLongLong(), expires.toMSecsSinceEpoch());
    QCOMPARE(raw(0, OrdersModel::StatusColumn).typeId(), int(QMetaType::Int));
    QCOMPARE(raw(0, OrdersModel::StatusColumn).toInt(), int(OrderStatus::OnHold));
    QCOMPARE(raw(0, OrdersModel::ProductColumn).typeId(), int(QMetaType::QString));
    QCOMPARE(raw(0, OrdersModel::TagColumn).toString(), QStringLiteral("seo"));
    QCOMPARE(raw(0, OrdersModel::AutoRenewColumn).typeId(), int(QMetaType::Bool));
    QCOMPARE(m_model->index(0, 3).data(OrdersModel::OrderIdRole).typeId(), int(QMetaType::LongLong));
    QCOMPARE(m_model->index(0, 3).data(OrdersModel::StatusRole).typeId(), int(QMetaType::Int));
    // A lifetime order has no expiry and no auto-renewal: no value rather than a made-up one.
    QVERIFY(!raw(1, OrdersModel::ExpiresColumn).isValid());
    QVERIFY(!raw(1, OrdersModel::AutoRenewColumn).isValid());
    QCOMPARE(m_model->index(1, OrdersModel::ExpiresColumn).data().toString(),
             QStringLiteral("never"));
}

void TestOrdersModel::headerDataForEveryColumn()
{
    QSet<QString> seen;
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!title.isEmpty(), qPrintable(QString::number(column)));
        seen.insert(title);
    }
    QCOMPARE(seen.size(), int(OrdersModel::ColumnCount));
    QCOMPARE(m_model->headerData(OrdersModel::PriceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Price paid"));
}

void TestOrdersModel::displayTexts()
{
    sync({makeOrder(1, QStringLiteral("Datacenter Proxy"), OrderStatus::Active,
                    referenceNow().addDays(20), Renew::On),
          makeOrder(2, QStringLiteral("Datacenter Proxy"), OrderStatus::OnHold,
                    referenceNow().addDays(-1), Renew::Off),
          makeOrder(3, QStringLiteral("Unmetered Residential proxy"), OrderStatus::Cancelled,
                    referenceNow().addDays(-10), Renew::NotApplicable)});
    auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, OrdersModel::StatusColumn), QStringLiteral("Active"));
    QCOMPARE(text(1, OrdersModel::StatusColumn), QStringLiteral("On hold"));
    QCOMPARE(text(2, OrdersModel::StatusColumn), QStringLiteral("Cancelled"));
    QCOMPARE(text(0, OrdersModel::AutoRenewColumn), QStringLiteral("On"));
    QCOMPARE(text(1, OrdersModel::AutoRenewColumn), QStringLiteral("Off"));
    QVERIFY(!text(2, OrdersModel::AutoRenewColumn).isEmpty());
    // The cycle in the words the wizard uses, not the server's raw "monthly".
    QCOMPARE(text(0, OrdersModel::CycleColumn), QStringLiteral("Monthly"));
    // Screen readers get the same words as the screen.
    QCOMPARE(m_model->index(1, OrdersModel::StatusColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("On hold"));
    // On-hold rows explain themselves.
    QVERIFY(m_model->index(1, OrdersModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("three days")));
    // Numbers are right-aligned.
    QCOMPARE(m_model->index(0, OrdersModel::IdColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // The location is unknown until someone sets it.
    QCOMPARE(text(0, OrdersModel::LocationColumn), QString());
    m_store->setLocation(1, QStringLiteral("DE"));
    QCOMPARE(text(0, OrdersModel::LocationColumn), QStringLiteral("DE"));
}

void TestOrdersModel::needsAttention_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("expiresInHours"); // 0: no expiry
    QTest::addColumn<int>("autoRenewal");       // -1: not applicable
    QTest::addColumn<bool>("expected");

    QTest::newRow("active, 2 days, auto-renew off") << int(OrderStatus::Active) << 48LL << 0 << true;
    QTest::newRow("active, 2 days, auto-renew on") << int(OrderStatus::Active) << 48LL << 1 << false;
    QTest::newRow("active, 2 days, no auto-renew") << int(OrderStatus::Active) << 48LL << -1 << true;
    QTest::newRow("active, 6 days") << int(OrderStatus::Active) << 6 * 24LL << 0 << true;
    QTest::newRow("active, 10 days") << int(OrderStatus::Active) << 10 * 24LL << 0 << false;
    QTest::newRow("active, never") << int(OrderStatus::Active) << 0LL << -1 << false;
    QTest::newRow("on hold, 2 days") << int(OrderStatus::OnHold) << 48LL << 0 << false;
    QTest::newRow("cancelled, 2 days") << int(OrderStatus::Cancelled) << 48LL << 0 << false;
}

void TestOrdersModel::needsAttention()
{
    QFETCH(int, status);
    QFETCH(qint64, expiresInHours);
    QFETCH(int, autoRenewal);
    QFETCH(bool, expected);

    const QDateTime expires =
        expiresInHours == 0 ? QDateTime() : referenceNow().addSecs(expiresInHours * 3600);
    const Renew renew = autoRenewal < 0 ? Renew::NotApplicable
                                        : (autoRenewal == 1 ? Renew::On : Renew::Off);
    const Order order = makeOrder(1, QStringLiteral("Datacenter Proxy"), OrderStatus(status),
                                  expires, renew);
    sync({order});
    QCOMPARE(m_model->needsAttention(order), expected);
    QCOMPARE(m_model->index(0, 0).data(OrdersModel::NeedsAttentionRole).toBool(), expected);
    // Rows that need attention stand out: bold ID and a coloured expiry.
    const QVariant font = m_model->index(0, OrdersModel::ExpiresColumn).data(Qt::FontRole);
    QCOMPARE(font.isValid() && font.value<QFont>().bold(), expected);
    if (expected) {
        QVERIFY(m_model->index(0, OrdersModel::ExpiresColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(m_model->index(0, OrdersModel::ExpiresColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .size() > 0);
    }

    // Switching auto-renewal on takes an expiring order out of the warning.
    if (expected && renew != Renew::NotApplicable) {
        Order renewing = order;
        renewing.autoRenewal = true;
        m_store->updateOrder(renewing);
        QVERIFY(!m_model->index(0, 0).data(OrdersModel::NeedsAttentionRole).toBool());
    }
}

void TestOrdersModel::cancelledRowsAreDimmed()
{
    sync({makeOrder(1, QStringLiteral("Datacenter Proxy"), OrderStatus::Cancelled,
                    referenceNow().addDays(-5), Renew::Off),
          makeOrder(2, QStringLiteral("Datacenter Proxy"), OrderStatus::Active,
                    referenceNow().addDays(30), Renew::On)});
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        const QVariant brush = m_model->index(0, column).data(Qt::ForegroundRole);
        QVERIFY2(brush.isValid() && brush.canConvert<QBrush>(), qPrintable(QString::number(column)));
    }
    // An ordinary active row keeps the default text colour.
    QVERIFY(!m_model->index(1, OrdersModel::ProductColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(m_model->index(0, OrdersModel::ProductColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no longer be renewed")));
}

void TestOrdersModel::expiresToolTipShowsLocalDate()
{
    const QDateTime expires(QDate(2030, 3, 18), QTime(23, 30), QTimeZone::utc());
    sync({makeOrder(1, QStringLiteral("Datacenter Proxy"), OrderStatus::Active, expires, Renew::On)});
    const QString tip = m_model->index(0, OrdersModel::ExpiresColumn).data(Qt::ToolTipRole).toString();
    const QDateTime local = expires.toLocalTime();
    QVERIFY2(tip.contains(QLocale().toString(local.date(), QLocale::LongFormat)), qPrintable(tip));
    QVERIFY2(tip.contains(QString::number(local.date().year())), qPrintable(tip));
    // The time of day is there too, in local time (12- or 24-hour, as the locale writes it).
    const int hour = local.time().hour();
    const QString minutes = QStringLiteral(":%1").arg(local.time().minute(), 2, 10, QLatin1Char('0'));
    const QString h24 = QString::number(hour) + minutes;
    const QString h12 = QString::number(hour % 12 == 0 ? 12 : hour % 12) + minutes;
    QVERIFY2(tip.contains(h24) || tip.contains(h12), qPrintable(tip));
    // No tooltip date for an order that never expires.
    sync({makeOrder(2)});
    QVERIFY(!m_model->index(0, OrdersModel::ExpiresColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QString::number(local.date().year())));
}

void TestOrdersModel::relativeExpiryText_data()
{
    QTest::addColumn<qint64>("offsetSecs");
    QTest::addColumn<QString>("prefix");

    // Plural forms come from the English catalogue, which the tests do not load: compare the
    // stable beginning ("in 3 day" of "in 3 days" / "in 3 day(s)").
    QTest::newRow("3 days ahead") << qint64(3 * 86400 + 3600) << QStringLiteral("in 3 day");
    QTest::newRow("exactly 3 days") << qint64(3 * 86400) << QStringLiteral("in 3 day");
    QTest::newRow("5 hours ahead") << qint64(5 * 3600 + 60) << QStringLiteral("in 5 hour");
    QTest::newRow("47 hours ahead") << qint64(47 * 3600) << QStringLiteral("in 47 hour");
    QTest::newRow("10 minutes ahead") << qint64(10 * 60 + 5) << QStringLiteral("in 10 minute");
    QTest::newRow("seconds ahead") << qint64(30) << QStringLiteral("in less than a minute");
    QTest::newRow("2 hours ago") << qint64(-2 * 3600 - 10) << QStringLiteral("2 hour");
    QTest::newRow("4 days ago") << qint64(-4 * 86400 - 10) << QStringLiteral("4 day");
}

void TestOrdersModel::relativeExpiryText()
{
    QFETCH(qint64, offsetSecs);
    QFETCH(QString, prefix);
    sync({makeOrder(1, QStringLiteral("Datacenter Proxy"), OrderStatus::Active,
                    referenceNow().addSecs(offsetSecs), Renew::On)});
    const QString text = m_model->index(0, OrdersModel::ExpiresColumn).data().toString();
    QVERIFY2(text.startsWith(prefix), qPrintable(text + QStringLiteral(" / ") + prefix));
    if (offsetSecs < -60)
        QVERIFY2(text.endsWith(QStringLiteral("ago")), qPrintable(text));
}

void TestOrdersModel::setNowRepaintsOnlyTheExpiryColumn()
{
    sync(simpleOrders(8));
    const QString before = m_model->index(0, OrdersModel::ExpiresColumn).data().toString();
    QVERIFY2(before.startsWith(QStringLiteral("in 10 day")), qPrintable(before));
    Spies spies(m_model.get());
    m_model->setNow(referenceNow().addDays(7));
    QCOMPARE(spies.changed.size(), 1);
    const QList<QVariant> args = spies.changed.at(0);
    QCOMPARE(args.at(0).value<QModelIndex>(), m_model->index(0, OrdersModel::ExpiresColumn));
    QCOMPARE(args.at(1).value<QModelIndex>(), m_model->index(7, OrdersModel::ExpiresColumn));
    QCOMPARE(spies.rowSignals(), 0);
    QCOMPARE(m_model->now(), referenceNow().addDays(7));
    QCOMPARE(m_model->nowMsecs(), referenceNow().addDays(7).toMSecsSinceEpoch());
    const QString after = m_model->index(0, OrdersModel::ExpiresColumn).data().toString();
    QVERIFY2(after.startsWith(QStringLiteral("in 3 day")), qPrintable(after));
    // Three days later without auto-renew would need attention; these renew themselves.
    QVERIFY(!m_model->index(0, 0).data(OrdersModel::NeedsAttentionRole).toBool());
}

void TestOrdersModel::indexOfOrder()
{
    sync(simpleOrders(15, 200));
    const QModelIndex index = m_model->indexOfOrder(207, OrdersModel::TagColumn);
    QVERIFY(index.isValid());
    QCOMPARE(index.row(), 7);
    QCOMPARE(index.column(), int(OrdersModel::TagColumn));
    QVERIFY(!m_model->indexOfOrder(199).isValid());
    QCOMPARE(m_store->rowOf(214), 14);
}

void TestOrdersModel::clearResetsTheModel()
{
    const QList<Order> orders = simpleOrders(10);
    sync(orders);
    m_store->setDetails(makeDetails(orders.at(1), 3, 300));
    Spies spies(m_model.get());
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    m_store->clear();
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_store->details(orders.at(1).id));
    // A sync after a sign-out starts from scratch with one insert.
    spies.inserted.clear();
    sync(orders);
    QCOMPARE(spies.inserted.size(), 1);
    QVERIFY(isRange(spies.inserted.at(0), 0, 9));
}

QTEST_MAIN(TestOrdersModel)
#include "tst_models_orders.moc"
