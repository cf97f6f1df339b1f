// MissingPrices against the real loopback MockServer (issue 17, the Overview's "Load missing
// prices"): every order without a known price is asked for once, never more than four at a time,
// none whose details are loaded or kept from the last run; a stop drops the queue; a server out of
// reach stops the run after its first failure instead of failing every order in turn.
// The server holds its answers back (its delay scheduler): nothing waits on the clock.

#include "integrationsupport.h"
#include "services/missingprices.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "storage/storeddetails.h"

#include "mockfault.h"
#include "mockserver.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestMissingPrices final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void asksForEachMissingPriceOnceAFewAtATime();
    void skipsLoadedAndKeptPrices();
    void stopDropsTheQueue();
    void unreachableServerStopsTheRun();

private:
    bool releaseUntilDone();
    int detailsRequests() const;

    struct Services
    {
        ApiClient client;
        OrderStore store;
        OrderService orders{&client, &store};
    };
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MissingPrices> m_prices;
    struct Held
    {
        std::function<void()> send;
        bool details = false;
    };
    QList<Held> m_held;
    bool m_lastIsDetails = false;
    int m_most = 0; // the most answers held back at once
};

void TestMissingPrices::init()
{
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(30);
    QVERIFY(m_server->listen());
    m_services = std::make_unique<Services>();
    Integration::attach(m_services->client, *m_server, 60000);
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    m_services->orders.refresh();
    QVERIFY(synced.wait(10000));
    QCOMPARE(m_services->store.count(), 30);
    m_server->clearRecorded();
    m_prices = std::make_unique<MissingPrices>(&m_services->orders);
    m_held.clear();
    m_most = 0;
    m_server->setLatency(1);
    // The server names each request just before it schedules its answer: so each held answer
    // is known to be a details answer or not (a list page the sync left on the wire).
    connect(m_server.get(), &MockServer::requestReceived, this,
            [this](const QByteArray &method, const QString &path) {
                m_lastIsDetails = method == "GET" && path.startsWith(u"/user/api/orders/"_s);
            });
    m_server->setDelayScheduler([this](int, QObject *, std::function<void()> send) {
        m_held.append({std::move(send), m_lastIsDetails});
    });
}

void TestMissingPrices::cleanup()
{
    m_prices.reset();
    m_services.reset();
    m_server.reset();
    m_held.clear();
}

bool TestMissingPrices::releaseUntilDone()
{
    return QTest::qWaitFor(
        [this] {
            // Every answer is held until here: those held are the requests on their way.
            m_most = qMax(m_most, int(std::count_if(m_held.cbegin(), m_held.cend(),
                                                    [](const Held &h) { return h.details; })));
            const QList<Held> held = std::exchange(m_held, {});
            for (const Held &h : held)
                h.send();
            return !m_prices->isLoading();
        },
        10000);
}

int TestMissingPrices::detailsRequests() const
{
    int n = 0;
    for (const RecordedRequest &r : m_server->recordedRequests())
        n += r.method == "GET" && r.path.startsWith(u"/user/api/orders/"_s);
    return n;
}

void TestMissingPrices::asksForEachMissingPriceOnceAFewAtATime()
{
    QCOMPARE(m_prices->missingCount(), 30);
    QSignalSpy finished(m_prices.get(), &MissingPrices::finished);
    m_prices->load();
    QVERIFY(m_prices->isLoading());
    QCOMPARE(m_prices->total(), 30);
    m_prices->load(); // a second click while loading starts nothing more
    QCOMPARE(m_prices->total(), 30);
    QVERIFY(releaseUntilDone());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_prices->done(), 30);
    QCOMPARE(m_prices->failed(), 0);
    QCOMPARE(detailsRequests(), 30);
    QVERIFY(m_most <= MissingPrices::kMaxInFlight);
    QCOMPARE(m_prices->missingCount(), 0);
    for (const Order &o : m_services->store.orders())
        QVERIFY(m_services->store.details(o.id));
}

void TestMissingPrices::skipsLoadedAndKeptPrices()
{
    const qint64 loaded = m_services->store.at(0).id;
    const qint64 kept = m_services->store.at(1).id;
    m_services->orders.loadDetails(loaded);
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const Held &h : std::exchange(m_held, {}))
                h.send();
            return m_services->store.details(loaded) != nullptr;
        },
        10000));
    StoredDetails stored;
    stored.pricePaidCents = 1234;
    m_services->store.restoreDetails({{kept, stored}});
    m_server->clearRecorded();

    QCOMPARE(m_prices->missingCount(), 28);
    QVERIFY(!m_prices->missing().contains(loaded));
    QVERIFY(!m_prices->missing().contains(kept));
    m_prices->load();
    QVERIFY(releaseUntilDone());
    QCOMPARE(detailsRequests(), 28);
}

void TestMissingPrices::stopDropsTheQueue()
{
    QSignalSpy finished(m_prices.get(), &MissingPrices::finished);
    m_prices->load();
    QVERIFY(QTest::qWaitFor(
        [this] {
            return std::count_if(m_held.cbegin(), m_held.cend(), [](const Held &h) {
                       return h.details;
                   }) == MissingPrices::kMaxInFlight;
        },
        10000));
    m_prices->stop();
    QCOMPARE(m_prices->total(), MissingPrices::kMaxInFlight);
    QVERIFY(m_prices->isLoading()); // the four on their way finish
    QVERIFY(releaseUntilDone());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(detailsRequests(), MissingPrices::kMaxInFlight);
    QCOMPARE(m_prices->missingCount(), 30 - MissingPrices::kMaxInFlight);
}

void TestMissingPrices::unreachableServerStopsTheRun()
{
    m_server->setDelayScheduler({});
    m_server->setLatency(0);
    MockFault down = MockFault::make(MockFault::Kind::Unavailable503, u"/user/api/orders/"_s);
    down.count = -1;
    m_server->addFault(down);
    QSignalSpy finished(m_prices.get(), &MissingPrices::finished);
    m_prices->load();
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_prices->stopReason().isEmpty());
    QVERIFY(m_prices->failed() >= 1);
    // At most the first few (those already on their way), not 30 orders' worth of retries.
    QVERIFY2(m_prices->total() <= MissingPrices::kMaxInFlight,
             qPrintable(QString::number(m_prices->total())));
    QCOMPARE(m_prices->missingCount(), 30);
}

QTEST_MAIN(TestMissingPrices)
#include "tst_missingprices.moc"
