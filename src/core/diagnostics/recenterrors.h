#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The last failed API calls, newest last, for the diagnostics report: what a person can paste
// into a support request so the server side can find the same calls by their request ids.
//
// Plain values only (this library sits below the API layer): the composition root turns
// ApiClient::callFailed into record(). Used on the thread that owns it (the GUI thread).
class RecentErrors final
{
public:
    struct FailedCall
    {
        QDateTime time; // UTC; record() sets it when invalid
        QString method;
        QString path;
        int httpStatus = 0; // 0: no HTTP answer
        QString kind;       // ApiError::kindName(): "network", "server" …
        QString message;
        QString requestId; // the answer's X-Request-Id, empty without one

        friend bool operator==(const FailedCall &, const FailedCall &) = default;
    };

    static constexpr int kDefaultCapacity = 20;

    explicit RecentErrors(int capacity = kDefaultCapacity);

    void record(FailedCall call);
    QList<FailedCall> calls() const { return m_calls; }
    int capacity() const { return m_capacity; }
    void clear() { m_calls.clear(); }

private:
    int m_capacity;
    QList<FailedCall> m_calls;
};
