#pragma once

#include <QCoreApplication>
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
    static ApiError protocol(const QString &detail);
    static QString humanMessage(Kind kind, int httpStatus);
    static Kind kindForStatus(int httpStatus);
    static QString kindName(Kind kind);

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
    bool leavesOutcomeUnknown() const;

    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    int m_retryAfterSeconds = -1;
};
