// ApiClient against the in-process MockServer over loopback HTTP: every typed call, its values
// compared with the server's own state, the headers and bodies the server received, and the
// client's safety rules (no key over plain HTTP to another host, no key in error messages, no
// callback after its context is gone).

#include "domain/serveraddress.h"
#include "integrationsupport.h"
#include "serverrecords.h"

#include "domain/bandwidthrequest.h"
#include "domain/purchaserequest.h"

#include "mockcatalog.h"
#include "mockresidentialpools.h"
#include "mockstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

namespace {

const QString kSecretKey = u"sk-live-7f3Qx9SECRETk2Lw"_s;

std::optional<MockOrder::Status> mockStatusFor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Active:
        return MockOrder::Status::Active;
    case OrderStatus::OnHold:
        return MockOrder::Status::OnHold;
    case OrderStatus::Cancelled:
        return MockOrder::Status::Cancelled;
    case OrderStatus::Unknown:
        break;
    }
    return std::nullopt;
}

QJsonObject bodyObject(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

// The price the mock charges for a request (unit price × quantity, minus the promo).
qint64 expectedPrice(const MockServer &server, const QString &product, const QString &location,
                     const QString &cycle, int quantity, const QString &promo)
{
    const MockProduct *p = server.backend().catalog().product(product);
    if (!p)
        return -1;
    const QString effectiveCycle = cycle.isEmpty() ? p->cycles(QString()).value(0) : cycle;
    int percent = 0;
    if (!promo.isEmpty()) {
        const auto code = server.backend().catalog().promo(promo);
        if (code && code->appliesTo(effectiveCycle))
            percent = code->percent;
    }
    return MockCatalog::applyDiscount(p->unitPrice(location, effectiveCycle) * quantity, percent);
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void me();
    void products();
    void stock();
    void ordersPage_data();
    void ordersPage();
    void orderDetails();
    void orderDetailsNotFound();
    void quote_data();
    void quote();
    void quoteOnOldServerIsNotFound();
    void purchase_data();
    void purchase();
    void purchaseInvalidIsNeverSent();
    void purchaseRefusedCarriesServerMessage_data();
    void purchaseRefusedCarriesServerMessage();
    void renew();
    void renewActiveOrderRefused();
    void setTag();
    void clearTag();
    void changeBillingCycle();
    void changeBillingCycleForbidden();
    void setAutoRenewal_data();
    void setAutoRenewal();
    void activeProxies();
    void activeProxiesForbiddenForResidential();
    void healthLive();
    void headersOfEveryCall();
    void wrongKeyIsUnauthorized();
    void apiKeyInNoErrorMessage();
    void insecureBaseUrlRefused_data();
    void insecureBaseUrlRefused();
    void loopbackHttpAllowed();
    void noCallbackAfterContextDeleted();
    void noCallbackWhenContextDeletedBeforeRetry();
    void destroyingTheClientWithCallsInFlight();
    // Issue 15: the residential calls.
    void renameIsOnePatch();
    void deleteIsOneDelete();
    void unsafeSubUserIdIsNeverSent();
    void residentialWritesAreNeverRetried_data();
    void residentialWritesAreNeverRetried();
    void subUsersPageIsRetried();

private:
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_client = std::make_unique<ApiClient>();
    attach(*m_client, *m_server);
}

void TestApiClient::cleanup()
{
    m_client.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

void TestApiClient::me()
{
    const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const Account &a = r->value();
    // The Realistic profile answers "email": null.
    QCOMPARE(a.email, m_server->isRealistic() ? QString() : m_server->backend().state().email());
    QCOMPARE(a.walletBalanceCents, m_server->balanceCents());
    QCOMPARE(a.activeOrders,
             qint64(m_server->backend().state().countWithStatus(MockOrder::Status::Active)));
    QVERIFY(a.activeOrders > 0);
}

void TestApiClient::products()
{
    const auto r = await<ProductCatalog>(
        [this](QObject *ctx, auto cb) { m_client->products(ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const QList<MockProduct> &expected = m_server->backend().catalog().products();
    QList<Product> got = r->value().products();
    // The Realistic profile adds a row with cycles and description null, which is not in the
    // catalogue: shown or not, every other product must be there as in Strict.
    if (m_server->isRealistic()) {
        got.removeIf([](const Product &p) {
            return p.name == QLatin1String(MockBackend::RealisticRules::kOddProductName);
        });
    }
    // The per-location rows are merged: one product per name, in the server's order.
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const MockProduct &e = expected.at(i);
        const Product &p = got.at(i);
        QCOMPARE(p.name, e.name);
        QCOMPARE(p.description, e.description);
        QCOMPARE(p.kind, ProductKinds::fromName(e.name));
        if (e.hasLocations()) {
            QCOMPARE(p.locations(), e.locations);
            for (const QString &loc : e.locations)
                QCOMPARE(p.cyclesFor(loc), e.cycles(loc));
        } else {
            QCOMPARE(p.offers.size(), 1);
            QVERIFY(p.offers.first().location.isEmpty());
            QCOMPARE(p.offers.first().cycles, e.cycles(QString()));
        }
    }
}

void TestApiClient::stock()
{
    const auto r = await<QList<StockEntry>>(
        [this](QObject *ctx, auto cb) { m_client->stock(ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const QList<StockEntry> &rows = r->value();
    // The Realistic profile adds a row with a product code this client does not know.
    const bool realistic = m_server->isRealistic();
    QCOMPARE(rows.size(), m_server->backend().catalog().stock().size() + (realistic ? 1 : 0));
    bool sawSoldOut = false;
    for (const StockEntry &e : rows) {
        if (realistic &&
            e.productCode == QLatin1String(MockBackend::RealisticRules::kUnknownStockCode)) {
            QCOMPARE(e.amount, qint64(MockBackend::RealisticRules::kUnknownStockAmount));
            continue;
        }
        QCOMPARE(e.amount, qint64(m_server->stock(e.country, e.productCode)));
        sawSoldOut = sawSoldOut || e.amount == 0;
    }
    QVERIFY(sawSoldOut);

    // A change on the server shows in the next answer.
    m_server->setStock(u"DE"_s, u"dc"_s, 7);
    const auto again = await<QList<StockEntry>>(
        [this](QObject *ctx, auto cb) { m_client->stock(ctx, cb); });
    QVERIFY(again && again->ok());
    bool found = false;
    for (const StockEntry &e : again->value()) {
        if (e.country == u"DE" && e.productCode == u"dc") {
            QCOMPARE(e.amount, qint64(7));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestApiClient::ordersPage_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::newRow("active first page") << OrderStatus::Active << 0 << 20;
    QTest::newRow("on-hold first page") << OrderStatus::OnHold << 0 << 100;
    QTest::newRow("cancelled first page") << OrderStatus::Cancelled << 0 << 50;
    QTest::newRow("all second page") << OrderStatus::Unknown << 100 << 100;
    QTest::newRow("all last short page") << OrderStatus::Unknown << 200 << 100;
    QTest::newRow("all past the end") << OrderStatus::Unknown << 1000 << 100;
}

void TestApiClient::ordersPage()
{
    QFETCH(OrderStatus, status);
    QFETCH(int, offset);
    QFETCH(int, limit);
    const auto r = await<OrdersPage>([&](QObject *ctx, auto cb) {
        m_client->ordersPage(status, offset, limit, ctx, cb);
    });
    QVERIFY(r);

    // The rows the server lists: in the Realistic profile pages stop at 50 rows, a few extra
    // rows without order_id are listed (and must be skipped), and an offset past the end is
    // refused with the server's plain-text words.
    using Rules = MockBackend::RealisticRules;
    const bool realistic = m_server->isRealistic();
    const MockState &state = m_server->backend().state();
    const QList<MockBackend::ListedRow> listed =
        m_server->backend().listedRows(mockStatusFor(status));
    const int pageRows = realistic ? qMin(limit, Rules::kPageCap) : limit;
    if (realistic && offset > 0 && offset >= listed.size()) {
        QVERIFY(!r->ok());
        QCOMPARE(r->error().httpStatus(), 400);
        QCOMPARE(r->error().message(), QLatin1String(Rules::kOffsetOutOfRange));
        return;
    }
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const OrdersPage &page = r->value();
    QList<int> rows; // the readable rows of this page, as indexes into the server's orders
    for (qsizetype i = offset; i < qMin(listed.size(), qsizetype(offset) + pageRows); ++i) {
        if (!listed.at(i).unreadable)
            rows.append(listed.at(i).index);
    }
    QCOMPARE(page.orders.size(), rows.size());
    QCOMPARE(page.hasNext(), offset + pageRows < listed.size());
    for (qsizetype i = 0; i < page.orders.size(); ++i) {
        const Order &o = page.orders.at(i);
        const MockOrder &m = state.orders().at(rows.at(i));
        // Realistic nulls read as unknown: 0 for ids, an empty cycle name.
        const bool noIds = realistic && Rules::nullProductAndCycleId(m.orderId);
        QCOMPARE(o.id, m.orderId);
        QCOMPARE(o.productId, noIds ? qint64(0) : qint64(m.productId));
        QCOMPARE(o.productName, m.productName);
        QCOMPARE(o.cycleId, noIds ? qint64(0) : qint64(m.cycleId));
        QCOMPARE(o.cycleName,
                 realistic && Rules::nullCycleName(m.orderId) ? QString() : m.cycleName);
        QCOMPARE(secsOrMinusOne(o.expiresAt), secsOrMinusOne(m.expiresAt));
        QCOMPARE(o.autoRenewal, m.autoRenewal);
        QCOMPARE(o.tag, clientTag(m.tag));
        // The list does not carry the status: the tab asked for is the row's status.
        QCOMPARE(o.status, status);
    }
}

void TestApiClient::orderDetails()
{
    const QList<MockOrder> orders = m_server->backend().state().orders();
    // A spread of orders: every product, status and time style shows up among these.
    for (qsizetype i = 0; i < orders.size(); i += 7) {
        const MockOrder &m = orders.at(i);
        const auto r = await<OrderDetails>(
            [&](QObject *ctx, auto cb) { m_client->orderDetails(m.orderId, ctx, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        const OrderDetails &d = r->value();
        QCOMPARE(d.id, m.orderId);
        QCOMPARE(d.productName, m.productName);
        QCOMPARE(d.cycleName, m.cycleName);
        QCOMPARE(d.quantity, std::optional<qint64>(m.quantity));
        QCOMPARE(d.pricePaidCents, std::optional<qint64>(m.pricePaidCents));
        QCOMPARE(d.status, toClientStatus(m.status));
        QCOMPARE(d.statusText, MockOrder::statusName(m.status));
        // The Realistic profile sends "created_at": null for some orders.
        const bool noCreated =
            m_server->isRealistic() && MockBackend::RealisticRules::nullCreatedAt(m.orderId);
        QCOMPARE(secsOrMinusOne(d.createdAt), noCreated ? qint64(-1) : m.createdAt);
        QCOMPARE(secsOrMinusOne(d.expiresAt), secsOrMinusOne(m.expiresAt));
        QCOMPARE(d.promoCode, m.promoCode);
        QCOMPARE(d.autoRenewal, m.autoRenewal);
        QCOMPARE(d.tag, clientTag(m.tag));
    }
}

void TestApiClient::orderDetailsNotFound()
{
    const auto r = await<OrderDetails>(
        [this](QObject *ctx, auto cb) { m_client->orderDetails(999999999, ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(r->error().httpStatus(), 404);
    QCOMPARE(r->error().message(), u"Order not found"_s);
    // Not transient: asked once.
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders/999999999"_s), 1);
}

void TestApiClient::quote_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("promo");
    QTest::addColumn<int>("percent");
    QTest::newRow("datacenter DE monthly x3 SAVE10")
        << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << 3 << u"SAVE10"_s << 10;
    QTest::newRow("isp US quarterly x2")
        << u"ISP Proxy"_s << u"US"_s << u"quarterly"_s << 2 << QString() << 0;
    QTest::newRow("standart residential 5 GB")
        << u"Standart Residential Proxy"_s << QString() << QString() << 5 << QString() << 0;
    QTest::newRow("unmetered monthly MONTHLY20")
        << u"Unmetered Residential proxy"_s << QString() << u"monthly"_s << 1 << u"MONTHLY20"_s
        << 20;
    QTest::newRow("mobile week x2") << u"Mobile Proxy 4G"_s << QString() << u"week"_s << 2
                                    << QString() << 0;
}

void TestApiClient::quote()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(int, quantity);
    QFETCH(QString, promo);
    QFETCH(int, percent);
    PurchaseRequest request(product);
    request.setLocation(location);
    request.setCycle(cycle);
    request.setQuantity(quantity);
    request.setPromoCode(promo);
    QVERIFY2(request.isValid(), qPrintable(request.validationError()));

    const auto r = await<PriceQuote>(
        [&](QObject *ctx, auto cb) { m_client->quote(request, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const int effectiveQuantity = ProductKinds::takesQuantity(request.kind()) ? quantity : 1;
    const qint64 expected =
        expectedPrice(*m_server, product, location, cycle, effectiveQuantity, promo);
    QVERIFY(expected > 0);
    QCOMPARE(r->value().finalCents, expected);
    QCOMPARE(r->value().totalCents, expected);
    QCOMPARE(r->value().discountPercent, qint64(percent));
    QVERIFY(r->value().originalCents >= r->value().finalCents);
    // A preview: a GET, nothing bought.
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders/calculate"_s), 1);
}

void TestApiClient::quoteOnOldServerIsNotFound()
{
    m_server->setCalculateEnabled(false);
    PurchaseRequest request(u"Datacenter Proxy"_s);
    request.setLocation(u"US"_s);
    request.setCycle(u"monthly"_s);
    const auto r = await<PriceQuote>(
        [&](QObject *ctx, auto cb) { m_client->quote(request, ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::NotFound);
}

void TestApiClient::purchase_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("promo");
    QTest::addColumn<QStringList>("bodyKeys");
    QTest::newRow("datacenter")
        << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << 4 << u"SAVE10"_s
        << QStringList{u"auto_renewal"_s, u"cycle"_s, u"location"_s, u"product"_s,
                       u"promo_code"_s, u"quantity"_s};
    QTest::newRow("isp") << u"ISP Proxy"_s << u"US"_s << u"monthly"_s << 1 << QString()
                         << QStringList{u"auto_renewal"_s, u"cycle"_s, u"location"_s,
                                        u"product"_s, u"quantity"_s};
    QTest::newRow("standart residential")
        << u"Standart Residential Proxy"_s << QString() << QString() << 3 << QString()
        << QStringList{u"product"_s, u"quantity"_s};
    QTest::newRow("unmetered") << u"Unmetered Residential proxy"_s << QString() << u"daily"_s
                               << 1 << QString()
                               << QStringList{u"auto_renewal"_s, u"cycle"_s, u"product"_s};
    QTest::newRow("mobile") << u"Mobile Proxy 4G"_s << QString() << u"day"_s << 2 << QString()
                            << QStringList{u"cycle"_s, u"product"_s, u"quantity"_s};
}

void TestApiClient::purchase()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(int, quantity);
    QFETCH(QString, promo);
    QFETCH(QStringList, bodyKeys);

    PurchaseRequest request(product);
    request.setLocation(location);
    request.setCycle(cycle);
    request.setQuantity(quantity);
    request.setPromoCode(promo);
    const qint64 balanceBefore = m_server->balanceCents();
    const qsizetype ordersBefore = m_server->orderCount();
    const MockProduct *mp = m_server->backend().catalog().product(product);
    QVERIFY(mp);
    const int stockBefore = mp->isDatacenterOrIsp() ? m_server->stock(location, mp->code) : -1;

    const auto r = await<PurchaseResult>(
        [&](QObject *ctx, auto cb) { m_client->purchase(request, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QVERIFY(!r->value().message.isEmpty());

    const std::optional<MockOrder> created = m_server->order(r->value().orderId);
    QVERIFY(created);
    QCOMPARE(m_server->orderCount(), ordersBefore + 1);
    QCOMPARE(created->productName, product);
    QCOMPARE(created->location, location);
    QCOMPARE(created->status, MockOrder::Status::Active);
    const int effectiveQuantity = ProductKinds::takesQuantity(request.kind()) ? quantity : 1;
    QCOMPARE(created->quantity, effectiveQuantity);
    const qint64 price =
        expectedPrice(*m_server, product, location, cycle, effectiveQuantity, promo);
    QCOMPARE(created->pricePaidCents, price);
    QCOMPARE(m_server->balanceCents(), balanceBefore - price);
    if (stockBefore >= 0)
        QCOMPARE(m_server->stock(location, mp->code), stockBefore - quantity);

    // Exactly the fields of the product's own shape.
    QCOMPARE(m_server->requestCount("POST", u"/user/api/orders/purchase"_s), 1);
    const QList<RecordedRequest> recorded = m_server->recordedRequests();
    const RecordedRequest &post = recorded.last();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(sortedKeys(bodyObject(post)), bodyKeys);
}

void TestApiClient::purchaseInvalidIsNeverSent()
{
    PurchaseRequest request(u"Datacenter Proxy"_s); // no location, no cycle
    QVERIFY(!request.isValid());
    const qint64 balanceBefore = m_server->balanceCents();
    const auto r = await<PurchaseResult>(
        [&](QObject *ctx, auto cb) { m_client->purchase(request, ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Refused);
    QCOMPARE(r->error().httpStatus(), 0);
    QVERIFY(!r->error().message().isEmpty());
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QCOMPARE(m_server->balanceCents(), balanceBefore);
}

void TestApiClient::purchaseRefusedCarriesServerMessage_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<QString>("message");
    QTest::newRow("insufficient balance") << u"US"_s << qint64(10) << u"Insufficient balance"_s;
    QTest::newRow("sold out") << u"FR"_s << MockBackend::kDefaultBalanceCents
                              << u"Not enough proxies in stock"_s;
}

void TestApiClient::purchaseRefusedCarriesServerMessage()
{
    QFETCH(QString, location);
    QFETCH(qint64, balance);
    QFETCH(QString, message);
    m_server->setBalanceCents(balance);
    const qsizetype ordersBefore = m_server->orderCount();
    PurchaseRequest request(u"Datacenter Proxy"_s);
    request.setLocation(location);
    request.setCycle(u"monthly"_s);
    const auto r = await<PurchaseResult>(
        [&](QObject *ctx, auto cb) { m_client->purchase(request, ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Refused);
    QCOMPARE(r->error().httpStatus(), 400);
    QCOMPARE(r->error().message(), message);
    QCOMPARE(m_server->balanceCents(), balance);
    QCOMPARE(m_server->orderCount(), ordersBefore);
    QCOMPARE(m_server->requestCount("POST", QString()), 1);
}

void TestApiClient::renew()
{
    const std::optional<MockOrder> onHold = findOrder(*m_server, [this](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold && isDatacenterOrIsp(o) &&
               o.pricePaidCents < m_server->balanceCents();
    });
    QVERIFY(onHold);
    const qint64 balanceBefore = m_server->balanceCents();
    const auto r = await<ActionResult>(
        [&](QObject *ctx, auto cb) { m_client->renew(onHold->orderId, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QVERIFY(!r->value().message.isEmpty());
    const std::optional<MockOrder> after = m_server->order(onHold->orderId);
    QVERIFY(after);
    QCOMPARE(after->status, MockOrder::Status::Active);
    QVERIFY(after->pricePaidCents > 0);
    QCOMPARE(m_server->balanceCents(), balanceBefore - after->pricePaidCents);

    const QList<RecordedRequest> recorded = m_server->recordedRequests();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().body, QByteArray("{}"));
}

void TestApiClient::renewActiveOrderRefused()
{
    const std::optional<MockOrder> active = findOrder(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::Active; });
    QVERIFY(active);
    const qint64 balanceBefore = m_server->balanceCents();
    const auto r = await<ActionResult>(
        [&](QObject *ctx, auto cb) { m_client->renew(active->orderId, ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Refused);
    QCOMPARE(r->error().message(), u"Only orders on hold can be renewed"_s);
    QCOMPARE(m_server->balanceCents(), balanceBefore);
}

void TestApiClient::setTag()
{
    const qint64 id = m_server->backend().state().orders().first().orderId;
    const QString tag = u"client «Ωmega», eu-west"_s;
    const auto r = await<ActionResult>(
        [&](QObject *ctx, auto cb) { m_client->setTag(id, tag, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QCOMPARE(m_server->order(id)->tag, std::optional<QString>(tag));
    QCOMPARE(bodyObject(m_server->recordedRequests().last()).value(u"tag"_s).toString(), tag);

    // And it reads back through the details.
    const auto d = await<OrderDetails>(
        [&](QObject *ctx, auto cb) { m_client->orderDetails(id, ctx, cb); });
    QVERIFY(d && d->ok());
    QCOMPARE(d->value().tag, tag);
}

void TestApiClient::clearTag()
{
    const std::optional<MockOrder> tagged = findOrder(*m_server, [](const MockOrder &o) {
        return o.tag && !Tag::fromApi(*o.tag).isEmpty();
    });
    QVERIFY(tagged);
    const auto r = await<ActionResult>(
        [&](QObject *ctx, auto cb) { m_client->setTag(tagged->orderId, QString(), ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    // The provider's empty tag is the literal "none".
    QCOMPARE(bodyObject(m_server->recordedRequests().last()),
             QJsonObject({{u"tag"_s, u"none"_s}}));
    QCOMPARE(clientTag(m_server->order(tagged->orderId)->tag), QString());
}

void TestApiClient::changeBillingCycle()
{
    const std::optional<MockOrder> order = findOrder(*m_server, [this](const MockOrder &o) {
        const MockProduct *p = m_server->backend().catalog().productById(o.productId);
        return o.status == MockOrder::Status::Active && p && p->isDatacenterOrIsp() &&
               o.cycleName != u"quarterly" && p->offersCycle(o.location, u"quarterly"_s);
    });
    QVERIFY(order);
    const auto r = await<CycleChangeResult>([&](QObject *ctx, auto cb) {
        m_client->changeBillingCycle(order->orderId, u"quarterly"_s, ctx, cb);
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const std::optional<MockOrder> after = m_server->order(order->orderId);
    QCOMPARE(after->cycleName, u"quarterly"_s);
    QCOMPARE(after->cycleId, MockCatalog::cycleId(u"quarterly"_s));
    QCOMPARE(r->value().orderId, std::optional<qint64>(order->orderId));
    const MockProduct *p = m_server->backend().catalog().productById(order->productId);
    const qint64 original = p->unitPrice(order->location, u"quarterly"_s) * order->quantity;
    QCOMPARE(r->value().originalCents, std::optional<qint64>(original));
    QVERIFY(r->value().finalCents.has_value());
    QVERIFY(*r->value().finalCents <= original);
    QCOMPARE(bodyObject(m_server->recordedRequests().last()),
             QJsonObject({{u"cycle"_s, u"quarterly"_s}}));
}

void TestApiClient::changeBillingCycleForbidden()
{
    const std::optional<MockOrder> order = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.productName == u"Datacenter Proxy";
    });
    QVERIFY(order);
    const auto r = await<CycleChangeResult>([&](QObject *ctx, auto cb) {
        m_client->changeBillingCycle(order->orderId, u"daily"_s, ctx, cb);
    });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(r->error().httpStatus(), 403);
    QCOMPARE(r->error().message(), u"Cycle is not available for this user"_s);
    QCOMPARE(m_server->order(order->orderId)->cycleName, order->cycleName);
}

void TestApiClient::setAutoRenewal_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("on") << true;
    QTest::newRow("off") << false;
}

void TestApiClient::setAutoRenewal()
{
    QFETCH(bool, on);
    const std::optional<MockOrder> order = findOrder(*m_server, [on](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && isDatacenterOrIsp(o) &&
               o.autoRenewal == !on;
    });
    QVERIFY(order);
    const auto r = await<ActionResult>(
        [&](QObject *ctx, auto cb) { m_client->setAutoRenewal(order->orderId, on, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QCOMPARE(m_server->order(order->orderId)->autoRenewal, std::optional<bool>(on));
    const RecordedRequest post = m_server->recordedRequests().last();
    QCOMPARE(post.queryValue(u"auto_renewal"_s), on ? u"true"_s : u"false"_s);
    QCOMPARE(post.body, QByteArray("{}"));
}

void TestApiClient::activeProxies()
{
    const std::optional<MockOrder> order = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && isDatacenterOrIsp(o) && o.quantity > 1;
    });
    QVERIFY(order);
    const auto r = await<ProxyList>(
        [&](QObject *ctx, auto cb) { m_client->activeProxies(order->orderId, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QCOMPARE(r->value().proxies.size(), qsizetype(order->quantity));
    QCOMPARE(r->value().orderTag, clientTag(order->tag));
    QSet<QString> passwords;
    for (const ActiveProxy &p : r->value().proxies) {
        QCOMPARE(p.username, u"sd"_s + QString::number(order->orderId));
        QVERIFY(!p.ip.isEmpty());
        QVERIFY(p.httpPort > 0 && p.socksPort > 0);
        QCOMPARE(p.status, u"active"_s);
        passwords.insert(p.password);
    }
    QVERIFY(!passwords.contains(QString()));
    QCOMPARE(m_server->recordedRequests().last().queryValue(u"order_id"_s),
             QString::number(order->orderId));
}

void TestApiClient::activeProxiesForbiddenForResidential()
{
    const std::optional<MockOrder> order = findOrder(*m_server, [](const MockOrder &o) {
        return o.productName == u"Premium Residential Proxy";
    });
    QVERIFY(order);
    const auto r = await<ProxyList>(
        [&](QObject *ctx, auto cb) { m_client->activeProxies(order->orderId, ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Forbidden);
    // The server's words, whichever shape carried them ({"detail"} in the Realistic profile).
    QCOMPARE(r->error().message(),
             m_server->isRealistic()
                 ? QString::fromLatin1(MockBackend::RealisticRules::kProxiesForbiddenDetail)
                 : u"Method unavailable for this order"_s);
}

void TestApiClient::healthLive()
{
    const auto r = await<bool>([this](QObject *ctx, auto cb) { m_client->health(ApiClient::HealthCheck::Live, ctx, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QVERIFY(r->value());
    QCOMPARE(m_server->requestCount("GET", u"/health/live"_s), 1);

    // No key needed.
    ApiClient anonymous;
    anonymous.setBaseUrl(m_server->url());
    QVERIFY(!anonymous.hasToken());
    const auto r2 = await<bool>([&](QObject *ctx, auto cb) { anonymous.health(ApiClient::HealthCheck::Live, ctx, cb); });
    QVERIFY(r2 && r2->ok());
    // The deep check, also without a key.
    const auto r3 = await<bool>(
        [&](QObject *ctx, auto cb) { anonymous.health(ApiClient::HealthCheck::Deep, ctx, cb); });
    QVERIFY(r3 && r3->ok());
    QCOMPARE(TestCommon::exactRequestCount(*m_server, "GET", u"/health"_s), 1);
}

void TestApiClient::headersOfEveryCall()
{
    const std::optional<MockOrder> dc = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.productName == u"Datacenter Proxy" &&
               o.autoRenewal.has_value();
    });
    const std::optional<MockOrder> onHold = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold && isDatacenterOrIsp(o);
    });
    QVERIFY(dc && onHold);
    PurchaseRequest request(u"Datacenter Proxy"_s);
    request.setLocation(u"US"_s);
    request.setCycle(u"monthly"_s);

    int answered = 0;
    const auto count = [&answered](const auto &r) { answered += r ? 1 : 0; };
    count(await<Account>([&](QObject *c, auto cb) { m_client->me(c, cb); }));
    count(await<ProductCatalog>([&](QObject *c, auto cb) { m_client->products(c, cb); }));
    count(await<QList<StockEntry>>([&](QObject *c, auto cb) { m_client->stock(c, cb); }));
    count(await<OrdersPage>(
        [&](QObject *c, auto cb) { m_client->ordersPage(OrderStatus::Active, 0, 10, c, cb); }));
    count(await<OrderDetails>([&](QObject *c, auto cb) { m_client->orderDetails(dc->orderId, c, cb); }));
    count(await<PriceQuote>([&](QObject *c, auto cb) { m_client->quote(request, c, cb); }));
    count(await<PurchaseResult>([&](QObject *c, auto cb) { m_client->purchase(request, c, cb); }));
    count(await<ActionResult>([&](QObject *c, auto cb) { m_client->renew(onHold->orderId, c, cb); }));
    count(await<ActionResult>(
        [&](QObject *c, auto cb) { m_client->setTag(dc->orderId, u"x"_s, c, cb); }));
    count(await<CycleChangeResult>([&](QObject *c, auto cb) {
        m_client->changeBillingCycle(dc->orderId, u"quarterly"_s, c, cb);
    }));
    count(await<ActionResult>(
        [&](QObject *c, auto cb) { m_client->setAutoRenewal(dc->orderId, true, c, cb); }));
    count(await<ProxyList>([&](QObject *c, auto cb) { m_client->activeProxies(dc->orderId, c, cb); }));
    count(await<bool>([&](QObject *c, auto cb) { m_client->health(ApiClient::HealthCheck::Live, c, cb); }));
    QCOMPARE(answered, 13);

    const QList<RecordedRequest> recorded = m_server->recordedRequests();
    QCOMPARE(recorded.size(), 13);
    int posts = 0;
    const QByteArray bearer = "Bearer " + m_server->token().toUtf8();
    for (const RecordedRequest &r : recorded) {
        const QByteArray what = r.method + ' ' + r.path.toUtf8();
        QVERIFY2(r.header("User-Agent").startsWith("ShardDesk/"), what.constData());
        if (r.path.startsWith(u"/user/api/"))
            QVERIFY2(r.header("Authorization") == bearer, what.constData());
        if (r.method == "POST") {
            ++posts;
            QVERIFY2(r.header("Content-Type").startsWith("application/json"), what.constData());
            QVERIFY2(!r.body.isEmpty(), what.constData());
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), what.constData());
            QCOMPARE(r.header("Content-Length").toLongLong(), qint64(r.body.size()));
            if (r.path.endsWith(u"/renew") || r.path.contains(u"/edit-auto-renewal/"))
                QCOMPARE(r.body, QByteArray("{}"));
        } else {
            QCOMPARE(r.method, QByteArray("GET"));
        }
    }
    QCOMPARE(posts, 5);
}

void TestApiClient::wrongKeyIsUnauthorized()
{
    m_client->setToken(u"not-the-key"_s);
    QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
    const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(r->error().message(), u"Invalid API key"_s);
    QCOMPARE(unauthorized.size(), 1);
    QCOMPARE(m_server->recordedRequests().size(), 1); // a rejected key is not retried
}

void TestApiClient::apiKeyInNoErrorMessage()
{
    m_server->setToken(kSecretKey);
    m_client->setToken(kSecretKey);
    m_client->setRetryPolicy(fastRetry(0));
    m_client->setTimeoutMs(300);

    QList<ApiError> errors;
    const auto collect = [&errors](const std::optional<ApiResult<Account>> &r) {
        if (r && !r->ok())
            errors.append(r->error());
    };
    const QList<MockFault::Kind> kinds{
        MockFault::Kind::Unauthorized401, MockFault::Kind::Forbidden403,
        MockFault::Kind::NotFound404,     MockFault::Kind::RateLimited429,
        MockFault::Kind::Server500,       MockFault::Kind::BadGateway502,
        MockFault::Kind::Unavailable503,  MockFault::Kind::Drop,
        MockFault::Kind::Hang,            MockFault::Kind::TruncatedJson,
        MockFault::Kind::WrongTypes,      MockFault::Kind::HtmlPage,
        MockFault::Kind::EmptyBody,       MockFault::Kind::Oversized};
    for (MockFault::Kind kind : kinds) {
        MockFault fault = MockFault::make(kind, u"/user/api/me"_s);
        fault.count = -1;
        m_server->addFault(fault);
        const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
        QVERIFY2(r && !r->ok(), qPrintable(MockFault::kindName(kind)));
        collect(r);
        m_server->clearFaults();
        m_server->releaseHungConnections();
    }
    // Refused by the server with its own words.
    PurchaseRequest request(u"Datacenter Proxy"_s);
    request.setLocation(u"FR"_s);
    request.setCycle(u"monthly"_s);
    const auto refused = await<PurchaseResult>(
        [&](QObject *ctx, auto cb) { m_client->purchase(request, ctx, cb); });
    QVERIFY(refused && !refused->ok());
    errors.append(refused->error());
    // Plain HTTP to another host, and a port where nobody listens.
    ApiClient other;
    other.setToken(kSecretKey);
    other.setRetryPolicy(fastRetry(0));
    other.setBaseUrl(QUrl(u"http://10.1.2.3"_s));
    const auto insecure = await<Account>([&](QObject *ctx, auto cb) { other.me(ctx, cb); });
    QVERIFY(insecure);
    errors.append(insecure->error());
    QUrl closed = m_server->url();
    m_server->close();
    other.setBaseUrl(closed);
    const auto unreachable = await<Account>([&](QObject *ctx, auto cb) { other.me(ctx, cb); });
    QVERIFY(unreachable);
    errors.append(unreachable->error());

    QCOMPARE(errors.size(), kinds.size() + 3);
    for (const ApiError &e : std::as_const(errors)) {
        QVERIFY(e.isError());
        QVERIFY2(!e.message().isEmpty(), qPrintable(ApiError::kindName(e.kind())));
        QVERIFY2(!e.message().contains(kSecretKey), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"SECRET"_s), qPrintable(e.message()));
    }
}

void TestApiClient::insecureBaseUrlRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("private address") << QUrl(u"http://10.1.2.3"_s);
    QTest::newRow("private address with port") << QUrl(u"http://10.1.2.3:8080/base"_s);
    QTest::newRow("public name") << QUrl(u"http://user-api.proxyshard.com"_s);
}

void TestApiClient::insecureBaseUrlRefused()
{
    QFETCH(QUrl, url);
    QVERIFY(!ServerAddress::problem(url).isEmpty());
    ApiClient client;
    client.setToken(kSecretKey);
    client.setBaseUrl(url);
    auto *network = client.findChild<QNetworkAccessManager *>();
    QVERIFY(network);
    QSignalSpy networkFinished(network, &QNetworkAccessManager::finished);

    bool repliesAtCallback = true;
    const auto r = await<Account>([&](QObject *ctx, auto cb) {
        client.me(ctx, [&, cb](ApiResult<Account> result) {
            // Had anything been sent, its reply would still exist now.
            repliesAtCallback = !network->findChildren<QNetworkReply *>().isEmpty();
            cb(std::move(result));
        });
        // Nothing is sent, not even before the answer arrives.
        QVERIFY(network->findChildren<QNetworkReply *>().isEmpty());
    });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ApiError::Kind::Insecure);
    QVERIFY(!r->error().message().isEmpty());
    QVERIFY(!repliesAtCallback);
    QCOMPARE(networkFinished.size(), 0);
    QCOMPARE(client.callsInFlight(), 0);

    // POSTs are refused the same way.
    const auto post = await<ActionResult>(
        [&](QObject *ctx, auto cb) { client.renew(100001, ctx, cb); });
    QVERIFY(post && !post->ok());
    QCOMPARE(post->error().kind(), ApiError::Kind::Insecure);
    QVERIFY(network->findChildren<QNetworkReply *>().isEmpty());
    QCOMPARE(networkFinished.size(), 0);
}

void TestApiClient::loopbackHttpAllowed()
{
    QVERIFY(ServerAddress::problem(m_server->url()).isEmpty());
    QVERIFY(ServerAddress::problem(QUrl(u"http://localhost:1234"_s)).isEmpty());
    QVERIFY(ServerAddress::problem(QUrl(u"http://[::1]:1234"_s)).isEmpty());
    QVERIFY(ServerAddress::problem(QUrl(u"https://10.1.2.3"_s)).isEmpty());

    // 127.0.0.1 (the server's own URL) and the name localhost both reach the mock.
    const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r && r->ok());
    QUrl byName = m_server->url();
    byName.setHost(u"localhost"_s);
    m_client->setBaseUrl(byName);
    const auto r2 = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r2);
    QVERIFY2(r2->ok(), qPrintable(r2->error().message()));
    QCOMPARE(m_server->requestCount("GET", u"/user/api/me"_s), 2);

    // A trailing slash on the base URL makes no double slash in the path.
    QUrl withSlash = m_server->url();
    withSlash.setPath(u"/"_s);
    m_client->setBaseUrl(withSlash);
    const auto r3 = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r3 && r3->ok());
    QCOMPARE(m_server->recordedRequests().last().path, u"/user/api/me"_s);
}

void TestApiClient::noCallbackAfterContextDeleted()
{
    m_server->setLatency(150);
    QSignalSpy received(m_server.get(), &MockServer::requestReceived);
    bool called = false;
    auto *context = new QObject;
    m_client->me(context, [&called](ApiResult<Account>) { called = true; });
    QCOMPARE(m_client->callsInFlight(), 1);
    QVERIFY(received.wait(5000)); // the request is at the server, the answer still pending
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(m_client->callsInFlight(), 0, 5000);

    // A later call on the same client completes; the deleted context's callback never ran.
    m_server->setLatency(0);
    const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r && r->ok());
    QVERIFY(!called);
}

void TestApiClient::noCallbackWhenContextDeletedBeforeRetry()
{
    m_client->setRetryPolicy(fastRetry(3));
    m_server->addFault(MockFault::make(MockFault::Kind::Server500, u"/user/api/me"_s));
    bool called = false;
    QObject *context = new QObject;
    // The context goes away while the retry waits: the retry is never sent.
    const QMetaObject::Connection c =
        connect(m_client.get(), &ApiClient::retryScheduled, this, [&context] {
            delete context;
            context = nullptr;
        });
    m_client->me(context, [&called](ApiResult<Account>) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_client->callsInFlight(), 0, 5000);
    disconnect(c);
    QVERIFY(!context);
    const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r && r->ok());
    QVERIFY(!called);
    QCOMPARE(m_server->requestCount("GET", u"/user/api/me"_s), 2); // the failed one + ours
}

void TestApiClient::destroyingTheClientWithCallsInFlight()
{
    m_server->setLatency(100);
    QSignalSpy received(m_server.get(), &MockServer::requestReceived);
    int calls = 0;
    QObject context;
    auto *client = new ApiClient;
    attach(*client, *m_server);
    client->me(&context, [&calls](ApiResult<Account>) { ++calls; });
    client->orderDetails(100001, &context, [&calls](ApiResult<OrderDetails>) { ++calls; });
    QVERIFY(received.wait(5000));
    delete client; // with both calls in flight
    // Whatever the client does with them, it never calls back more than once, and never crashes
    // once it is gone.
    m_server->setLatency(0);
    const auto r = await<Account>([this](QObject *ctx, auto cb) { m_client->me(ctx, cb); });
    QVERIFY(r && r->ok());
    QVERIFY(calls <= 2);
    qInfo("callbacks after the client was destroyed: %d of 2", calls);
}

namespace {
const QString kSubUser = u"/user/api/proxies/sub-user/"_s;
QString firstStandartUser(const MockServer &server)
{
    return server.backend().state().residential().users(u"standart"_s).first().userId;
}
} // namespace

void TestApiClient::renameIsOnePatch()
{
    const QString id = firstStandartUser(*m_server);
    const auto r = await<SubUserChange>([&](QObject *ctx, auto cb) {
        m_client->renameSubUser(ProxyType::Standart, id, u"  patched  "_s, ctx, cb);
    });
    QVERIFY(r && r->ok());
    QCOMPARE(m_server->recordedRequests().size(), 1);
    const RecordedRequest sent = m_server->recordedRequests().first();
    QCOMPARE(sent.method, QByteArray("PATCH"));
    QCOMPARE(sent.path, kSubUser + id);
    QCOMPARE(sent.queryValue(u"proxy_type"_s), u"standart"_s);
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), QJsonObject({{u"name"_s, u"patched"_s}}));
    QCOMPARE(m_server->backend().state().residential().find(id)->name, u"patched"_s);
}

void TestApiClient::deleteIsOneDelete()
{
    const QString id = m_server->backend().state().residential().users(u"premium"_s).first().userId;
    const auto r = await<SubUserChange>([&](QObject *ctx, auto cb) {
        m_client->deleteSubUser(ProxyType::Premium, id, ctx, cb);
    });
    QVERIFY(r && r->ok());
    QCOMPARE(m_server->recordedRequests().size(), 1);
    const RecordedRequest sent = m_server->recordedRequests().first();
    QCOMPARE(sent.method, QByteArray("DELETE"));
    QCOMPARE(sent.path, kSubUser + id);
    QCOMPARE(sent.queryValue(u"proxy_type"_s), u"premium"_s);
    QVERIFY(sent.body.isEmpty());
    QVERIFY(!m_server->backend().state().residential().find(id));
}

void TestApiClient::unsafeSubUserIdIsNeverSent()
{
    for (const QString &id : {u"../../orders"_s, u"a b"_s, u"x?y=1"_s, QString()}) {
        const auto show = await<SubUser>([&](QObject *ctx, auto cb) {
            m_client->subUser(ProxyType::Standart, id, ctx, cb);
        });
        QVERIFY(show && !show->ok() && !show->error().wasSent());
        const auto del = await<SubUserChange>([&](QObject *ctx, auto cb) {
            m_client->deleteSubUser(ProxyType::Standart, id, ctx, cb);
        });
        QVERIFY(del && !del->ok() && !del->error().wasSent());
    }
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

void TestApiClient::residentialWritesAreNeverRetried_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix"); // after the user's path; "bandwidth": add-bandwidth
    QTest::newRow("create") << QByteArray("POST") << u"create"_s;
    QTest::newRow("rename") << QByteArray("PATCH") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("data/add") << QByteArray("POST") << u"/data/add"_s;
    QTest::newRow("data/subtract") << QByteArray("POST") << u"/data/subtract"_s;
    QTest::newRow("password") << QByteArray("POST") << u"/password"_s;
    QTest::newRow("add-bandwidth") << QByteArray("POST") << u"bandwidth"_s;
}

void TestApiClient::residentialWritesAreNeverRetried()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    m_client->setRetryPolicy(fastRetry(3, 50));
    const QString id = firstStandartUser(*m_server);
    MockFault f = MockFault::make(MockFault::Kind::Unavailable503, QString(), method);
    f.count = -1;
    m_server->addFault(f);
    QSignalSpy retries(m_client.get(), &ApiClient::retryScheduled);
    const auto done = [](auto r) { return r && !r->ok() && r->error().kind() == ApiError::Kind::Server; };
    bool failedAsServer = false;
    if (suffix == u"bandwidth") {
        const std::optional<MockOrder> o = findOrder(*m_server, [](const MockOrder &m) {
            return m.productName == u"Standart Residential Proxy";
        });
        QVERIFY(o);
        failedAsServer = done(await<ActionResult>([&](QObject *ctx, auto cb) {
            m_client->addBandwidth(BandwidthRequest(o->orderId, 3), ctx, cb);
        }));
    } else if (suffix == u"create") {
        failedAsServer = done(await<SubUserChange>([&](QObject *ctx, auto cb) {
            m_client->createSubUser(ProxyType::Standart, u"n"_s, 1, ctx, cb);
        }));
    } else if (method == "PATCH") {
        failedAsServer = done(await<SubUserChange>([&](QObject *ctx, auto cb) {
            m_client->renameSubUser(ProxyType::Standart, id, u"n"_s, ctx, cb);
        }));
    } else if (method == "DELETE") {
        failedAsServer = done(await<SubUserChange>([&](QObject *ctx, auto cb) {
            m_client->deleteSubUser(ProxyType::Standart, id, ctx, cb);
        }));
    } else if (suffix == u"/password") {
        failedAsServer = done(await<SubUserChange>([&](QObject *ctx, auto cb) {
            m_client->newSubUserPassword(ProxyType::Standart, id, ctx, cb);
        }));
    } else {
        const auto change = suffix == u"/data/add" ? ApiClient::TrafficChange::Add
                                                   : ApiClient::TrafficChange::Subtract;
        failedAsServer = done(await<SubUserChange>([&](QObject *ctx, auto cb) {
            m_client->changeSubUserTraffic(ProxyType::Standart, id, change, 1, ctx, cb);
        }));
    }
    QVERIFY(failedAsServer);
    QCOMPARE(m_server->recordedRequests().size(), 1);
    QCOMPARE(m_server->recordedRequests().first().method, method);
    QCOMPARE(retries.size(), 0);
}

void TestApiClient::subUsersPageIsRetried()
{
    m_client->setRetryPolicy(fastRetry(3, 50));
    MockFault f = MockFault::make(MockFault::Kind::Unavailable503, u"/user/api/proxies/sub-users"_s, "GET");
    f.count = 2;
    m_server->addFault(f);
    const auto r = await<SubUsersPage>([&](QObject *ctx, auto cb) {
        m_client->subUsersPage(ProxyType::Standart, 0, 100, ctx, cb);
    });
    QVERIFY(r && r->ok());
    QVERIFY(!r->value().users.isEmpty());
    QCOMPARE(m_server->requestCount("GET", u"/user/api/proxies/sub-users"_s), 3);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
