// Calls that spend money (purchase, renew, add-bandwidth) are sent once and never again, whatever goes wrong:
// a 500, an answer that never comes (the server charged, the client timed out) or a connection
// dropped after the charge. The server must count exactly one POST, and where it did the work,
// exactly one charge.

#include "integrationsupport.h"

#include "domain/bandwidthrequest.h"
#include "domain/purchaserequest.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

namespace {

enum class Operation { Purchase, Renew, AddBandwidth };

constexpr int kBandwidthGb = 3;

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestMoneySafety final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void postIsNeverRetried_data();
    void postIsNeverRetried();
    void postOnReusedConnectionDroppedAfterCharge_data();
    void postOnReusedConnectionDroppedAfterCharge();
    void retryPolicyDoesNotApplyToPosts();

private:
    struct Before
    {
        qint64 balance = 0;
        qsizetype orders = 0;
        qint64 renewId = 0;
        MockOrder renewOrder;
        MockOrder residentialOrder; // add-bandwidth's
    };
    static QString pathOf(Operation op, const Before &before);
    Before snapshot();
    // Starts the operation; returns the error it ended with (kind None: success).
    std::optional<ApiError> run(Operation op, const Before &before);
    void warmUpConnection();

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    PurchaseRequest m_request;
};

void TestMoneySafety::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_client = std::make_unique<ApiClient>();
    // Retries allowed for GETs: a POST must still go out exactly once.
    attach(*m_client, *m_server, 500, fastRetry(3, 50));
    m_request = PurchaseRequest(u"Datacenter Proxy"_s);
    m_request.setLocation(u"DE"_s);
    m_request.setCycle(u"monthly"_s);
    m_request.setQuantity(3);
}

void TestMoneySafety::cleanup()
{
    m_client.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

TestMoneySafety::Before TestMoneySafety::snapshot()
{
    Before b;
    b.balance = m_server->balanceCents();
    b.orders = m_server->orderCount();
    const std::optional<MockOrder> onHold = findOrder(*m_server, [this](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold && isDatacenterOrIsp(o) &&
               o.pricePaidCents > 0 && o.pricePaidCents < m_server->balanceCents();
    });
    if (onHold) {
        b.renewId = onHold->orderId;
        b.renewOrder = *onHold;
    }
    b.residentialOrder = findOrder(*m_server, [](const MockOrder &o) {
                             return o.status == MockOrder::Status::Active &&
                                    o.productName == u"Standart Residential Proxy";
                         }).value_or(MockOrder());
    return b;
}

QString TestMoneySafety::pathOf(Operation op, const Before &before)
{
    switch (op) {
    case Operation::Purchase:
        return u"/user/api/orders/purchase"_s;
    case Operation::Renew:
        return u"/user/api/orders/"_s + QString::number(before.renewId) + u"/renew"_s;
    case Operation::AddBandwidth:
        return u"/user/api/orders/"_s + QString::number(before.residentialOrder.orderId) +
               u"/add-bandwidth"_s;
    }
    return {};
}

std::optional<ApiError> TestMoneySafety::run(Operation op, const Before &before)
{
    if (op == Operation::Purchase) {
        const auto r = await<PurchaseResult>(
            [this](QObject *c, auto cb) { m_client->purchase(m_request, c, cb); });
        if (!r)
            return std::nullopt;
        return r->ok() ? ApiError() : r->error();
    }
    const auto r = await<ActionResult>([&](QObject *c, auto cb) {
        if (op == Operation::AddBandwidth)
            m_client->addBandwidth(BandwidthRequest(before.residentialOrder.orderId, kBandwidthGb), c, cb);
        else
            m_client->renew(before.renewId, c, cb);
    });
    if (!r)
        return std::nullopt;
    return r->ok() ? ApiError() : r->error();
}

// One GET first, so that the POST travels on a kept-alive connection, as it does in the app.
void TestMoneySafety::warmUpConnection()
{
    const auto r = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(r && r->ok());
}

void TestMoneySafety::postIsNeverRetried_data()
{
    QTest::addColumn<Operation>("op");
    QTest::addColumn<MockFault::Kind>("fault");
    QTest::addColumn<bool>("afterHandling");
    QTest::addColumn<bool>("warm");
    QTest::addColumn<ApiError::Kind>("expected");
    const struct
    {
        const char *name;
        MockFault::Kind kind;
        bool after;
        ApiError::Kind expected;
    } faults[] = {
        {"500", MockFault::Kind::Server500, false, ApiError::Kind::Server},
        {"hang after charge", MockFault::Kind::Hang, true, ApiError::Kind::Timeout},
        {"drop after charge", MockFault::Kind::Drop, true, ApiError::Kind::Network},
    };
    for (const auto &f : faults) {
        for (bool warm : {false, true}) {
            const char *conn = warm ? "kept-alive connection" : "fresh connection";
            QTest::addRow("purchase, %s, %s", f.name, conn)
                << Operation::Purchase << f.kind << f.after << warm << f.expected;
            QTest::addRow("renew, %s, %s", f.name, conn)
                << Operation::Renew << f.kind << f.after << warm << f.expected;
            QTest::addRow("add-bandwidth, %s, %s", f.name, conn)
                << Operation::AddBandwidth << f.kind << f.after << warm << f.expected;
        }
    }
}

void TestMoneySafety::postIsNeverRetried()
{
    QFETCH(Operation, op);
    QFETCH(MockFault::Kind, fault);
    QFETCH(bool, afterHandling);
    QFETCH(bool, warm);
    QFETCH(ApiError::Kind, expected);

    if (warm)
        warmUpConnection();
    const Before before = snapshot();
    QVERIFY(before.renewId != 0);
    QVERIFY(before.residentialOrder.orderId != 0);
    const QString path = pathOf(op, before);
    MockFault f = MockFault::make(fault, path, "POST");
    f.count = 1;
    f.afterHandling = afterHandling;
    m_server->addFault(f);
    QSignalSpy retries(m_client.get(), &ApiClient::retryScheduled);

    const std::optional<ApiError> error = run(op, before);
    QVERIFY(error.has_value());

    // A barrier: anything the failed call could still send would arrive before this answer.
    m_server->releaseHungConnections();
    const auto barrier = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier && barrier->ok());

    // First the money: one POST, whatever the outcome the client saw.
    QCOMPARE(m_server->requestCount("POST", path), 1);
    QCOMPARE(m_server->requestCount("POST", QString()), 1);
    QCOMPARE(retries.size(), 0);
    // Then what the person is told: the failure as it happened, never a success or a refusal.
    QCOMPARE(ApiError::kindName(error->kind()), ApiError::kindName(expected));
    QVERIFY(!error->message().isEmpty());

    if (!afterHandling) {
        // The fault replaced the answer before anything happened: nothing charged.
        QCOMPARE(m_server->balanceCents(), before.balance);
        QCOMPARE(m_server->orderCount(), before.orders);
        if (op == Operation::Renew)
            QCOMPARE(m_server->order(before.renewId)->status, MockOrder::Status::OnHold);
        if (op == Operation::AddBandwidth)
            QCOMPARE(m_server->order(before.residentialOrder.orderId)->quantity,
                     before.residentialOrder.quantity);
        return;
    }
    // The server did the work once: one charge, one order (or one renewal).
    if (op == Operation::Purchase) {
        QCOMPARE(m_server->orderCount(), before.orders + 1);
        const MockOrder created = m_server->backend().state().orders().last();
        QCOMPARE(created.productName, m_request.product());
        QCOMPARE(created.quantity, 3);
        QVERIFY(created.pricePaidCents > 0);
        QCOMPARE(m_server->balanceCents(), before.balance - created.pricePaidCents);
    } else if (op == Operation::AddBandwidth) {
        QCOMPARE(m_server->orderCount(), before.orders);
        QCOMPARE(m_server->order(before.residentialOrder.orderId)->quantity,
                 before.residentialOrder.quantity + kBandwidthGb);
        QVERIFY(m_server->balanceCents() < before.balance);
    } else {
        QCOMPARE(m_server->orderCount(), before.orders);
        const std::optional<MockOrder> renewed = m_server->order(before.renewId);
        QCOMPARE(renewed->status, MockOrder::Status::Active);
        QCOMPARE(m_server->balanceCents(), before.balance - renewed->pricePaidCents);
    }
    // The person's view agrees: me shows the balance charged once.
    QCOMPARE(barrier->value().walletBalanceCents, m_server->balanceCents());
}

void TestMoneySafety::postOnReusedConnectionDroppedAfterCharge_data()
{
    QTest::addColumn<Operation>("op");
    QTest::newRow("purchase") << Operation::Purchase;
    QTest::newRow("renew") << Operation::Renew;
    QTest::newRow("add-bandwidth") << Operation::AddBandwidth;
}

// The sharpest case on its own: the app's connection is kept alive, the server charges and the
// connection drops before the answer. Nothing may send the POST a second time.
void TestMoneySafety::postOnReusedConnectionDroppedAfterCharge()
{
    QFETCH(Operation, op);
    warmUpConnection();
    warmUpConnection();
    const Before before = snapshot();
    MockFault f = MockFault::make(MockFault::Kind::Drop, QString(), "POST");
    f.count = -1; // every POST from now on is charged and then dropped
    f.afterHandling = true;
    m_server->addFault(f);

    const std::optional<ApiError> error = run(op, before);
    QVERIFY(error.has_value());
    const auto barrier = await<Account>([this](QObject *c, auto cb) { m_client->me(c, cb); });
    QVERIFY(barrier && barrier->ok());
    const int posts = m_server->requestCount("POST", QString());
    const qint64 charged = before.balance - m_server->balanceCents();
    // add-bandwidth: one charge is the order's GB price times the GB, so the traffic tells
    // how many went through and the balance must have moved once.
    const qint64 price = op == Operation::Purchase ? m_server->backend().state().orders().last().pricePaidCents
                         : op == Operation::Renew  ? m_server->order(before.renewId)->pricePaidCents
                                                   : charged;
    if (op == Operation::AddBandwidth) {
        QCOMPARE(m_server->order(before.residentialOrder.orderId)->quantity,
                 before.residentialOrder.quantity + kBandwidthGb);
        QVERIFY(charged > 0);
    }
    QVERIFY2(posts == 1, qPrintable(u"the server received %1 POSTs and charged %2 cents "
                                     "(one charge is %3 cents)"_s
                                         .arg(posts)
                                         .arg(charged)
                                         .arg(price)));
    QCOMPARE(charged, price);
    QCOMPARE(ApiError::kindName(error->kind()), ApiError::kindName(ApiError::Kind::Network));
}

void TestMoneySafety::retryPolicyDoesNotApplyToPosts()
{
    // Generous retries and a 503 that a GET would retry: the POST still goes once.
    m_client->setRetryPolicy(fastRetry(5, 50));
    m_server->addFault(
        MockFault::make(MockFault::Kind::Unavailable503, u"/user/api/orders/purchase"_s, "POST"));
    const Before before = snapshot();
    const std::optional<ApiError> error = run(Operation::Purchase, before);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiError::Kind::Server);
    QCOMPARE(m_server->requestCount("POST", QString()), 1);
    QCOMPARE(m_server->balanceCents(), before.balance);

    // The fault is spent: an explicit second purchase by the person works and charges once.
    const std::optional<ApiError> again = run(Operation::Purchase, before);
    QVERIFY(again.has_value());
    QVERIFY2(!again->isError(), qPrintable(again->message()));
    QCOMPARE(m_server->requestCount("POST", QString()), 2);
    QCOMPARE(m_server->orderCount(), before.orders + 1);
    QCOMPARE(m_server->balanceCents(),
             before.balance - m_server->backend().state().orders().last().pricePaidCents);
}

QTEST_GUILESS_MAIN(TestMoneySafety)
#include "tst_moneysafety.moc"
