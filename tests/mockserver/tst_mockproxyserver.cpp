// MockProxyServer, the loopback HTTP and SOCKS5 proxies of the demo, the tests and the benchmark,
// over real sockets: Qt's own proxy clients (QNetworkAccessManager, QTcpSocket with a proxy)
// through both sides to the IP-echo target of BackendHttpServer, credentials, refusals, hung
// users, the connect delay, bounded handshakes, many connections at once from a worker thread,
// and the demo's proxies as proxies/active lists them.

#include "backendhttpserver.h"
#include "demoproxies.h"
#include "mockproxyserver.h"
#include "mocktestclient.h"

#include <QDeadlineTimer>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kUser = u"alice"_s;
const QString kPassword = u"s3cret"_s;

bool alicesPassword(const QString &user, const QString &password)
{
    return user == kUser && password == kPassword;
}

// Reads until `enough` says the bytes are complete, the socket closes or `timeoutMs` passes.
// The servers live in this thread, so the wait spins the event loop.
template <typename Enough>
QByteArray readUntil(QTcpSocket &socket, Enough enough, int timeoutMs = 5000)
{
    QByteArray got = socket.readAll();
    QDeadlineTimer deadline(timeoutMs);
    while (!enough(got) && !deadline.hasExpired() &&
           socket.state() == QAbstractSocket::ConnectedState) {
        QSignalSpy arrived(&socket, &QTcpSocket::readyRead);
        arrived.wait(50);
        got += socket.readAll();
    }
    return got;
}

QByteArray readBytes(QTcpSocket &socket, qsizetype count, int timeoutMs = 5000)
{
    return readUntil(
        socket, [count](const QByteArray &got) { return got.size() >= count; }, timeoutMs);
}

// A whole "Connection: close" answer: everything until the server closes.
QByteArray readToEnd(QTcpSocket &socket, int timeoutMs = 5000)
{
    return readUntil(
        socket, [](const QByteArray &) { return false; }, timeoutMs);
}

bool connectRaw(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (socket.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    return connected.wait(5000);
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray socksGreeting()
{
    return QByteArray::fromHex("050102");
}

QByteArray socksCredentials(const QString &user, const QString &password)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    return QByteArray(1, 0x01) + char(u.size()) + u + char(p.size()) + p;
}

QByteArray socksConnect(quint8 addressType, const QByteArray &address, quint16 port)
{
    QByteArray out = QByteArray::fromHex("050100") + char(addressType);
    if (addressType == 0x03)
        out += char(address.size());
    out += address;
    char rawPort[2];
    qToBigEndian(port, rawPort);
    return out + QByteArray(rawPort, 2);
}

QByteArray ipv4Bytes(const QHostAddress &address)
{
    char raw[4];
    qToBigEndian(address.toIPv4Address(), raw);
    return QByteArray(raw, 4);
}

// Greeting and sign-in on a fresh SOCKS5 connection; the reply to `request` (10 bytes for an
// IPv4 bound address, 22 for IPv6), or what arrived before the server closed.
QByteArray socksRequest(QTcpSocket &socket, quint16 socksPort, const QByteArray &request,
                        qsizetype replySize = 10)
{
    if (!connectRaw(socket, socksPort))
        return "no connection";
    socket.write(socksGreeting());
    if (readBytes(socket, 2) != QByteArray::fromHex("0502"))
        return "greeting refused";
    socket.write(socksCredentials(kUser, kPassword));
    if (readBytes(socket, 2) != QByteArray::fromHex("0100"))
        return "sign-in refused";
    socket.write(request);
    return readBytes(socket, replySize);
}

QNetworkProxy proxyFor(QNetworkProxy::ProxyType type, quint16 port, const QString &user,
                       const QString &password)
{
    return QNetworkProxy(type, u"127.0.0.1"_s, port, user, password);
}

// One GET through a proxy with a fresh QNetworkAccessManager (no cached credentials).
HttpResult getThrough(const QNetworkProxy &proxy, const QUrl &url, int transferTimeoutMs = 0,
                      int waitMs = 5000)
{
    QNetworkAccessManager nam;
    nam.setProxy(proxy);
    QNetworkRequest request(url);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    return MockTestClient::wait(nam.get(request), waitMs);
}

} // namespace

class TestMockProxyServer final : public QObject
{
    Q_OBJECT

private:
    BackendHttpServer m_target; // the echo target (and the demo backend)
    QUrl m_echo;

    std::unique_ptr<MockProxyServer> alicesProxy()
    {
        auto proxy = std::make_unique<MockProxyServer>();
        proxy->setAuthenticator(&alicesPassword);
        if (!proxy->listen())
            return nullptr;
        return proxy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_target.resetDemoData(60);
        QVERIFY(m_target.listen());
        m_echo = m_target.url();
        m_echo.setPath(u"/echo/ip"_s);
    }

    void echoTargetAnswersTheCallersAddress()
    {
        MockTestClient client(m_target.url(), {});
        const HttpResult ip = client.get(u"/echo/ip"_s);
        QCOMPARE(ip.status, 200);
        QCOMPARE(ip.contentType, QByteArray("application/json"));
        QCOMPARE(ip.object().value(u"ip"_s).toString(), u"127.0.0.1"_s);
        QVERIFY(ip.object().contains(u"country"_s));
        QVERIFY(ip.object().value(u"country"_s).isNull());

        const HttpResult failing = client.get(u"/echo/status/503"_s);
        QCOMPARE(failing.status, 503);
        QCOMPARE(failing.error, QNetworkReply::ServiceUnavailableError);
        QCOMPARE(failing.body, QByteArray("Status 503"));
        QCOMPARE(client.get(u"/echo/status/abc"_s).status, 400);
        QCOMPARE(client.get(u"/echo/other"_s).status, 404);
    }

    void listensOnTwoLoopbackPorts()
    {
        MockProxyServer proxy;
        QVERIFY(!proxy.isListening());
        QVERIFY(proxy.listen());
        QVERIFY(proxy.httpPort() > 0);
        QVERIFY(proxy.socksPort() > 0);
        QVERIFY(proxy.httpPort() != proxy.socksPort());
        QCOMPARE(proxy.address(), QHostAddress(QHostAddress::LocalHost));
        proxy.close();
        QVERIFY(!proxy.isListening());
        QCOMPARE(proxy.httpPort(), quint16(0));
        const quint16 dead = MockProxyServer::unusedLoopbackPort();
        QVERIFY(dead > 0);
    }

    void httpProxyRelaysAGet()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        const HttpResult r = getThrough(
            proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), kUser, kPassword), m_echo);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"ip"_s).toString(), u"127.0.0.1"_s);
        QVERIFY(proxy->connectionsServed() >= 1);
        QTRY_COMPARE(proxy->openConnections(), 0);

        // The target's own status comes back as it is.
        QUrl failing = m_target.url();
        failing.setPath(u"/echo/status/503"_s);
        const HttpResult unavailable = getThrough(
            proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), kUser, kPassword), failing);
        QCOMPARE(unavailable.status, 503);
    }

    void httpProxyAsksForCredentials()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        const HttpResult wrong = getThrough(
            proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), kUser, u"wrong"_s), m_echo);
        QCOMPARE(wrong.error, QNetworkReply::ProxyAuthenticationRequiredError);
        const HttpResult none =
            getThrough(proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), {}, {}), m_echo);
        QCOMPARE(none.error, QNetworkReply::ProxyAuthenticationRequiredError);

        // The 407 names the scheme and keeps the connection for the request with credentials.
        QTcpSocket socket;
        QVERIFY(connectRaw(socket, proxy->httpPort()));
        const QByteArray get = "GET " + m_echo.toEncoded() +
                               " HTTP/1.1\r\nHost: " + m_echo.authority().toLatin1() + "\r\n";
        socket.write(get + "\r\n");
        const QByteArray refused =
            readUntil(socket, [](const QByteArray &got) { return got.endsWith("required"); });
        QVERIFY2(refused.startsWith("HTTP/1.1 407 Proxy Authentication Required\r\n"), refused);
        QVERIFY(refused.contains("\r\nProxy-Authenticate: Basic realm=\""));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(get + "Proxy-Authorization: " + basic(kUser, kPassword) + "\r\n\r\n");
        const QByteArray answer = readToEnd(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
        QVERIFY(answer.endsWith("{\"ip\":\"127.0.0.1\",\"country\":null}"));
    }

    void httpProxyTunnelsConnect()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        // Qt's HTTP proxy socket engine opens the tunnel with CONNECT.
        QTcpSocket socket;
        socket.setProxy(proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), kUser, kPassword));
        QVERIFY(connectRaw(socket, m_target.port()));
        socket.write("GET /echo/ip HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        const QByteArray answer = readToEnd(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
        QVERIFY(answer.endsWith("{\"ip\":\"127.0.0.1\",\"country\":null}"));
    }

    void httpProxyRefusesOtherDestinations()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        const QNetworkProxy through =
            proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), kUser, kPassword);
        QCOMPARE(getThrough(through, QUrl(u"http://192.0.2.1/echo/ip"_s)).status, 403);
        QCOMPARE(getThrough(through, QUrl(u"http://example.com/"_s)).status, 403);

        QTcpSocket socket;
        QVERIFY(connectRaw(socket, proxy->httpPort()));
        socket.write("CONNECT 192.0.2.1:443 HTTP/1.1\r\nProxy-Authorization: " +
                     basic(kUser, kPassword) + "\r\n\r\n");
        QVERIFY(readToEnd(socket).startsWith("HTTP/1.1 403 Forbidden\r\n"));

        // A loopback port where nothing listens: the proxy says so.
        QTcpSocket dead;
        QVERIFY(connectRaw(dead, proxy->httpPort()));
        dead.write(
            "CONNECT 127.0.0.1:" + QByteArray::number(MockProxyServer::unusedLoopbackPort()) +
            " HTTP/1.1\r\nProxy-Authorization: " + basic(kUser, kPassword) + "\r\n\r\n");
        QVERIFY(readToEnd(dead).startsWith("HTTP/1.1 502 Bad Gateway\r\n"));
    }

    void socks5ProxyRelays()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        const HttpResult r = getThrough(
            proxyFor(QNetworkProxy::Socks5Proxy, proxy->socksPort(), kUser, kPassword), m_echo);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"ip"_s).toString(), u"127.0.0.1"_s);
        QTRY_COMPARE(proxy->openConnections(), 0);
    }

    void socks5RefusesAWrongPassword()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        const HttpResult r = getThrough(
            proxyFor(QNetworkProxy::Socks5Proxy, proxy->socksPort(), kUser, u"wrong"_s), m_echo);
        QCOMPARE(r.error, QNetworkReply::ProxyAuthenticationRequiredError);

        // RFC 1929: status 0x01, then the proxy closes.
        QTcpSocket socket;
        QVERIFY(connectRaw(socket, proxy->socksPort()));
        socket.write(socksGreeting());
        QCOMPARE(readBytes(socket, 2), QByteArray::fromHex("0502"));
        socket.write(socksCredentials(kUser, u"wrong"_s));
        QCOMPARE(readToEnd(socket), QByteArray::fromHex("0101"));
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);

        // No method we accept: 0xFF.
        QTcpSocket anonymous;
        QVERIFY(connectRaw(anonymous, proxy->socksPort()));
        anonymous.write(QByteArray::fromHex("050100"));
        QCOMPARE(readToEnd(anonymous), QByteArray::fromHex("05ff"));
    }

    void socks5AddressTypes()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        const QByteArray get = "GET /echo/ip HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

        QTcpSocket byIPv4;
        const QByteArray ipv4Reply = socksRequest(
            byIPv4, proxy->socksPort(),
            socksConnect(0x01, ipv4Bytes(QHostAddress(QHostAddress::LocalHost)), m_target.port()));
        QCOMPARE(ipv4Reply.left(4), QByteArray::fromHex("05000001"));
        QCOMPARE(ipv4Reply.mid(4, 4), ipv4Bytes(QHostAddress(QHostAddress::LocalHost)));
        byIPv4.write(get);
        QVERIFY(readToEnd(byIPv4).endsWith("{\"ip\":\"127.0.0.1\",\"country\":null}"));

        QTcpSocket byName;
        const QByteArray nameReply = socksRequest(byName, proxy->socksPort(),
                                                  socksConnect(0x03, "localhost", m_target.port()));
        QCOMPARE(nameReply.left(4), QByteArray::fromHex("05000001"));
        byName.write(get);
        QVERIFY(readToEnd(byName).startsWith("HTTP/1.1 200 OK\r\n"));

        // Nothing listens there: refused (0x05), the bound address zero.
        QTcpSocket refused;
        const QByteArray refusedReply =
            socksRequest(refused, proxy->socksPort(),
                         socksConnect(0x01, ipv4Bytes(QHostAddress(QHostAddress::LocalHost)),
                                      MockProxyServer::unusedLoopbackPort()));
        QCOMPARE(refusedReply, QByteArray::fromHex("05050001000000000000"));

        // IPv6 ::1, where a second target listens if this machine has IPv6 loopback.
        BackendHttpServer v6Target;
        if (!v6Target.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
            QSKIP("No IPv6 loopback here");
        const Q_IPV6ADDR v6 = QHostAddress(QHostAddress::LocalHostIPv6).toIPv6Address();
        QTcpSocket byIPv6;
        const QByteArray v6Reply =
            socksRequest(byIPv6, proxy->socksPort(),
                         socksConnect(0x04, QByteArray(reinterpret_cast<const char *>(v6.c), 16),
                                      v6Target.port()),
                         22);
        QCOMPARE(v6Reply.size(), 22);
        QCOMPARE(v6Reply.left(4), QByteArray::fromHex("05000004"));
        byIPv6.write(get);
        QVERIFY(readToEnd(byIPv6).endsWith("{\"ip\":\"::1\",\"country\":null}"));
    }

    void socks5RefusesOtherDestinationsAndCommands()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        QTcpSocket byAddress;
        QCOMPARE(socksRequest(byAddress, proxy->socksPort(),
                              socksConnect(0x01, ipv4Bytes(QHostAddress(u"192.0.2.1"_s)), 80)),
                 QByteArray::fromHex("05020001000000000000"));
        QTcpSocket byName;
        QCOMPARE(socksRequest(byName, proxy->socksPort(), socksConnect(0x03, "example.com", 80)),
                 QByteArray::fromHex("05020001000000000000"));
        QTcpSocket bind;
        QByteArray bindRequest = socksConnect(0x03, "localhost", 80);
        bindRequest[1] = 0x02; // BIND
        QCOMPARE(socksRequest(bind, proxy->socksPort(), bindRequest),
                 QByteArray::fromHex("05070001000000000000"));
        QTcpSocket badType;
        QCOMPARE(socksRequest(badType, proxy->socksPort(), QByteArray::fromHex("0501000900")),
                 QByteArray::fromHex("05080001000000000000"));

        const HttpResult r =
            getThrough(proxyFor(QNetworkProxy::Socks5Proxy, proxy->socksPort(), kUser, kPassword),
                       QUrl(u"http://192.0.2.1/"_s));
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
    }

    void hangUsersGetNoAnswer()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        proxy->setHangUsers({u"sleepy"_s});

        // Qt sends credentials after the first 407; then the request is never answered.
        const HttpResult viaHttp =
            getThrough(proxyFor(QNetworkProxy::HttpProxy, proxy->httpPort(), u"sleepy"_s, u"x"_s),
                       m_echo, 300);
        QVERIFY(viaHttp.finished);
        QCOMPARE(viaHttp.error, QNetworkReply::OperationCanceledError);

        QTcpSocket http;
        QVERIFY(connectRaw(http, proxy->httpPort()));
        http.write("GET " + m_echo.toEncoded() +
                   " HTTP/1.1\r\nProxy-Authorization: " + basic(u"sleepy"_s, u"x"_s) + "\r\n\r\n");
        QSignalSpy httpAnswer(&http, &QTcpSocket::readyRead);
        QVERIFY(!httpAnswer.wait(250));
        QCOMPARE(http.state(), QAbstractSocket::ConnectedState);

        // SOCKS5: signed in, then the CONNECT gets no reply.
        QTcpSocket socks;
        QVERIFY(connectRaw(socks, proxy->socksPort()));
        socks.write(socksGreeting());
        QCOMPARE(readBytes(socks, 2), QByteArray::fromHex("0502"));
        socks.write(socksCredentials(u"sleepy"_s, u"x"_s));
        QCOMPARE(readBytes(socks, 2), QByteArray::fromHex("0100"));
        socks.write(socksConnect(0x03, "localhost", m_target.port()));
        QSignalSpy socksAnswer(&socks, &QTcpSocket::readyRead);
        QVERIFY(!socksAnswer.wait(250));
        QCOMPARE(socks.state(), QAbstractSocket::ConnectedState);

        // Closing the server closes hung connections too.
        proxy->close();
        QTRY_COMPARE(http.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(socks.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(proxy->openConnections(), 0);
    }

    void connectDelayHoldsTheFirstAnswer()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        proxy->setConnectDelayMs(300);
        QCOMPARE(proxy->connectDelayMs(), 300);
        QTcpSocket socket;
        QVERIFY(connectRaw(socket, proxy->socksPort()));
        socket.write(socksGreeting());
        // A timer never fires early: nothing within the first 100 ms, the answer after.
        QSignalSpy early(&socket, &QTcpSocket::readyRead);
        QVERIFY(!early.wait(100));
        QCOMPARE(readBytes(socket, 2), QByteArray::fromHex("0502"));
    }

    void oversizedHandshakesAreDropped()
    {
        const auto proxy = alicesProxy();
        QVERIFY(proxy);
        QTcpSocket socket;
        QVERIFY(connectRaw(socket, proxy->httpPort()));
        socket.write("GET http://127.0.0.1/ HTTP/1.1\r\n");
        const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        for (int i = 0; i < 70; ++i)
            socket.write(line);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE(proxy->openConnections(), 0);
    }

    void withoutRequiredCredentialsAnyoneMayUseIt()
    {
        MockProxyServer proxy;
        proxy.setRequireAuth(false);
        QVERIFY(!proxy.requiresAuth());
        QVERIFY(proxy.listen());
        QCOMPARE(
            getThrough(proxyFor(QNetworkProxy::HttpProxy, proxy.httpPort(), {}, {}), m_echo).status,
            200);
        QCOMPARE(getThrough(proxyFor(QNetworkProxy::Socks5Proxy, proxy.socksPort(), {}, {}), m_echo)
                     .status,
                 200);
    }

    void manyConcurrentConnectionsFromAWorkerThread()
    {
        QThread thread;
        thread.start();
        auto *proxy = new MockProxyServer;
        proxy->setAuthenticator(&alicesPassword);
        proxy->moveToThread(&thread);
        bool listening = false;
        QMetaObject::invokeMethod(
            proxy, [proxy, &listening] { listening = proxy->listen(); },
            Qt::BlockingQueuedConnection);
        QVERIFY(listening);

        constexpr int kClients = 200;
        const QNetworkProxy socks =
            proxyFor(QNetworkProxy::Socks5Proxy, proxy->socksPort(), kUser, kPassword);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QHash<QTcpSocket *, QByteArray> received;
        int closed = 0;
        for (int i = 0; i < kClients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            socket->setProxy(socks);
            connect(s, &QTcpSocket::connected, this, [s] {
                s->write("GET /echo/ip HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            });
            connect(s, &QTcpSocket::readyRead, this,
                    [s, &received] { received[s] += s->readAll(); });
            connect(s, &QTcpSocket::disconnected, this, [&closed] { ++closed; });
            socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_target.port());
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(closed, kClients, 60000);
        int ok = 0;
        for (const auto &socket : sockets) {
            const QByteArray &got = received.value(socket.get());
            if (got.startsWith("HTTP/1.1 200 OK\r\n") &&
                got.endsWith("{\"ip\":\"127.0.0.1\",\"country\":null}"))
                ++ok;
        }
        QCOMPARE(ok, kClients);
        QCOMPARE(proxy->connectionsServed(), kClients);
        QTRY_COMPARE(proxy->openConnections(), 0);

        QMetaObject::invokeMethod(
            proxy, [proxy] { delete proxy; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    void demoProxiesAreListedAndWork()
    {
        MockProxyServer proxy;
        const std::optional<DemoProxies> demo = DemoProxies::serve(proxy);
        QVERIFY(demo);
        QCOMPARE(demo->httpPort(), proxy.httpPort());
        QCOMPARE(demo->socksPort(), proxy.socksPort());
        QVERIFY(demo->deadPort() != 0);
        QVERIFY(proxy.requiresAuth());

        const MockBackend before = m_target.backend(); // a copy: what is listed without them
        m_target.backend().setDemoProxies(*demo);
        const auto restore = qScopeGuard([this] { m_target.backend().clearDemoProxies(); });

        // Every row of every running Datacenter/ISP order: loopback, its own user name, the
        // password listed before, the proxy's ports or the dead one.
        MockTestClient client(m_target.url());
        struct Row
        {
            QString user, password;
            quint16 http = 0, socks = 0;
            DemoProxies::Kind kind = DemoProxies::Kind::Working;
        };
        QList<Row> rows;
        QSet<QString> users;
        for (const MockOrder &order : m_target.backend().state().orders()) {
            const MockProduct *product = m_target.backend().catalog().productById(order.productId);
            if (!product || !product->isDatacenterOrIsp() ||
                order.status != MockOrder::Status::Active)
                continue;
            const QString path =
                u"/user/api/proxies/active?order_id="_s + QString::number(order.orderId);
            const QJsonArray data = client.get(path).object().value(u"data"_s).toArray();
            QCOMPARE(data.size(), order.quantity);
            MockBackend plain = before;
            const QJsonArray plainData =
                QJsonDocument::fromJson(plain.handle(MockRequest::get(path, "demo")).body)
                    .object()
                    .value(u"data"_s)
                    .toArray();
            for (int i = 0; i < data.size(); ++i) {
                const QJsonObject row = data.at(i).toObject();
                Row r{row.value(u"username"_s).toString(), row.value(u"password"_s).toString(),
                      quint16(row.value(u"http_port"_s).toInt()),
                      quint16(row.value(u"socks_port"_s).toInt()),
                      DemoProxies::kind(order.orderId, i)};
                QCOMPARE(row.value(u"ip"_s).toString(), u"127.0.0.1"_s);
                QCOMPARE(r.user, DemoProxies::username(order.orderId, i));
                QCOMPARE(r.password, plainData.at(i).toObject().value(u"password"_s).toString());
                const bool dead = r.kind == DemoProxies::Kind::Dead;
                QCOMPARE(r.http, dead ? demo->deadPort() : proxy.httpPort());
                QCOMPARE(r.socks, dead ? demo->deadPort() : proxy.socksPort());
                QCOMPARE(DemoProxies::accepts(r.user, r.password),
                         r.kind != DemoProxies::Kind::WrongPassword);
                QVERIFY(!users.contains(r.user));
                users.insert(r.user);
                rows.append(r);
            }
        }
        const auto first = [&rows](DemoProxies::Kind kind) {
            for (const Row &r : std::as_const(rows)) {
                if (r.kind == kind)
                    return r;
            }
            return Row{};
        };
        const Row working = first(DemoProxies::Kind::Working);
        const Row wrong = first(DemoProxies::Kind::WrongPassword);
        const Row dead = first(DemoProxies::Kind::Dead);
        QVERIFY(!working.user.isEmpty());
        QVERIFY(!wrong.user.isEmpty());
        QVERIFY(!dead.user.isEmpty());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), demo->deadPort());
        QSignalSpy probeFailed(&probe, &QTcpSocket::errorOccurred);
        QVERIFY(probeFailed.wait(5000));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
        const qsizetype bad = std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) {
            return r.kind != DemoProxies::Kind::Working;
        });
        QVERIFY2(bad * 10 < rows.size(), "only a few demo proxies fail");

        const auto check = [this](const Row &r, QNetworkProxy::ProxyType type) {
            const quint16 port = type == QNetworkProxy::HttpProxy ? r.http : r.socks;
            return getThrough(proxyFor(type, port, r.user, r.password), m_echo);
        };
        for (const QNetworkProxy::ProxyType type :
             {QNetworkProxy::HttpProxy, QNetworkProxy::Socks5Proxy}) {
            const HttpResult works = check(working, type);
            QCOMPARE(works.status, 200);
            QCOMPARE(works.object().value(u"ip"_s).toString(), u"127.0.0.1"_s);
            QCOMPARE(check(wrong, type).error, QNetworkReply::ProxyAuthenticationRequiredError);
            // How Qt names it differs by proxy type (ConnectionRefused for HTTP, Unknown for
            // SOCKS5); what matters here is that nothing answered.
            const HttpResult deadResult = check(dead, type);
            QVERIFY(deadResult.finished);
            QVERIFY(deadResult.error != QNetworkReply::NoError);
            QCOMPARE(deadResult.status, 0);
        }
    }

    void mockServerProcessServesDemoProxies()
    {
        QProcess process;
        process.start(QStringLiteral(SHARDDESK_MOCK_SERVER_EXE),
                      {u"--demo-proxies"_s, u"--orders"_s, u"30"_s});
        QVERIFY(process.waitForStarted(5000));
        QByteArray out;
        QDeadlineTimer deadline(10000);
        while (!out.contains("listening on") && !deadline.hasExpired()) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        while (!out.endsWith('\n') && !deadline.hasExpired()) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        const QRegularExpressionMatch m =
            QRegularExpression(u"^http proxy on 127\\.0\\.0\\.1:(\\d+)\n"
                               "socks5 proxy on 127\\.0\\.0\\.1:(\\d+)\n"
                               "dead proxy port 127\\.0\\.0\\.1:(\\d+)\n"
                               "listening on (http://127\\.0\\.0\\.1:\\d+)\n$"_s)
                .match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        const quint16 httpPort = quint16(m.captured(1).toUInt());
        QUrl echo(m.captured(4));
        echo.setPath(u"/echo/ip"_s);
        // A user name and password of the demo's form, whatever the order.
        const QString user = DemoProxies::username(100001, 0);
        const HttpResult r = getThrough(proxyFor(QNetworkProxy::HttpProxy, httpPort, user,
                                                 DemoProxies::acceptedPassword(100001, 0)),
                                        echo);
        QCOMPARE(r.status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMockProxyServer)
#include "tst_mockproxyserver.moc"
