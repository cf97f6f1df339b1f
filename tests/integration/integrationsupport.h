#pragma once

// Shared helpers of the integration tests: a MockServer on a random loopback port, an ApiClient
// pointed at it with the server's key, and a way to wait for one typed call to end (on a
// signal, never a sleep).

#include "api/apiclient.h"
#include "await.h"
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

using TestCommon::CallWaiter;

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

using TestCommon::await;

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
