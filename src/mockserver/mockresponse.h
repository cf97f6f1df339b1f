#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// An HTTP answer as a value; MockServer turns it into bytes on the socket.
struct MockResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After
    QByteArray body;

    // {"success":false,"message":...}: the error shape of every /user/api/ endpoint.
    static MockResponse error(int status, const QString &message);
    static MockResponse json(const QByteArray &body, int status = 200);
    // The realistic profile's other error shapes: {"detail":...} (as FastAPI-style handlers and
    // auth middleware answer) and a text/plain body (the web framework's own words).
    static MockResponse detail(int status, const QString &text);
    static MockResponse plainText(int status, const QString &text);
    // 204 No Content: no body, no Content-Type.
    static MockResponse noContent();
    // {"success":true,"message":...}: the strict acknowledgement of an action.
    static MockResponse ok(const QString &message);
    // {"message":...} without "success": how the realistic profile acknowledges some actions.
    static MockResponse messageOnly(const QString &message);
    // The realistic profile's answer to a malformed request: the framework's words, 400 text/plain.
    static MockResponse malformed(const QString &text) { return plainText(400, text); }
    // 405 with the Allow header, e.g. "GET, PATCH, DELETE".
    static MockResponse methodNotAllowed(const QByteArray &allowed);

    QByteArray header(const QByteArray &name) const;
    // The status line and headers (Content-Length from the body) followed by the body.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};
