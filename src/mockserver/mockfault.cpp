#include "mockfault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue spoil(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        // A number the client cannot mistake for the text: its length.
        return double(value.toString().size());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(spoil(v));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), spoil(it.value()));
        return out;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return value;
}

QByteArray htmlPage(const QByteArray &title, const QByteArray &text)
{
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head>\n<body><h1>" + title + "</h1><p>" + text +
           "</p><hr><address>nginx</address></body></html>\n";
}

} // namespace

MockFault MockFault::make(Kind kind, const QString &pathPrefix, const QByteArray &method)
{
    MockFault f;
    f.kind = kind;
    f.pathPrefix = pathPrefix;
    f.method = method;
    return f;
}

bool MockFault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (!pathPattern.pattern().isEmpty())
        return pathPattern.match(path).hasMatch();
    return pathPrefix.isEmpty() || path.startsWith(pathPrefix);
}

MockResponse MockFault::answer(const MockResponse &real) const
{
    MockResponse r;
    switch (kind) {
    case Kind::Unauthorized401:
        return MockResponse::error(401, u"Invalid API key"_s);
    case Kind::Forbidden403:
        return MockResponse::error(403, u"Forbidden"_s);
    case Kind::NotFound404:
        return MockResponse::error(404, u"Not found"_s);
    case Kind::RateLimited429:
        r = MockResponse::error(429, u"Too many requests"_s);
        r.headers.append({QByteArrayLiteral("Retry-After"),
                          retryAfterDate.isValid()
                              ? QLocale::c()
                                    .toString(retryAfterDate.toUTC(),
                                              u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                    .toLatin1()
                              : QByteArray::number(retryAfterSeconds)});
        return r;
    case Kind::Server500:
        return MockResponse::error(500, u"Internal server error"_s);
    case Kind::BadGateway502:
        r.status = 502;
        r.contentType = QByteArrayLiteral("text/html");
        r.body = htmlPage("502 Bad Gateway", "The upstream server did not answer.");
        return r;
    case Kind::Unavailable503:
        r.status = 503;
        r.contentType = QByteArrayLiteral("text/plain");
        r.body = QByteArrayLiteral("Service Unavailable: maintenance in progress\n");
        return r;
    case Kind::TruncatedJson:
        r.body = real.body.left(real.body.size() / 2);
        return r;
    case Kind::WrongTypes:
        r.body = wrongTypes(real.body);
        return r;
    case Kind::HtmlPage:
        r.contentType = QByteArrayLiteral("text/html");
        r.body = htmlPage("Sign in to the network", "Please accept the terms of use to continue.");
        return r;
    case Kind::EmptyBody:
        return r;
    case Kind::Oversized: {
        const QByteArray head = QByteArrayLiteral("{\"success\":true,\"padding\":\"");
        const QByteArray tail = QByteArrayLiteral("\"}");
        r.body.reserve(kOversizedBytes);
        r.body.append(head);
        r.body.append(QByteArray(kOversizedBytes - head.size() - tail.size(), 'x'));
        r.body.append(tail);
        return r;
    }
    case Kind::Drop:
    case Kind::Hang:
        break;
    }
    return real;
}

const QList<MockFault::Kind> &MockFault::allKinds()
{
    static const QList<Kind> kinds{Kind::Unauthorized401, Kind::Forbidden403, Kind::NotFound404,
                                   Kind::RateLimited429,  Kind::Server500,    Kind::BadGateway502,
                                   Kind::Unavailable503,  Kind::Drop,         Kind::Hang,
                                   Kind::TruncatedJson,   Kind::WrongTypes,   Kind::HtmlPage,
                                   Kind::EmptyBody,       Kind::Oversized};
    return kinds;
}

QString MockFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unauthorized401:
        return u"Unauthorized401"_s;
    case Kind::Forbidden403:
        return u"Forbidden403"_s;
    case Kind::NotFound404:
        return u"NotFound404"_s;
    case Kind::RateLimited429:
        return u"RateLimited429"_s;
    case Kind::Server500:
        return u"Server500"_s;
    case Kind::BadGateway502:
        return u"BadGateway502"_s;
    case Kind::Unavailable503:
        return u"Unavailable503"_s;
    case Kind::Drop:
        return u"Drop"_s;
    case Kind::Hang:
        return u"Hang"_s;
    case Kind::TruncatedJson:
        return u"TruncatedJson"_s;
    case Kind::WrongTypes:
        return u"WrongTypes"_s;
    case Kind::HtmlPage:
        return u"HtmlPage"_s;
    case Kind::EmptyBody:
        return u"EmptyBody"_s;
    case Kind::Oversized:
        return u"Oversized"_s;
    }
    return QString();
}

QByteArray MockFault::wrongTypes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return json;
    // Every value in the other type, and the whole answer too (a list where an object belongs,
    // and the other way round): a tolerant reader converts values, but no reading makes a list
    // of an account.
    if (doc.isArray())
        return QJsonDocument(QJsonObject{{u"data"_s, spoil(doc.array())}})
            .toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{spoil(doc.object())}).toJson(QJsonDocument::Compact);
}
