#pragma once

#include "mockresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QRegularExpression>
#include <QString>

// One injected failure. A fault matches requests by method and path and fires `count` times;
// by default it replaces the answer without the request being processed. With `afterHandling`
// the backend processes the request first (money charged, order created) and only the answer is
// lost or spoiled: how tests reproduce "the server did it, but the client never heard".
struct MockFault
{
    enum class Kind {
        Unauthorized401, // JSON error, "Invalid API key"
        Forbidden403,    // JSON error
        NotFound404,     // JSON error
        RateLimited429,  // JSON error + "Retry-After: <retryAfterSeconds>"
        Server500,       // {"success":false,"message":"Internal server error"}
        BadGateway502,   // an HTML page from a proxy in front of the API
        Unavailable503,  // plain text
        Drop,            // the connection is aborted without any answer
        Hang,            // never answered; the connection is released when the server stops
        TruncatedJson,   // 200, the real body cut in half (a consistent Content-Length)
        WrongTypes,      // 200, the real body with ints->strings, strings->numbers,
                         // bools->strings, recursively, and an object answer wrapped in a
                         // list (a list answer in {"data": ...})
        HtmlPage,        // 200, text/html (a captive portal or login page)
        EmptyBody,       // 200, Content-Length: 0
        Oversized,       // 200, a 17 MiB JSON body
    };

    Kind kind = Kind::Server500;
    QByteArray method;              // empty: any method; otherwise e.g. "POST"
    QString pathPrefix;             // empty: any path; matched against the path (no query)
    QRegularExpression pathPattern; // when its pattern is not empty, used instead of pathPrefix
    int count = 1;                  // how many matching requests it spoils; -1: forever
    // With countPerRequest, `count` is spent for each distinct request (method, path and query)
    // on its own: every one of several calls side by side meets the fault `count` times (a
    // client's retries of a call send the same request again), and the fault stays armed.
    bool countPerRequest = false;
    bool afterHandling = false;
    int retryAfterSeconds = 1; // RateLimited429 only
    QDateTime retryAfterDate;  // RateLimited429: when valid, sent as an HTTP date instead

    static MockFault make(Kind kind, const QString &pathPrefix = {}, const QByteArray &method = {});

    bool matches(const QByteArray &requestMethod, const QString &path) const;
    // Drop and Hang send nothing at all.
    bool sendsAnswer() const { return kind != Kind::Drop && kind != Kind::Hang; }
    // TruncatedJson and WrongTypes are derived from the answer the backend would have given.
    bool needsRealAnswer() const { return kind == Kind::TruncatedJson || kind == Kind::WrongTypes; }
    // The answer sent instead of `real` (which is only read by the kinds that derive from it).
    MockResponse answer(const MockResponse &real) const;

    static QString kindName(Kind kind);
    // Every kind, in declaration order: what a fault matrix walks through.
    static const QList<Kind> &allKinds();
    static constexpr qsizetype kOversizedBytes = 17 * 1024 * 1024;
    // The WrongTypes transformation on a whole JSON document; invalid JSON is returned as is.
    static QByteArray wrongTypes(const QByteArray &json);
};
