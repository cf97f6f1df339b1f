// MockServer over real loopback HTTP with a plain QNetworkAccessManager: transport details
// (framing, keep-alive, parallel connections, Connection: close), recording, signals, latency,
// restart, and running in a worker thread.

#include "mockserver.h"
#include "mocktestclient.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

class TestMockServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackWithARandomPort()
    {
        MockServer server;
        QVERIFY(!server.isListening());
        QVERIFY(server.listen());
        QVERIFY(server.isListening());
        QVERIFY(server.port() > 0);
        QCOMPARE(server.url(), QUrl(u"http://127.0.0.1:"_s + QString::number(server.port())));

        // A second server on the same port fails cleanly.
        MockServer other;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_s));
        QVERIFY(!other.listen(QHostAddress(QHostAddress::LocalHost), server.port()));
        QVERIFY(!other.isListening());
    }

    void healthAndAuth()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient anonymous(server.url(), QByteArray());
        HttpResult r = anonymous.get(u"/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(anonymous.get(u"/health/live"_s).status, 200);

        r = anonymous.get(u"/user/api/me"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.object(),
                 QJsonObject({{u"success"_s, false}, {u"message"_s, u"Invalid API key"_s}}));
        MockTestClient wrong(server.url(), QByteArrayLiteral("wrong"));
        QCOMPARE(wrong.get(u"/user/api/orders?status=all"_s).status, 401);

        MockTestClient client(server.url());
        r = client.get(u"/user/api/me"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"wallet_balance"_s).toInteger(), 250000);
        QCOMPARE(r.contentLength, QByteArray::number(r.body.size()));

        server.setToken(u"other"_s);
        QCOMPARE(client.get(u"/user/api/me"_s).status, 401);
    }

    void endpointsOverHttp()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QCOMPARE(client.get(u"/user/api/proxies/products"_s)
                     .object()
                     .value(u"products"_s)
                     .toArray()
                     .size(),
                 13);
        QCOMPARE(client.get(u"/user/api/proxies/available-count"_s).array().size(), 9);
        QCOMPARE(client.get(u"/user/api/orders/100001"_s).status, 200);
        QCOMPARE(client
                     .get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=US"
                          "&cycle=monthly&quantity=2"_s)
                     .object()
                     .value(u"final_price"_s)
                     .toInt(),
                 280);
        QCOMPARE(client.get(u"/user/api/nothing"_s).status, 404);
        QCOMPARE(client.post(u"/user/api/me"_s, "{}").status, 405);

        // Non-ASCII survives the round trip through the socket (UTF-8 body and query).
        HttpResult r = client.post(u"/user/api/orders/100001/tag"_s,
                                   QJsonDocument(QJsonObject{{u"tag"_s, u"тест ✓"_s}}).toJson());
        QCOMPARE(r.status, 200);
        QCOMPARE(client.get(u"/user/api/orders/100001"_s)
                     .object()
                     .value(u"order"_s)[u"tag"_s]
                     .toString(),
                 u"тест ✓"_s);

        server.setCalculateEnabled(false);
        QCOMPARE(client
                     .get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=US"
                          "&cycle=monthly"_s)
                     .status,
                 404);
    }

    void purchaseOverHttpChangesState()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        const int stock = server.stock(u"US"_s, u"dc"_s);
        const qsizetype orders = server.orderCount();
        const HttpResult r = client.post(
            u"/user/api/orders/purchase"_s,
            R"({"product":"Datacenter Proxy","location":"US","cycle":"monthly","quantity":3})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.message(), u"Order paid successfully"_s);
        const qint64 id = r.object().value(u"order_id"_s).toInteger();
        QCOMPARE(server.orderCount(), orders + 1);
        QCOMPARE(server.balanceCents(), 250000 - 3 * 140);
        QCOMPARE(server.stock(u"US"_s, u"dc"_s), stock - 3);
        const std::optional<MockOrder> order = server.order(id);
        QVERIFY(order);
        QCOMPARE(order->quantity, 3);

        // Tests can reshape the state directly, e.g. put the new order on hold and renew it.
        MockOrder held = *order;
        held.status = MockOrder::Status::OnHold;
        QVERIFY(server.updateOrder(held));
        QVERIFY(!server.updateOrder(MockOrder()));
        QCOMPARE(
            client.post(u"/user/api/orders/"_s + QString::number(id) + u"/renew"_s, "{}").status,
            200);
        QCOMPARE(server.order(id)->status, MockOrder::Status::Active);
        QCOMPARE(server.balanceCents(), 250000 - 2 * 3 * 140);

        server.setBalanceCents(100);
        const HttpResult poor = client.post(
            u"/user/api/orders/purchase"_s,
            R"({"product":"Datacenter Proxy","location":"US","cycle":"monthly","quantity":3})");
        QCOMPARE(poor.status, 400);
        QCOMPARE(poor.message(), u"Insufficient balance"_s);
        server.setBalanceCents(250000);
        server.setStock(u"US"_s, u"dc"_s, 2);
        const HttpResult empty = client.post(
            u"/user/api/orders/purchase"_s,
            R"({"product":"Datacenter Proxy","location":"US","cycle":"monthly","quantity":3})");
        QCOMPARE(empty.message(), u"Not enough proxies in stock"_s);
    }

    void bodylessPostRejected()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        // QNAM sends "Content-Length: 0" for an empty body: the real server refuses that.
        for (const QString &path :
             {u"/user/api/orders/100001/renew"_s,
              u"/user/api/orders/edit-auto-renewal/100001?auto_renewal=true"_s,
              u"/user/api/orders/purchase"_s}) {
            const HttpResult r = client.post(path, QByteArray());
            QCOMPARE(r.status, 400);
            QCOMPARE(r.message(), u"Request body is required"_s);
        }
        QCOMPARE(server.requestCount("POST", u"/user/api/orders"_s), 3);
        QVERIFY(server.recordedRequests().last().body.isEmpty());
    }

    void pagingOverHttp()
    {
        MockServer server;
        server.resetDemoData(530, 9);
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QList<qint64> ids;
        QString uri = u"/user/api/orders?status=all&limit=100"_s;
        int pages = 0;
        while (!uri.isEmpty() && pages < 20) {
            const QJsonObject page = client.get(uri).object();
            const QJsonArray rows = page.value(u"orders"_s).toArray();
            for (const QJsonValue &v : rows)
                ids.append(v.toObject().value(u"order_id"_s).toInteger());
            uri = page.value(u"next"_s).toString();
            ++pages;
        }
        QCOMPARE(pages, 6);
        QCOMPARE(ids.size(), 530);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 530);

        server.setPagingMode(MockServer::PagingMode::RepeatPages);
        const QJsonObject repeated =
            client.get(u"/user/api/orders?status=all&limit=100&offset=500"_s).object();
        QCOMPARE(repeated.value(u"orders"_s).toArray().first()[u"order_id"_s].toInteger(),
                 ids.first());
        QVERIFY(repeated.value(u"next"_s).isString());
    }

    void keepAliveWithSixParallelConnections()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            replies.append(client.send("GET", u"/user/api/orders?status=all&limit=5&offset="_s +
                                                  QString::number(i)));
        }
        QSet<qint64> firstIds;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const HttpResult r = MockTestClient::wait(reply);
            QVERIFY(r.finished);
            QCOMPARE(r.status, 200);
            firstIds.insert(r.object().value(u"orders"_s)[0][u"order_id"_s].toInteger());
        }
        QCOMPARE(firstIds.size(), 60); // each answer belongs to its own request
        QCOMPARE(server.requestCount("GET", u"/user/api/orders"_s), 60);
        // QNAM opens at most six connections per host and reuses them.
        QVERIFY2(server.connectionCount() >= 1 && server.connectionCount() <= 6,
                 qPrintable(QString::number(server.connectionCount())));

        // Another round reuses the same connections.
        const int before = server.connectionCount();
        for (int i = 0; i < 12; ++i)
            QCOMPARE(client.get(u"/health"_s).status, 200);
        QCOMPARE(server.connectionCount(), before);
    }

    void rawSocketKeepAliveAndClose()
    {
        MockServer server;
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(2000));

        // Two requests on one connection, each answered with a complete, framed response.
        const QByteArray request = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";
        const QByteArray expected = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 2; ++i) {
            socket.write(request);
            QByteArray got;
            QTRY_VERIFY((got += socket.readAll()).endsWith("{\"status\":\"ok\"}"));
            QVERIFY(got.startsWith(expected));
            QVERIFY(got.contains("\r\nContent-Type: application/json\r\n"));
            QVERIFY(got.contains("\r\nContent-Length: 15\r\n"));
            QVERIFY(got.contains("\r\nConnection: keep-alive\r\n"));
        }

        // "Connection: close" is honoured: the answer, then the server closes.
        socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY((got += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState));
        got += socket.readAll();
        QVERIFY(got.startsWith(expected));
        QVERIFY(got.contains("\r\nConnection: close\r\n"));

        // A POST without Content-Length at all (not just zero) is refused too.
        QTcpSocket post;
        post.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(post.waitForConnected(2000));
        post.write("POST /user/api/orders/100001/renew HTTP/1.1\r\nHost: x\r\n"
                   "Authorization: Bearer demo\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += post.readAll()).contains("Request body is required"));
        QVERIFY(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    }

    void recordsRequests()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QCOMPARE(client.get(u"/user/api/orders?status=on-hold&limit=7"_s).status, 200);
        const QByteArray seo = R"({"tag":"seo"})";
        QCOMPARE(client.post(u"/user/api/orders/100003/tag"_s, seo).status, 200);
        QCOMPARE(client.get(u"/health"_s).status, 200);

        const QList<RecordedRequest> recorded = server.recordedRequests();
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded.at(0).method, QByteArray("GET"));
        QCOMPARE(recorded.at(0).path, u"/user/api/orders"_s);
        QCOMPARE(recorded.at(0).queryValue(u"status"_s), u"on-hold"_s);
        QCOMPARE(recorded.at(0).queryValue(u"limit"_s), u"7"_s);
        QCOMPARE(recorded.at(0).header("authorization"), QByteArray("Bearer demo"));
        QCOMPARE(recorded.at(1).method, QByteArray("POST"));
        QCOMPARE(recorded.at(1).body, seo);
        QCOMPARE(recorded.at(1).header("Content-Type"), QByteArray("application/json"));

        QCOMPARE(server.requestCount("GET", u"/user/api/"_s), 1);
        QCOMPARE(server.requestCount("POST", u"/user/api/orders/"_s), 1);
        QCOMPARE(server.requestCount(QByteArray(), QString()), 3);
        QCOMPARE(server.requestCount("DELETE", QString()), 0);
        server.clearRecorded();
        QCOMPARE(server.recordedRequests().size(), 0);

        server.setRecordingEnabled(false);
        QCOMPARE(client.get(u"/health"_s).status, 200);
        QCOMPARE(server.recordedRequests().size(), 0);
    }

    void emitsSignals()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QSignalSpy received(&server, &MockServer::requestReceived);
        QSignalSpy handled(&server, &MockServer::requestHandled);
        QCOMPARE(client.get(u"/user/api/orders/999999"_s).status, 404);
        QCOMPARE(received.size(), 1);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.at(0).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(handled.at(0).at(1).toString(), u"/user/api/orders/999999"_s);
        QCOMPARE(handled.at(0).at(2).toInt(), 404);
    }

    void latencyDelaysEveryAnswer()
    {
        // The delay goes through the server's scheduler: recorded here, and the answer sent when
        // the test lets the delay end, so no real time is waited. (How long a real latency
        // takes: tests/bench/bench_mockbackend, mock_latency_answer.)
        MockServer server;
        QVERIFY(server.listen());
        server.setLatency(150);
        QCOMPARE(server.latency(), 150);
        QList<int> delays;
        QList<std::function<void()>> pending;
        QList<QPointer<QTcpSocket>> connections; // the context: the default timer dies with it
        server.setDelayScheduler([&](int delayMs, QObject *context, std::function<void()> send) {
            delays.append(delayMs);
            pending.append(std::move(send));
            connections.append(qobject_cast<QTcpSocket *>(context));
        });
        MockTestClient client(server.url());
        QSignalSpy received(&server, &MockServer::requestReceived);
        QSignalSpy handled(&server, &MockServer::requestHandled);
        QNetworkReply *reply = client.send("GET", u"/user/api/me"_s);
        QVERIFY(received.wait(2000));
        QCOMPARE(delays, QList<int>{150});
        // While the delay runs nothing is sent, however many events go by.
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QVERIFY(!reply->isFinished());
        QCOMPARE(handled.size(), 0);
        QCOMPARE(pending.size(), 1);
        pending.takeFirst()(); // the delay ends
        const HttpResult r = MockTestClient::wait(reply);
        QCOMPARE(r.status, 200);
        QCOMPARE(handled.size(), 1);

        // A client that gives up while the server "works" does not upset the server: the
        // answer's turn comes after it left, and nothing is sent.
        QNetworkReply *abandoned = client.send("GET", u"/user/api/me"_s);
        QVERIFY(received.wait(2000));
        QCOMPARE(delays, (QList<int>{150, 150}));
        QVERIFY(connections.last());
        abandoned->abort();
        abandoned->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(!connections.last() ||
                                     connections.last()->state() != QAbstractSocket::ConnectedState,
                                 5000);
        QCOMPARE(pending.size(), 1);
        pending.takeFirst()();
        QCOMPARE(handled.size(), 1); // nothing went out for the abandoned request
        server.setLatency(0);
        QCOMPARE(client.get(u"/health"_s).status, 200);
        QCOMPARE(delays.size(), 2); // no latency, no delay

        // The default scheduler (a real timer) still delivers the answer.
        server.setDelayScheduler({});
        server.setLatency(5);
        QCOMPARE(client.get(u"/user/api/me"_s).status, 200);
        QCOMPARE(delays.size(), 2);
    }

    void closeAndListenAgain()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QCOMPARE(client.get(u"/health"_s).status, 200);
        const quint16 oldPort = server.port();
        server.close();
        QVERIFY(!server.isListening());
        const HttpResult refused = client.get(u"/health"_s);
        QCOMPARE(refused.status, 0);
        QVERIFY(refused.error != QNetworkReply::NoError);

        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), oldPort));
        QCOMPARE(client.get(u"/health"_s).status, 200);
        // State survives a restart of the transport.
        const QByteArray kept = R"({"tag":"kept"})";
        QCOMPARE(client.post(u"/user/api/orders/100004/tag"_s, kept).status, 200);
        server.close();
        QVERIFY(server.listen());
        MockTestClient again(server.url());
        QCOMPARE(
            again.get(u"/user/api/orders/100004"_s).object().value(u"order"_s)[u"tag"_s].toString(),
            u"kept"_s);
    }

    void runsInAWorkerThread()
    {
        QThread thread;
        thread.setObjectName(u"mock-server"_s);
        auto *server = new MockServer;
        server->resetDemoData(2000, 4);
        server->moveToThread(&thread);
        thread.start();

        bool listening = false;
        QMetaObject::invokeMethod(
            server, [server, &listening] { listening = server->listen(); },
            Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        QUrl url;
        QMetaObject::invokeMethod(
            server, [server, &url] { url = server->url(); }, Qt::BlockingQueuedConnection);

        MockTestClient client(url);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 20; ++i)
            replies.append(client.send("GET", u"/user/api/orders?status=all&limit=100&offset="_s +
                                                  QString::number(i * 100)));
        for (QNetworkReply *reply : std::as_const(replies)) {
            const HttpResult r = MockTestClient::wait(reply);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(u"orders"_s).toArray().size(), 100);
        }
        QCOMPARE(client.post(u"/user/api/orders/100010/renew"_s, "{}").finished, true);

        int count = 0;
        QMetaObject::invokeMethod(
            server, [server, &count] { count = server->requestCount("GET", u"/user/api/"_s); },
            Qt::BlockingQueuedConnection);
        QCOMPARE(count, 20);

        // Torn down in its own thread.
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
