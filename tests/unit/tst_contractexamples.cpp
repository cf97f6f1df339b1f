// Every example answer of the contract (OpenAPI 1.1.0) and of the provider's Russian page (the
// seed) is a committed fixture in tests/fixtures/contract/ (see the README there); each one is
// read by the client's parser for that endpoint and must give the values the example states,
// field by field. Error examples go through the function that takes the server's words out of a
// body. A fixture without an expectation here fails allFixturesHaveExpectations().

#include "domain/apierror.h"
#include "domain/account.h"
#include "domain/actionresult.h"
#include "domain/cyclechangeresult.h"
#include "domain/orderdetails.h"
#include "domain/orderspage.h"
#include "domain/pricequote.h"
#include "domain/productcatalog.h"
#include "domain/proxylist.h"
#include "domain/purchaseresult.h"
#include "domain/stockentry.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

#include <optional>
#include <type_traits>

#ifndef SHARDDESK_CONTRACT_FIXTURES
#error "SHARDDESK_CONTRACT_FIXTURES (the fixture folder) must be defined by the build"
#endif

using namespace Qt::StringLiterals;

namespace {

// ---- the expected values, keyed by fixture file name ------------------------------------------

// The contract gives no date; the fixture generator counts days from this one (UTC, "Z").
QDateTime utc(int day)
{
    return QDateTime(QDate(2026, 1, day), QTime(10, 0), Qt::UTC);
}

// Expectations are plain values in structs of their own, not the client's types: the client is
// free to make a field optional or fractional, the example's value stays what it is.
struct ExpectedAccount
{
    QString email;
    qint64 activeOrders;
    qint64 walletBalanceCents;
};

const QHash<QString, ExpectedAccount> &accounts()
{
    static const QHash<QString, ExpectedAccount> table{
        {u"get-user-api-me-200.json"_s, ExpectedAccount{u"email-1"_s, 2, 3}},
        {u"seed-get-user-api-me-200.json"_s, ExpectedAccount{u"email-1"_s, 2, 3}},
    };
    return table;
}

struct ExpectedPage
{
    QList<Order> orders;
    std::optional<qint64> count;
    QString prev;
    QString next;
};

using TestSupport::order; // the tab the test lists a page under is Active

// std::nullopt here and below: the example shows no usable body and must be refused (see
// refused()).
const QHash<QString, std::optional<ExpectedPage>> &pages()
{
    static const QHash<QString, std::optional<ExpectedPage>> table{
        {u"get-user-api-orders-200.json"_s,
         ExpectedPage{{order(1, 2, u"product_name-3"_s, 4, u"cycle_name-5"_s, utc(2), true,
                             u"tag-6"_s),
                       order(7, 8, u"product_name-9"_s, 10, u"cycle_name-11"_s, utc(3), true,
                             u"tag-12"_s)},
                      13,
                      u"prev-14"_s,
                      u"next-15"_s}},
        // The page lists success, count, prev and next; the `orders` list (required by the
        // contract) is collapsed in its rendering. Without it the answer is not a page.
        {u"seed-get-user-api-orders-200.json"_s, std::nullopt},
    };
    return table;
}

struct ExpectedDetails
{
    qint64 id;
    QString productName;
    QString cycleName;
    qint64 quantity;
    qint64 pricePaidCents;
    qint64 addonsPricePaidCents;
    QString statusText;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString promoCode;
    bool autoRenewal;
    QString tag;
};

// std::nullopt: the answer cannot be used (no order, so no order_id) and must be refused.
const QHash<QString, std::optional<ExpectedDetails>> &detailsOfOrders()
{
    static const QHash<QString, std::optional<ExpectedDetails>> table{
        {u"get-user-api-orders-id-200.json"_s,
         ExpectedDetails{1, u"product_name-2"_s, u"cycle_name-3"_s, 4, 5, 6, u"status-20"_s,
                         utc(2), utc(3), u"promo_code-21"_s, true, u"tag-22"_s}},
        // The page shows only `success`: the `order` object (required by the contract) is
        // collapsed in its rendering, and an order cannot be read without its order_id.
        {u"seed-get-user-api-orders-id-200.json"_s, std::nullopt},
    };
    return table;
}

const QHash<QString, std::optional<QList<Product>>> &catalogues()
{
    auto product = [](const QString &name, const QString &description, const QString &location,
                      const QStringList &cycles) {
        Product p;
        p.name = name;
        p.description = description;
        p.kind = ProductKind::Other;
        p.offers = {ProductOffer{location, cycles}};
        return p;
    };
    static const QHash<QString, std::optional<QList<Product>>> table{
        {u"get-user-api-proxies-products-200.json"_s,
         QList<Product>{product(u"name-1"_s, u"description-2"_s, u"location-3"_s,
                                {u"cycles-4"_s, u"cycles-5"_s}),
                        product(u"name-6"_s, u"description-7"_s, u"location-8"_s,
                                {u"cycles-9"_s, u"cycles-10"_s})}},
        // The page shows only `success`: the `products` list (required by the contract) is
        // collapsed in its rendering. Without it there is no catalogue to show.
        {u"seed-get-user-api-proxies-products-200.json"_s, std::nullopt},
    };
    return table;
}

const QHash<QString, QList<StockEntry>> &stocks()
{
    static const QHash<QString, QList<StockEntry>> table{
        {u"get-user-api-proxies-available-count-200.json"_s,
         {StockEntry{u"country-1"_s, u"product-2"_s, 3},
          StockEntry{u"country-4"_s, u"product-5"_s, 6}}},
        {u"seed-get-user-api-proxies-available-count-200.json"_s,
         {StockEntry{u"country-1"_s, u"product-2"_s, 3}}},
    };
    return table;
}

struct ExpectedQuote
{
    qint64 originalCents;
    qint64 finalCents;
    double discountPercent;
    qint64 addonsCents;
    qint64 totalCents;
};

const QHash<QString, ExpectedQuote> &quotes()
{
    static const QHash<QString, ExpectedQuote> table{
        {u"get-user-api-orders-calculate-200.json"_s, ExpectedQuote{1, 2, 3, 4, 6}},
    };
    return table;
}

struct ExpectedPurchase
{
    qint64 orderId;
    QString message;
};

const QHash<QString, ExpectedPurchase> &purchases()
{
    static const QHash<QString, ExpectedPurchase> table{
        {u"post-user-api-orders-purchase-200.json"_s,
         ExpectedPurchase{1, u"Order paid successfully"_s}},
        {u"seed-post-user-api-orders-purchase-200.json"_s,
         ExpectedPurchase{1, u"Order paid successfully"_s}},
    };
    return table;
}

// The message of a successful action.
const QHash<QString, QString> &actions()
{
    static const QHash<QString, QString> table{
        {u"post-user-api-orders-id-renew-200.json"_s, u"Order renewed successfully"_s},
        {u"post-user-api-orders-id-tag-200.json"_s, u"Order tag updated"_s},
        {u"post-user-api-orders-edit-auto-renewal-order_id-200.json"_s, u"message-1"_s},
        {u"seed-post-user-api-orders-id-renew-200.json"_s, QString()},
        {u"seed-post-user-api-orders-id-tag-200.json"_s, QString()},
        {u"seed-post-user-api-orders-edit-auto-renewal-order_id-200.json"_s, u"message-1"_s},
    };
    return table;
}

struct ExpectedCycleChange
{
    QString message;
    std::optional<qint64> orderId;
    std::optional<qint64> originalCents;
    std::optional<qint64> finalCents;
    std::optional<double> discountPercent;
};

const QHash<QString, ExpectedCycleChange> &cycleChanges()
{
    static const QHash<QString, ExpectedCycleChange> table{
        {u"post-user-api-orders-change-billing-cycle-order_id-200.json"_s,
         ExpectedCycleChange{u"message-1"_s, 2, 3, 4, 5}},
        // The page (1.0.0) shows success, message and an `order` object, none of the 1.1.0
        // price fields: only the message is stated.
        {u"seed-post-user-api-orders-change-billing-cycle-order_id-200.json"_s,
         ExpectedCycleChange{u"message-1"_s, std::nullopt, std::nullopt, std::nullopt,
                             std::nullopt}},
    };
    return table;
}

struct ExpectedProxy
{
    QString ip;
    QString username;
    QString password;
    int httpPort;
    int socksPort;
    QString until;
    QString status;
    QString signature;
};

struct ExpectedProxies
{
    QList<ExpectedProxy> proxies;
    QString orderTag;
};

const QHash<QString, ExpectedProxies> &proxyLists()
{
    static const QHash<QString, ExpectedProxies> table{
        {u"get-user-api-proxies-active-200.json"_s,
         ExpectedProxies{{ExpectedProxy{u"ip-1"_s, u"username-2"_s, u"password-3"_s, 4, 5,
                                        u"2026-01-02T10:00:00Z"_s, u"status-6"_s,
                                        u"signature-7"_s},
                          ExpectedProxy{u"ip-8"_s, u"username-9"_s, u"password-10"_s, 11, 12,
                                        u"2026-01-03T10:00:00Z"_s, u"status-13"_s,
                                        u"signature-14"_s}},
                         u"order_tag-15"_s}},
    };
    return table;
}

// `{"success": false, "message": ...}` with the message the server's words must be.
const QHash<QString, QString> &errorBodies()
{
    static const QHash<QString, QString> table{
        {u"post-user-api-orders-purchase-400.json"_s, u"message-1"_s},
        {u"post-user-api-orders-purchase-401.json"_s, u"message-1"_s},
        {u"get-user-api-orders-calculate-400.json"_s, u"message-1"_s},
        {u"get-user-api-orders-calculate-401.json"_s, u"message-1"_s},
        {u"post-user-api-orders-change-billing-cycle-order_id-400.json"_s, u"message-1"_s},
        {u"post-user-api-orders-change-billing-cycle-order_id-401.json"_s, u"message-1"_s},
        {u"post-user-api-orders-change-billing-cycle-order_id-403.json"_s, u"message-1"_s},
        {u"post-user-api-orders-edit-auto-renewal-order_id-400.json"_s, u"message-1"_s},
        {u"post-user-api-orders-edit-auto-renewal-order_id-401.json"_s, u"message-1"_s},
        {u"get-user-api-proxies-active-403.json"_s, u"message-1"_s},
        {u"post-user-api-orders-id-renew-400.json"_s, u"message-1"_s},
    };
    return table;
}

// ---- helpers ----------------------------------------------------------------------------------

QString fixturePath(const QString &name)
{
    return QStringLiteral(SHARDDESK_CONTRACT_FIXTURES) + u'/' + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the contract fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonDocument fixture(const QString &name)
{
    return TestSupport::doc(fixtureBytes(name));
}

// One spelling for a value whatever type the client keeps it in (qint64 or double, plain or
// std::optional), so that QCOMPARE(text(parsed), text(expected)) checks the value itself.
QString text(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

template <typename T>
    requires std::is_arithmetic_v<T>
QString text(T value)
{
    return QString::number(double(value), 'g', 17);
}

template <typename T>
QString text(const std::optional<T> &value)
{
    return value ? text(*value) : u"(none)"_s;
}

// Rows the parser left out as unreadable: none in a contract example.
template <typename Parsed>
int skippedRows(const Parsed &parsed)
{
    if constexpr (requires { parsed.skipped.count(); })
        return parsed.skipped.count();
    else if constexpr (requires { parsed.skipped().count(); })
        return parsed.skipped().count();
    else
        return 0;
}

// An answer that must be refused: a Protocol error, never an empty success.
template <typename T>
void verifyRefused(const ApiResult<T> &result)
{
    QVERIFY2(!result.ok(), "an answer without its required list or object was accepted");
    QCOMPARE(result.error().kind(), ApiError::Kind::Protocol);
}

template <typename T>
void addRows(const QHash<QString, T> &table)
{
    QTest::addColumn<QString>("file");
    QStringList names = table.keys();
    names.sort();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

} // namespace

class TestContractExamples : public QObject
{
    Q_OBJECT

private slots:
    void allFixturesHaveExpectations();

    void account_data() { addRows(accounts()); }
    void account();
    void ordersPage_data() { addRows(pages()); }
    void ordersPage();
    void orderDetails_data() { addRows(detailsOfOrders()); }
    void orderDetails();
    void productCatalog_data() { addRows(catalogues()); }
    void productCatalog();
    void stock_data() { addRows(stocks()); }
    void stock();
    void priceQuote_data() { addRows(quotes()); }
    void priceQuote();
    void purchaseResult_data() { addRows(purchases()); }
    void purchaseResult();
    void actionResult_data() { addRows(actions()); }
    void actionResult();
    void cycleChangeResult_data() { addRows(cycleChanges()); }
    void cycleChangeResult();
    void proxyList_data() { addRows(proxyLists()); }
    void proxyList();
    void errorBody_data() { addRows(errorBodies()); }
    void errorBody();
};

void TestContractExamples::allFixturesHaveExpectations()
{
    QStringList expected;
    expected << accounts().keys() << pages().keys() << detailsOfOrders().keys()
             << catalogues().keys() << stocks().keys() << quotes().keys() << purchases().keys()
             << actions().keys() << cycleChanges().keys() << proxyLists().keys()
             << errorBodies().keys();
    expected.sort();
    const QStringList present =
        QDir(QStringLiteral(SHARDDESK_CONTRACT_FIXTURES))
            .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!present.isEmpty(), "no fixtures found in " SHARDDESK_CONTRACT_FIXTURES);
    QCOMPARE(present, expected);
}

void TestContractExamples::account()
{
    QFETCH(QString, file);
    const ExpectedAccount expected = accounts().value(file);
    const auto result = Account::fromJson(fixture(file));
    SD_VERIFY_OK(result);
    const Account &a = result.value();
    QCOMPARE(a.email, expected.email);
    QCOMPARE(text(a.activeOrders), text(expected.activeOrders));
    QCOMPARE(text(a.walletBalanceCents), text(expected.walletBalanceCents));
}

void TestContractExamples::ordersPage()
{
    QFETCH(QString, file);
    const std::optional<ExpectedPage> wanted = pages().value(file);
    const auto result = OrdersPage::fromJson(fixture(file), OrderStatus::Active);
    if (!wanted) {
        verifyRefused(result);
        return;
    }
    const ExpectedPage &expected = *wanted;
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QCOMPARE(skippedRows(page), 0);
    QCOMPARE(text(page.count), text(expected.count));
    QCOMPARE(page.prev, expected.prev);
    QCOMPARE(page.next, expected.next);
    QCOMPARE(page.hasNext(), !expected.next.isEmpty());
    QCOMPARE(page.orders.size(), expected.orders.size());
    for (qsizetype i = 0; i < expected.orders.size(); ++i) {
        const Order &got = page.orders.at(i);
        const Order &want = expected.orders.at(i);
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.productId, want.productId);
        QCOMPARE(got.productName, want.productName);
        QCOMPARE(got.cycleId, want.cycleId);
        QCOMPARE(got.cycleName, want.cycleName);
        QCOMPARE(got.expiresAt, want.expiresAt);
        QCOMPARE(got.expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(text(got.autoRenewal), text(want.autoRenewal));
        QCOMPARE(got.tag, want.tag);
        QCOMPARE(got.status, want.status);
    }
}

void TestContractExamples::orderDetails()
{
    QFETCH(QString, file);
    const std::optional<ExpectedDetails> expected = detailsOfOrders().value(file);
    const auto result = OrderDetails::fromJson(fixture(file));
    if (!expected) {
        verifyRefused(result);
        return;
    }
    SD_VERIFY_OK(result);
    const OrderDetails &got = result.value();
    QCOMPARE(got.id, expected->id);
    QCOMPARE(got.productName, expected->productName);
    QCOMPARE(got.cycleName, expected->cycleName);
    QCOMPARE(text(got.quantity), text(expected->quantity));
    QCOMPARE(text(got.pricePaidCents), text(expected->pricePaidCents));
    QCOMPARE(text(got.addonsPricePaidCents), text(expected->addonsPricePaidCents));
    QCOMPARE(got.statusText, expected->statusText);
    QCOMPARE(got.status, OrderStatuses::fromApiName(expected->statusText));
    QCOMPARE(got.createdAt, expected->createdAt);
    QCOMPARE(got.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(got.expiresAt, expected->expiresAt);
    QCOMPARE(got.expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(got.promoCode, expected->promoCode);
    QCOMPARE(text(got.autoRenewal), text(expected->autoRenewal));
    QCOMPARE(got.tag, expected->tag);
    if (file == u"get-user-api-orders-id-200.json") {
        // The generated example's add-on lines: both cancelled at renewal, so the next period
        // costs the base price alone.
        QCOMPARE(got.addons.size(), 2);
        QCOMPARE(got.addons.at(0).key, u"addon_key-7"_s);
        QCOMPARE(got.addons.at(0).catalogId, std::optional<qint64>(8));
        QCOMPARE(got.addons.at(0).quantity, std::optional<qint64>(9));
        QCOMPARE(got.addons.at(0).pricePerUnitCents, std::optional<qint64>(10));
        QCOMPARE(got.addons.at(1).pending, AddonLine::Pending::Cancel);
        QCOMPARE(got.p0fSlotsAvailable, std::optional<qint64>(17));
        QCOMPARE(got.p0fSlotsUsed, std::optional<qint64>(18));
        QCOMPARE(got.p0fSlotsNext, std::optional<qint64>(19));
        QCOMPARE(got.renewalEstimateCents(), std::optional<qint64>(5));
    }
}

void TestContractExamples::productCatalog()
{
    QFETCH(QString, file);
    const std::optional<QList<Product>> wanted = catalogues().value(file);
    const auto result = ProductCatalog::fromJson(fixture(file));
    if (!wanted) {
        verifyRefused(result);
        return;
    }
    const QList<Product> &expected = *wanted;
    SD_VERIFY_OK(result);
    QCOMPARE(skippedRows(result.value()), 0);
    const QList<Product> &got = result.value().products();
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(got.at(i).name, expected.at(i).name);
        QCOMPARE(got.at(i).description, expected.at(i).description);
        QCOMPARE(got.at(i).kind, expected.at(i).kind);
        QCOMPARE(got.at(i).locations(), expected.at(i).locations());
        QCOMPARE(got.at(i).offers.size(), expected.at(i).offers.size());
        for (qsizetype j = 0; j < expected.at(i).offers.size(); ++j) {
            QCOMPARE(got.at(i).offers.at(j).location, expected.at(i).offers.at(j).location);
            QCOMPARE(got.at(i).offers.at(j).cycles, expected.at(i).offers.at(j).cycles);
        }
    }
}

void TestContractExamples::stock()
{
    QFETCH(QString, file);
    const QList<StockEntry> expected = stocks().value(file);
    const auto result = StockEntry::listFromJson(fixture(file));
    SD_VERIFY_OK(result);
    const QList<StockEntry> &got = result.value();
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(got.at(i).country, expected.at(i).country);
        QCOMPARE(got.at(i).productCode, expected.at(i).productCode);
        QCOMPARE(got.at(i).amount, expected.at(i).amount);
    }
}

void TestContractExamples::priceQuote()
{
    QFETCH(QString, file);
    const ExpectedQuote expected = quotes().value(file);
    const auto result = PriceQuote::fromJson(fixture(file));
    SD_VERIFY_OK(result);
    const PriceQuote &got = result.value();
    QCOMPARE(text(got.originalCents), text(expected.originalCents));
    QCOMPARE(text(got.finalCents), text(expected.finalCents));
    QCOMPARE(text(got.discountPercent), text(expected.discountPercent));
    QCOMPARE(text(got.addonsCents), text(expected.addonsCents));
    QCOMPARE(text(got.totalCents), text(expected.totalCents));
}

void TestContractExamples::purchaseResult()
{
    QFETCH(QString, file);
    const ExpectedPurchase expected = purchases().value(file);
    const auto result = PurchaseResult::fromJson(fixture(file));
    SD_VERIFY_OK(result);
    QCOMPARE(text(result.value().orderId), text(expected.orderId));
    QCOMPARE(result.value().message, expected.message);
}

void TestContractExamples::actionResult()
{
    QFETCH(QString, file);
    const QString expected = actions().value(file);
    const auto result = ActionResult::fromJson(fixture(file));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().message, expected);
}

void TestContractExamples::cycleChangeResult()
{
    QFETCH(QString, file);
    const ExpectedCycleChange expected = cycleChanges().value(file);
    const auto result = CycleChangeResult::fromJson(fixture(file));
    SD_VERIFY_OK(result);
    const CycleChangeResult &got = result.value();
    QCOMPARE(got.message, expected.message);
    QCOMPARE(text(got.orderId), text(expected.orderId));
    QCOMPARE(text(got.originalCents), text(expected.originalCents));
    QCOMPARE(text(got.finalCents), text(expected.finalCents));
    QCOMPARE(text(got.discountPercent), text(expected.discountPercent));
}

void TestContractExamples::proxyList()
{
    QFETCH(QString, file);
    const ExpectedProxies expected = proxyLists().value(file);
    const auto result = ProxyList::fromJson(fixture(file));
    SD_VERIFY_OK(result);
    const ProxyList &got = result.value();
    QCOMPARE(skippedRows(got), 0);
    QCOMPARE(got.orderTag, expected.orderTag);
    QCOMPARE(got.proxies.size(), expected.proxies.size());
    for (qsizetype i = 0; i < expected.proxies.size(); ++i) {
        const ActiveProxy &p = got.proxies.at(i);
        const ExpectedProxy &want = expected.proxies.at(i);
        QCOMPARE(p.ip, want.ip);
        QCOMPARE(p.username, want.username);
        QCOMPARE(p.password, want.password);
        QCOMPARE(p.httpPort, want.httpPort);
        QCOMPARE(p.socksPort, want.socksPort);
        QCOMPARE(p.until, want.until);
        QCOMPARE(p.status, want.status);
        QCOMPARE(p.signature, want.signature);
    }
}

void TestContractExamples::errorBody()
{
    QFETCH(QString, file);
    const QByteArray body = fixtureBytes(file);
    // The example is the contract's ApiError: success false and a message.
    const QJsonObject object = fixture(file).object();
    QCOMPARE(object.value(u"success"_s), QJsonValue(false));
    QCOMPARE(ApiError::serverWords(body, QByteArrayLiteral("application/json")),
             errorBodies().value(file));
}

QTEST_GUILESS_MAIN(TestContractExamples)
#include "tst_contractexamples.moc"
