#include "backendhttpserver.h"

#include "mockhttptransport.h"
#include "mockresponse.h"

#include <QTcpServer>
#include <QTcpSocket>

BackendHttpServer::BackendHttpServer(QObject *parent) : QObject(parent)
{
    createTransport();
}

// Children (transport, TCP servers, sockets) go with us.
BackendHttpServer::~BackendHttpServer() = default;

void BackendHttpServer::createTransport()
{
    m_transport =
        new MockHttpTransport([this](MockRequest &&request,
                                     QTcpSocket *socket) { onRequest(std::move(request), socket); },
                              this);
}

bool BackendHttpServer::listen(const QHostAddress &address, quint16 port)
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

void BackendHttpServer::close()
{
    // The old transport may be on the call stack (close() from a request handler), so it is
    // disarmed now and deleted later; a fresh one takes its place for the next listen().
    MockHttpTransport *old = m_transport;
    const QList<QTcpServer *> servers = old->servers();
    for (QTcpServer *server : servers) {
        server->close();
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }
    old->deleteLater();
    createTransport();
    m_port = 0;
}

QUrl BackendHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

bool BackendHttpServer::wantsKeepAlive(const MockRequest &request)
{
    return request.header(QByteArrayLiteral("Connection")).compare("close", Qt::CaseInsensitive) !=
           0;
}

void BackendHttpServer::writeResponse(QTcpSocket *socket, const MockResponse &response,
                                      bool keepAlive)
{
    socket->write(response.serialize(keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost(); // after the bytes above are written
}

void BackendHttpServer::onRequest(MockRequest &&request, QTcpSocket *socket)
{
    if (m_handler) {
        m_handler(std::move(request), socket);
        return;
    }
    writeResponse(socket, m_backend.handle(request), wantsKeepAlive(request));
}
