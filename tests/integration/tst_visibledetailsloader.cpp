// VisibleDetailsLoader against the real loopback MockServer (issue 14): only the orders on
// screen are asked for, never more than N at once, an order scrolled away before its turn is
// never asked for, cached details are not asked for again, and a failure is not retried until
// the next sync. The server holds its answers back (its delay scheduler) so that requests stay
// in flight exactly as long as the test says; nothing waits on the clock.

#include "integrationsupport.h"
#include "serverrecords.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/visibledetailsloader.h"

#include "mockfault.h"
#include "mockserver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using State = VisibleDetailsLoader::State;
using TestCommon::exactRequestCount;

class TestVisibleDetailsLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void asksOnlyForOrdersOnScreenAFewAtATime();
    void dropsOrdersScrolledAwayBeforeTheirTurn();
    void neverAsksForCachedDetailsAgain();
    void failureIsHonestAndWaitsForTheNextSync();
    void firstSyncGoesFirst();

private:
    // Holds every answer back until released (the server's latency, run by the test).
    void holdAnswers();
    // Sends every answer held so far; true when the loader has nothing left to do.
    bool releaseAll();
    // The ids of GET /orders/{id} the server received, in order of arrival.
    QList<qint64> requestedIds() const;
    QList<qint64> ids(int first, int count) const;
    static bool isDetailsPath(const QString &path);

    // Bare services: nothing else (the alerts' funding check, say) asks for details here.
    struct Services
    {
        ApiClient client;
        OrderStore store;
        OrderService orders{&client, &store};
        bool sync()
        {
            QSignalSpy synced(&orders, &OrderService::synced);
            orders.refresh();
            return synced.wait(10000);
        }
    };

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<VisibleDetailsLoader> m_loader;
    QList<std::function<void()>> m_held; // every answer held back (list pages too)
    int m_detailsOnTheirWay = 0;         // GET /orders/{id} received and not yet answered
    int m_mostDetailsOnTheirWay = 0;
};

void TestVisibleDetailsLoader::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
    m_services = std::make_unique<Services>();
    // A long timeout: answers held back by the test must not time out and be sent again.
    Integration::attach(m_services->client, *m_server, 60000);
    QVERIFY(m_services->sync());
    QVERIFY(m_services->store.count() >= 20);
    m_server->clearRecorded();
    m_loader = std::make_unique<VisibleDetailsLoader>(&m_services->orders);
    QCOMPARE(m_loader->maxInFlight(), 4);
    m_held.clear();
    m_detailsOnTheirWay = 0;
    m_mostDetailsOnTheirWay = 0;
    connect(m_server.get(), &MockServer::requestReceived, this,
            [this](const QByteArray &method, const QString &path) {
                if (method == "GET" && isDetailsPath(path))
                    m_mostDetailsOnTheirWay = qMax(m_mostDetailsOnTheirWay, ++m_detailsOnTheirWay);
            });
    connect(m_server.get(), &MockServer::requestHandled, this,
            [this](const QByteArray &method, const QString &path) {
                if (method == "GET" && isDetailsPath(path))
                    --m_detailsOnTheirWay;
            });
}

void TestVisibleDetailsLoader::cleanup()
{
    m_loader.reset();
    m_services.reset();
    m_server.reset();
    m_held.clear();
}

void TestVisibleDetailsLoader::holdAnswers()
{
    m_server->setLatency(1);
    m_server->setDelayScheduler([this](int, QObject *, std::function<void()> send) {
        m_held.append(std::move(send));
    });
}

bool TestVisibleDetailsLoader::releaseAll()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const std::function<void()> &send : held)
        send();
    return m_loader->inFlightCount() == 0 && m_loader->queuedCount() == 0;
}

namespace {
QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

const QRegularExpression &detailsPath()
{
    static const QRegularExpression re(u"^/user/api/orders/(\\d+)$"_s);
    return re;
}
} // namespace

bool TestVisibleDetailsLoader::isDetailsPath(const QString &path)
{
    return detailsPath().match(path).hasMatch();
}

QList<qint64> TestVisibleDetailsLoader::requestedIds() const
{
    QList<qint64> out;
    for (const RecordedRequest &r : m_server->recordedRequests()) {
        const QRegularExpressionMatch match = detailsPath().match(r.path);
        if (r.method == "GET" && match.hasMatch())
            out.append(match.captured(1).toLongLong());
    }
    return out;
}

QList<qint64> TestVisibleDetailsLoader::ids(int first, int count) const
{
    QList<qint64> out;
    for (int row = first; row < first + count; ++row)
        out.append(m_services->store.at(row).id);
    return out;
}

void TestVisibleDetailsLoader::asksOnlyForOrdersOnScreenAFewAtATime()
{
    holdAnswers();
    const QList<qint64> screen = ids(0, 10);
    QSignalSpy changed(m_loader.get(), &VisibleDetailsLoader::stateChanged);
    m_loader->setVisibleOrders(screen);
    // Four on their way, in screen order; the rest wait their turn.
    QCOMPARE(m_loader->inFlightCount(), 4);
    QCOMPARE(m_loader->queuedCount(), 6);
    QCOMPARE(m_loader->state(screen.at(0)), State::Loading);
    QCOMPARE(m_loader->state(screen.at(9)), State::Queued);
    QCOMPARE(m_loader->state(ids(10, 1).first()), State::Idle);
    QVERIFY(changed.size() >= 10); // every cell that now reads "Loading…" is told
    QTRY_COMPARE(m_detailsOnTheirWay, 4);
    QCOMPARE(sorted(requestedIds()), sorted(screen.mid(0, 4)));

    // One answer lets exactly one more go (answers go out in the order they came in).
    while (!m_held.isEmpty() && m_detailsOnTheirWay == 4)
        m_held.takeFirst()();
    QTRY_COMPARE(requestedIds().size(), 5);
    QCOMPARE(requestedIds().last(), screen.at(4));
    int answered = 0;
    for (qint64 id : screen.mid(0, 4)) {
        if (m_services->store.details(id)) {
            ++answered;
            QCOMPARE(m_loader->state(id), State::Idle);
        }
    }
    QCOMPARE(answered, 1);

    QTRY_VERIFY(releaseAll());
    QCOMPARE(m_mostDetailsOnTheirWay, 4);
    // Each order on screen once, nothing else.
    QCOMPARE(sorted(requestedIds()), sorted(screen));
    for (qint64 id : screen)
        QVERIFY(m_services->store.details(id));
}

void TestVisibleDetailsLoader::dropsOrdersScrolledAwayBeforeTheirTurn()
{
    holdAnswers();
    const QList<qint64> first = ids(0, 10);
    m_loader->setVisibleOrders(first);
    QTRY_COMPARE(m_detailsOnTheirWay, 4);

    // Scrolled down before 4..9 were sent: they are dropped; the four in flight finish.
    const QList<qint64> next = ids(8, 6); // 8, 9 stay on screen
    m_loader->setVisibleOrders(next);
    QCOMPARE(m_loader->inFlightCount(), 4);
    QCOMPARE(m_loader->queuedCount(), 6);
    for (qint64 id : first.mid(4, 4))
        QCOMPARE(m_loader->state(id), State::Idle);
    QCOMPARE(m_loader->state(first.at(8)), State::Queued);

    QTRY_VERIFY(releaseAll());
    QCOMPARE(sorted(requestedIds()), sorted(first.mid(0, 4) + next));
    for (qint64 id : first.mid(4, 4))
        QVERIFY(!m_services->store.details(id));
}

void TestVisibleDetailsLoader::neverAsksForCachedDetailsAgain()
{
    const QList<qint64> screen = ids(0, 8);
    // One of them was loaded elsewhere (the details panel) before it came into view.
    QSignalSpy loaded(&m_services->store, &OrderStore::detailsLoaded);
    m_services->orders.loadDetails(screen.at(3));
    QVERIFY(loaded.wait(10000));
    m_server->clearRecorded();
    m_loader->setVisibleOrders(screen);
    QTRY_VERIFY(m_loader->inFlightCount() == 0 && m_loader->queuedCount() == 0);
    QCOMPARE(requestedIds().size(), 7);
    QVERIFY(!requestedIds().contains(screen.at(3)));

    // Back on screen (scrolled away and back, a repaint): nothing is asked, not even later.
    m_loader->setVisibleOrders({});
    m_loader->setVisibleOrders(screen);
    QCOMPARE(m_loader->inFlightCount(), 0);
    QCOMPARE(m_loader->queuedCount(), 0);
    // A new order after them: once its answer is in, the server has seen everything sent.
    const qint64 fresh = ids(9, 1).first();
    m_loader->setVisibleOrders(screen + QList<qint64>{fresh});
    QTRY_VERIFY(m_services->store.details(fresh));
    QCOMPARE(requestedIds().size(), 8);
    QCOMPARE(requestedIds().last(), fresh);
}

void TestVisibleDetailsLoader::failureIsHonestAndWaitsForTheNextSync()
{
    const QList<qint64> screen = ids(0, 3);
    const qint64 broken = screen.at(1);
    MockFault fault = MockFault::make(MockFault::Kind::NotFound404);
    fault.method = "GET";
    fault.pathPattern = QRegularExpression(u"^/user/api/orders/%1$"_s.arg(broken));
    fault.count = -1;
    m_server->addFault(fault);

    m_loader->setVisibleOrders(screen);
    QTRY_COMPARE(m_loader->state(broken), State::Failed);
    QVERIFY(!m_loader->failureReason(broken).isEmpty());
    QTRY_VERIFY(m_loader->inFlightCount() == 0 && m_loader->queuedCount() == 0);
    const int asked = exactRequestCount(*m_server, "GET", u"/user/api/orders/%1"_s.arg(broken));
    QVERIFY(asked >= 1);

    // On screen again and again (scrolling, repaints): not asked again.
    for (int i = 0; i < 5; ++i)
        m_loader->setVisibleOrders(screen);
    QCOMPARE(m_loader->inFlightCount(), 0);
    QCOMPARE(m_loader->state(broken), State::Failed);

    // A sync is the way to try again.
    m_server->clearFaults();
    QVERIFY(m_services->sync());
    QCOMPARE(m_loader->state(broken), State::Idle);
    m_loader->setVisibleOrders(screen);
    QTRY_VERIFY(m_services->store.details(broken));
    QCOMPARE(exactRequestCount(*m_server, "GET", u"/user/api/orders/%1"_s.arg(broken)),
             asked + 1);
}

void TestVisibleDetailsLoader::firstSyncGoesFirst()
{
    // Another account, nothing shown yet: its first sync is under way.
    m_loader.reset();
    m_services = std::make_unique<Services>();
    Integration::attach(m_services->client, *m_server, 60000);
    m_loader = std::make_unique<VisibleDetailsLoader>(&m_services->orders);
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    m_services->orders.refresh();
    m_server->clearRecorded();
    QList<qint64> screen;
    for (const MockOrder &o : m_server->backend().state().orders().mid(0, 3))
        screen.append(o.orderId);
    m_loader->setVisibleOrders(screen);
    // Shown as loading, but the sync has the connections to itself.
    QCOMPARE(m_loader->queuedCount(), 3);
    QCOMPARE(m_loader->inFlightCount(), 0);
    QCOMPARE(m_loader->state(screen.at(0)), State::Queued);
    QVERIFY(synced.wait(10000));
    QTRY_VERIFY(m_loader->inFlightCount() == 0 && m_loader->queuedCount() == 0);
    for (qint64 id : screen)
        QVERIFY(m_services->store.details(id));
    QCOMPARE(sorted(requestedIds()), sorted(screen));
}

QTEST_GUILESS_MAIN(TestVisibleDetailsLoader)
#include "tst_visibledetailsloader.moc"
