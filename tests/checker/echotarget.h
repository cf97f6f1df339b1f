#pragma once

// A loopback HTTP target for the proxy checker's tests and its benchmark (header-only, so the
// benchmark can use it without the test support library): GET /ip answers
// {"ip":"<the caller the target saw>","country":"ZZ"} like a public IP-echo service, GET /503
// answers 503, anything else 404. One request per connection (the answer closes it).
//
// It can live in a worker thread: create it there (or moveToThread() its server() before
// listen()) and call listen() in that thread. requestsServed() may be read from any thread.

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <atomic>
#include <memory>

class EchoTarget final
{
public:
    static constexpr qsizetype kMaxRequestBytes = 64 * 1024;

    EchoTarget()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    EchoTarget(const EchoTarget &) = delete;
    EchoTarget &operator=(const EchoTarget &) = delete;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port><path>, e.g. url("/ip").
    QUrl url(const QString &path) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(port());
        u.setPath(path);
        return u;
    }
    int requestsServed() const { return m_served.load(std::memory_order_relaxed); }
    QTcpServer *server() { return &m_server; }

private:
    static QByteArray answer(int status, const char *reason, const QByteArray &type,
                             const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    void serve(QTcpSocket *socket)
    {
        struct Request
        {
            QByteArray bytes;
            bool answered = false;
        };
        auto request = std::make_shared<Request>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            if (request->answered) {
                socket->readAll();
                return;
            }
            request->bytes.append(socket->readAll());
            if (request->bytes.size() > kMaxRequestBytes) {
                request->answered = true;
                socket->abort();
                socket->deleteLater();
                return;
            }
            if (!request->bytes.contains("\r\n\r\n"))
                return;
            request->answered = true;
            const QByteArray requestLine = request->bytes.left(request->bytes.indexOf("\r\n"));
            const QList<QByteArray> parts = requestLine.split(' ');
            QByteArray target = parts.value(1);
            // A proxy may pass the absolute form on.
            if (target.startsWith("http://"))
                target = QUrl::fromEncoded(target).path(QUrl::FullyEncoded).toLatin1();
            QByteArray response;
            if (parts.value(0) == "GET" && target == "/ip") {
                const QHostAddress peer = socket->peerAddress();
                bool isV4 = false;
                const quint32 v4 = peer.toIPv4Address(&isV4);
                const QString ip = isV4 ? QHostAddress(v4).toString() : peer.toString();
                response = answer(200, "OK", "application/json",
                                  "{\"ip\":\"" + ip.toLatin1() + "\",\"country\":\"ZZ\"}");
            } else if (target == "/503") {
                response = answer(503, "Service Unavailable", "text/plain", "try later\n");
            } else {
                response = answer(404, "Not Found", "text/plain", "no such echo\n");
            }
            m_served.fetch_add(1, std::memory_order_relaxed);
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    std::atomic<int> m_served = 0;
};
