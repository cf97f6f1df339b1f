// OrderSync (and OrderService around it) against the mock over loopback HTTP: a complete,
// duplicate-free sync of a large account with overlapping requests, hostile paging that must end
// within a bounded number of requests, and a failure mid-sync that leaves the store untouched.
// OrderService's reads beside the store: a one-off listing of some statuses (sharddesk-cli's
// `orders`) and an order's proxy list.

#include "integrationsupport.h"

#include "mockcatalog.h"
#include "mockproduct.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/ordersync.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

Q_DECLARE_METATYPE(MockServer::PagingMode)

namespace {

struct SyncRun
{
    bool answered = false;
    bool finished = false;
    QList<Order> orders;
    ApiError error;
};

SyncRun runSync(OrderSync &sync, int waitMs = 15000)
{
    SyncRun run;
    CallWaiter waiter;
    QSignalSpy spy(&waiter, &CallWaiter::done);
    QObject::connect(&sync, &OrderSync::finished, &waiter, [&] {
        run.answered = true;
        run.finished = true;
        run.orders = sync.takeOrders();
        emit waiter.done();
    });
    QObject::connect(&sync, &OrderSync::failed, &waiter, [&](const ApiError &error) {
        run.answered = true;
        run.error = error;
        emit waiter.done();
    });
    sync.start();
    if (!run.answered)
        spy.wait(waitMs);
    return run;
}

int rank(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Active:
        return 0;
    case OrderStatus::OnHold:
        return 1;
    case OrderStatus::Cancelled:
        return 2;
    case OrderStatus::Unknown:
        break;
    }
    return 3;
}

// List requests the server saw, per status.
QHash<QString, int> listRequestsByStatus(const MockServer &server)
{
    QHash<QString, int> out;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == "GET" && r.path == u"/user/api/orders")
            ++out[r.queryValue(u"status"_s)];
    }
    return out;
}

int statusCount(const MockServer &server, MockOrder::Status s)
{
    return server.backend().state().countWithStatus(s);
}

// Profile-aware paging figures: the Realistic profile caps pages at 50 rows and lists a few extra
// unreadable rows, so a status takes more pages there than orders / pageSize.
int listedCount(const MockServer &server, MockOrder::Status s)
{
    return int(server.backend().listedRows(s).size());
}

int servedPageRows(const MockServer &server, int asked)
{
    return server.isRealistic() ? qMin(asked, MockBackend::RealisticRules::kPageCap) : asked;
}

int pagesOf(const MockServer &server, MockOrder::Status s, int pageSize)
{
    return int(std::ceil(listedCount(server, s) / double(servedPageRows(server, pageSize))));
}

// The cycle name the server served in the list row (Realistic: null for some orders).
QString listedCycleName(const MockServer &server, const MockOrder &m)
{
    if (server.isRealistic() && MockBackend::RealisticRules::nullCycleName(m.orderId))
        return QString();
    return m.cycleName;
}

const QList<MockOrder::Status> kStatuses{MockOrder::Status::Active, MockOrder::Status::OnHold,
                                         MockOrder::Status::Cancelled};

} // namespace

class TestOrderSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullSyncOf1200Orders();
    void emptyAccount();
    void hostilePaging_data();
    void hostilePaging();
    void pageBudgetPerStatusEndsTheSync();
    void failureMidSyncKeepsTheStore();
    void cancelStopsTheSync();
    void detailsLoadIntoTheStore();
    void listOrdersLeavesTheStoreAlone();
    void listOrdersOfOneStatus();
    void listOrdersEndsWithItsContext();
    void proxiesOfAnOrder();

private:
    // Every order id of the server exactly once, with the server's status and fields.
    // `syncOrder`: in OrderSync's order (status by status, newest first); a store keeps its own.
    void verifyComplete(const QList<Order> &orders, bool syncOrder = true);
    // Counts list requests in flight at the server (received, not yet answered).
    void trackInFlight();

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

void TestOrderSync::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_client = std::make_unique<ApiClient>();
    attach(*m_client, *m_server, 3000, fastRetry(2, 50));
    m_inFlight = 0;
    m_maxInFlight = 0;
}

void TestOrderSync::cleanup()
{
    m_client.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

void TestOrderSync::trackInFlight()
{
    connect(m_server.get(), &MockServer::requestReceived, this,
            [this](const QByteArray &, const QString &path) {
                if (path == u"/user/api/orders")
                    m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
            });
    connect(m_server.get(), &MockServer::requestHandled, this,
            [this](const QByteArray &, const QString &path, int) {
                if (path == u"/user/api/orders")
                    --m_inFlight;
            });
}

void TestOrderSync::verifyComplete(const QList<Order> &orders, bool syncOrder)
{
    const MockState &state = m_server->backend().state();
    QCOMPARE(orders.size(), state.orders().size());
    QSet<qint64> ids;
    ids.reserve(orders.size());
    int previousRank = -1;
    qint64 previousId = 0;
    for (const Order &o : orders) {
        QVERIFY2(!ids.contains(o.id), qPrintable(u"order %1 twice"_s.arg(o.id)));
        ids.insert(o.id);
        const MockOrder *m = state.order(o.id);
        QVERIFY2(m, qPrintable(u"order %1 is not on the server"_s.arg(o.id)));
        QCOMPARE(o.status, toClientStatus(m->status));
        QCOMPARE(o.productName, m->productName);
        QCOMPARE(o.cycleName, listedCycleName(*m_server, *m));
        QCOMPARE(o.autoRenewal, m->autoRenewal);
        QCOMPARE(o.tag, clientTag(m->tag));
        QCOMPARE(secsOrMinusOne(o.expiresAt), secsOrMinusOne(m->expiresAt));
        // Status by status, each newest first, as the server lists them.
        if (!syncOrder)
            continue;
        const int r = rank(o.status);
        QVERIFY(r >= previousRank);
        if (r == previousRank)
            QVERIFY2(o.id < previousId, "newest first within a status");
        previousRank = r;
        previousId = o.id;
    }
    for (const MockOrder &m : state.orders())
        QVERIFY2(ids.contains(m.orderId), qPrintable(u"order %1 missing"_s.arg(m.orderId)));
}

void TestOrderSync::fullSyncOf1200Orders()
{
    m_server->resetDemoData(1200);
    QCOMPARE(m_server->orderCount(), 1200);
    m_server->setLatency(25); // answers take a moment, so that requests can overlap
    trackInFlight();
    OrderSync sync(m_client.get());
    const OrderSync::Limits limits = sync.limits();
    QSignalSpy progressed(&sync, &OrderSync::progressed);

    const SyncRun run = runSync(sync);
    QVERIFY(run.answered);
    QVERIFY2(run.finished, qPrintable(run.error.message()));
    verifyComplete(run.orders);
    QVERIFY(!sync.isRunning());
    QCOMPARE(sync.rowsFetched(), qsizetype(1200));
    QVERIFY(progressed.size() > 0);
    QCOMPARE(m_client->callsInFlight(), 0);

    // Concurrency: more than one page at a time, never more than the window.
    QVERIFY2(m_maxInFlight > 1, qPrintable(u"at most %1 in flight"_s.arg(m_maxInFlight)));
    QVERIFY(m_maxInFlight <= limits.maxInFlight);

    // Economy: about one request per page, plus at most the read-ahead of the window. (After a
    // barrier, so that read-ahead dropped at the finish and still on its way is counted too.)
    m_server->setLatency(0);
    const auto barrier = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier && barrier->ok());
    const QHash<QString, int> perStatus = listRequestsByStatus(*m_server);
    QCOMPARE(perStatus.size(), 3);
    int total = 0;
    for (MockOrder::Status s : kStatuses) {
        const int n = statusCount(*m_server, s);
        const int pages = pagesOf(*m_server, s, limits.pageSize);
        const int seen = perStatus.value(MockOrder::statusName(s));
        const int bound = pages + 2 * limits.maxInFlight;
        QVERIFY2(seen >= pages && seen <= bound,
                 qPrintable(u"%1: %2 orders, %3 list requests (bound %4)"_s.arg(
                     MockOrder::statusName(s), QString::number(n), QString::number(seen),
                     QString::number(bound))));
        total += seen;
        for (const RecordedRequest &r : m_server->recordedRequests()) {
            // The page size asked for, or (a capping server) the cap once it is known.
            if (r.path == u"/user/api/orders") {
                const int limit = r.queryValue(u"limit"_s).toInt();
                QVERIFY2(limit == limits.pageSize ||
                             (m_server->isRealistic() &&
                              limit == MockBackend::RealisticRules::kPageCap),
                         qPrintable(QString::number(limit)));
            }
        }
    }
    qInfo("1200 orders: %d list requests, at most %d in flight", total, m_maxInFlight);
}

void TestOrderSync::emptyAccount()
{
    m_server->resetDemoData(0);
    OrderSync sync(m_client.get());
    const SyncRun run = runSync(sync);
    QVERIFY(run.finished);
    QVERIFY(run.orders.isEmpty());
    const QHash<QString, int> perStatus = listRequestsByStatus(*m_server);
    for (MockOrder::Status s : kStatuses)
        QVERIFY(perStatus.value(MockOrder::statusName(s)) >= 1);
    QVERIFY(m_server->requestCount("GET", u"/user/api/orders"_s) <=
            3 * (1 + 2 * sync.limits().maxInFlight));
}

void TestOrderSync::hostilePaging_data()
{
    QTest::addColumn<MockServer::PagingMode>("mode");
    QTest::addColumn<int>("orderCount");
    QTest::addColumn<bool>("expectFinished");
    QTest::newRow("next never null, 1200") << MockServer::PagingMode::NextNeverNull << 1200 << true;
    QTest::newRow("next never null, 300 (whole pages)")
        << MockServer::PagingMode::NextNeverNull << 300 << true;
    QTest::newRow("repeat pages, 1200") << MockServer::PagingMode::RepeatPages << 1200 << false;
    // A short page with `next` set means more rows exist (servers cap pages); rows repeated
    // after it are a broken server, reported rather than taken as a silent end.
    QTest::newRow("repeat pages, 60 (one short page)")
        << MockServer::PagingMode::RepeatPages << 60 << false;
    QTest::newRow("oversized pages, 1200") << MockServer::PagingMode::OversizedPages << 1200
                                           << false;
    QTest::newRow("oversized pages, 60 (fits)")
        << MockServer::PagingMode::OversizedPages << 60 << true;
}

void TestOrderSync::hostilePaging()
{
    QFETCH(MockServer::PagingMode, mode);
    QFETCH(int, orderCount);
    QFETCH(bool, expectFinished);
    m_server->resetDemoData(orderCount);
    m_server->setPagingMode(mode);
    m_server->setLatency(5);
    OrderSync sync(m_client.get());
    const OrderSync::Limits limits = sync.limits();

    const SyncRun run = runSync(sync);
    QVERIFY2(run.answered, "the sync neither finished nor failed");
    QVERIFY(!sync.isRunning());
    if (expectFinished) {
        QVERIFY2(run.finished, qPrintable(run.error.message()));
        verifyComplete(run.orders);
    } else {
        QVERIFY(!run.finished);
        QCOMPARE(ApiError::kindName(run.error.kind()), ApiError::kindName(ApiError::Kind::Protocol));
        QVERIFY(!run.error.message().isEmpty());
    }

    // A barrier: requests still on their way when the sync ended arrive before this one.
    m_server->setLatency(0);
    const auto barrier = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier && barrier->ok());

    // Bounded: about the pages there are, plus the read-ahead of the window, per status.
    const int requestsAtEnd = m_server->requestCount("GET", u"/user/api/orders"_s);
    int bound = 0;
    for (MockOrder::Status s : kStatuses) {
        const int pages = pagesOf(*m_server, s, limits.pageSize);
        bound += qMax(pages, 1) + 2 * limits.maxInFlight;
    }
    QVERIFY2(requestsAtEnd <= bound,
             qPrintable(u"%1 list requests, bound %2"_s.arg(requestsAtEnd).arg(bound)));

    // And it has stopped: nothing more arrives after another call went through.
    const auto barrier2 = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier2 && barrier2->ok());
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders"_s), requestsAtEnd);
    QCOMPARE(m_client->callsInFlight(), 0);
}

void TestOrderSync::pageBudgetPerStatusEndsTheSync()
{
    m_server->resetDemoData(1200);
    OrderSync sync(m_client.get());
    OrderSync::Limits limits;
    limits.pageSize = 100;
    limits.maxInFlight = 6;
    limits.maxPagesPerStatus = 1; // every status of this account has more than 100 orders
    sync.setLimits(limits);
    for (MockOrder::Status s : kStatuses)
        QVERIFY2(statusCount(*m_server, s) > 100, qPrintable(MockOrder::statusName(s)));
    const SyncRun run = runSync(sync);
    QVERIFY(run.answered);
    QVERIFY(!run.finished);
    QCOMPARE(run.error.kind(), ApiError::Kind::Protocol);
    const QHash<QString, int> perStatus = listRequestsByStatus(*m_server);
    for (auto it = perStatus.begin(); it != perStatus.end(); ++it)
        QVERIFY2(it.value() <= limits.maxPagesPerStatus, qPrintable(it.key()));
}

void TestOrderSync::failureMidSyncKeepsTheStore()
{
    m_server->resetDemoData(600);
    OrderStore store;
    OrderService service(m_client.get(), &store);
    QSignalSpy synced(&service, &OrderService::synced);
    QSignalSpy syncFailed(&service, &OrderService::syncFailed);

    service.refresh();
    QVERIFY(synced.wait(15000));
    QCOMPARE(store.count(), qsizetype(600));
    const QList<Order> before = store.orders();
    const QDateTime lastSync = store.lastSync();

    // The server's data changes, and the next sync breaks after two pages: 500 forever.
    m_server->resetDemoData(650, 7);
    int listRequests = 0;
    connect(m_server.get(), &MockServer::requestReceived, this,
            [this, &listRequests](const QByteArray &, const QString &path) {
                if (path == u"/user/api/orders" && ++listRequests == 3) {
                    MockFault f = MockFault::make(MockFault::Kind::Server500,
                                                  u"/user/api/orders"_s, "GET");
                    f.count = -1;
                    m_server->addFault(f);
                }
            });
    QSignalSpy inserted(&store, &OrderStore::rowsInserted);
    QSignalSpy removed(&store, &OrderStore::rowsRemoved);
    QSignalSpy changed(&store, &OrderStore::rowsChanged);
    QSignalSpy cleared(&store, &OrderStore::cleared);
    QSignalSpy storeSynced(&store, &OrderStore::synced);

    service.refresh();
    QVERIFY(service.isSyncing());
    QVERIFY(syncFailed.wait(15000));
    disconnect(m_server.get(), &MockServer::requestReceived, this, nullptr);
    const ApiError error = syncFailed.first().at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Server);
    QCOMPARE(error.message(), u"Internal server error"_s);
    QVERIFY(!service.isSyncing());
    QCOMPARE(synced.size(), 1);

    // Untouched: the same rows, no row signals, the old sync time.
    QVERIFY(store.orders() == before);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(storeSynced.size(), 0);
    QCOMPARE(store.lastSync(), lastSync);

    // When the server recovers, the next refresh brings the new data.
    m_server->clearFaults();
    service.refresh();
    QVERIFY(synced.wait(15000));
    QCOMPARE(store.count(), qsizetype(650));
    verifyComplete(store.orders(), false);
}

void TestOrderSync::cancelStopsTheSync()
{
    m_server->resetDemoData(1200);
    m_server->setLatency(30);
    OrderSync sync(m_client.get());
    QSignalSpy finished(&sync, &OrderSync::finished);
    QSignalSpy failed(&sync, &OrderSync::failed);
    QSignalSpy received(m_server.get(), &MockServer::requestReceived);
    sync.start();
    QVERIFY(received.wait(5000));
    sync.cancel();
    QVERIFY(!sync.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->callsInFlight(), 0, 5000);
    m_server->setLatency(0);
    const auto barrier = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier && barrier->ok());
    // Only the first window went out; nothing after the cancel.
    const int requests = m_server->requestCount("GET", u"/user/api/orders"_s);
    QVERIFY(requests <= sync.limits().maxInFlight);
    const auto barrier2 = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier2 && barrier2->ok());
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders"_s), requests);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestOrderSync::detailsLoadIntoTheStore()
{
    OrderStore store;
    OrderService service(m_client.get(), &store);
    QSignalSpy synced(&service, &OrderService::synced);
    service.refresh();
    QVERIFY(synced.wait(15000));
    const Order row = store.at(7);
    const std::optional<MockOrder> m = m_server->order(row.id);
    QVERIFY(m);

    // The server changed the order since the sync; the details bring the news into the row.
    MockOrder changed = *m;
    changed.tag = u"fresh-tag"_s;
    QVERIFY(m_server->backend().state().updateOrder(changed));
    QSignalSpy rowsChanged(&store, &OrderStore::rowsChanged);
    QSignalSpy loaded(&store, &OrderStore::detailsLoaded);
    service.loadDetails(row.id);
    QVERIFY(service.isLoadingDetails(row.id));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().at(0).toLongLong(), row.id);
    QCOMPARE(rowsChanged.size(), 1);
    QCOMPARE(rowsChanged.first().at(0).value<qsizetype>(), qsizetype(7));
    const OrderDetails *d = store.details(row.id);
    QVERIFY(d);
    QCOMPARE(d->quantity, std::optional<qint64>(m->quantity));
    QCOMPARE(d->pricePaidCents, std::optional<qint64>(m->pricePaidCents));
    QCOMPARE(store.at(7).tag, u"fresh-tag"_s);
    QCOMPARE(store.at(7).status, toClientStatus(m->status));

    // Loaded once: a second ask without force sends nothing.
    const int before = m_server->requestCount("GET", u"/user/api/orders/"_s);
    service.loadDetails(row.id);
    QVERIFY(!service.isLoadingDetails(row.id));
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders/"_s), before);

    // A failure is reported and leaves the row alone.
    QSignalSpy detailsFailed(&service, &OrderService::detailsFailed);
    m_server->addFault(MockFault::make(MockFault::Kind::NotFound404,
                                       u"/user/api/orders/"_s + QString::number(row.id)));
    service.loadDetails(row.id, true);
    QVERIFY(detailsFailed.wait(5000));
    QCOMPARE(detailsFailed.first().at(1).value<ApiError>().kind(), ApiError::Kind::NotFound);
    QCOMPARE(store.at(7).tag, u"fresh-tag"_s);
}

void TestOrderSync::listOrdersLeavesTheStoreAlone()
{
    m_server->resetDemoData(240);
    OrderStore store;
    OrderService service(m_client.get(), &store);
    QSignalSpy syncStarted(&service, &OrderService::syncStarted);
    std::optional<ApiResult<OrderService::Listing>> answer;
    int answers = 0;
    CallWaiter waiter;
    QSignalSpy done(&waiter, &CallWaiter::done);
    service.listOrders({OrderStatus::Active, OrderStatus::OnHold, OrderStatus::Cancelled},
                       &waiter, [&](ApiResult<OrderService::Listing> result) {
                           ++answers;
                           answer.emplace(std::move(result));
                           emit waiter.done();
                       });
    QVERIFY(done.wait(15000));
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error().message()));
    // What OrderSync itself lists: every order once, status by status, in the server's order.
    verifyComplete(answer->value().orders);
    // Rows that could not be read are reported (the Realistic profile lists a few).
    qsizetype listed = 0;
    for (MockOrder::Status s : kStatuses)
        listed += listedCount(*m_server, s);
    QCOMPARE(answer->value().orders.size() + answer->value().skipped.count(), listed);
    // The store, and the refresh that feeds it, were not involved.
    QCOMPARE(store.count(), qsizetype(0));
    QVERIFY(!store.hasSynced());
    QCOMPARE(syncStarted.size(), 0);
    QVERIFY(!service.isSyncing());
    // Nothing more can arrive once no call is left; what is queued is delivered here.
    QTRY_COMPARE(m_client->callsInFlight(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 1);
}

void TestOrderSync::listOrdersOfOneStatus()
{
    m_server->resetDemoData(120);
    OrderStore store;
    OrderService service(m_client.get(), &store);
    const auto result = await<OrderService::Listing>([&](QObject *c, auto cb) {
        service.listOrders({OrderStatus::OnHold}, c, cb);
    }, 15000);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().message()));
    const QList<Order> &orders = result->value().orders;
    QVERIFY(!orders.isEmpty());
    QCOMPARE(orders.size() + result->value().skipped.count(),
             qsizetype(listedCount(*m_server, MockOrder::Status::OnHold)));
    for (const Order &o : orders)
        QCOMPARE(o.status, OrderStatus::OnHold);
    // Only that status was asked for.
    const QHash<QString, int> byStatus = listRequestsByStatus(*m_server);
    QCOMPARE(byStatus.keys(), QList<QString>{OrderStatuses::apiName(OrderStatus::OnHold)});

    // A failure is answered as one, the store still untouched.
    m_server->addFault(MockFault::make(MockFault::Kind::Forbidden403, u"/user/api/orders"_s));
    const auto failed = await<OrderService::Listing>([&](QObject *c, auto cb) {
        service.listOrders({OrderStatus::Active}, c, cb);
    }, 15000);
    QVERIFY(failed);
    QVERIFY(!failed->ok());
    QCOMPARE(failed->error().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(store.count(), qsizetype(0));
}

void TestOrderSync::listOrdersEndsWithItsContext()
{
    m_server->resetDemoData(120);
    m_server->setLatency(100);
    OrderStore store;
    OrderService service(m_client.get(), &store);
    bool answered = false;
    auto context = std::make_unique<QObject>();
    service.listOrders({OrderStatus::Active}, context.get(),
                       [&answered](const ApiResult<OrderService::Listing> &) { answered = true; });
    QTRY_VERIFY(m_server->requestCount("GET", u"/user/api/orders"_s) > 0);
    context.reset();
    // The listing stops with its context: no answer, and no call left behind.
    QTRY_COMPARE(m_client->callsInFlight(), 0);
    QCoreApplication::processEvents();
    QVERIFY(!answered);
    QVERIFY(service.findChildren<OrderSync *>().size() == 1); // the service's own sync only
}

void TestOrderSync::proxiesOfAnOrder()
{
    m_server->resetDemoData(60);
    const MockCatalog &catalog = m_server->backend().catalog();
    qint64 dc = 0;
    qint64 other = 0;
    int quantity = 0;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        const MockProduct *p = catalog.productById(o.productId);
        if (o.status != MockOrder::Status::Active || !p)
            continue;
        if (!dc && p->isDatacenterOrIsp()) {
            dc = o.orderId;
            quantity = o.quantity;
        } else if (!other && !p->isDatacenterOrIsp()) {
            other = o.orderId;
        }
    }
    QVERIFY(dc > 0 && other > 0);
    OrderStore store;
    OrderService service(m_client.get(), &store);

    const auto list = await<ProxyList>([&](QObject *c, auto cb) { service.proxies(dc, c, cb); });
    QVERIFY(list);
    QVERIFY2(list->ok(), qPrintable(list->error().message()));
    QCOMPARE(list->value().proxies.size() + list->value().skipped.count(), qsizetype(quantity));
    QVERIFY(!list->value().proxies.isEmpty());
    QCOMPARE(m_server->requestCount("GET", u"/user/api/proxies/active"_s), 1);

    // Other products have no list: the server says so, and the service passes its words on.
    const auto refused =
        await<ProxyList>([&](QObject *c, auto cb) { service.proxies(other, c, cb); });
    QVERIFY(refused);
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().kind(), ApiError::Kind::Forbidden);
    QVERIFY(!refused->error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestOrderSync)
#include "tst_ordersync.moc"
