#include "mockserver.h"

#include <QTcpSocket>
#include <QTimer>

MockServer::MockServer(QObject *parent) : QObject(parent), m_http(new BackendHttpServer(this))
{
    backend().setProfile(profileFromEnvironment());
    m_http->setRequestHandler([this](MockRequest &&request, QTcpSocket *socket) {
        onRequest(std::move(request), socket);
    });
    setDelayScheduler({});
}

void MockServer::setDelayScheduler(DelayScheduler scheduler)
{
    if (!scheduler) {
        scheduler = [](int delayMs, QObject *context, std::function<void()> send) {
            QTimer::singleShot(delayMs, Qt::PreciseTimer, context, std::move(send));
        };
    }
    m_delay = std::move(scheduler);
}

MockServer::Profile MockServer::profileFromEnvironment()
{
    const QString name = qEnvironmentVariable(kProfileEnvironmentVariable).trimmed();
    return MockBackend::profileFromName(name).value_or(Profile::Strict);
}

MockServer::~MockServer()
{
    // Children (the HTTP server with its sockets) go with us; hung sockets are closed then.
    releaseHungConnections();
}

bool MockServer::listen(const QHostAddress &address, quint16 port)
{
    if (isListening())
        close();
    return m_http->listen(address, port);
}

void MockServer::close()
{
    // Aborts every connection, the hung ones too.
    m_http->close();
    m_hung.clear();
}

void MockServer::resetDemoData(int orderCount, quint32 seed)
{
    m_http->resetDemoData(orderCount, seed);
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
    return backend().catalog().stock(country, productCode);
}

void MockServer::setStock(const QString &country, const QString &productCode, int amount)
{
    backend().catalog().setStock(country, productCode, amount);
}

std::optional<MockOrder> MockServer::order(qint64 orderId) const
{
    const MockOrder *o = backend().state().order(orderId);
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

    const std::optional<MockFault> fault =
        m_faults.take(request.method, request.path, request.query.toString(QUrl::FullyEncoded));
    MockResponse response;
    if (!fault || fault->afterHandling) {
        response = backend().handle(request);
    } else if (fault->needsRealAnswer()) {
        // What the server would have answered, computed on a copy so that nothing changes.
        MockBackend scratch = backend();
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

    const bool keepAlive = BackendHttpServer::wantsKeepAlive(request);
    auto finish = [this, server = QPointer<MockServer>(this), guard = QPointer<QTcpSocket>(socket),
                   method = request.method, path = request.path, response = std::move(response),
                   drop, keepAlive]() {
        if (!server || !guard || guard->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up (or the server stopped) while we were "busy"
        if (drop) {
            guard->abort();
            Q_EMIT requestHandled(method, path, 0);
            return;
        }
        BackendHttpServer::writeResponse(guard, response, keepAlive);
        Q_EMIT requestHandled(method, path, response.status);
    };
    if (m_latencyMs > 0)
        m_delay(m_latencyMs, socket, std::move(finish));
    else
        finish();
}
