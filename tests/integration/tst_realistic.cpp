// Issue 12: each rough edge of a plausible production deployment (the mock server's Realistic
// profile, set explicitly here) met by the client's own services over real loopback HTTP:
// capped pages with read-ahead past the end, unreadable rows, nulls and odd types in the order
// list, `email: null`, a product with `cycles: null`, odd stock rows, a fractional discount,
// action answers without `success` (and a 204), {"detail"} and plain-text errors in the server's
// words, extra proxy fields, a lenient purchase, bulk edits slowed down by 429, and the CLI's
// warning about skipped rows.

#include "integrationsupport.h"

#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "services/accountservice.h"
#include "services/bulkaction.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/signinservice.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;
using Rules = MockBackend::RealisticRules;

namespace {

// The message of the first failure a spy caught, for a readable QVERIFY2; empty when none.
QString firstError(const QSignalSpy &failed)
{
    return failed.isEmpty() ? QString() : failed.first().at(0).value<ApiError>().message();
}

constexpr int kWaitMs = 15000;
const QString kOrdersPath = u"/user/api/orders"_s;
const QString kPurchasePath = u"/user/api/orders/purchase"_s;

QString orderPath(qint64 id, const QString &suffix = {})
{
    return kOrdersPath + u'/' + QString::number(id) + suffix;
}

// Orders the list serves an unreadable twin (a row without order_id) for.
int unreadableTwins(const MockServer &server)
{
    int n = 0;
    for (const MockOrder &o : server.backend().state().orders())
        n += Rules::hasUnreadableTwin(o.orderId) ? 1 : 0;
    return n;
}

bool isDcOrIsp(const MockServer &server, const MockOrder &o)
{
    const MockProduct *p = server.backend().catalog().productById(o.productId);
    return p && p->isDatacenterOrIsp();
}

} // namespace

class TestRealistic final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void orderSyncWithCappedPagesAndUnreadableRows_data();
    void orderSyncWithCappedPagesAndUnreadableRows();
    void orderDetailsWithNullsAndNumericStrings();
    void accountWithNullEmail();
    void signInWithNullEmail();
    void catalogueWithNullCyclesKeepsEveryOtherProduct();
    void stockWithUnknownCodeAndAmountAsString();
    void pricePreviewWithFractionalDiscount();
    void tagAnswered204KeepsTheNewTag();
    void autoRenewAnsweredWithMessageOnly();
    void cycleChangeAnsweredWithoutSuccess();
    void renewAnsweredWithoutSuccess();
    void detailNotFoundCarriesTheServerWords();
    void plainTextRefusalCarriesTheServerWords();
    void activeProxiesWithSignatureAndNullUntil();
    void purchaseThroughControllerUnderLenientProfile();
    void bulkTagSlowsDownAndRetriesOn429();
    void bulkRenewIsNotRetriedOn429();
    void cliOrdersWarnsAboutSkippedRows();

private:
    // A full sync into m_store through m_orders; false when it failed or never ended.
    bool syncStore();
    // An answered call after every earlier one: what was on its way has arrived.
    void barrier();
    // How many answers of this method and exact path went out with `status`.
    int answered(const QByteArray &method, const QString &path, int status) const;
    int posts(const QString &path) const;

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrderService> m_orders;
    struct Answer
    {
        QByteArray method;
        QString path;
        int status = 0;
    };
    QList<Answer> m_answers;
};

void TestRealistic::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<QuoteAnswer>();
    qRegisterMetaType<OrderEditor::Action>();
}

void TestRealistic::init()
{
    m_server = std::make_unique<MockServer>();
    m_server->setProfile(MockBackend::Profile::Realistic); // whatever the environment says
    QVERIFY(m_server->isRealistic());
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_answers.clear();
    connect(m_server.get(), &MockServer::requestHandled, this,
            [this](const QByteArray &method, const QString &path, int status) {
                m_answers.append({method, path, status});
            });
    m_client = std::make_unique<ApiClient>();
    attach(*m_client, *m_server, 3000, fastRetry(2, 50));
    m_store = std::make_unique<OrderStore>();
    m_orders = std::make_unique<OrderService>(m_client.get(), m_store.get());
}

void TestRealistic::cleanup()
{
    m_orders.reset();
    m_store.reset();
    m_client.reset();
    if (m_server) {
        disconnect(m_server.get(), nullptr, this, nullptr);
        m_server->releaseHungConnections();
    }
    m_server.reset();
}

bool TestRealistic::syncStore()
{
    QSignalSpy synced(m_orders.get(), &OrderService::synced);
    QSignalSpy failed(m_orders.get(), &OrderService::syncFailed);
    m_orders->refresh();
    if (synced.isEmpty() && failed.isEmpty())
        synced.wait(kWaitMs);
    if (!failed.isEmpty())
        qWarning().noquote() << "sync failed:" << failed.first().at(0).value<ApiError>().message();
    return synced.size() == 1 && failed.isEmpty();
}

void TestRealistic::barrier()
{
    const auto me = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(me && me->ok());
}

int TestRealistic::answered(const QByteArray &method, const QString &path, int status) const
{
    int n = 0;
    for (const Answer &a : m_answers)
        n += a.method == method && a.path == path && a.status == status ? 1 : 0;
    return n;
}

int TestRealistic::posts(const QString &path) const
{
    int n = 0;
    for (const RecordedRequest &r : m_server->recordedRequests())
        n += r.method == "POST" && r.path == path ? 1 : 0;
    return n;
}

// Capped pages (50 whatever the limit), `next` set, 400 "offset out of range" for read-ahead past
// the end, unreadable extra rows, nulls in product_id/cycle_id/cycle_name and expiry dates with a
// space or as epoch seconds: every real order arrives exactly once and as the server has it.
void TestRealistic::orderSyncWithCappedPagesAndUnreadableRows_data()
{
    QTest::addColumn<int>("orderCount");
    QTest::newRow("240 (demo)") << MockBackend::kDefaultOrderCount;
    QTest::newRow("1000") << 1000;
}

void TestRealistic::orderSyncWithCappedPagesAndUnreadableRows()
{
    QFETCH(int, orderCount);
    if (orderCount != MockBackend::kDefaultOrderCount)
        m_server->resetDemoData(orderCount);
    QVERIFY(m_server->isRealistic());
    QCOMPARE(m_server->orderCount(), qsizetype(orderCount));
    const int twins = unreadableTwins(*m_server);
    QVERIFY(twins > 0);

    QSignalSpy failed(m_orders.get(), &OrderService::syncFailed);
    QVERIFY2(syncStore(), failed.isEmpty()
                              ? "the sync did not end"
                              : qPrintable(failed.first().at(0).value<ApiError>().message()));
    barrier(); // read-ahead still on its way when the sync finished is answered by now

    // Every real order exactly once.
    const MockState &state = m_server->backend().state();
    QCOMPARE(m_store->count(), state.orders().size());
    QSet<qint64> ids;
    int nullIds = 0;
    int nullCycleNames = 0;
    int spaceDates = 0;
    int epochDates = 0;
    for (const Order &o : m_store->orders()) {
        QVERIFY2(!ids.contains(o.id), qPrintable(u"order %1 twice"_s.arg(o.id)));
        ids.insert(o.id);
        const MockOrder *m = state.order(o.id);
        QVERIFY2(m, qPrintable(u"order %1 is not on the server"_s.arg(o.id)));
        QCOMPARE(o.status, toClientStatus(m->status));
        QCOMPARE(o.productName, m->productName);
        QCOMPARE(o.autoRenewal, m->autoRenewal);
        QCOMPARE(o.tag, clientTag(m->tag));
        // Nulls are kept as unknown; the row stays.
        if (Rules::nullProductAndCycleId(o.id)) {
            QCOMPARE(o.productId, qint64(0));
            QCOMPARE(o.cycleId, qint64(0));
            ++nullIds;
        } else {
            QCOMPARE(o.productId, qint64(m->productId));
            QCOMPARE(o.cycleId, qint64(m->cycleId));
        }
        if (Rules::nullCycleName(o.id)) {
            QVERIFY(o.cycleName.isEmpty());
            ++nullCycleNames;
        } else {
            QCOMPARE(o.cycleName, m->cycleName);
        }
        // ISO, "2026-12-24 10:00:00" (UTC) or epoch seconds: the same instant as the server's.
        QVERIFY2(secsOrMinusOne(o.expiresAt) == secsOrMinusOne(m->expiresAt),
                 qPrintable(u"order %1: expires %2, server %3"_s.arg(
                     QString::number(o.id), o.expiresAt.toString(Qt::ISODate),
                     QString::number(secsOrMinusOne(m->expiresAt)))));
        if (m->expiresAt) {
            spaceDates += Rules::listExpiryForm(o.id) == Rules::ExpiryForm::SpaceNoOffset ? 1 : 0;
            epochDates += Rules::listExpiryForm(o.id) == Rules::ExpiryForm::EpochSeconds ? 1 : 0;
        }
    }
    for (const MockOrder &m : state.orders())
        QVERIFY2(ids.contains(m.orderId), qPrintable(u"order %1 missing"_s.arg(m.orderId)));
    QVERIFY(nullIds > 0);
    QVERIFY(nullCycleNames > 0);
    QVERIFY(spaceDates > 0);
    QVERIFY(epochDates > 0);

    // The unreadable rows: skipped, counted once each, with a reason.
    const SkippedRows &skipped = m_orders->skippedRows();
    QCOMPARE(skipped.count(), twins);
    QVERIFY(!skipped.reasons().isEmpty());
    QVERIFY2(skipped.summary().contains(u"order_id"_s), qPrintable(skipped.summary()));

    // The pages really were capped: more than the cap was asked for first, then (the cap being
    // known) the cap, so pages never overlap; read-ahead past the end was refused (no error).
    int askedMore = 0;
    for (const RecordedRequest &r : m_server->recordedRequests()) {
        if (r.path != kOrdersPath)
            continue;
        const int limit = r.queryValue(u"limit"_s).toInt();
        QVERIFY2(limit >= Rules::kPageCap, qPrintable(QString::number(limit)));
        askedMore += limit > Rules::kPageCap ? 1 : 0;
    }
    QVERIFY(askedMore > 0);
    QVERIFY2(answered("GET", kOrdersPath, 400) > 0,
             "no read-ahead went past the end: the rule was not exercised");
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_client->callsInFlight(), 0);
}

// Details: created_at null, quantity and price_paid as numeric strings.
void TestRealistic::orderDetailsWithNullsAndNumericStrings()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [](const MockOrder &o) {
        return Rules::nullCreatedAt(o.orderId) && Rules::numericStrings(o.orderId);
    });
    QVERIFY(m);
    QVERIFY(syncStore());
    QSignalSpy loaded(m_store.get(), &OrderStore::detailsLoaded);
    QSignalSpy failed(m_orders.get(), &OrderService::detailsFailed);
    m_orders->loadDetails(m->orderId, true);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), kWaitMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString()
                                         : failed.first().at(1).value<ApiError>().message()));
    const OrderDetails *d = m_store->details(m->orderId);
    QVERIFY(d);
    QCOMPARE(d->id, m->orderId);
    QVERIFY(!d->createdAt.isValid());
    QCOMPARE(d->quantity, std::optional<qint64>(m->quantity));
    QCOMPARE(d->pricePaidCents, std::optional<qint64>(m->pricePaidCents));
    QCOMPARE(d->status, toClientStatus(m->status));
}

// `/me` with `email: null` still signs in: the balance is known, the email unknown.
void TestRealistic::accountWithNullEmail()
{
    AccountService account(m_client.get());
    QSignalSpy changed(&account, &AccountService::accountChanged);
    QSignalSpy failed(&account, &AccountService::refreshFailed);
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), kWaitMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(firstError(failed)));
    QVERIFY(account.hasAccount());
    QVERIFY(account.account().email.isEmpty());
    QCOMPARE(account.account().walletBalanceCents, std::optional<qint64>(m_server->balanceCents()));
    QCOMPARE(account.account().activeOrders,
             std::optional<qint64>(m_server->backend().state().countWithStatus(
                 MockOrder::Status::Active)));
}

// The rough edge as a new user met it: `email: null` made signing in impossible.
void TestRealistic::signInWithNullEmail()
{
    SignInService signIn(m_client.get());
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy failed(&signIn, &SignInService::signInFailed);
    signIn.signIn(m_server->url(), m_server->token());
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), kWaitMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(firstError(failed)));
    const Account account = signedIn.first().at(0).value<Account>();
    QVERIFY(account.email.isEmpty());
    QCOMPARE(account.walletBalanceCents, std::optional<qint64>(m_server->balanceCents()));
}

// A product row with `cycles: null` (and no description or location) costs no other product.
void TestRealistic::catalogueWithNullCyclesKeepsEveryOtherProduct()
{
    CatalogService catalog(m_client.get());
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    QSignalSpy failed(&catalog, &CatalogService::catalogFailed);
    catalog.load();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), kWaitMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(firstError(failed)));
    QVERIFY(catalog.isLoaded());
    const ProductCatalog &c = catalog.catalog();
    QVERIFY2(c.skipped().isEmpty(), qPrintable(c.skipped().summary()));

    QSet<QString> serverNames;
    for (const MockProduct &p : m_server->backend().catalog().products()) {
        serverNames.insert(p.name);
        const Product *mine = c.find(p.name);
        QVERIFY2(mine, qPrintable(p.name));
        const QStringList locations = mine->locations();
        QCOMPARE(QSet<QString>(locations.cbegin(), locations.cend()),
                 QSet<QString>(p.locations.cbegin(), p.locations.cend()));
        for (const QString &location : p.locations)
            QVERIFY2(!mine->cyclesFor(location).isEmpty(), qPrintable(p.name + u' ' + location));
        if (!p.hasLocations())
            QVERIFY2(!mine->cyclesFor(QString()).isEmpty(), qPrintable(p.name));
    }
    // The odd row is kept too: its cycles are for the server to decide.
    const QString odd = QString::fromLatin1(Rules::kOddProductName);
    QVERIFY(!serverNames.contains(odd));
    QVERIFY2(c.find(odd), "the product with cycles: null was dropped");
    QCOMPARE(c.products().size(), serverNames.size() + 1);
}

// available-count: an unknown product code, and an amount written as a string.
void TestRealistic::stockWithUnknownCodeAndAmountAsString()
{
    CatalogService catalog(m_client.get());
    QSignalSpy updated(&catalog, &CatalogService::stockUpdated);
    QSignalSpy failed(&catalog, &CatalogService::stockFailed);
    catalog.reloadStock();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() || !failed.isEmpty(), kWaitMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(firstError(failed)));
    QVERIFY(catalog.isStockKnown());
    const MockCatalog &server = m_server->backend().catalog();
    QCOMPARE(catalog.stock().size(), server.stock().size() + 1);
    for (const MockCatalog::StockEntry &e : server.stock())
        QCOMPARE(catalog.stockFor(e.product, e.country), qint64(e.amount));
    QVERIFY(Rules::stockAmountAsString(u"JP"_s, u"dc"_s));
    QVERIFY(server.stock(u"JP"_s, u"dc"_s) > 0); // the row whose amount is a string
    QCOMPARE(catalog.stockFor(u"dc"_s, u"JP"_s), qint64(server.stock(u"JP"_s, u"dc"_s)));
    QCOMPARE(catalog.stockFor(QString::fromLatin1(Rules::kUnknownStockCode),
                              QString::fromLatin1(Rules::kUnknownStockCountry)),
             qint64(Rules::kUnknownStockAmount));
}

// calculate with SAVE12: 12.5 %, read as such.
void TestRealistic::pricePreviewWithFractionalDiscount()
{
    AccountService account(m_client.get());
    PurchaseController controller(m_client.get(), &account, m_orders.get());
    PurchaseRequest request(u"Datacenter Proxy"_s);
    request.setLocation(u"DE"_s);
    request.setCycle(u"monthly"_s);
    request.setQuantity(10);
    request.setPromoCode(u"SAVE12"_s);
    QSignalSpy quoted(&controller, &PurchaseController::quoted);
    controller.requestQuote(request);
    QVERIFY(quoted.wait(kWaitMs));
    const QuoteAnswer answer = quoted.first().at(0).value<QuoteAnswer>();
    QVERIFY2(answer.status == QuoteAnswer::Status::Priced, qPrintable(answer.error.message()));
    QCOMPARE(answer.quote.discountPercent, 12.5);
    QCOMPARE(answer.quote.originalCents, qint64(1500));
    QCOMPARE(answer.quote.finalCents, MockCatalog::applyDiscount(1500, 12.5));
    QCOMPARE(answer.quote.totalCents, MockCatalog::applyDiscount(1500, 12.5));
}

// tag: 204 without a body is success, and the row keeps the new tag (no revert).
void TestRealistic::tagAnswered204KeepsTheNewTag()
{
    QVERIFY(syncStore());
    const qint64 id = m_store->at(3).id;
    OrderEditor editor(m_client.get(), m_orders.get());
    QSignalSpy finished(&editor, &OrderEditor::editFinished);
    QVERIFY(editor.setTag(id, u"edge-204"_s));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    const ApiError error = finished.first().at(4).value<ApiError>();
    QVERIFY2(finished.first().at(2).toBool(), qPrintable(error.message()));
    QCOMPARE(answered("POST", orderPath(id, u"/tag"_s), 204), 1);
    QCOMPARE(m_store->find(id)->tag, u"edge-204"_s);
    QVERIFY(!m_store->isPending(id));
    QCOMPARE(m_server->order(id)->tag, std::optional<QString>(u"edge-204"_s));
    barrier();
    QCOMPARE(m_store->find(id)->tag, u"edge-204"_s);
    QCOMPARE(posts(orderPath(id, u"/tag"_s)), 1);
}

// edit-auto-renewal answered {"message": ...} without success: success, with those words.
void TestRealistic::autoRenewAnsweredWithMessageOnly()
{
    QVERIFY(syncStore());
    const std::optional<MockOrder> m = findOrder(*m_server, [this](const MockOrder &o) {
        return isDcOrIsp(*m_server, o) && o.status == MockOrder::Status::Active;
    });
    QVERIFY(m);
    const bool on = !m->autoRenewal.value_or(false);
    OrderEditor editor(m_client.get(), m_orders.get());
    QSignalSpy finished(&editor, &OrderEditor::editFinished);
    QVERIFY2(editor.setAutoRenewal(m->orderId, on), qPrintable(editor.lastRefusal()));
    QVERIFY(finished.wait(kWaitMs));
    const ApiError error = finished.first().at(4).value<ApiError>();
    QVERIFY2(finished.first().at(2).toBool(), qPrintable(error.message()));
    QCOMPARE(finished.first().at(3).toString(), u"Auto-renewal updated"_s);
    QCOMPARE(m_store->find(m->orderId)->autoRenewal, std::optional<bool>(on));
    QCOMPARE(m_server->order(m->orderId)->autoRenewal, std::optional<bool>(on));
}

// change-billing-cycle answered without success: success.
void TestRealistic::cycleChangeAnsweredWithoutSuccess()
{
    QVERIFY(syncStore());
    const std::optional<MockOrder> m = findOrder(*m_server, [this](const MockOrder &o) {
        return isDcOrIsp(*m_server, o) && o.status == MockOrder::Status::Active &&
               o.promoCode.isEmpty() && !Rules::nullCycleName(o.orderId);
    });
    QVERIFY(m);
    const QString newCycle = m->cycleName == u"quarterly" ? u"monthly"_s : u"quarterly"_s;
    OrderEditor editor(m_client.get(), m_orders.get());
    QSignalSpy finished(&editor, &OrderEditor::editFinished);
    QSignalSpy changed(&editor, &OrderEditor::cycleChanged);
    QVERIFY2(editor.changeCycle(m->orderId, newCycle), qPrintable(editor.lastRefusal()));
    QVERIFY(finished.wait(kWaitMs));
    const ApiError error = finished.first().at(4).value<ApiError>();
    QVERIFY2(finished.first().at(2).toBool(), qPrintable(error.message()));
    QCOMPARE(finished.first().at(3).toString(), u"Billing cycle changed"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->find(m->orderId)->cycleName, newCycle);
    QCOMPARE(m_server->order(m->orderId)->cycleName, newCycle);
    barrier(); // the details read back after the change have arrived
    QCOMPARE(m_store->find(m->orderId)->cycleName, newCycle);
}

// renew of an on-hold order answered {"message": ...} without success: success, one POST.
void TestRealistic::renewAnsweredWithoutSuccess()
{
    QVERIFY(syncStore());
    const std::optional<MockOrder> m = findOrder(*m_server, [this](const MockOrder &o) {
        return isDcOrIsp(*m_server, o) && o.status == MockOrder::Status::OnHold;
    });
    QVERIFY(m);
    const qint64 balance = m_server->balanceCents();
    OrderEditor editor(m_client.get(), m_orders.get());
    QSignalSpy finished(&editor, &OrderEditor::editFinished);
    QSignalSpy reconciled(&editor, &OrderEditor::renewalReconciled);
    QVERIFY2(editor.renew(m->orderId), qPrintable(editor.lastRefusal()));
    QVERIFY(finished.wait(kWaitMs));
    const ApiError error = finished.first().at(4).value<ApiError>();
    QVERIFY2(finished.first().at(2).toBool(), qPrintable(error.message()));
    QCOMPARE(finished.first().at(3).toString(), u"Order renewed"_s);
    QCOMPARE(reconciled.size(), 0); // a clear answer needs no reconcile
    barrier();
    QCOMPARE(posts(orderPath(m->orderId, u"/renew"_s)), 1);
    QCOMPARE(m_server->order(m->orderId)->status, MockOrder::Status::Active);
    QVERIFY(m_server->balanceCents() < balance);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->find(m->orderId)->status, OrderStatus::Active, kWaitMs);
}

// {"detail": "Order not found"} with 404: NotFound, in the server's words.
void TestRealistic::detailNotFoundCarriesTheServerWords()
{
    const auto r = await<OrderDetails>(
        [this](QObject *c, auto cb) { m_client->orderDetails(999, c, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(ApiError::kindName(r->error().kind()), ApiError::kindName(ApiError::Kind::NotFound));
    QCOMPARE(r->error().httpStatus(), 404);
    QCOMPARE(r->error().message(), u"Order not found"_s);
}

// A plain-text 400 (an offset past the end): Refused, in the server's words.
void TestRealistic::plainTextRefusalCarriesTheServerWords()
{
    const auto r = await<OrdersPage>([this](QObject *c, auto cb) {
        m_client->ordersPage(OrderStatus::Unknown, 100000, 50, c, cb);
    });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(ApiError::kindName(r->error().kind()), ApiError::kindName(ApiError::Kind::Refused));
    QCOMPARE(r->error().httpStatus(), 400);
    QCOMPARE(r->error().message(), QString::fromLatin1(Rules::kOffsetOutOfRange));
    QCOMPARE(m_server->requestCount("GET", kOrdersPath), 1); // a refusal is not retried
}

// proxies/active with an extra `signature` on every row and `until: null` on some.
void TestRealistic::activeProxiesWithSignatureAndNullUntil()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [this](const MockOrder &o) {
        return isDcOrIsp(*m_server, o) && o.status == MockOrder::Status::Active &&
               o.quantity >= 3;
    });
    QVERIFY(m);
    const auto r = await<ProxyList>(
        [this, &m](QObject *c, auto cb) { m_client->activeProxies(m->orderId, c, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const ProxyList &list = r->value();
    QVERIFY2(list.skipped.isEmpty(), qPrintable(list.skipped.summary()));
    QCOMPARE(list.proxies.size(), qsizetype(m->quantity));
    int nullUntil = 0;
    for (qsizetype i = 0; i < list.proxies.size(); ++i) {
        const ActiveProxy &p = list.proxies.at(i);
        QVERIFY(!p.ip.isEmpty());
        QVERIFY(p.httpPort > 0 || p.socksPort > 0);
        QCOMPARE(p.signature.size(), 16);
        QCOMPARE(p.until.isEmpty(), Rules::proxyUntilNull(int(i)));
        nullUntil += p.until.isEmpty() ? 1 : 0;
    }
    QVERIFY(nullUntil > 0);
}

// A purchase through PurchaseController under the lenient profile: one POST of the documented
// shape, the order made, the fractional discount charged.
void TestRealistic::purchaseThroughControllerUnderLenientProfile()
{
    AccountService account(m_client.get());
    PurchaseController controller(m_client.get(), &account, m_orders.get());
    QSignalSpy prepared(&controller, &PurchaseController::reviewPrepared);
    controller.prepareReview();
    QVERIFY(prepared.wait(kWaitMs));
    QVERIFY2(!controller.preparationError().isError(),
             qPrintable(controller.preparationError().message()));
    QVERIFY(controller.isBalanceKnown());
    QVERIFY(controller.hasOrderBaseline());
    QCOMPARE(controller.balanceCents(), m_server->balanceCents());

    PurchaseRequest request(u"Datacenter Proxy"_s);
    request.setLocation(u"DE"_s);
    request.setCycle(u"monthly"_s);
    request.setQuantity(2);
    request.setPromoCode(u"SAVE12"_s);
    const qint64 before = m_server->balanceCents();
    const qsizetype ordersBefore = m_server->orderCount();
    QSignalSpy succeeded(&controller, &PurchaseController::succeeded);
    QSignalSpy followUp(&controller, &PurchaseController::followUpFinished);
    QVERIFY(controller.purchase(request));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), kWaitMs);
    QVERIFY2(controller.state() == PurchaseController::State::Succeeded,
             qPrintable(controller.error().message()));
    QCOMPARE(succeeded.size(), 1);
    const qint64 id = controller.orderId();
    QVERIFY(id > 0);
    QVERIFY(m_server->order(id));
    QCOMPARE(m_server->orderCount(), ordersBefore + 1);
    QCOMPARE(posts(kPurchasePath), 1);
    QCOMPARE(before - m_server->balanceCents(), MockCatalog::applyDiscount(300, 12.5));
    QCOMPARE(m_server->order(id)->promoCode, u"SAVE12"_s);

    QList<QJsonObject> bodies;
    for (const RecordedRequest &r : m_server->recordedRequests()) {
        if (r.method == "POST" && r.path == kPurchasePath)
            bodies.append(QJsonDocument::fromJson(r.body).object());
    }
    QCOMPARE(bodies, (QList<QJsonObject>{QJsonObject{{u"product"_s, u"Datacenter Proxy"_s},
                                                     {u"location"_s, u"DE"_s},
                                                     {u"cycle"_s, u"monthly"_s},
                                                     {u"quantity"_s, 2},
                                                     {u"promo_code"_s, u"SAVE12"_s},
                                                     {u"auto_renewal"_s, false}}}));
    if (followUp.isEmpty())
        QVERIFY(followUp.wait(kWaitMs));
    QVERIFY(m_store->rowOf(id) >= 0);
    QCOMPARE(posts(kPurchasePath), 1);
}

// Bulk tag under 429 (Retry-After: 0, twice): slowed down, sent again, every order tagged, and
// no POST beyond one per order plus the refused ones.
void TestRealistic::bulkTagSlowsDownAndRetriesOn429()
{
    QVERIFY(syncStore());
    QList<qint64> ids;
    for (qsizetype row = 0; row < 5; ++row)
        ids.append(m_store->at(row * 7).id);
    MockFault limited = MockFault::make(MockFault::Kind::RateLimited429, {}, "POST");
    limited.pathPattern = QRegularExpression(u"^/user/api/orders/\\d+/tag$"_s);
    limited.count = 2;
    limited.retryAfterSeconds = 0;
    m_server->addFault(limited);

    OrderEditor editor(m_client.get(), m_orders.get());
    BulkAction bulk(&editor, m_store.get());
    BulkAction::Pacing pacing;
    pacing.firstPauseMs = 1;
    pacing.maxPauseMs = 20;
    pacing.maxRetriesPerOrder = 5;
    bulk.setPacing(pacing);
    QSignalSpy slowed(&bulk, &BulkAction::slowedDown);
    QSignalSpy finished(&bulk, &BulkAction::finished);
    bulk.start(OrderEditor::Action::Tag, ids, u"bulk-429"_s);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), false);

    QCOMPARE(bulk.results().size(), ids.size());
    for (const BulkAction::Result &r : bulk.results())
        QVERIFY2(r.ok, qPrintable(u"%1: %2"_s.arg(QString::number(r.orderId), r.message)));
    QCOMPARE(bulk.succeeded(), int(ids.size()));
    QVERIFY(bulk.rateLimitRetries() > 0);
    QCOMPARE(bulk.rateLimitRetries(), 2);
    QCOMPARE(slowed.size(), 2);
    QCOMPARE(m_server->armedFaultCount(), qsizetype(0));

    int refused = 0;
    int sent = 0;
    for (const qint64 id : std::as_const(ids)) {
        const QString path = orderPath(id, u"/tag"_s);
        const int r429 = answered("POST", path, 429);
        refused += r429;
        sent += posts(path);
        QCOMPARE(posts(path), 1 + r429);
        QCOMPARE(m_server->order(id)->tag, std::optional<QString>(u"bulk-429"_s));
        QCOMPARE(m_store->find(id)->tag, u"bulk-429"_s);
    }
    QCOMPARE(refused, 2);
    QCOMPARE(sent, int(ids.size()) + refused);
    QCOMPARE(m_server->requestCount("POST", QString()), sent);
}

// Bulk renew under 429: a renewal is never sent again; the order keeps its refusal.
void TestRealistic::bulkRenewIsNotRetriedOn429()
{
    QVERIFY(syncStore());
    QList<qint64> ids;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (ids.size() < 2 && isDcOrIsp(*m_server, o) && o.status == MockOrder::Status::OnHold)
            ids.append(o.orderId);
    }
    QCOMPARE(ids.size(), qsizetype(2));
    MockFault limited = MockFault::make(MockFault::Kind::RateLimited429,
                                        orderPath(ids.first(), u"/renew"_s), "POST");
    limited.count = 1;
    limited.retryAfterSeconds = 0;
    m_server->addFault(limited);

    OrderEditor editor(m_client.get(), m_orders.get());
    BulkAction bulk(&editor, m_store.get());
    BulkAction::Pacing pacing;
    pacing.firstPauseMs = 1;
    pacing.maxPauseMs = 20;
    bulk.setPacing(pacing);
    QSignalSpy slowed(&bulk, &BulkAction::slowedDown);
    QSignalSpy finished(&bulk, &BulkAction::finished);
    bulk.start(OrderEditor::Action::Renew, ids, QVariant());
    QVERIFY(finished.wait(kWaitMs));
    barrier();

    QCOMPARE(bulk.rateLimitRetries(), 0);
    QCOMPARE(slowed.size(), 0);
    QCOMPARE(bulk.results().size(), qsizetype(2));
    const BulkAction::Result first = bulk.results().at(0);
    QCOMPARE(first.orderId, ids.at(0));
    QVERIFY(!first.ok);
    QVERIFY(!first.skipped);
    QVERIFY2(!first.message.isEmpty(), "the refusal has no words");
    QCOMPARE(posts(orderPath(ids.at(0), u"/renew"_s)), 1);
    QCOMPARE(m_server->order(ids.at(0))->status, MockOrder::Status::OnHold);
    // A 429 is a clear "no": the queue goes on with the next order.
    const BulkAction::Result second = bulk.results().at(1);
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(posts(orderPath(ids.at(1), u"/renew"_s)), 1);
    QCOMPARE(m_server->order(ids.at(1))->status, MockOrder::Status::Active);
}

// sharddesk-cli orders against a realistic server: exit 0, every order, and the warning.
void TestRealistic::cliOrdersWarnsAboutSkippedRows()
{
    const int twins = unreadableTwins(*m_server);
    QVERIFY(twins > 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHARDDESK_TOKEN"_s, m_server->token());
    env.insert(u"SHARDDESK_SERVER"_s, m_server->url().toString());
    env.remove(u"SHARDDESK_DEBUG"_s);

    QProcess process;
    process.setProcessEnvironment(env);
    // The in-process server needs this thread's event loop: wait on the signal, never block.
    QSignalSpy done(&process, &QProcess::finished);
    process.start(QString::fromLocal8Bit(SHARDDESK_CLI_EXE), {u"orders"_s});
    QVERIFY2(done.wait(kWaitMs), "sharddesk-cli did not finish");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0,
             qPrintable(u"exit %1\n%2"_s.arg(QString::number(process.exitCode()), err)));

    // A header, then one line per order, the id first.
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_server->orderCount() + 1);
    QSet<qint64> listed;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString first = lines.at(i).section(u' ', 0, 0, QString::SectionSkipEmpty);
        bool ok = false;
        const qint64 id = first.toLongLong(&ok);
        QVERIFY2(ok, qPrintable(lines.at(i)));
        QVERIFY2(!listed.contains(id), qPrintable(u"order %1 twice"_s.arg(id)));
        listed.insert(id);
    }
    for (const MockOrder &m : m_server->backend().state().orders())
        QVERIFY2(listed.contains(m.orderId), qPrintable(u"order %1 missing"_s.arg(m.orderId)));

    const QString warning =
        u"Warning: %1 row(s) could not be read and were skipped ("_s.arg(twins);
    QVERIFY2(err.contains(warning), qPrintable(err));
    QVERIFY2(!out.contains(u"Warning"_s), "the warning belongs on stderr");
}

QTEST_GUILESS_MAIN(TestRealistic)
#include "tst_realistic.moc"
