#pragma once

// Expectations written against the mock server's own records, shared by the GUI and action tests.

#include "mockorder.h"
#include "mockserver.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace TestCommon {

// How the client shows a server tag: null and the provider's "none" are no tag.
inline QString clientTag(const std::optional<QString> &tag)
{
    if (!tag)
        return {};
    const QString t = tag->trimmed();
    return t.compare(u"none", Qt::CaseInsensitive) == 0 ? QString() : t;
}

// Requests for exactly this method and path (MockServer::requestCount also counts sub-paths).
inline int exactRequestCount(const MockServer &server, const QByteArray &method,
                             const QString &path)
{
    int n = 0;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == method && r.path == path)
            ++n;
    }
    return n;
}

// What the server received besides the orders table's own reads of the details of the rows on
// screen (GET /orders/{id}, issue 14): what an action, a look or a click sent.
inline QList<RecordedRequest> requestsBesidesDetails(const MockServer &server)
{
    static const QRegularExpression details(QStringLiteral("^/user/api/orders/\\d+$"));
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (!(r.method == "GET" && details.match(r.path).hasMatch()))
            out.append(r);
    }
    return out;
}

} // namespace TestCommon
