#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// An HTTP request as the backend sees it: copied out of the transport at once, so the backend
// never touches sockets and can be driven directly by unit tests.
struct MockRequest
{
    QByteArray method; // upper case, e.g. "GET"
    QString path;      // decoded path, e.g. "/user/api/orders/100001"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The client's address as the server saw it, IPv4-mapped addresses in IPv4 form
    // ("127.0.0.1"); empty for a request built in a test.
    QString peerAddress;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasQueryItem(const QString &key) const { return query.hasQueryItem(key); }
    // Form-style decoding, like the real server: percent escapes and '+' as a space.
    QString queryValue(const QString &key) const;

    // Any method (PATCH, DELETE...); a non-empty body is sent as application/json.
    static MockRequest make(const QByteArray &method, const QString &pathAndQuery,
                            const QByteArray &body = {}, const QByteArray &token = {});
    static MockRequest get(const QString &pathAndQuery, const QByteArray &token = {});
    static MockRequest post(const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &token = {});
};
