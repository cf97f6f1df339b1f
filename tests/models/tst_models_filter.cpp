// OrderFilterModel and OrderCategoriesModel over a seeded set of orders: every category, the
// product and tag filters, the search and their combination against brute-force counts written
// from the specification; sorting on typed values; live counts; a filter that follows the store.
// QAbstractItemModelTester (fatal) watches the source, the proxy and the categories model.

#include "modeltestsupport.h"

#include "ordercategoriesmodel.h"
#include "orderfilter.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "services/orderstore.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace ModelTest;
using Category = OrderFilter::Category;

Q_DECLARE_METATYPE(OrderFilter::Category)

namespace {

const QStringList kProducts = {QStringLiteral("Datacenter Proxy"), QStringLiteral("ISP Proxy"),
                               QStringLiteral("Standart Residential Proxy"),
                               QStringLiteral("Unmetered Residential proxy"),
                               QStringLiteral("Mobile Proxy")};
const QStringList kCycles = {QStringLiteral("weekly"), QStringLiteral("monthly"),
                             QStringLiteral("quarterly"), QStringLiteral("yearly")};
// Empty: untagged. Mixed case and non-ASCII on purpose.
const QStringList kTags = {QString(),
                           QString(),
                           QStringLiteral("scraping"),
                           QStringLiteral("client-acme"),
                           QStringLiteral("Client-Globex"),
                           QStringLiteral("тест"),
                           QStringLiteral("ads-vérif"),
                           QStringLiteral("SEO")};
const QStringList kLocations = {QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("NL")};

constexpr qint64 kDayMs = 86400LL * 1000;

// The specification, written independently of OrderFilter.
bool specInCategory(const Order &o, Category c, qint64 nowMs)
{
    switch (c) {
    case Category::All:
        return true;
    case Category::Active:
        return o.status == OrderStatus::Active;
    case Category::OnHold:
        return o.status == OrderStatus::OnHold;
    case Category::Cancelled:
        return o.status == OrderStatus::Cancelled;
    case Category::ExpiringSoon: {
        if (o.status != OrderStatus::Active || !o.expiresAt.isValid())
            return false;
        const qint64 left = o.expiresAt.toMSecsSinceEpoch() - nowMs;
        return left >= 0 && left <= 7 * kDayMs;
    }
    }
    return false;
}

bool specText(const Order &o, const QString &location, const QString &query)
{
    const QString q = query.trimmed().toLower();
    if (q.isEmpty())
        return true;
    return QString::number(o.id).contains(q) || o.productName.toLower().contains(q) ||
           o.cycleName.toLower().contains(q) || o.tag.toLower().contains(q) ||
           location.toLower().contains(q);
}

bool specTag(const Order &o, const QString &tag)
{
    if (tag.isEmpty())
        return true;
    if (tag == OrderFilter::untaggedTag())
        return o.tag.isEmpty();
    return o.tag == tag;
}

} // namespace

class TestOrderFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void categories_data();
    void categories();
    void productFilter();
    void tagFilter_data();
    void tagFilter();
    void textSearch_data();
    void textSearch();
    void combination();
    void settersReportChanges();
    void setFilterSignalsOnlyChanges();
    void narrows();
    void sortByEveryColumn_data();
    void sortByEveryColumn();
    void idsSortNumerically();
    void expirySortsChronologicallyWithNeverLast();
    void moneySortsAsNumbers();
    void statusSortsByStatus();
    void categoryCountsMatchBruteForce_data();
    void categoryCountsMatchBruteForce();
    void proxyFollowsTheStore();
    void expiringSoonFollowsTheClock();
    void mapsOrderIds();
    void categoriesModel();

private:
    int brute(Category category, const QString &product, const QString &tag,
              const QString &text) const;
    void apply(Category category, const QString &product = {}, const QString &tag = {},
               const QString &text = {});
    // Every visible row matches and every hidden one does not.
    void verifyVisibleRows(Category category, const QString &product, const QString &tag,
                           const QString &text) const;
    qint64 typedKeyNumber(const Order &o, int column) const;
    int compareTyped(const Order &a, const Order &b, int column) const;

    QList<Order> m_orders;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrdersModel> m_model;
    std::unique_ptr<OrderFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestOrderFilter::initTestCase()
{
    initApplication("tst_models_filter");
    qRegisterMetaType<OrderFilter::Category>();

    QRandomGenerator random(20300315);
    const QDateTime now = referenceNow();
    // Small ids first: 9 < 10 < 11 < 99 < 100 only as numbers.
    QList<qint64> ids{10, 9, 100, 11, 99};
    for (int i = 0; i < 395; ++i)
        ids.append(100000 + 7 * i);
    for (qint64 id : std::as_const(ids)) {
        const int statusRoll = int(random.bounded(100));
        const OrderStatus status = statusRoll < 55   ? OrderStatus::Active
                                   : statusRoll < 70 ? OrderStatus::OnHold
                                                     : OrderStatus::Cancelled;
        QDateTime expires;
        const bool lifetime = random.bounded(100) < 10;
        if (!lifetime) {
            if (status == OrderStatus::Active) {
                // From one day ago (an active order just past expiry) to 30 days ahead,
                // plus some right at the seven-day edge.
                const int edge = int(random.bounded(20));
                if (edge == 0)
                    expires = now.addMSecs(7 * kDayMs - 1000);
                else if (edge == 1)
                    expires = now.addMSecs(7 * kDayMs + 1000);
                else
                    expires = now.addSecs(qint64(random.bounded(31 * 86400)) - 86400);
            } else {
                expires = now.addSecs(-qint64(random.bounded(40 * 86400)) - 60);
            }
        }
        const int renewRoll = int(random.bounded(3));
        const Renew renew = renewRoll == 0 ? Renew::NotApplicable
                                           : (renewRoll == 1 ? Renew::On : Renew::Off);
        Order o = makeOrder(id, kProducts.at(int(random.bounded(kProducts.size()))), status,
                            expires, renew, kTags.at(int(random.bounded(kTags.size()))),
                            lifetime ? QStringLiteral("lifetime")
                                     : kCycles.at(int(random.bounded(kCycles.size()))));
        m_orders.append(o);
    }
}

void TestOrderFilter::init()
{
    m_store = std::make_unique<OrderStore>();
    m_model = std::make_unique<OrdersModel>(m_store.get());
    m_model->setNow(referenceNow());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxy = std::make_unique<OrderFilterModel>(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Locations are known for some datacenter and ISP orders, details for some orders (so
    // quantity and price have values to sort). Both are set before the rows arrive: each later
    // change would make the testers walk the whole model again.
    for (int i = 0; i < m_orders.size(); i += 3) {
        const Order &o = m_orders.at(i);
        if (o.productName == kProducts.at(0) || o.productName == kProducts.at(1))
            m_store->setLocation(o.id, kLocations.at((i / 3) % kLocations.size()));
    }
    for (int i = 0; i < 40; ++i)
        m_store->setDetails(makeDetails(m_orders.at(i * 7), (i * 37) % 120 + 1,
                                        (i % 2 == 0 ? 900 : 10000) + i));
    m_store->applySync(m_orders);
    m_proxy->sort(OrdersModel::IdColumn, Qt::AscendingOrder);
}

void TestOrderFilter::cleanup()
{
    m_proxyTester.reset();
    m_proxy.reset();
    m_sourceTester.reset();
    m_model.reset();
    m_store.reset();
}

int TestOrderFilter::brute(Category category, const QString &product, const QString &tag,
                           const QString &text) const
{
    int n = 0;
    for (const Order &o : m_store->orders()) {
        if (specInCategory(o, category, m_model->nowMsecs()) &&
            (product.isEmpty() || o.productName == product) && specTag(o, tag) &&
            specText(o, m_store->location(o.id), text))
            ++n;
    }
    return n;
}

void TestOrderFilter::apply(Category category, const QString &product, const QString &tag,
                            const QString &text)
{
    OrderFilter f;
    f.setCategory(category);
    f.setProduct(product);
    f.setTag(tag);
    f.setText(text);
    m_proxy->setFilter(f);
}

void TestOrderFilter::verifyVisibleRows(Category category, const QString &product,
                                        const QString &tag, const QString &text) const
{
    QSet<qint64> visible;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        visible.insert(m_proxy->orderIdAt(row));
    QCOMPARE(visible.size(), m_proxy->rowCount());
    for (const Order &o : m_store->orders()) {
        const bool expected = specInCategory(o, category, m_model->nowMsecs()) &&
                              (product.isEmpty() || o.productName == product) &&
                              specTag(o, tag) && specText(o, m_store->location(o.id), text);
        QVERIFY2(visible.contains(o.id) == expected, qPrintable(QString::number(o.id)));
    }
}

void TestOrderFilter::categories_data()
{
    QTest::addColumn<Category>("category");
    QTest::newRow("All") << Category::All;
    QTest::newRow("Active") << Category::Active;
    QTest::newRow("OnHold") << Category::OnHold;
    QTest::newRow("Cancelled") << Category::Cancelled;
    QTest::newRow("ExpiringSoon") << Category::ExpiringSoon;
}

void TestOrderFilter::categories()
{
    QFETCH(Category, category);
    apply(category);
    const int expected = brute(category, {}, {}, {});
    QVERIFY(expected > 0);
    if (category == Category::All)
        QCOMPARE(expected, int(m_orders.size()));
    QCOMPARE(m_proxy->rowCount(), expected);
    verifyVisibleRows(category, {}, {}, {});
    // The edge cases: an active order already past expiry is not "expiring soon", one a second
    // inside seven days is, one a second beyond is not.
    if (category == Category::ExpiringSoon) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const Order &o = m_model->orderAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            const qint64 left = o.expiresAt.toMSecsSinceEpoch() - m_model->nowMsecs();
            QVERIFY(left >= 0 && left <= 7 * kDayMs);
        }
    }
}

void TestOrderFilter::productFilter()
{
    const QStringList products = m_store->productsInUse();
    QCOMPARE(products.size(), kProducts.size());
    int total = 0;
    for (const QString &product : products) {
        apply(Category::All, product);
        const int expected = brute(Category::All, product, {}, {});
        QVERIFY(expected > 0);
        QCOMPARE(m_proxy->rowCount(), expected);
        verifyVisibleRows(Category::All, product, {}, {});
        total += expected;
    }
    QCOMPARE(total, int(m_orders.size()));
    // A product nobody has shows nothing.
    apply(Category::All, QStringLiteral("Nonexistent Proxy"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestOrderFilter::tagFilter_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("untagged") << OrderFilter::untaggedTag();
    for (const QString &tag : kTags) {
        if (!tag.isEmpty())
            QTest::newRow(qPrintable(tag)) << tag;
    }
}

void TestOrderFilter::tagFilter()
{
    QFETCH(QString, tag);
    QVERIFY(tag == OrderFilter::untaggedTag() || m_store->tagsInUse().contains(tag));
    apply(Category::All, {}, tag);
    const int expected = brute(Category::All, {}, tag, {});
    QVERIFY(expected > 0);
    QCOMPARE(m_proxy->rowCount(), expected);
    verifyVisibleRows(Category::All, {}, tag, {});
    // A tag filter is exact: "SEO" is not "seo" and "client" alone is no tag.
    apply(Category::All, {}, QStringLiteral("client"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestOrderFilter::textSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("onlyIds"); // every match is by id digits

    QTest::newRow("id digits") << QStringLiteral("1007") << false;
    QTest::newRow("whole id") << QStringLiteral("100014") << false;
    QTest::newRow("short id") << QStringLiteral("9") << false;
    QTest::newRow("product lower") << QStringLiteral("datacenter") << false;
    QTest::newRow("product upper") << QStringLiteral("RESIDENTIAL") << false;
    QTest::newRow("cycle") << QStringLiteral("MONTH") << false;
    QTest::newRow("lifetime cycle") << QStringLiteral("lifetime") << false;
    QTest::newRow("tag mixed case") << QStringLiteral("AcMe") << false;
    QTest::newRow("tag cyrillic upper") << QStringLiteral("ТЕСТ") << false;
    QTest::newRow("tag accent") << QStringLiteral("VÉRIF") << false;
    QTest::newRow("location") << QStringLiteral("nl") << false;
    QTest::newRow("surrounding spaces") << QStringLiteral("  globex ") << false;
    QTest::newRow("nothing") << QStringLiteral("zzzz-no-such") << false;
}

void TestOrderFilter::textSearch()
{
    QFETCH(QString, text);
    apply(Category::All, {}, {}, text);
    const int expected = brute(Category::All, {}, {}, text);
    if (!text.startsWith(u'z'))
        QVERIFY2(expected > 0, qPrintable(text));
    QCOMPARE(m_proxy->rowCount(), expected);
    verifyVisibleRows(Category::All, {}, {}, text);
}

void TestOrderFilter::combination()
{
    struct Case
    {
        Category category;
        QString product, tag, text;
    };
    const QList<Case> cases = {
        {Category::Active, kProducts.at(0), {}, QStringLiteral("month")},
        {Category::Active, {}, QStringLiteral("client-acme"), {}},
        {Category::Cancelled, kProducts.at(1), OrderFilter::untaggedTag(), {}},
        {Category::OnHold, {}, {}, QStringLiteral("proxy")},
        {Category::ExpiringSoon, {}, {}, QStringLiteral("10")},
        {Category::All, kProducts.at(3), QStringLiteral("scraping"), QStringLiteral("residential")},
    };
    int nonEmpty = 0;
    for (const Case &c : cases) {
        apply(c.category, c.product, c.tag, c.text);
        const int expected = brute(c.category, c.product, c.tag, c.text);
        nonEmpty += expected > 0 ? 1 : 0;
        QCOMPARE(m_proxy->rowCount(), expected);
        verifyVisibleRows(c.category, c.product, c.tag, c.text);
        QVERIFY(expected <= brute(c.category, {}, {}, {}));
    }
    QVERIFY(nonEmpty >= 4);
    // Back to everything.
    m_proxy->setFilter(OrderFilter());
    QCOMPARE(m_proxy->rowCount(), int(m_orders.size()));
}

void TestOrderFilter::settersReportChanges()
{
    OrderFilter f;
    QCOMPARE(f.category(), Category::All);
    QVERIFY(!f.setCategory(Category::All));
    QVERIFY(f.setCategory(Category::OnHold));
    QVERIFY(!f.setCategory(Category::OnHold));

    QVERIFY(!f.setProduct(QString()));
    QVERIFY(f.setProduct(QStringLiteral("ISP Proxy")));
    QVERIFY(!f.setProduct(QStringLiteral("ISP Proxy")));

    QVERIFY(!f.setTag(QString()));
    QVERIFY(f.setTag(OrderFilter::untaggedTag()));
    QVERIFY(!f.setTag(OrderFilter::untaggedTag()));
    QVERIFY(f.setTag(QStringLiteral("seo")));

    QVERIFY(!f.setText(QString()));
    QVERIFY(f.setText(QStringLiteral("acme")));
    QVERIFY(!f.setText(QStringLiteral("acme")));
    // The search is trimmed: surrounding spaces change nothing.
    QVERIFY(!f.setText(QStringLiteral("  acme ")));
    QCOMPARE(f.text(), QStringLiteral("acme"));
    QVERIFY(f.setText(QStringLiteral("   ")));
    QCOMPARE(f.text(), QString());

    // The untagged marker is nothing a person could type as a tag.
    QVERIFY(!OrderFilter::untaggedTag().isEmpty());
    QCOMPARE(OrderFilter::untaggedTag().at(0).category(), QChar::Other_Control);
}

void TestOrderFilter::setFilterSignalsOnlyChanges()
{
    QSignalSpy changed(m_proxy.get(), &OrderFilterModel::filterChanged);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->setFilter(OrderFilter());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(removed.size() + layout.size() + reset.size(), 0);

    OrderFilter f;
    f.setCategory(Category::Cancelled);
    m_proxy->setFilter(f);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<OrderFilter>().category(), Category::Cancelled);
    QCOMPARE(m_proxy->filter(), f);
    m_proxy->setFilter(f);
    QCOMPARE(changed.size(), 1);
}

void TestOrderFilter::narrows()
{
    OrderFilter broad;
    broad.setCategory(Category::Active);
    broad.setText(QStringLiteral("acm"));
    OrderFilter narrow = broad;
    narrow.setText(QStringLiteral("ACME"));
    QVERIFY(narrow.narrows(broad));
    QVERIFY(!broad.narrows(narrow));
    OrderFilter otherCategory = narrow;
    otherCategory.setCategory(Category::All);
    QVERIFY(!otherCategory.narrows(broad));
    QVERIFY(broad.narrows(broad));
}

qint64 TestOrderFilter::typedKeyNumber(const Order &o, int column) const
{
    switch (column) {
    case OrdersModel::IdColumn:
        return o.id;
    case OrdersModel::StatusColumn:
        return int(o.status);
    case OrdersModel::ExpiresColumn:
        return o.expiresAt.isValid() ? o.expiresAt.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::max();
    case OrdersModel::AutoRenewColumn:
        return o.autoRenewal ? (*o.autoRenewal ? 1 : 0) : -1;
    case OrdersModel::QuantityColumn: {
        const OrderDetails *d = m_store->details(o.id);
        return d && d->quantity ? *d->quantity : -1;
    }
    case OrdersModel::PriceColumn: {
        const OrderDetails *d = m_store->details(o.id);
        return d && d->pricePaidCents ? *d->pricePaidCents : -1;
    }
    default:
        return 0;
    }
}

int TestOrderFilter::compareTyped(const Order &a, const Order &b, int column) const
{
    switch (column) {
    case OrdersModel::ProductColumn:
        return a.productName.compare(b.productName, Qt::CaseInsensitive);
    case OrdersModel::LocationColumn:
        return m_store->location(a.id).compare(m_store->location(b.id), Qt::CaseInsensitive);
    case OrdersModel::CycleColumn:
        return a.cycleName.compare(b.cycleName, Qt::CaseInsensitive);
    case OrdersModel::TagColumn:
        return a.tag.compare(b.tag, Qt::CaseInsensitive);
    default: {
        const qint64 ka = typedKeyNumber(a, column);
        const qint64 kb = typedKeyNumber(b, column);
        return ka < kb ? -1 : (kb < ka ? 1 : 0);
    }
    }
}

void TestOrderFilter::sortByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        const char *name = QMetaEnum::fromType<OrdersModel::Column>().valueToKey(column);
        QTest::addRow("%s ascending", name) << column << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", name) << column << int(Qt::DescendingOrder);
    }
}

void TestOrderFilter::sortByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QVERIFY(m_store->details(m_orders.at(7).id));
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_proxy->rowCount(), int(m_orders.size()));
    const bool ascending = order == Qt::AscendingOrder;
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const Order &prev = m_model->orderAt(m_proxy->mapToSource(m_proxy->index(row - 1, 0)).row());
        const Order &next = m_model->orderAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        const int c = compareTyped(prev, next, column);
        QVERIFY2(ascending ? c <= 0 : c >= 0,
                 qPrintable(QStringLiteral("rows %1 and %2: %3 then %4")
                                .arg(row - 1)
                                .arg(row)
                                .arg(prev.id)
                                .arg(next.id)));
    }
}

void TestOrderFilter::idsSortNumerically()
{
    m_proxy->sort(OrdersModel::IdColumn, Qt::AscendingOrder);
    const QList<qint64> expected{9, 10, 11, 99, 100, 100000};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(m_proxy->orderIdAt(row), expected.at(row));
    m_proxy->sort(OrdersModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->orderIdAt(m_proxy->rowCount() - 1), 9);
    QCOMPARE(m_proxy->orderIdAt(m_proxy->rowCount() - 2), 10);
}

void TestOrderFilter::expirySortsChronologicallyWithNeverLast()
{
    m_proxy->sort(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    const int rows = m_proxy->rowCount();
    int firstNever = -1;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_proxy->index(row, OrdersModel::ExpiresColumn);
        const QVariant raw = index.data(OrdersModel::RawValueRole);
        if (!raw.isValid()) {
            if (firstNever < 0)
                firstNever = row;
            QCOMPARE(index.data().toString(), QStringLiteral("never"));
            continue;
        }
        QVERIFY2(firstNever < 0, "a dated order after an order that never expires");
        QVERIFY(raw.toLongLong() >= previous);
        previous = raw.toLongLong();
    }
    QVERIFY(firstNever > 0);
    // Display strings would have put "in 10 days" before "in 2 days"; dates do not.
    QVERIFY(m_proxy->index(0, OrdersModel::ExpiresColumn).data().toString().endsWith(
        QStringLiteral("ago")));
}

void TestOrderFilter::moneySortsAsNumbers()
{
    // Above every price and quantity set in init(): $9.00 < $15.00 < $100.00 only as numbers.
    m_store->setDetails(makeDetails(m_orders.at(3), 1, 90000));   // $900.00
    m_store->setDetails(makeDetails(m_orders.at(4), 1, 1000000)); // $10,000.00
    m_store->setDetails(makeDetails(m_orders.at(5), 1, 150000));  // $1,500.00
    m_store->setDetails(makeDetails(m_orders.at(6), 1000, 200));  // quantity 1000 vs 900
    m_store->setDetails(makeDetails(m_orders.at(8), 900, 200));
    m_proxy->sort(OrdersModel::PriceColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->orderIdAt(0), m_orders.at(4).id);
    QCOMPARE(m_proxy->orderIdAt(1), m_orders.at(5).id);
    QCOMPARE(m_proxy->orderIdAt(2), m_orders.at(3).id);
    m_proxy->sort(OrdersModel::QuantityColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->orderIdAt(0), m_orders.at(6).id);
    QCOMPARE(m_proxy->orderIdAt(1), m_orders.at(8).id);
}

void TestOrderFilter::statusSortsByStatus()
{
    m_proxy->sort(OrdersModel::StatusColumn, Qt::AscendingOrder);
    const int active = brute(Category::Active, {}, {}, {});
    const int onHold = brute(Category::OnHold, {}, {}, {});
    auto statusAt = [this](int row) {
        return OrderStatus(m_proxy->index(row, 0).data(OrdersModel::StatusRole).toInt());
    };
    QCOMPARE(statusAt(0), OrderStatus::Active);
    QCOMPARE(statusAt(active - 1), OrderStatus::Active);
    QCOMPARE(statusAt(active), OrderStatus::OnHold);
    QCOMPARE(statusAt(active + onHold - 1), OrderStatus::OnHold);
    QCOMPARE(statusAt(active + onHold), OrderStatus::Cancelled);
    // Ties break by id, so the order within a status is predictable.
    QVERIFY(m_proxy->orderIdAt(0) < m_proxy->orderIdAt(1));
}

void TestOrderFilter::categoryCountsMatchBruteForce_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << QString() << QString() << QString();
    QTest::newRow("product") << kProducts.at(0) << QString() << QString();
    QTest::newRow("untagged") << QString() << OrderFilter::untaggedTag() << QString();
    QTest::newRow("tag and text") << QString() << QStringLiteral("client-acme")
                                  << QStringLiteral("month");
    QTest::newRow("text id") << QString() << QString() << QStringLiteral("1002");
}

void TestOrderFilter::categoryCountsMatchBruteForce()
{
    QFETCH(QString, product);
    QFETCH(QString, tag);
    QFETCH(QString, text);
    // The category filter itself does not change the counts of the categories.
    for (Category selected : {Category::All, Category::Cancelled}) {
        apply(selected, product, tag, text);
        const QList<int> counts = m_proxy->categoryCounts();
        QCOMPARE(counts.size(), 5);
        const Category all[] = {Category::All, Category::Active, Category::OnHold,
                                Category::Cancelled, Category::ExpiringSoon};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(counts.at(i), brute(all[i], product, tag, text));
        QCOMPARE(counts.at(0), counts.at(1) + counts.at(2) + counts.at(3));
        QCOMPARE(m_proxy->rowCount(), counts.at(OrderCategoriesModel::rowOf(selected)));
    }
}

void TestOrderFilter::proxyFollowsTheStore()
{
    apply(Category::Active, {}, {}, {});
    m_proxy->sort(OrdersModel::IdColumn, Qt::AscendingOrder);
    int expected = brute(Category::Active, {}, {}, {});
    QCOMPARE(m_proxy->rowCount(), expected);

    // An active order is cancelled on the server: it leaves the view.
    QList<Order> fresh = m_orders;
    qsizetype victim = -1;
    for (qsizetype i = 0; i < fresh.size() && victim < 0; ++i) {
        if (fresh.at(i).status == OrderStatus::Active)
            victim = i;
    }
    QVERIFY(victim >= 0);
    fresh[victim].status = OrderStatus::Cancelled;
    m_store->applySync(fresh);
    --expected;
    QCOMPARE(m_proxy->rowCount(), expected);
    QVERIFY(!m_proxy->indexOfOrder(fresh.at(victim).id).isValid());

    // A new active order appears in its sorted place (id 50 between 11 and 99).
    fresh.append(makeOrder(50, kProducts.at(0), OrderStatus::Active, referenceNow().addDays(3),
                           Renew::Off, QStringLiteral("client-acme")));
    m_store->applySync(fresh);
    ++expected;
    QCOMPARE(m_proxy->rowCount(), expected);
    const QModelIndex added = m_proxy->indexOfOrder(50);
    QVERIFY(added.isValid());
    QVERIFY(m_proxy->orderIdAt(added.row() - 1) < 50);
    QVERIFY(m_proxy->orderIdAt(added.row() + 1) > 50);

    // Removal on the server.
    fresh.removeLast();
    m_store->applySync(fresh);
    --expected;
    QCOMPARE(m_proxy->rowCount(), expected);

    // A search follows edits too: a tag set later makes the row match.
    apply(Category::All, {}, {}, QStringLiteral("brand-new-tag"));
    QCOMPARE(m_proxy->rowCount(), 0);
    Order tagged = fresh.at(10);
    tagged.tag = QStringLiteral("Brand-New-Tag");
    m_store->updateOrder(tagged);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->orderIdAt(0), tagged.id);

    // An edit that changes the sort key moves the row.
    apply(Category::All);
    m_proxy->sort(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    Order earliest = fresh.at(20);
    earliest.expiresAt = referenceNow().addYears(-5);
    m_store->updateOrder(earliest);
    QCOMPARE(m_proxy->orderIdAt(0), earliest.id);

    // A store cleared on sign-out empties the view.
    m_store->clear();
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->categoryCounts(), QList<int>({0, 0, 0, 0, 0}));
}

void TestOrderFilter::expiringSoonFollowsTheClock()
{
    apply(Category::ExpiringSoon);
    QCOMPARE(m_proxy->rowCount(), brute(Category::ExpiringSoon, {}, {}, {}));
    // Ten days later other orders expire within the week; the view follows the clock.
    m_model->setNow(referenceNow().addDays(10));
    const int later = brute(Category::ExpiringSoon, {}, {}, {});
    QCOMPARE(m_proxy->categoryCounts().at(4), later);
    QCOMPARE(m_proxy->rowCount(), later);
    verifyVisibleRows(Category::ExpiringSoon, {}, {}, {});
}

void TestOrderFilter::mapsOrderIds()
{
    apply(Category::OnHold);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 id = m_proxy->orderIdAt(row);
        QCOMPARE(m_proxy->indexOfOrder(id).row(), row);
        QCOMPARE(m_proxy->indexOfOrder(id, OrdersModel::TagColumn).column(),
                 int(OrdersModel::TagColumn));
    }
    // Hidden and unknown orders have no proxy index; a row past the end has no id.
    apply(Category::Active);
    for (const Order &o : std::as_const(m_orders)) {
        if (o.status != OrderStatus::Active) {
            QVERIFY(!m_proxy->indexOfOrder(o.id).isValid());
            break;
        }
    }
    QVERIFY(!m_proxy->indexOfOrder(424242).isValid());
    QCOMPARE(m_proxy->orderIdAt(m_proxy->rowCount()), 0);
}

void TestOrderFilter::categoriesModel()
{
    OrderCategoriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 5);
    const Category all[] = {Category::All, Category::Active, Category::OnHold, Category::Cancelled,
                            Category::ExpiringSoon};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(OrderCategoriesModel::categoryAt(row), all[row]);
        QCOMPARE(OrderCategoriesModel::rowOf(all[row]), row);
        QCOMPARE(model.index(row).data(OrderCategoriesModel::CategoryRole).toInt(), int(all[row]));
        QCOMPARE(model.index(row).data(OrderCategoriesModel::CountRole).toInt(), 0);
        QVERIFY(!OrderCategoriesModel::label(all[row]).isEmpty());
    }

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_proxy->setFilter(OrderFilter());
    const QList<int> counts = m_proxy->categoryCounts();
    model.setCounts(counts);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(4));
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.index(row).data(OrderCategoriesModel::CountRole).toInt(), counts.at(row));
        const QString text = model.index(row).data().toString();
        QVERIFY2(text.startsWith(OrderCategoriesModel::label(all[row])), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(counts.at(row))), qPrintable(text));
        QVERIFY(!model.index(row).data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    QCOMPARE(model.index(0).data().toString(),
             QStringLiteral("All orders (%1)").arg(m_orders.size()));

    // The same counts again, or a list of the wrong size, change nothing.
    model.setCounts(counts);
    model.setCounts({1, 2, 3});
    QCOMPARE(changed.size(), 1);
    model.setCounts({7, 3, 2, 2, 1});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Active (3)"));
    // Out of range rows fall back to All.
    QCOMPARE(OrderCategoriesModel::categoryAt(17), Category::All);
}

QTEST_MAIN(TestOrderFilter)
#include "tst_models_filter.moc"
