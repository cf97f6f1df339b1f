#include "mockhttptransport.h"

#include "mockresponse.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// ::ffff:127.0.0.1 (a dual-stack socket's view of an IPv4 client) as 127.0.0.1.
QString addressText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

MockHttpTransport::MockHttpTransport(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool MockHttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copy everything now: Qt reuses the request object for the next request on this socket.
    MockRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyDecoded);
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peerAddress = addressText(request.remoteAddress());
    m_handler(std::move(copy), socket);
    return true;
}

void MockHttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request. Answer anyway rather than hang.
    Q_UNUSED(request);
    socket->write(MockResponse::error(404, QStringLiteral("Not found")).serialize(true));
}
