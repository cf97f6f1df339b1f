#include "mockresponse.h"

#include "mockjsonwriter.h"

MockResponse MockResponse::error(int status, const QString &message)
{
    MockJsonWriter w;
    w.beginObject();
    w.field("success", false);
    w.field("message", message);
    w.endObject();
    return json(w.take(), status);
}

MockResponse MockResponse::json(const QByteArray &body, int status)
{
    MockResponse r;
    r.status = status;
    r.body = body;
    return r;
}

MockResponse MockResponse::detail(int status, const QString &text)
{
    MockJsonWriter w;
    w.beginObject();
    w.field("detail", text);
    w.endObject();
    return json(w.take(), status);
}

MockResponse MockResponse::plainText(int status, const QString &text)
{
    MockResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = text.toUtf8();
    return r;
}

MockResponse MockResponse::noContent()
{
    MockResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

MockResponse MockResponse::ok(const QString &message)
{
    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.field("message", message);
    w.endObject();
    return json(w.take());
}

MockResponse MockResponse::messageOnly(const QString &message)
{
    MockJsonWriter w;
    w.beginObject();
    w.field("message", message);
    w.endObject();
    return json(w.take());
}

MockResponse MockResponse::methodNotAllowed(const QByteArray &allowed)
{
    MockResponse r = error(405, QStringLiteral("Method not allowed"));
    r.headers.append({QByteArrayLiteral("Allow"), allowed});
    return r;
}

QByteArray MockResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray MockResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 407:
        return QByteArrayLiteral("Proxy Authentication Required");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray MockResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(status));
    out.append(' ');
    out.append(reasonPhrase(status));
    out.append("\r\nServer: sharddesk-mock-server\r\n");
    if (!contentType.isEmpty()) {
        out.append("Content-Type: ");
        out.append(contentType);
        out.append("\r\n");
    }
    // A 204 carries no body and, as RFC 9110 asks, no Content-Length either.
    if (status != 204) {
        out.append("Content-Length: ");
        out.append(QByteArray::number(body.size()));
        out.append("\r\n");
    }
    for (const auto &h : headers) {
        out.append(h.first);
        out.append(": ");
        out.append(h.second);
        out.append("\r\n");
    }
    out.append(keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n");
    out.append(body);
    return out;
}
