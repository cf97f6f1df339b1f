// BackendHttpServer, the plain server the app's demo mode ships, over real loopback HTTP: the
// backend's answers, keep-alive, Connection: close, restart, and running in a worker thread.
// Linked against sharddesk_mockbackend alone, so it also proves the server needs nothing from
// the test double.

#include "backendhttpserver.h"
#include "mocktestclient.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads one complete response from a raw socket: headers, then Content-Length bytes of body. The
// server lives in this thread, so the wait spins the event loop (waitForReadyRead() would not).
QByteArray readResponse(QTcpSocket &socket, int timeoutMs = 5000)
{
    QByteArray got;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end >= 0) {
            static const QRegularExpression lengthHeader(u"\\r\\nContent-Length: (\\d+)\\r\\n"_s,
                                                         QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m =
                lengthHeader.match(QString::fromLatin1(got.left(end + 2)));
            const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (got.size() >= end + 4 + length)
                return got;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        QSignalSpy arrived(&socket, &QTcpSocket::readyRead);
        arrived.wait(50); // the event loop runs meanwhile, so the server can answer
        got += socket.readAll();
    }
    return got;
}

} // namespace

class TestBackendHttpServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackWithAFreePort()
    {
        BackendHttpServer server;
        QVERIFY(!server.isListening());
        QVERIFY(server.listen());
        QVERIFY(server.isListening());
        QVERIFY(server.port() > 0);
        QCOMPARE(server.url(), QUrl(u"http://127.0.0.1:"_s + QString::number(server.port())));
        QCOMPARE(server.token(), u"demo"_s);
        QCOMPARE(server.profile(), MockBackend::Profile::Strict);

        BackendHttpServer other;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_s));
        QVERIFY(!other.listen(QHostAddress(QHostAddress::LocalHost), server.port()));
        QVERIFY(!other.isListening());
    }

    void answersWithTheBackend()
    {
        BackendHttpServer server;
        server.resetDemoData(12);
        QVERIFY(server.listen());

        MockTestClient client(server.url());
        const HttpResult me = client.get(u"/user/api/me"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.contentType, QByteArray("application/json"));
        QCOMPARE(me.object().value(u"wallet_balance"_s).toInteger(), 250000);

        MockTestClient anonymous(server.url(), QByteArray());
        const HttpResult refused = anonymous.get(u"/user/api/me"_s);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.message(), u"Invalid API key"_s);
        MockTestClient wrong(server.url(), QByteArrayLiteral("wrong"));
        QCOMPARE(wrong.get(u"/user/api/me"_s).status, 401);

        // The state is the backend's: what the server answers is what backend() holds.
        const HttpResult orders = client.get(u"/user/api/orders?status=all&limit=100"_s);
        QCOMPARE(orders.status, 200);
        QCOMPARE(orders.object().value(u"orders"_s).toArray().size(),
                 server.backend().state().orders().size());
        server.setToken(u"other"_s);
        QCOMPARE(client.get(u"/user/api/me"_s).status, 401);
        QCOMPARE(MockTestClient(server.url(), "other").get(u"/user/api/me"_s).status, 200);
    }

    void twoRequestsOnOneKeepAliveConnection()
    {
        BackendHttpServer server;
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(2000));

        const QByteArray me = "GET /user/api/me HTTP/1.1\r\nHost: localhost\r\n"
                              "Authorization: Bearer demo\r\n\r\n";
        for (int i = 0; i < 2; ++i) {
            socket.write(me);
            const QByteArray got = readResponse(socket);
            QVERIFY2(got.startsWith("HTTP/1.1 200 OK\r\n"), got.constData());
            QVERIFY(got.contains("\r\nConnection: keep-alive\r\n"));
            QVERIFY(got.contains("\"wallet_balance\":250000"));
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
        QCOMPARE(server.connectionCount(), 1);

        // "Connection: close" is honoured: the answer, then the server closes.
        socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY((got += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState));
        got += socket.readAll();
        QVERIFY(got.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(got.contains("\r\nConnection: close\r\n"));
    }

    void clientReusesItsConnection()
    {
        BackendHttpServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(u"/user/api/me"_s).status, 200);
        QCOMPARE(server.connectionCount(), 1);
    }

    void closeAndListenAgain()
    {
        BackendHttpServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        QCOMPARE(client.get(u"/health"_s).status, 200);
        const quint16 oldPort = server.port();
        server.close();
        QVERIFY(!server.isListening());
        QCOMPARE(client.get(u"/health"_s).status, 0);

        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), oldPort));
        QCOMPARE(client.get(u"/health"_s).status, 200);
        QCOMPARE(client.post(u"/user/api/orders/100004/tag"_s, R"({"tag":"kept"})").status, 200);
        server.close();
        QVERIFY(server.listen());
        MockTestClient again(server.url());
        QCOMPARE(
            again.get(u"/user/api/orders/100004"_s).object().value(u"order"_s)[u"tag"_s].toString(),
            u"kept"_s);
    }

    void runsInAWorkerThread()
    {
        // As DemoServer runs it: moved to a thread, data generated and listening there.
        QThread thread;
        thread.setObjectName(u"backend-server"_s);
        auto *server = new BackendHttpServer;
        server->moveToThread(&thread);
        thread.start();

        QUrl url;
        QMetaObject::invokeMethod(
            server,
            [server, &url] {
                server->resetDemoData(500, 4);
                if (server->listen())
                    url = server->url();
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(!url.isEmpty());

        MockTestClient client(url);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies.append(client.send("GET", u"/user/api/orders?status=all&limit=100&offset="_s +
                                                  QString::number(i * 100)));
        for (QNetworkReply *reply : std::as_const(replies)) {
            const HttpResult r = MockTestClient::wait(reply);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(u"orders"_s).toArray().size(), 100);
        }

        QMetaObject::invokeMethod(server, &BackendHttpServer::close, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestBackendHttpServer)
#include "tst_backendhttpserver.moc"
