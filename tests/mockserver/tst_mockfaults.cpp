// Fault injection over real HTTP: every fault kind as the client sees it, matching rules
// (method, path prefix, regex, count, count per request), afterHandling, and latency applied to
// faults.

#include "mockserver.h"
#include "mocktestclient.h"

#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

using Kind = MockFault::Kind;

namespace {

const QByteArray kPurchase =
    "{\"product\":\"Datacenter Proxy\",\"location\":\"DE\",\"cycle\":\"monthly\",\"quantity\":2}";

} // namespace

class TestMockFaults final : public QObject
{
    Q_OBJECT

private:
    MockServer *m_server = nullptr;
    MockTestClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        m_server = new MockServer(this);
        QVERIFY(m_server->listen());
        m_client = new MockTestClient(m_server->url());
    }
    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    void errorStatuses_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("bodyStart");
        QTest::newRow("401") << Kind::Unauthorized401 << 401 << QByteArray("application/json")
                             << QByteArray("{\"success\":false,\"message\":\"Invalid API key\"}");
        QTest::newRow("403") << Kind::Forbidden403 << 403 << QByteArray("application/json")
                             << QByteArray("{\"success\":false,\"message\":");
        QTest::newRow("404") << Kind::NotFound404 << 404 << QByteArray("application/json")
                             << QByteArray("{\"success\":false,\"message\":\"Not found\"}");
        QTest::newRow("429") << Kind::RateLimited429 << 429 << QByteArray("application/json")
                             << QByteArray("{\"success\":false,\"message\":");
        QTest::newRow("500") << Kind::Server500 << 500 << QByteArray("application/json")
                             << QByteArray("{\"success\":false,\"message\":");
        QTest::newRow("502") << Kind::BadGateway502 << 502 << QByteArray("text/html")
                             << QByteArray("<!DOCTYPE html>");
        QTest::newRow("503") << Kind::Unavailable503 << 503 << QByteArray("text/plain")
                             << QByteArray("Service Unavailable");
        QTest::newRow("html page")
            << Kind::HtmlPage << 200 << QByteArray("text/html") << QByteArray("<!DOCTYPE html>");
    }
    void errorStatuses()
    {
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, bodyStart);
        m_server->addFault(MockFault::make(kind, u"/user/api/me"_s));
        const HttpResult r = m_client->get(u"/user/api/me"_s);
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, contentType);
        QVERIFY2(r.body.startsWith(bodyStart), r.body.constData());
        QCOMPARE(r.contentLength, QByteArray::number(r.body.size()));
        // Fired once: the next request is served normally.
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 200);
        QCOMPARE(m_server->armedFaultCount(), 0);
    }

    void retryAfter()
    {
        m_server->addFault(MockFault::make(Kind::RateLimited429));
        HttpResult r = m_client->get(u"/user/api/me"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("1"));
        MockFault slow = MockFault::make(Kind::RateLimited429);
        slow.retryAfterSeconds = 7;
        m_server->addFault(slow);
        r = m_client->get(u"/user/api/me"_s);
        QCOMPARE(r.retryAfter, QByteArray("7"));
    }

    void dropAbortsTheConnection()
    {
        // QNAM silently re-sends a request once when a reused connection closes without an
        // answer; a fault that must be seen by the client therefore fires more than once.
        MockFault drop = MockFault::make(Kind::Drop, u"/user/api/me"_s);
        drop.count = 3;
        m_server->addFault(drop);
        QSignalSpy handled(m_server, &MockServer::requestHandled);
        const HttpResult r = m_client->get(u"/user/api/me"_s);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(!handled.isEmpty());
        QCOMPARE(handled.first().at(2).toInt(), 0);
        // Every attempt QNAM made was dropped.
        QCOMPARE(handled.size(), m_server->requestCount("GET", u"/user/api/me"_s));
        m_server->clearFaults();
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 200);
    }

    void hangNeverAnswers()
    {
        m_server->addFault(MockFault::make(Kind::Hang, u"/user/api/orders"_s));
        QSignalSpy received(m_server, &MockServer::requestReceived);
        QSignalSpy handled(m_server, &MockServer::requestHandled);
        QNetworkReply *reply = m_client->send("GET", u"/user/api/orders?status=all"_s);
        QVERIFY(received.wait(2000));
        // Held open, unanswered, however many events go by (no real time waited: a client's
        // own timeout is its business, see tst_faults).
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QVERIFY(!reply->isFinished());
        QCOMPARE(handled.size(), 0);
        QCOMPARE(m_server->hungConnectionCount(), 1);
        // The client gives up (as its timeout would): no answer ever came.
        reply->abort();
        const HttpResult r = MockTestClient::wait(reply);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(received.size(), 1);
        QCOMPARE(handled.size(), 0);
        m_server->releaseHungConnections();
        QCOMPARE(m_client->get(u"/user/api/orders?status=all"_s).status, 200);
    }

    void hangIsReleasedOnShutdown()
    {
        MockFault hang = MockFault::make(Kind::Hang);
        hang.count = -1;
        m_server->addFault(hang);
        QSignalSpy received(m_server, &MockServer::requestReceived);
        QNetworkReply *a = m_client->send("GET", u"/user/api/me"_s);
        QNetworkReply *b = m_client->send("POST", u"/user/api/orders/100001/renew"_s, "{}");
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(m_server->hungConnectionCount(), 2);
        QVERIFY(!a->isFinished() && !b->isFinished());
        m_server->close(); // releases both: the client sees the connection closed
        const HttpResult ra = MockTestClient::wait(a, 3000);
        const HttpResult rb = MockTestClient::wait(b, 3000);
        QVERIFY(ra.finished && rb.finished);
        QCOMPARE(ra.status, 0);
        QCOMPARE(rb.status, 0);
        QCOMPARE(m_server->hungConnectionCount(), 0);
    }

    void releaseHungConnections()
    {
        m_server->addFault(MockFault::make(Kind::Hang));
        QSignalSpy received(m_server, &MockServer::requestReceived);
        QNetworkReply *reply = m_client->send("GET", u"/user/api/me"_s);
        QVERIFY(received.wait(2000));
        QCOMPARE(m_server->hungConnectionCount(), 1);
        m_server->releaseHungConnections();
        const HttpResult r = MockTestClient::wait(reply, 3000);
        QVERIFY(r.finished);
        // Aborted without an answer; QNAM may have retried once on a fresh connection.
        QVERIFY(r.status == 0 || r.status == 200);
        QCOMPARE(m_server->hungConnectionCount(), 0);
    }

    void truncatedJson()
    {
        const QByteArray real = m_client->get(u"/user/api/orders?status=all&limit=10"_s).body;
        m_server->addFault(MockFault::make(Kind::TruncatedJson, u"/user/api/orders"_s));
        const HttpResult r = m_client->get(u"/user/api/orders?status=all&limit=10"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.body, real.left(real.size() / 2));
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void wrongTypes()
    {
        m_server->addFault(MockFault::make(Kind::WrongTypes, u"/user/api/me"_s));
        HttpResult r = m_client->get(u"/user/api/me"_s);
        QCOMPARE(r.status, 200);
        // The answer itself is of the other type: a list holding the account.
        QVERIFY(r.json().isArray());
        QJsonObject me = r.json().array().first().toObject();
        QCOMPARE(me.value(u"email"_s), QJsonValue(22)); // a string became a number
        QCOMPARE(me.value(u"wallet_balance"_s), QJsonValue(u"250000"_s));
        QVERIFY(me.value(u"active_orders"_s).isString());

        // Recursively, in arrays and nested objects; null stays null.
        m_server->addFault(MockFault::make(Kind::WrongTypes, u"/user/api/orders"_s));
        r = m_client->get(u"/user/api/orders?status=all&limit=50"_s);
        const QJsonObject page = r.json().array().first().toObject();
        QCOMPARE(page.value(u"success"_s), QJsonValue(u"true"_s));
        QVERIFY(page.value(u"count"_s).isString());
        QVERIFY(page.value(u"prev"_s).isNull());
        QVERIFY(page.value(u"next"_s).isDouble());
        const QJsonArray rows = page.value(u"orders"_s).toArray();
        QCOMPARE(rows.size(), 50);
        bool sawNullTag = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.value(u"order_id"_s).isString());
            QVERIFY(row.value(u"product_name"_s).isDouble());
            const QJsonValue autoRenewal = row.value(u"auto_renewal"_s);
            QVERIFY(autoRenewal.isNull() || autoRenewal == u"true"_s || autoRenewal == u"false"_s);
            sawNullTag = sawNullTag || row.value(u"tag"_s).isNull();
        }
        QVERIFY(sawNullTag);
        // Top-level arrays too.
        m_server->addFault(MockFault::make(Kind::WrongTypes, u"/user/api/proxies/available"_s));
        const QJsonObject wrapped = m_client->get(u"/user/api/proxies/available-count"_s).object();
        const QJsonArray stock = wrapped.value(u"data"_s).toArray();
        QVERIFY(stock.first()[u"amount"_s].isString());
        QVERIFY(stock.first()[u"country"_s].isDouble());
    }

    void emptyBody()
    {
        m_server->addFault(MockFault::make(Kind::EmptyBody));
        const HttpResult r = m_client->get(u"/user/api/me"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.contentLength, QByteArray("0"));
    }

    void oversized()
    {
        m_server->addFault(MockFault::make(Kind::Oversized, u"/user/api/orders"_s));
        const HttpResult r = m_client->get(u"/user/api/orders?status=all"_s, 0, 10000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), 17 * 1024 * 1024);
        QCOMPARE(r.contentLength, QByteArray::number(17 * 1024 * 1024));
        const QByteArray start = "{\"success\":true,";
        QVERIFY(r.body.startsWith(start));
        QVERIFY(QJsonDocument::fromJson(r.body).isObject()); // large, but valid
    }

    void matchingRules()
    {
        // Method: a POST-only fault leaves GETs alone.
        m_server->addFault(MockFault::make(Kind::Server500, u"/user/api/orders"_s, "POST"));
        QCOMPARE(m_client->get(u"/user/api/orders/100001"_s).status, 200);
        const QByteArray tagBody = "{\"tag\":\"a\"}";
        QCOMPARE(m_client->post(u"/user/api/orders/100001/tag"_s, tagBody).status, 500);

        // Path prefix.
        m_server->addFault(MockFault::make(Kind::NotFound404, u"/user/api/proxies/"_s));
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 200);
        QCOMPARE(m_client->get(u"/user/api/proxies/products"_s).status, 404);

        // Regex on the path (not the query).
        MockFault detail = MockFault::make(Kind::Forbidden403);
        detail.pathPattern = QRegularExpression(u"^/user/api/orders/\\d+$"_s);
        m_server->addFault(detail);
        QCOMPARE(m_client->get(u"/user/api/orders?status=all"_s).status, 200);
        QCOMPARE(m_client->get(u"/user/api/orders/100001/tag"_s).status, 405);
        QCOMPARE(m_client->get(u"/user/api/orders/100001"_s).status, 403);

        // Count: twice, then normal; -1 forever until cleared.
        MockFault twice = MockFault::make(Kind::Unavailable503, u"/health"_s);
        twice.count = 2;
        m_server->addFault(twice);
        QCOMPARE(m_client->get(u"/health"_s).status, 503);
        QCOMPARE(m_client->get(u"/health"_s).status, 503);
        QCOMPARE(m_client->get(u"/health"_s).status, 200);
        MockFault always = MockFault::make(Kind::Server500, u"/health"_s);
        always.count = -1;
        m_server->addFault(always);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(u"/health"_s).status, 500);
        QCOMPARE(m_server->armedFaultCount(), 1);
        m_server->clearFaults();
        QCOMPARE(m_client->get(u"/health"_s).status, 200);

        // The first matching fault wins; order of addition matters.
        m_server->addFault(MockFault::make(Kind::Forbidden403));
        m_server->addFault(MockFault::make(Kind::Server500));
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 403);
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 500);
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 200);
    }

    void countPerRequest()
    {
        // Each distinct request (path and query) meets the fault `count` times on its own, then
        // the next fault (here: a 500 forever) or the real answer.
        MockFault quick = MockFault::make(Kind::RateLimited429, u"/user/api/orders"_s, "GET");
        quick.count = 2;
        quick.countPerRequest = true;
        quick.retryAfterSeconds = 0;
        m_server->addFault(quick);
        const QString active = u"/user/api/orders?status=active&offset=0&limit=100"_s;
        const QString all = u"/user/api/orders?status=all&offset=0&limit=100"_s;
        QCOMPARE(m_client->get(active).status, 429);
        QCOMPARE(m_client->get(all).status, 429);
        QCOMPARE(m_client->get(active).status, 429);
        QCOMPARE(m_client->get(active).status, 200); // spent for this request
        QCOMPARE(m_client->get(all).status, 429);
        QCOMPARE(m_client->get(all).status, 200);
        QCOMPARE(m_client->post(u"/user/api/orders/100001/tag"_s, "{\"tag\":\"x\"}").status, 200);
        QCOMPARE(m_server->armedFaultCount(), 1); // stays armed for requests not seen yet
        QCOMPARE(m_client->get(u"/user/api/orders/100001"_s).status, 429);

        m_server->clearFaults();
        m_server->addFault(quick);
        MockFault after = MockFault::make(Kind::Server500, u"/user/api/orders"_s);
        after.count = -1;
        m_server->addFault(after);
        QCOMPARE(m_client->get(active).status, 429);
        QCOMPARE(m_client->get(active).status, 429);
        QCOMPARE(m_client->get(active).status, 500);
        QCOMPARE(m_client->get(all).status, 429);
    }

    void faultsBeforeHandlingChangeNothing()
    {
        const qint64 balance = m_server->balanceCents();
        const qsizetype orders = m_server->orderCount();
        for (const Kind kind : {Kind::Server500, Kind::TruncatedJson, Kind::WrongTypes}) {
            m_server->addFault(MockFault::make(kind, u"/user/api/orders/purchase"_s));
            const HttpResult r = m_client->post(u"/user/api/orders/purchase"_s, kPurchase);
            QVERIFY(r.status == 500 || r.status == 200);
            QCOMPARE(m_server->balanceCents(), balance);
            QCOMPARE(m_server->orderCount(), orders);
        }
        // TruncatedJson derives from what the server would have said, without doing it.
        m_server->addFault(MockFault::make(Kind::WrongTypes, u"/user/api/orders/purchase"_s));
        const HttpResult r = m_client->post(u"/user/api/orders/purchase"_s, kPurchase);
        QCOMPARE(r.json().array().first().toObject().value(u"order_id"_s),
                 QJsonValue(QString::number(orders + 100001)));
        QCOMPARE(m_server->orderCount(), orders);
    }

    void afterHandlingKeepsTheEffect()
    {
        // "The server charged, but the answer never arrived." QNAM re-sends a request once when
        // the connection closes before any byte of an answer, even a POST: every attempt it
        // makes is processed (and charged) before its connection is dropped.
        const qint64 balance = m_server->balanceCents();
        const qsizetype orders = m_server->orderCount();
        MockFault drop = MockFault::make(Kind::Drop, u"/user/api/orders/purchase"_s, "POST");
        drop.afterHandling = true;
        drop.count = -1;
        m_server->addFault(drop);
        const HttpResult r = m_client->post(u"/user/api/orders/purchase"_s, kPurchase);
        m_server->clearFaults();
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        const int attempts = m_server->requestCount("POST", u"/user/api/orders/purchase"_s);
        QVERIFY(attempts >= 1);
        QCOMPARE(m_server->orderCount(), orders + attempts);
        QCOMPARE(m_server->balanceCents(), balance - 300 * attempts);

        // Timed out after the server did the work.
        MockFault hang = MockFault::make(Kind::Hang, u"/user/api/orders/"_s, "POST");
        hang.afterHandling = true;
        m_server->addFault(hang);
        QSignalSpy received(m_server, &MockServer::requestReceived);
        QNetworkReply *hung =
            m_client->send("POST", u"/user/api/orders/100005/tag"_s, "{\"tag\":\"after\"}");
        QVERIFY(received.wait(2000));
        QVERIFY(!hung->isFinished());
        QCOMPARE(m_server->order(100005)->tag, std::optional<QString>(u"after"_s));
        hung->abort(); // the client gives up, as its timeout would
        const HttpResult timedOut = MockTestClient::wait(hung);
        QCOMPARE(timedOut.status, 0);
        m_server->releaseHungConnections();
        QCOMPARE(m_server->requestCount("POST", u"/user/api/orders/100005/tag"_s), 1);

        // A 500 after the fact.
        MockFault error = MockFault::make(Kind::Server500, u"/user/api/orders/edit-auto-renewal"_s);
        error.afterHandling = true;
        m_server->addFault(error);
        const qint64 id = orders + 100001; // the first order bought above
        QCOMPARE(m_server->order(id)->autoRenewal, std::optional<bool>(false));
        QCOMPARE(m_client
                     ->post(u"/user/api/orders/edit-auto-renewal/"_s + QString::number(id) +
                                u"?auto_renewal=true"_s,
                            "{}")
                     .status,
                 500);
        QCOMPARE(m_server->order(id)->autoRenewal, std::optional<bool>(true));

        // Truncated after the fact: the real (stateful) answer, cut.
        MockFault cut = MockFault::make(Kind::TruncatedJson, u"/user/api/orders/purchase"_s);
        cut.afterHandling = true;
        m_server->addFault(cut);
        const HttpResult truncated = m_client->post(u"/user/api/orders/purchase"_s, kPurchase);
        QCOMPARE(truncated.status, 200);
        const QByteArray start = "{\"success\":true,\"me";
        QVERIFY(truncated.body.startsWith(start));
        QCOMPARE(m_server->orderCount(), orders + attempts + 1);
    }

    void latencyAppliesToFaults()
    {
        // The fault's answer waits for the latency like any other: the delay is recorded and
        // ends at once (no real time waited), and nothing was sent before it ended.
        m_server->setLatency(120);
        QSignalSpy handled(m_server, &MockServer::requestHandled);
        QList<int> delays;
        QList<qsizetype> handledWhenScheduled;
        m_server->setDelayScheduler(
            [&](int delayMs, QObject *context, std::function<void()> send) {
                delays.append(delayMs);
                handledWhenScheduled.append(handled.size());
                QTimer::singleShot(0, context, std::move(send));
            });
        m_server->addFault(MockFault::make(Kind::Server500));
        QCOMPARE(m_client->get(u"/user/api/me"_s).status, 500);
        m_server->addFault(MockFault::make(Kind::EmptyBody));
        const HttpResult empty = m_client->get(u"/user/api/me"_s);
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.body.isEmpty());
        QCOMPARE(delays, (QList<int>{120, 120}));
        QCOMPARE(handledWhenScheduled, (QList<qsizetype>{0, 1}));
        QCOMPARE(handled.size(), 2);
        QCOMPARE(handled.at(0).at(2).toInt(), 500);
        QCOMPARE(handled.at(1).at(2).toInt(), 200);
    }

    void kindNames()
    {
        QCOMPARE(MockFault::kindName(Kind::RateLimited429), u"RateLimited429"_s);
        QCOMPARE(MockFault::kindName(Kind::Oversized), u"Oversized"_s);
        const QByteArray in = "{\"a\":[1,\"xy\",true,null,{\"b\":false}]}";
        const QByteArray out = "[{\"a\":[\"1\",2,\"true\",null,{\"b\":\"false\"}]}]";
        QCOMPARE(MockFault::wrongTypes(in), out);
        QCOMPARE(MockFault::wrongTypes("[1]"), QByteArray("{\"data\":[\"1\"]}"));
        QCOMPARE(MockFault::wrongTypes("not json"), QByteArray("not json"));
    }
};

QTEST_GUILESS_MAIN(TestMockFaults)
#include "tst_mockfaults.moc"
