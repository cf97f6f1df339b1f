// RenewalWatch against the mock server over loopback HTTP: real syncs, real detail requests, real
// faults. The watch's clock is fixed (and moved by hand); the server's orders are seeded around it.

#include "../integration/integrationsupport.h"

#include "alerts/renewalalerts.h"
#include "alerts/renewalwatch.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include "storage/storeddetails.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

namespace {

constexpr qint64 kHour = 60 * 60;
constexpr qint64 kDay = 24 * kHour;
const QDateTime kNow = QDateTime::fromString(u"2030-03-10T12:00:00Z"_s, Qt::ISODate);

using Ids = QList<qint64>;

// The ids of GET /user/api/orders/{id} requests the server saw, in arrival order.
Ids detailRequests(const MockServer &server)
{
    Ids ids;
    const QString prefix = u"/user/api/orders/"_s;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == "GET" && r.path.startsWith(prefix))
            ids.append(r.path.mid(prefix.size()).toLongLong());
    }
    return ids;
}

QSet<qint64> asSet(const Ids &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

class TestRenewalWatch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void syncLoadsMissingPricesAndNotifies();
    void identicalSyncDoesNotNotifyAgain();
    void newExpiringOrderNotifies();
    void failedDetailsCountAsUnpriced();
    void priceLoadsAreBoundedPerCheck();
    void fundingNewsRules();
    void reExpiryIsNewsButToggleIsNot();
    void widerWarningWindowUpdatesAtOnceNotifiesAfterSync();
    void disabledDoesNothing();
    void waitsForAnAccountRefreshInFlight();
    void signOutForgetsEverything();
    void syncDuringACheckRunsOneMoreCheck();
    void alertsShownBeforeTheLastExitAreNotRepeated();

private:
    // An order of the template's product, expiring `expiresIn` seconds from the watch's now
    // (nullopt: lifetime).
    MockOrder order(qint64 id, std::optional<qint64> expiresIn, std::optional<bool> autoRenewal,
                    qint64 priceCents, MockOrder::Status status = MockOrder::Status::Active) const;
    // The standard account: two expiring, two due auto-renewals (7500 in all) and the orders no
    // rule picks up; balance 7000.
    void seedStandard();
    void refreshAccount();
    // One sync and the check after it; nullopt when no alertsUpdated came.
    std::optional<RenewalAlerts> syncOnce();

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<AccountService> m_account;
    std::unique_ptr<RenewalWatch> m_watch;
    std::unique_ptr<QSignalSpy> m_notified;
    MockOrder m_template;
    QDateTime m_now;
};

void TestRenewalWatch::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    const std::optional<MockOrder> t = findOrder(*m_server, isDatacenterOrIsp);
    QVERIFY(t);
    m_template = *t;
    m_now = kNow;
    m_server->backend().setNow(kNow.toSecsSinceEpoch());

    m_client = std::make_unique<ApiClient>();
    attach(*m_client, *m_server, 3000, fastRetry(2, 50));
    m_store = std::make_unique<OrderStore>();
    m_orders = std::make_unique<OrderService>(m_client.get(), m_store.get());
    m_account = std::make_unique<AccountService>(m_client.get());
    m_watch = std::make_unique<RenewalWatch>(m_orders.get(), m_account.get());
    m_watch->setClock([this] { return m_now; });
    m_notified = std::make_unique<QSignalSpy>(m_watch.get(), &RenewalWatch::notificationDue);
}

void TestRenewalWatch::cleanup()
{
    m_notified.reset();
    m_watch.reset();
    m_account.reset();
    m_orders.reset();
    m_store.reset();
    m_client.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

MockOrder TestRenewalWatch::order(qint64 id, std::optional<qint64> expiresIn,
                                  std::optional<bool> autoRenewal, qint64 priceCents,
                                  MockOrder::Status status) const
{
    MockOrder o = m_template;
    o.orderId = id;
    o.status = status;
    o.createdAt = kNow.toSecsSinceEpoch() - 40 * kDay;
    o.expiresAt =
        expiresIn ? std::optional<qint64>(m_now.toSecsSinceEpoch() + *expiresIn) : std::nullopt;
    o.autoRenewal = autoRenewal;
    o.pricePaidCents = priceCents;
    return o;
}

void TestRenewalWatch::seedStandard()
{
    using S = MockOrder::Status;
    m_server->backend().state().setOrders({
        order(1001, kDay, false, 1000),            // expiring
        order(1002, 2 * kDay, std::nullopt, 1200), // expiring (no auto-renewal at all)
        order(1003, kDay, true, 4000),             // due
        order(1004, 5 * kDay, true, 3500),         // due
        order(1005, 10 * kDay, true, 9999),        // auto-renews, but after the week
        order(1006, -kDay, true, 800, S::OnHold),  // lapsed already
        order(1007, -10 * kDay, false, 800, S::Cancelled),
        order(1008, std::nullopt, std::nullopt, 5000), // lifetime
        order(1009, -kHour, false, 700),               // expired, the list is behind
        order(1010, 8 * kDay, false, 600),             // expiring, but after the window
    });
    m_server->setBalanceCents(7000);
}

void TestRenewalWatch::refreshAccount()
{
    QSignalSpy changed(m_account.get(), &AccountService::accountChanged);
    m_account->refresh();
    QVERIFY(changed.wait(10000));
}

std::optional<RenewalAlerts> TestRenewalWatch::syncOnce()
{
    QSignalSpy updated(m_watch.get(), &RenewalWatch::alertsUpdated);
    m_orders->refresh();
    if (!updated.wait(10000))
        return std::nullopt;
    if (updated.size() != 1) {
        qWarning("alertsUpdated %d times after one sync", int(updated.size()));
        return std::nullopt;
    }
    if (m_watch->isChecking()) {
        qWarning("still checking after alertsUpdated");
        return std::nullopt;
    }
    return updated.first().at(0).value<RenewalAlerts>();
}

void TestRenewalWatch::syncLoadsMissingPricesAndNotifies()
{
    seedStandard();
    refreshAccount();
    const std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);

    // Only the due auto-renewals were asked for their price, soonest first.
    QCOMPARE(detailRequests(*m_server), (Ids{1003, 1004}));
    QCOMPARE(a->expiringIds(), (Ids{1001, 1002}));
    QCOMPARE(a->dueRenewalIds(), (Ids{1003, 1004}));
    QCOMPARE(a->unpricedRenewalCount(), 0);
    QCOMPARE(a->knownRenewalCostCents(), 7500);
    QCOMPARE(a->balanceCents(), std::optional<qint64>(7000));
    QVERIFY(a->isUnderfunded());
    QCOMPARE(a->shortfallCents(), 500);
    QCOMPARE(a->warningDays(), 3);
    QCOMPARE(a->attentionIds(), (Ids{1001, 1002, 1003, 1004}));
    QCOMPARE(m_watch->alerts(), *a);

    QCOMPARE(m_notified->size(), 1);
    QCOMPARE(m_notified->first().at(0).value<RenewalAlerts>(), *a);
}

void TestRenewalWatch::identicalSyncDoesNotNotifyAgain()
{
    seedStandard();
    refreshAccount();
    const std::optional<RenewalAlerts> first = syncOnce();
    QVERIFY(first);
    QCOMPARE(m_notified->size(), 1);
    const qsizetype requests = detailRequests(*m_server).size();

    const std::optional<RenewalAlerts> second = syncOnce();
    QVERIFY(second);
    QCOMPARE(*second, *first);
    QCOMPARE(m_notified->size(), 1);
    // The prices are known now: nothing is asked again.
    QCOMPARE(detailRequests(*m_server).size(), requests);

    // The clock moving on (nothing crosses a boundary) is no news either.
    m_now = m_now.addSecs(kHour);
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);
}

void TestRenewalWatch::newExpiringOrderNotifies()
{
    seedStandard();
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);

    m_server->backend().state().addOrder(order(0, 12 * kHour, false, 900));
    const qint64 newId = m_server->backend().state().orders().constLast().orderId;
    const std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->expiringIds(), (Ids{newId, 1001, 1002}));
    QCOMPARE(m_notified->size(), 2);
    QCOMPARE(m_notified->last().at(0).value<RenewalAlerts>(), *a);
    // Not a due renewal: its price was never asked for.
    QVERIFY(!detailRequests(*m_server).contains(newId));

    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 2);
}

void TestRenewalWatch::failedDetailsCountAsUnpriced()
{
    seedStandard();
    refreshAccount();
    // 1003's details fail every time (retries included); 1004's come through.
    MockFault fault = MockFault::make(MockFault::Kind::Server500, u"/user/api/orders/1003"_s);
    fault.count = -1;
    m_server->addFault(fault);
    QSignalSpy failed(m_orders.get(), &OrderService::detailsFailed);

    const std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toLongLong(), 1003);
    QCOMPARE(a->dueRenewalIds(), (Ids{1003, 1004}));
    QCOMPARE(a->unpricedRenewalIds(), (Ids{1003}));
    QCOMPARE(a->knownRenewalCostCents(), 3500);
    QVERIFY(!a->isUnderfunded());    // 3500 known <= 7000
    QCOMPARE(m_notified->size(), 1); // the expiring orders

    // The next sync tries the unpriced one again; now the week turns out underfunded: news.
    m_server->clearFaults();
    const std::optional<RenewalAlerts> b = syncOnce();
    QVERIFY(b);
    QCOMPARE(b->unpricedRenewalCount(), 0);
    QCOMPARE(b->knownRenewalCostCents(), 7500);
    QVERIFY(b->isUnderfunded());
    QCOMPARE(m_notified->size(), 2);
}

void TestRenewalWatch::priceLoadsAreBoundedPerCheck()
{
    // 60 auto-renewals due this week, unpriced, against an empty wallet.
    QList<MockOrder> orders;
    for (int i = 0; i < 60; ++i)
        orders.append(order(2000 + i, kHour + i * 2 * kHour, true, 100));
    m_server->backend().state().setOrders(orders);
    m_server->setBalanceCents(0);
    m_server->setLatency(10); // answers overlap, so the in-flight bound is exercised
    refreshAccount();

    int inFlight = 0;
    int maxInFlight = 0;
    const auto isDetails = [](const QString &path) {
        return path.startsWith(u"/user/api/orders/");
    };
    QObject scope; // the connections end with this test
    connect(m_server.get(), &MockServer::requestReceived, &scope,
            [&](const QByteArray &, const QString &path) {
                if (isDetails(path))
                    maxInFlight = qMax(maxInFlight, ++inFlight);
            });
    connect(m_server.get(), &MockServer::requestHandled, &scope,
            [&](const QByteArray &, const QString &path, int) {
                if (isDetails(path))
                    --inFlight;
            });

    const std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);
    const Ids first = detailRequests(*m_server);
    QCOMPARE(first.size(), RenewalWatch::kMaxPriceLoadsPerCheck);
    QCOMPARE(asSet(first).size(), first.size());
    QVERIFY2(maxInFlight <= RenewalWatch::kMaxLoadsInFlight,
             qPrintable(QString::number(maxInFlight)));
    // Soonest first: the ten left unpriced are the last ten to fall due.
    Ids lastTen;
    for (int i = 50; i < 60; ++i)
        lastTen.append(2000 + i);
    QCOMPARE(a->unpricedRenewalIds(), lastTen);
    QCOMPARE(a->knownRenewalCostCents(), 5000);
    QVERIFY(a->isUnderfunded());
    QCOMPARE(m_notified->size(), 1);

    // The next sync prices the rest. The shortfall grows, but only by prices learned for the
    // renewals already notified: no second notification.
    m_server->clearRecorded();
    const std::optional<RenewalAlerts> b = syncOnce();
    QVERIFY(b);
    QCOMPARE(asSet(detailRequests(*m_server)), asSet(lastTen));
    QCOMPARE(b->unpricedRenewalCount(), 0);
    QCOMPARE(b->knownRenewalCostCents(), 6000);
    QCOMPARE(b->shortfallCents(), 6000);
    QCOMPARE(m_notified->size(), 1);

    m_server->clearRecorded();
    QVERIFY(syncOnce());
    QVERIFY(detailRequests(*m_server).isEmpty());
    QCOMPARE(m_notified->size(), 1);
}

void TestRenewalWatch::fundingNewsRules()
{
    seedStandard();
    m_server->backend().state().setOrders(
        {order(1003, kDay, true, 4000), order(1004, 5 * kDay, true, 3500)});
    refreshAccount();
    std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->shortfallCents(), 500);
    QCOMPARE(m_notified->size(), 1);

    // The balance drops: the shortfall grows, news.
    m_server->setBalanceCents(6000);
    refreshAccount();
    QCOMPARE(m_notified->size(), 1); // a balance change alone updates, never notifies
    QCOMPARE(m_watch->alerts().shortfallCents(), 1500);
    a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->shortfallCents(), 1500);
    QCOMPARE(m_notified->size(), 2);

    // Topped up to exactly the cost: funded, quiet.
    m_server->setBalanceCents(7500);
    refreshAccount();
    QVERIFY(!m_watch->alerts().isUnderfunded());
    a = syncOnce();
    QVERIFY(a);
    QVERIFY(!a->isUnderfunded());
    QCOMPARE(m_notified->size(), 2);

    // One cent short again: turning underfunded is news, however small.
    m_server->setBalanceCents(7499);
    refreshAccount();
    a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->shortfallCents(), 1);
    QCOMPARE(m_notified->size(), 3);

    // Short by more, then partly topped up, then down a little: never beyond the 500 last
    // notified... until it is.
    m_server->setBalanceCents(7000);
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 4); // 500 > 1, balance dropped
    m_server->setBalanceCents(7200);
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 4); // 300
    m_server->setBalanceCents(7100);
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 4); // 400, still below 500

    // A new auto-renewal falls due: the shortfall passes 500, news.
    m_server->backend().state().addOrder(order(0, 3 * kDay, true, 1000));
    a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->dueRenewalIds().size(), 3);
    QCOMPARE(a->shortfallCents(), 1400);
    QCOMPARE(m_notified->size(), 5);
}

void TestRenewalWatch::reExpiryIsNewsButToggleIsNot()
{
    seedStandard();
    m_server->setBalanceCents(1000000); // keep the funding check out of it
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);

    // Auto-renew switched on, then off again: 1001 expires at the same moment as notified.
    std::optional<MockOrder> o = m_server->order(1001);
    QVERIFY(o);
    o->autoRenewal = true;
    QVERIFY(m_server->updateOrder(*o));
    std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->expiringIds(), (Ids{1002}));
    QVERIFY(a->dueRenewalIds().contains(1001));
    o->autoRenewal = false;
    QVERIFY(m_server->updateOrder(*o));
    a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->expiringIds(), (Ids{1001, 1002}));
    QCOMPARE(m_notified->size(), 1);

    // Renewed by hand for a month: out of the window. Four weeks later it expires again: news.
    o->expiresAt = m_now.toSecsSinceEpoch() + 30 * kDay;
    QVERIFY(m_server->updateOrder(*o));
    a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->expiringIds(), (Ids{1002}));
    QCOMPARE(m_notified->size(), 1);
    m_now = m_now.addDays(28);
    a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->expiringIds(), (Ids{1001}));
    QCOMPARE(m_notified->size(), 2);
}

void TestRenewalWatch::widerWarningWindowUpdatesAtOnceNotifiesAfterSync()
{
    seedStandard();
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);

    QSignalSpy updated(m_watch.get(), &RenewalWatch::alertsUpdated);
    m_watch->setWarningDays(10);
    QCOMPARE(m_watch->warningDays(), 10);
    QCOMPARE(updated.size(), 1);
    const RenewalAlerts wider = updated.first().at(0).value<RenewalAlerts>();
    QCOMPARE(wider.expiringIds(), (Ids{1001, 1002, 1010}));
    QCOMPARE(wider.warningDays(), 10);
    QCOMPARE(m_notified->size(), 1);

    m_watch->setWarningDays(10); // unchanged: nothing
    QCOMPARE(updated.size(), 1);

    const std::optional<RenewalAlerts> a = syncOnce();
    QVERIFY(a);
    QCOMPARE(a->expiringIds(), (Ids{1001, 1002, 1010}));
    QCOMPARE(m_notified->size(), 2);
}

void TestRenewalWatch::disabledDoesNothing()
{
    seedStandard();
    refreshAccount();
    QSignalSpy updated(m_watch.get(), &RenewalWatch::alertsUpdated);
    m_watch->setEnabled(false);
    QVERIFY(!m_watch->isEnabled());
    QSignalSpy synced(m_orders.get(), &OrderService::synced);
    m_orders->refresh();
    QVERIFY(synced.wait(10000));
    QVERIFY(!m_watch->isChecking());
    QCOMPARE(updated.size(), 0);
    QCOMPARE(m_notified->size(), 0);
    QVERIFY(detailRequests(*m_server).isEmpty());

    m_watch->setEnabled(true);
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);

    // Switching off empties the alerts at once and forgets what was notified.
    updated.clear();
    m_watch->setEnabled(false);
    QCOMPARE(updated.size(), 1);
    QVERIFY(!updated.first().at(0).value<RenewalAlerts>().hasWarnings());
    QVERIFY(!m_watch->alerts().hasWarnings());
    m_watch->setEnabled(true);
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 2);
}

void TestRenewalWatch::waitsForAnAccountRefreshInFlight()
{
    seedStandard();
    refreshAccount();
    // A second watch that starts after a slot which refreshes the account on every sync, as an
    // app refreshing both at once does. The standard watch is kept out of the way.
    m_watch->setEnabled(false);
    bool refreshAccountOnSync = false;
    QObject scope; // the connection ends with this test
    connect(m_orders.get(), &OrderService::synced, &scope, [&] {
        if (refreshAccountOnSync)
            m_account->refresh();
    });
    RenewalWatch watch(m_orders.get(), m_account.get());
    watch.setClock([this] { return m_now; });
    QSignalSpy updated(&watch, &RenewalWatch::alertsUpdated);
    QSignalSpy notified(&watch, &RenewalWatch::notificationDue);
    QSignalSpy synced(m_orders.get(), &OrderService::synced);
    m_orders->refresh();
    QVERIFY(updated.wait(10000));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(updated.last().at(0).value<RenewalAlerts>().balanceCents(),
             std::optional<qint64>(7000));

    // Prices are known, so the check has nothing to load: it waits for the balance alone.
    m_server->setBalanceCents(9000);
    refreshAccountOnSync = true;
    updated.clear();
    synced.clear();
    m_orders->refresh();
    QVERIFY(synced.wait(10000));
    QVERIFY(watch.isChecking());
    QCOMPARE(updated.size(), 0);
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.size(), 1);
    const RenewalAlerts funded = updated.first().at(0).value<RenewalAlerts>();
    QCOMPARE(funded.balanceCents(), std::optional<qint64>(9000));
    QVERIFY(!funded.isUnderfunded());
    QVERIFY(!watch.isChecking());

    // A failed account refresh ends the check too, with the balance last known.
    MockFault fault = MockFault::make(MockFault::Kind::Server500, u"/user/api/me"_s);
    fault.count = -1;
    m_server->addFault(fault);
    QSignalSpy refreshFailed(m_account.get(), &AccountService::refreshFailed);
    updated.clear();
    synced.clear();
    m_orders->refresh();
    QVERIFY(synced.wait(10000));
    QVERIFY(watch.isChecking());
    QVERIFY(updated.wait(10000));
    QCOMPARE(refreshFailed.size(), 1);
    QCOMPARE(updated.first().at(0).value<RenewalAlerts>().balanceCents(),
             std::optional<qint64>(9000));
    QCOMPARE(notified.size(), 1);
}

void TestRenewalWatch::signOutForgetsEverything()
{
    seedStandard();
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);

    QSignalSpy updated(m_watch.get(), &RenewalWatch::alertsUpdated);
    m_store->clear();
    QCOMPARE(updated.size(), 1);
    QVERIFY(!m_watch->alerts().hasWarnings());
    QVERIFY(m_watch->alerts().dueRenewalIds().isEmpty());

    // Signed in again: the same orders are news to the new session.
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 2);
}

void TestRenewalWatch::syncDuringACheckRunsOneMoreCheck()
{
    seedStandard();
    refreshAccount();
    m_server->setLatency(30); // the prices take a while
    QSignalSpy updated(m_watch.get(), &RenewalWatch::alertsUpdated);
    QSignalSpy synced(m_orders.get(), &OrderService::synced);
    m_orders->refresh();
    QVERIFY(synced.wait(10000));
    QVERIFY(m_watch->isChecking());
    // Two more syncs end while the prices load (checkNow is what a sync calls): one more check.
    m_watch->checkNow();
    m_watch->checkNow();
    QCOMPARE(updated.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 10000);
    QVERIFY(!m_watch->isChecking());
    QCOMPARE(m_notified->size(), 1);
    // Each price was asked for once.
    QCOMPARE(detailRequests(*m_server), (Ids{1003, 1004}));
    QCOMPARE(updated.first().at(0).value<RenewalAlerts>(),
             updated.last().at(0).value<RenewalAlerts>());
    QCOMPARE(updated.last().at(0).value<RenewalAlerts>().knownRenewalCostCents(), 7500);

    // A real second sync right behind the first: two checks, still one notification.
    m_server->clearRecorded();
    updated.clear();
    m_orders->refresh();
    QVERIFY(synced.wait(10000));
    m_orders->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 10000);
    QVERIFY(!m_watch->isChecking());
    QCOMPARE(m_notified->size(), 1);
    QVERIFY(detailRequests(*m_server).isEmpty());
}

// A start from the local store: the last run's last sync showed these alerts; the first sync of
// this run finds the same and says nothing, but an order that started expiring since is news.
void TestRenewalWatch::alertsShownBeforeTheLastExitAreNotRepeated()
{
    seedStandard();
    refreshAccount();
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);
    const QList<Order> stored = m_store->orders();
    QHash<qint64, StoredDetails> kept; // what the local store keeps of the details
    for (const Order &o : stored) {
        if (const OrderDetails *d = m_store->details(o.id))
            kept.insert(o.id, StoredDetails::of(*d));
    }
    QVERIFY(!kept.isEmpty());
    const QDateTime syncedAt = m_now;
    const auto nextRun = [&](bool remember) {
        m_notified.reset();
        m_watch.reset();
        m_store->clear();
        m_watch = std::make_unique<RenewalWatch>(m_orders.get(), m_account.get());
        m_watch->setClock([this] { return m_now; });
        m_notified = std::make_unique<QSignalSpy>(m_watch.get(), &RenewalWatch::notificationDue);
        if (remember) {
            m_store->restoreDetails(kept);
            m_store->restore(stored, syncedAt);
            m_watch->rememberShown(syncedAt);
        }
    };

    // The next run: the stored rows on screen, then its first sync an hour later.
    m_now = m_now.addSecs(kHour);
    nextRun(true);
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 0);

    // Without the memory (a first start, or nothing stored) the same sync is news.
    nextRun(false);
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);

    // Remembered, and an order that was not expiring at the last exit starts to: news.
    nextRun(true);
    QList<MockOrder> orders = m_server->backend().state().orders();
    for (MockOrder &o : orders) {
        if (o.orderId == 1010)
            o.expiresAt = m_now.toSecsSinceEpoch() + kDay;
    }
    m_server->backend().state().setOrders(orders);
    QVERIFY(syncOnce());
    QCOMPARE(m_notified->size(), 1);
}

QTEST_GUILESS_MAIN(TestRenewalWatch)
#include "tst_renewalwatch.moc"
