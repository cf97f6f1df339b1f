#include "mockrequest.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QByteArray MockRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString MockRequest::queryValue(const QString &key) const
{
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

MockRequest MockRequest::make(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const QByteArray &token)
{
    MockRequest r;
    r.method = method;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    r.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    if (q >= 0)
        r.query = QUrlQuery(pathAndQuery.mid(q + 1));
    if (!token.isEmpty())
        r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    r.body = body;
    if (!body.isEmpty())
        r.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

MockRequest MockRequest::get(const QString &pathAndQuery, const QByteArray &token)
{
    return make(QByteArrayLiteral("GET"), pathAndQuery, {}, token);
}

MockRequest MockRequest::post(const QString &pathAndQuery, const QByteArray &body,
                              const QByteArray &token)
{
    return make(QByteArrayLiteral("POST"), pathAndQuery, body, token);
}
