// Hostile paging beyond tst_ordersync (which covers `next` never null, repeated pages and
// oversized pages against the mock server): a server that sends full pages of new orders
// forever, so only the page budget can end the sync, must leave at most
// statuses × maxPagesPerStatus × pageSize rows held, in the sync and in the store; and ids that
// repeat across status tabs (an order that changed status mid-sync) and across pages of one tab
// end as one row each, with the same status whether they arrive in a first sync or a refresh.

#include "hardeningsupport.h"
#include "hostileserver.h"

#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/ordersync.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 20000;

int statusIndex(const QString &status)
{
    if (status == u"active")
        return 0;
    if (status == u"on-hold")
        return 1;
    if (status == u"cancelled")
        return 2;
    return 3;
}

// Full pages of orders never seen before, and always a `next`.
HostileServer::Page endlessPage(const QString &status, qint64 offset, int limit)
{
    HostileServer::Page page;
    const qint64 base = qint64(statusIndex(status) + 1) * 1000000000LL + offset;
    for (int i = 0; i < limit; ++i)
        page.ids.append(base + i);
    page.hasNext = true;
    return page;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> out;
    for (qint64 id = first; id <= last; ++id)
        out.append(id);
    return out;
}

// Page size 10. Active: 1..10, then 6..15 (half repeated), then 16..20 (short: the end).
// On hold: 11..20 (all of them listed under active too), then 21..25. Cancelled, slower than
// the others: 1..10 (listed under active), then 26..30.
HostileServer::Page duplicatePage(const QString &status, qint64 offset, int limit)
{
    HostileServer::Page page;
    Q_UNUSED(limit);
    if (status == u"active") {
        if (offset == 0)
            page.ids = range(1, 10);
        else if (offset == 10)
            page.ids = range(6, 15);
        else if (offset == 20)
            page.ids = range(16, 20);
    } else if (status == u"on-hold") {
        if (offset == 0)
            page.ids = range(11, 20);
        else if (offset == 10)
            page.ids = range(21, 25);
    } else if (status == u"cancelled") {
        if (offset == 0)
            page.ids = range(1, 10);
        else if (offset == 10)
            page.ids = range(26, 30);
        page.delayMs = 150;
    }
    page.hasNext = page.ids.size() == 10;
    return page;
}

// The rule OrderSync documents: an order listed under several tabs keeps the first tab's status
// (active, then on hold, then cancelled).
OrderStatus expectedDuplicateStatus(qint64 id)
{
    if (id <= 20)
        return OrderStatus::Active;
    if (id <= 25)
        return OrderStatus::OnHold;
    return OrderStatus::Cancelled;
}

QString statusName(OrderStatus s)
{
    return OrderStatuses::apiName(s);
}

} // namespace

class TestHostilePaging final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void endlessFreshPagesAreBounded_data();
    void endlessFreshPagesAreBounded();
    void endlessPagesThroughTheServiceKeepTheStoreBounded();
    void duplicateIdsAcrossStatusesInTheSync();
    void duplicateIdsAcrossStatusesInTheStore();

private:
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<HostileServer> m_server;
    void startServer(HostileServer::Pages pages);
};

void TestHostilePaging::init()
{
    m_client = std::make_unique<ApiClient>();
    m_client->setTimeoutMs(5000);
    ApiClient::RetryPolicy retry;
    retry.maxRetries = 1;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 20;
    m_client->setRetryPolicy(retry);
    m_client->setToken(u"hostile"_s);
}

void TestHostilePaging::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestHostilePaging::startServer(HostileServer::Pages pages)
{
    m_server = std::make_unique<HostileServer>(std::move(pages));
    QVERIFY(m_server->listen());
    m_client->setBaseUrl(m_server->url());
}

void TestHostilePaging::endlessFreshPagesAreBounded_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("maxPagesPerStatus");
    QTest::addColumn<int>("maxInFlight");
    QTest::newRow("10 × 5 pages, 6 in flight") << 10 << 5 << 6;
    QTest::newRow("100 × 12 pages, 6 in flight") << 100 << 12 << 6;
    QTest::newRow("50 × 30 pages, 1 in flight") << 50 << 30 << 1;
}

void TestHostilePaging::endlessFreshPagesAreBounded()
{
    QFETCH(int, pageSize);
    QFETCH(int, maxPagesPerStatus);
    QFETCH(int, maxInFlight);
    startServer(&endlessPage);
    OrderSync sync(m_client.get());
    OrderSync::Limits limits;
    limits.pageSize = pageSize;
    limits.maxPagesPerStatus = maxPagesPerStatus;
    limits.maxInFlight = maxInFlight;
    sync.setLimits(limits);
    QSignalSpy finished(&sync, &OrderSync::finished);
    QSignalSpy failed(&sync, &OrderSync::failed);
    qsizetype rowsSeenInSignals = 0;
    connect(&sync, &OrderSync::pageArrived, this,
            [&rowsSeenInSignals](const QList<Order> &rows) { rowsSeenInSignals += rows.size(); });

    sync.start();
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!sync.isRunning());
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Protocol);
    QVERIFY2(error.message().contains(QString::number(maxPagesPerStatus)), qPrintable(error.message()));

    // A barrier: requests still on the wire when the sync gave up arrive before this one.
    auto barrier = [this] {
        const auto r = Hardening::await<OrdersPage>([this](QObject *c, auto cb) {
            m_client->ordersPage(OrderStatus::Active, 0, 1, c, cb);
        });
        return r && r->ok();
    };
    QVERIFY(barrier());
    const int requestsAtEnd = m_server->listRequests() - 1;

    const qsizetype bound = 3 * qsizetype(maxPagesPerStatus) * pageSize;
    qInfo("%d-row pages, %d pages per status: %d requests, %lld rows held (bound %lld)", pageSize,
          maxPagesPerStatus, requestsAtEnd, qlonglong(sync.rowsFetched()), qlonglong(bound));
    for (const QString &status : {u"active"_s, u"on-hold"_s, u"cancelled"_s}) {
        const int own = m_server->listRequests(status) - (status == u"active" ? 1 : 0);
        QVERIFY2(own <= maxPagesPerStatus, qPrintable(status));
    }
    QVERIFY(sync.rowsFetched() <= bound);
    QVERIFY(rowsSeenInSignals <= bound);
    QVERIFY(sync.pagesFetched() <= 3 * maxPagesPerStatus);
    // And it has stopped: nothing more goes out after another call went through.
    QVERIFY(barrier());
    QCOMPARE(m_server->listRequests(), requestsAtEnd + 2);
    QCOMPARE(m_client->callsInFlight(), 0);
}

void TestHostilePaging::endlessPagesThroughTheServiceKeepTheStoreBounded()
{
    startServer(&endlessPage);
    OrderStore store;
    OrderService service(m_client.get(), &store);
    // The service's own sync, with a small budget so the test is quick; the bound is the same
    // rule at any size.
    auto *sync = service.findChild<OrderSync *>();
    QVERIFY(sync);
    OrderSync::Limits limits = sync->limits();
    limits.pageSize = 20;
    limits.maxPagesPerStatus = 8;
    sync->setLimits(limits);
    const qsizetype bound = 3 * qsizetype(limits.maxPagesPerStatus) * limits.pageSize;
    QSignalSpy failed(&service, &OrderService::syncFailed);
    QSignalSpy synced(&service, &OrderService::synced);
    qsizetype mostRows = 0;
    connect(&store, &OrderStore::rowsInserted, this,
            [&store, &mostRows] { mostRows = qMax(mostRows, store.count()); });

    // First sync: the store is empty, so rows are shown as they arrive.
    service.refresh();
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(synced.size(), 0);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Protocol);
    qInfo("first sync against an endless list: %lld rows shown at most, %lld after the failure "
          "(bound %lld), synced: %s",
          qlonglong(mostRows), qlonglong(store.count()), qlonglong(bound),
          store.hasSynced() ? "yes" : "no");
    QVERIFY(mostRows <= bound);
    QVERIFY(store.count() <= bound);
    QVERIFY(!store.hasSynced());

    // A refresh over data already shown leaves it as it was and still stays within the bound.
    // Whether the first run showed rows depends on the 50 ms flush racing the failure (under
    // ASan the failure often wins); with nothing shown the refresh is a first sync again.
    const QList<Order> before = store.orders();
    service.refresh();
    QVERIFY(failed.wait(kWaitMs));
    if (!before.isEmpty())
        QVERIFY(store.orders() == before);
    QVERIFY(store.count() <= bound);
    QVERIFY(mostRows <= bound);
}

void TestHostilePaging::duplicateIdsAcrossStatusesInTheSync()
{
    startServer(&duplicatePage);
    OrderSync sync(m_client.get());
    OrderSync::Limits limits;
    limits.pageSize = 10;
    sync.setLimits(limits);
    QSignalSpy finished(&sync, &OrderSync::finished);
    QSignalSpy failed(&sync, &OrderSync::failed);
    sync.start();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(failed.size(), 0);
    const QList<Order> orders = sync.takeOrders();
    QSet<qint64> ids;
    for (const Order &o : orders) {
        QVERIFY2(!ids.contains(o.id), qPrintable(u"order %1 twice"_s.arg(o.id)));
        ids.insert(o.id);
        QCOMPARE(statusName(o.status), statusName(expectedDuplicateStatus(o.id)));
    }
    const QList<qint64> all = range(1, 30);
    QCOMPARE(ids, QSet<qint64>(all.cbegin(), all.cend()));
}

void TestHostilePaging::duplicateIdsAcrossStatusesInTheStore()
{
    startServer(&duplicatePage);
    OrderStore store;
    OrderService service(m_client.get(), &store);
    auto *sync = service.findChild<OrderSync *>();
    QVERIFY(sync);
    OrderSync::Limits limits = sync->limits();
    limits.pageSize = 10;
    sync->setLimits(limits);
    QSignalSpy synced(&service, &OrderService::synced);

    auto check = [&store](const char *when) {
        QStringList wrong;
        QSet<qint64> ids;
        for (qsizetype row = 0; row < store.count(); ++row) {
            const Order &o = store.at(row);
            if (ids.contains(o.id))
                wrong.append(u"%1 twice"_s.arg(o.id));
            ids.insert(o.id);
            if (store.rowOf(o.id) != row)
                wrong.append(u"%1 indexed at row %2, is at %3"_s.arg(o.id).arg(store.rowOf(o.id)).arg(row));
            if (o.status != expectedDuplicateStatus(o.id))
                wrong.append(u"%1 is %2, listed first as %3"_s.arg(o.id)
                                 .arg(statusName(o.status), statusName(expectedDuplicateStatus(o.id))));
        }
        if (store.count() != 30)
            wrong.append(u"%1 rows instead of 30"_s.arg(store.count()));
        qInfo("%s: %lld rows, %d problems", when, qlonglong(store.count()), int(wrong.size()));
        return wrong.join(u"; ");
    };

    // First sync (rows shown as they arrive), then a refresh over them: the same store.
    service.refresh();
    QVERIFY(synced.wait(kWaitMs));
    const QString afterFirst = check("first sync");
    service.refresh();
    QVERIFY(synced.wait(kWaitMs));
    const QString afterRefresh = check("refresh");
    QVERIFY2(afterRefresh.isEmpty(), qPrintable(afterRefresh));
    QVERIFY2(afterFirst.isEmpty(), qPrintable(u"first sync: "_s + afterFirst));
}

QTEST_GUILESS_MAIN(TestHostilePaging)
#include "tst_hostilepaging.moc"
