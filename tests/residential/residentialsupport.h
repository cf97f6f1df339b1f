#pragma once

// Shared helpers of the residential tests: paths and picks of the demo data, the mock's pools
// read in the client's terms, and a gate that holds the server's answers back until the test
// lets them go (so "while it is on its way" is checked without waiting on real time).

#include "serverrecords.h"

#include "domain/proxytype.h"
#include "mockorder.h"
#include "mockresidentialpools.h"
#include "mockserver.h"

#include <QList>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Residential {

constexpr int kWaitMs = 10000;

using TestCommon::exactRequestCount;

inline const QString kStandart = QStringLiteral("standart");
inline const QString kPremium = QStringLiteral("premium");
// Demo users (ids are handed out in creation order, standart first).
inline const QString kFresh = QStringLiteral("418203"); // standart, nothing spent: "client-acme-01"
inline const QString kLast = QStringLiteral("418207");  // standart: "qa"

inline const QString kListPath = QStringLiteral("/user/api/proxies/sub-users");
inline const QString kUserPath = QStringLiteral("/user/api/proxies/sub-user");

inline QString userPath(const QString &id, const QString &suffix = {})
{
    return kUserPath + u'/' + id + suffix;
}

inline QString apiType(ProxyType type)
{
    return type == ProxyType::Premium ? kPremium : kStandart;
}

inline MockResidentialPools &pools(MockServer &server)
{
    return server.backend().state().residential();
}

inline QStringList serverIds(MockServer &server, ProxyType type)
{
    QStringList ids;
    for (const MockSubUser &u : pools(server).users(apiType(type)))
        ids << u.userId;
    return ids;
}

inline std::optional<MockSubUser> serverUser(MockServer &server, const QString &id)
{
    const MockSubUser *u = pools(server).find(id);
    return u ? std::optional<MockSubUser>(*u) : std::nullopt;
}

// Requests for exactly this method and path whose proxy_type is that of `type`.
inline int typedRequestCount(const MockServer &server, const QByteArray &method, const QString &path,
                             ProxyType type)
{
    int n = 0;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == method && r.path == path && r.queryValue(QStringLiteral("proxy_type")) == apiType(type))
            ++n;
    }
    return n;
}

// Loads of the sub-user list of one pool: its first pages (offset 0). A load reads on until a
// page brings nothing new, so one load is two requests or more.
inline int listLoads(const MockServer &server, ProxyType type)
{
    int n = 0;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == "GET" && r.path == kListPath &&
            r.queryValue(QStringLiteral("proxy_type")) == apiType(type) &&
            r.queryValue(QStringLiteral("offset")).toLongLong() == 0)
            ++n;
    }
    return n;
}

// GET /proxies/countries | regions | cities (`level`: "countries", "regions", "cities") of one
// pool; `country` and `region`, when given, must be the ones asked for.
inline int geoRequests(const MockServer &server, const QString &level, ProxyType type,
                       const QString &country = {}, const QString &region = {})
{
    int n = 0;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method != "GET" || r.path != QStringLiteral("/user/api/proxies/") + level ||
            r.queryValue(QStringLiteral("proxy_type")) != apiType(type))
            continue;
        if (!country.isEmpty() &&
            r.queryValue(QStringLiteral("country_code")).compare(country, Qt::CaseInsensitive) != 0)
            continue;
        if (!region.isEmpty() &&
            r.queryValue(QStringLiteral("region_code")).compare(region, Qt::CaseInsensitive) != 0)
            continue;
        ++n;
    }
    return n;
}

// Every GET of the places lists, whatever the pool.
inline int allGeoRequests(const MockServer &server)
{
    int n = 0;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == "GET" && (r.path.endsWith(u"/proxies/countries") ||
                                  r.path.endsWith(u"/proxies/regions") ||
                                  r.path.endsWith(u"/proxies/cities")))
            ++n;
    }
    return n;
}

// A fault for exactly one method and path (not its sub-paths).
inline MockFault exactFault(MockFault::Kind kind, const QByteArray &method, const QString &path,
                            bool afterHandling, int count = 1)
{
    MockFault f = MockFault::make(kind, QString(), method);
    f.pathPattern = QRegularExpression(u'^' + QRegularExpression::escape(path) + u'$');
    f.afterHandling = afterHandling;
    f.count = count;
    return f;
}

// The first order of the demo whose product is `productName` and that is not cancelled.
inline std::optional<MockOrder> demoOrder(const MockServer &server, const QString &productName,
                                          bool cancelled = false)
{
    for (const MockOrder &o : server.backend().state().orders()) {
        if (o.productName == productName &&
            (o.status == MockOrder::Status::Cancelled) == cancelled)
            return o;
    }
    return std::nullopt;
}

inline std::optional<MockOrder> residentialOrder(const MockServer &server)
{
    if (auto o = demoOrder(server, QStringLiteral("Standart Residential Proxy")))
        return o;
    return demoOrder(server, QStringLiteral("Premium Residential Proxy"));
}

// What the server charges for `gb` more GB of `order` (no promo).
inline qint64 bandwidthPrice(const MockServer &server, const MockOrder &order, qint64 gb)
{
    const MockProduct *p = server.backend().catalog().productById(order.productId);
    return p ? p->unitPrice(order.location, order.cycleName) * gb : -1;
}

inline QString orderPath(qint64 orderId, const QString &suffix = {})
{
    return QStringLiteral("/user/api/orders/") + QString::number(orderId) + suffix;
}

// Holds every answer of `server` (after it acted) until release(): while held, the client's
// request is on its way as far as it can tell. Installs itself on construction, restores the
// server's own timing on destruction.
class AnswerGate final
{
public:
    explicit AnswerGate(MockServer &server) : m_server(server)
    {
        m_server.setLatency(1);
        m_server.setDelayScheduler([this](int, QObject *, std::function<void()> send) {
            if (m_open)
                send();
            else
                m_held.append(std::move(send));
        });
    }
    ~AnswerGate()
    {
        m_server.setDelayScheduler({});
        m_server.setLatency(0);
        release();
    }
    AnswerGate(const AnswerGate &) = delete;
    AnswerGate &operator=(const AnswerGate &) = delete;

    qsizetype held() const { return m_held.size(); }
    // Sends what is held and lets everything through from now on.
    void release()
    {
        m_open = true;
        const QList<std::function<void()>> held = std::exchange(m_held, {});
        for (const auto &send : held)
            send();
    }

private:
    MockServer &m_server;
    QList<std::function<void()>> m_held;
    bool m_open = false;
};

} // namespace Residential
