#include "mockserver.h"

#include "mockhttptransport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

MockServer::MockServer(QObject *parent) : QObject(parent)
{
    m_backend.setProfile(profileFromEnvironment());
    createTransport();
}

MockServer::Profile MockServer::profileFromEnvironment()
{
    const QString name = qEnvironmentVariable(kProfileEnvironmentVariable).trimmed();
    return MockBackend::profileFromName(name).value_or(Profile::Strict);
}

MockServer::~MockServer()
{
    // Children (transport, TCP server, sockets) go with us; hung sockets are closed then.
    releaseHungConnections();
}

void MockServer::createTransport()
{
    m_transport =
        new MockHttpTransport([this](MockRequest &&request,
                                     QTcpSocket *socket) { onRequest(std::move(request), socket); },
                              this);
}

bool MockServer::listen(const QHostAddress &address, quint16 port)
{
    if (isListening())
        close();
    const quint16 bound = m_transport->listen(address, port);
    if (bound == 0)
        return false;
    m_address = address;
    m_port = bound;
    m_connections = 0;
    const QList<QTcpServer *> servers = m_transport->servers();
    for (QTcpServer *server : servers)
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    return true;
}

void MockServer::close()
{
    // The old transport may be on the call stack (close() from a signal handler), so it is
    // disarmed now and deleted later; a fresh one takes its place for the next listen().
    MockHttpTransport *old = m_transport;
    const QList<QTcpServer *> servers = old->servers();
    for (QTcpServer *server : servers) {
        server->close();
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }
    m_hung.clear();
    old->deleteLater();
    createTransport();
    m_port = 0;
}

QUrl MockServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

void MockServer::resetDemoData(int orderCount, quint32 seed)
{
    m_backend.resetDemoData(orderCount, seed);
}

int MockServer::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const RecordedRequest &r : m_recorded) {
        if ((method.isEmpty() || r.method == method) && r.path.startsWith(pathPrefix))
            ++n;
    }
    return n;
}

int MockServer::stock(const QString &country, const QString &productCode) const
{
    return m_backend.catalog().stock(country, productCode);
}

void MockServer::setStock(const QString &country, const QString &productCode, int amount)
{
    m_backend.catalog().setStock(country, productCode, amount);
}

std::optional<MockOrder> MockServer::order(qint64 orderId) const
{
    const MockOrder *o = m_backend.state().order(orderId);
    return o ? std::optional<MockOrder>(*o) : std::nullopt;
}

int MockServer::hungConnectionCount() const
{
    int n = 0;
    for (const QPointer<QTcpSocket> &socket : m_hung) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++n;
    }
    return n;
}

void MockServer::releaseHungConnections()
{
    const QList<QPointer<QTcpSocket>> hung = std::exchange(m_hung, {});
    for (const QPointer<QTcpSocket> &socket : hung) {
        if (socket)
            socket->abort();
    }
}

void MockServer::onRequest(MockRequest &&request, QTcpSocket *socket)
{
    Q_EMIT requestReceived(request.method, request.path);
    if (m_recording)
        m_recorded.append(request);

    const std::optional<MockFault> fault = m_faults.take(request.method, request.path);
    MockResponse response;
    if (!fault || fault->afterHandling) {
        response = m_backend.handle(request);
    } else if (fault->needsRealAnswer()) {
        // What the server would have answered, computed on a copy so that nothing changes.
        MockBackend scratch = m_backend;
        response = scratch.handle(request);
    }

    if (fault && fault->kind == MockFault::Kind::Hang) {
        m_hung.removeAll(QPointer<QTcpSocket>());
        m_hung.append(QPointer<QTcpSocket>(socket));
        return;
    }
    const bool drop = fault && fault->kind == MockFault::Kind::Drop;
    if (fault)
        response = fault->answer(response);

    const bool keepAlive =
        request.header(QByteArrayLiteral("Connection")).compare("close", Qt::CaseInsensitive) != 0;
    auto finish = [this, guard = QPointer<QTcpSocket>(socket), method = request.method,
                   path = request.path, response = std::move(response), drop, keepAlive]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up while we were "busy"
        if (drop) {
            guard->abort();
            Q_EMIT requestHandled(method, path, 0);
            return;
        }
        guard->write(response.serialize(keepAlive));
        if (!keepAlive)
            guard->disconnectFromHost();
        Q_EMIT requestHandled(method, path, response.status);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, Qt::PreciseTimer, socket, std::move(finish));
    else
        finish();
}
