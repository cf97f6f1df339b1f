#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Every failed call ends in one of these. `message` is what a person reads: the server's own
// words when it sent any, otherwise a sentence made from the kind and status (humanMessage()).
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,      // refused, reset, DNS, TLS: nothing usable came back
        Timeout,      // no complete answer within the transfer timeout
        Unauthorized, // 401: the key is missing or rejected
        Forbidden,    // 403
        NotFound,     // 404
        Refused,      // 400 and other 4xx: the server understood and said no
        RateLimited,  // 429
        Server,       // 5xx
        Protocol,     // an answer we cannot use: not JSON, wrong types, missing fields, too large
        Insecure,     // refused before sending: plain HTTP to a host that is not this machine
        Cancelled,    // the caller went away or aborted
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString message);

    static ApiError fromHttpStatus(int httpStatus, const QString &serverMessage);
    // A request that certainly never left this machine (connection refused, name not found,
    // TLS handshake failed, refused before sending): nothing can have happened on the server.
    static ApiError notSent(Kind kind, const QString &message);
    static ApiError protocol(const QString &detail);
    static QString humanMessage(Kind kind, int httpStatus);
    static Kind kindForStatus(int httpStatus);
    static QString kindName(Kind kind);

    // The server's own words in an answer body, for a person: `message`, `detail`, `error` or
    // `errors[...]` of a JSON object (strings, or objects with a message), or else the trimmed
    // text of a plain-text body. Never an HTML page; at most kMaxServerWords characters.
    static QString serverWords(const QByteArray &body, const QByteArray &contentType = {});
    static QString serverWords(const QJsonObject &object);
    static constexpr int kMaxServerWords = 300;

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }
    bool isError() const { return m_kind != Kind::None; }
    // Safe to try again without risk of doing something twice: the request did not get through
    // or the server asked to wait. Only meaningful for idempotent requests.
    bool isTransient() const;
    // For a request that changes something (a purchase, a renewal): no answer, a server error or
    // an answer that could not be read. The server may well have acted, so only a look at its
    // state can tell; such a request is never simply sent again.
    // False when the request certainly never left (wasSent() false).
    bool leavesOutcomeUnknown() const;
    bool wasSent() const { return !m_notSent; }

    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    int m_retryAfterSeconds = -1;
    bool m_notSent = false;
};
