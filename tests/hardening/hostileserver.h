#pragma once

// A tiny HTTP/1.1 server on loopback whose order list is whatever the test says: pages that
// never end, ids that repeat across status tabs, slow tabs. Everything else of the API is out of
// scope (404). Keep-alive like a real server; no sleeps: a delayed answer is a timer.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class HostileServer final : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QList<qint64> ids;
        bool hasNext = false;
        int delayMs = 0; // the server is slow on this answer
    };
    // status ("active", "on-hold", "cancelled"), offset, limit → the page to send.
    using Pages = std::function<Page(const QString &status, qint64 offset, int limit)>;

    explicit HostileServer(Pages pages, QObject *parent = nullptr)
        : QObject(parent), m_pages(std::move(pages))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0); }
    QUrl url() const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        return u;
    }
    int listRequests() const { return m_listRequests; }
    int listRequests(const QString &status) const { return m_byStatus.value(status); }

signals:
    void answered();

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4); // GETs only: no body
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            if (requestLine.size() < 2)
                return;
            respond(socket, QUrl(QString::fromLatin1(requestLine.at(1))));
        }
    }

    void respond(QTcpSocket *socket, const QUrl &url)
    {
        QByteArray status = "404 Not Found";
        QByteArray body = R"({"success":false,"message":"Not found"})";
        int delayMs = 0;
        if (url.path() == u"/user/api/orders") {
            const QUrlQuery query(url);
            const QString tab = query.queryItemValue(QStringLiteral("status"));
            const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            ++m_listRequests;
            ++m_byStatus[tab];
            const Page page = m_pages(tab, offset, limit);
            QJsonArray rows;
            for (qint64 id : page.ids) {
                rows.append(QJsonObject{{QStringLiteral("order_id"), id},
                                        {QStringLiteral("product_id"), 1},
                                        {QStringLiteral("product_name"), QStringLiteral("Datacenter Proxy")},
                                        {QStringLiteral("cycle_id"), 3},
                                        {QStringLiteral("cycle_name"), QStringLiteral("monthly")},
                                        {QStringLiteral("expires_at"), QStringLiteral("2030-01-01T00:00:00Z")},
                                        {QStringLiteral("auto_renewal"), true},
                                        {QStringLiteral("tag"), QStringLiteral("none")}});
            }
            QJsonObject object{{QStringLiteral("success"), true},
                               {QStringLiteral("orders"), rows},
                               {QStringLiteral("count"), rows.size()}};
            if (page.hasNext) {
                object.insert(QStringLiteral("next"),
                              QStringLiteral("/user/api/orders?status=%1&offset=%2&limit=%3")
                                  .arg(tab)
                                  .arg(offset + limit)
                                  .arg(limit));
            } else {
                object.insert(QStringLiteral("next"), QJsonValue());
            }
            status = "200 OK";
            body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            delayMs = page.delayMs;
        }
        const QByteArray answer = "HTTP/1.1 " + status +
                                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) +
                                  "\r\nConnection: keep-alive\r\n\r\n" + body;
        QPointer<QTcpSocket> guard(socket);
        auto send = [this, guard, answer] {
            if (guard) {
                guard->write(answer);
                emit answered();
            }
        };
        if (delayMs > 0)
            QTimer::singleShot(delayMs, this, send);
        else
            send();
    }

    QTcpServer m_server;
    Pages m_pages;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_byStatus;
    int m_listRequests = 0;
};
