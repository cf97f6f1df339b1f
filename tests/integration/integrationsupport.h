#pragma once

// Shared helpers of the integration tests: a MockServer on a random loopback port, an ApiClient
// pointed at it with the server's key, and a way to wait for one typed call to end (on a
// signal, never a sleep).

#include "api/apiclient.h"
#include "domain/order.h"
#include "domain/orderstatus.h"
#include "domain/tag.h"

#include "mockorder.h"
#include "mockserver.h"

#include <QDateTime>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <optional>
#include <utility>

// The context object of one awaited call; done() wakes the waiting spy.
class CallWaiter final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void done();
};

namespace Integration {

inline ApiClient::RetryPolicy fastRetry(int maxRetries = 2, int maxRetryAfterMs = 50)
{
    ApiClient::RetryPolicy p;
    p.maxRetries = maxRetries;
    p.baseDelayMs = 10;
    p.maxDelayMs = 50;
    p.maxRetryAfterMs = maxRetryAfterMs;
    return p;
}

// Points `client` at `server` with the server's key, a short timeout and fast retries.
inline void attach(ApiClient &client, const MockServer &server, int timeoutMs = 800,
                   const ApiClient::RetryPolicy &policy = fastRetry())
{
    client.setBaseUrl(server.url());
    client.setToken(server.token());
    client.setTimeoutMs(timeoutMs);
    client.setRetryPolicy(policy);
}

// Runs one typed call and waits for its callback. `start(context, callback)` issues the call;
// nullopt when no answer came within `waitMs`.
template <typename T, typename Start>
std::optional<ApiResult<T>> await(Start &&start, int waitMs = 10000)
{
    CallWaiter waiter;
    QSignalSpy spy(&waiter, &CallWaiter::done);
    std::optional<ApiResult<T>> out;
    ApiClient::Callback<T> callback = [&out, &waiter](ApiResult<T> result) {
        out.emplace(std::move(result));
        emit waiter.done();
    };
    start(static_cast<QObject *>(&waiter), callback);
    if (!out)
        spy.wait(waitMs);
    return out;
}

inline OrderStatus toClientStatus(MockOrder::Status status)
{
    switch (status) {
    case MockOrder::Status::Active:
        return OrderStatus::Active;
    case MockOrder::Status::OnHold:
        return OrderStatus::OnHold;
    case MockOrder::Status::Cancelled:
        return OrderStatus::Cancelled;
    }
    return OrderStatus::Unknown;
}

// The tag as the client must show it: null and the provider's "none" both mean no tag.
inline QString clientTag(const std::optional<QString> &serverTag)
{
    return serverTag ? Tag::fromApi(*serverTag) : QString();
}

inline qint64 secsOrMinusOne(const QDateTime &dt)
{
    return dt.isValid() ? dt.toSecsSinceEpoch() : -1;
}

inline qint64 secsOrMinusOne(const std::optional<qint64> &secs)
{
    return secs ? *secs : -1;
}

// The first server order matching `pred`, or nullopt.
template <typename Pred>
std::optional<MockOrder> findOrder(const MockServer &server, Pred pred)
{
    for (const MockOrder &o : server.backend().state().orders()) {
        if (pred(o))
            return o;
    }
    return std::nullopt;
}

inline bool isDatacenterOrIsp(const MockOrder &o)
{
    return o.productName == u"Datacenter Proxy" || o.productName == u"ISP Proxy";
}

} // namespace Integration
