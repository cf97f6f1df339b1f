#pragma once

#include "domain/apiresult.h"

#include "../domain/account.h"
#include "../domain/actionresult.h"
#include "../domain/cyclechangeresult.h"
#include "../domain/geolist.h"
#include "../domain/orderdetails.h"
#include "../domain/orderspage.h"
#include "../domain/pricequote.h"
#include "../domain/productcatalog.h"
#include "../domain/proxylist.h"
#include "../domain/purchaseresult.h"
#include "../domain/stockentry.h"
#include "../domain/subuser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class BandwidthRequest;
class PurchaseRequest;
class QNetworkAccessManager;

// The only door to the ProxyShard User API. It owns the network manager, adds the bearer key in
// one place, sends JSON, applies a timeout and a body-size limit, retries safe GETs, and ends
// every call in one ApiResult. A call's callback runs only while its context object lives, and
// calls still in flight when the client itself is destroyed end without a callback.
//
// Transport note: for a connection closed before any byte of an answer, Qt's network stack
// re-sends the request once by itself. That is harmless for a GET (so a dropped GET may reach
// the server once more than the retry policy says), and prevented for every write (POST,
// PATCH, DELETE) by a body that can be read only once (see OneShotBody).
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    struct RetryPolicy
    {
        int maxRetries = 3;
        int baseDelayMs = 400;
        int maxDelayMs = 8000;
        int maxRetryAfterMs = 30000;
    };

    template <typename T>
    using Callback = std::function<void(ApiResult<T>)>;

    // What a successful answer must hold: JSON, or (for the action endpoints, where any 2xx is
    // success) JSON or nothing or plain words, or nothing to read at all (health).
    enum class Expect { Json, JsonOrWords, Nothing };

    // How the client waits before a retry: `then` runs after `delayMs` unless `context` is gone.
    // The default is a precise QTimer; tests put in one that records the delay and fires at
    // once, so retry and Retry-After behaviour is checked without waiting on real time.
    using RetryWait = std::function<void(int delayMs, QObject *context, std::function<void()> then)>;
    // The time Retry-After dates are measured from (default: the system clock, UTC).
    using Clock = std::function<QDateTime()>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    // Only for deriving an identity from it (SyncHistory::keyIdentity, a hash): never logged,
    // shown or stored.
    QString token() const { return m_token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    int callsInFlight() const { return m_inFlight; }
    void setRetryWait(RetryWait wait);
    void setClock(Clock clock);

    // One typed call per endpoint.
    void me(QObject *context, Callback<Account> done);
    void products(QObject *context, Callback<ProductCatalog> done);
    void stock(QObject *context, Callback<QList<StockEntry>> done);
    void ordersPage(OrderStatus status, qint64 offset, int limit, QObject *context,
                    Callback<OrdersPage> done);
    void orderDetails(qint64 orderId, QObject *context, Callback<OrderDetails> done);
    void quote(const PurchaseRequest &request, QObject *context, Callback<PriceQuote> done);
    // Spends money: sent once, never retried. An invalid request fails without being sent.
    void purchase(const PurchaseRequest &request, QObject *context, Callback<PurchaseResult> done);
    // Spends money: sent once, never retried.
    void renew(qint64 orderId, QObject *context, Callback<ActionResult> done);
    void setTag(qint64 orderId, const QString &tag, QObject *context, Callback<ActionResult> done);
    void changeBillingCycle(qint64 orderId, const QString &cycle, QObject *context,
                            Callback<CycleChangeResult> done);
    void setAutoRenewal(qint64 orderId, bool on, QObject *context, Callback<ActionResult> done);
    void activeProxies(qint64 orderId, QObject *context, Callback<ProxyList> done);
    // Spends money: sent once, never retried. An invalid request fails without being sent.
    void addBandwidth(const BandwidthRequest &request, QObject *context, Callback<ActionResult> done);

    // Residential sub-users. Every call names its pool as `proxy_type`; an id a path cannot carry
    // as it is fails without being sent. Writes are sent once and never retried.
    void subUsersPage(ProxyType type, qint64 offset, int limit, QObject *context,
                      Callback<SubUsersPage> done);
    void subUser(ProxyType type, const QString &userId, QObject *context, Callback<SubUser> done);
    void createSubUser(ProxyType type, const QString &name, qint64 gb, QObject *context,
                       Callback<SubUserChange> done);
    void renameSubUser(ProxyType type, const QString &userId, const QString &name,
                       QObject *context, Callback<SubUserChange> done);
    void deleteSubUser(ProxyType type, const QString &userId, QObject *context,
                       Callback<SubUserChange> done);
    enum class TrafficChange { Add, Subtract };
    void changeSubUserTraffic(ProxyType type, const QString &userId, TrafficChange change,
                              qint64 gb, QObject *context, Callback<SubUserChange> done);
    void newSubUserPassword(ProxyType type, const QString &userId, QObject *context,
                            Callback<SubUserChange> done);

    // Residential countries, regions or cities (GET /user/api/proxies/countries|regions|cities).
    void geoPlaces(const GeoQuery &query, QObject *context, Callback<GeoList> done);
    // The server's probes, outside /user/api/: no key needed. Live: it answers at all (GET
    // /health/live); Deep: it says it works all the way through (GET /health).
    enum class HealthCheck { Live, Deep };
    void health(HealthCheck check, QObject *context, Callback<bool> done);

    // The list path for a status ("all" when Unknown).
    static QString ordersPath();

signals:
    // A 401 arrived: the key is no longer accepted.
    void unauthorized();
    void retryScheduled(const QString &path, int attempt, int delayMs);
    // A call ended in an error (after any retries), for diagnostics: `requestId` is the
    // answer's X-Request-Id when the server sent one.
    void callFailed(const QString &method, const QString &path, const ApiError &error,
                    const QString &requestId);

private:
    enum class Method { Get, Post, Patch, Delete };
    static QString methodName(Method method);
    // POST and PATCH carry a JSON body (read once, so Qt never re-sends it by itself).
    static bool hasBody(Method method) { return method == Method::Post || method == Method::Patch; }
    template <typename T>
    void refuseUnsent(QObject *context, const QString &problem, Callback<T> done);
    void subUserWrite(Method method, ProxyType type, const QString &userId, const QString &suffix,
                      const QJsonObject &body, QObject *context, Callback<SubUserChange> done);
    struct Call;
    using RawCallback = std::function<void(ApiResult<QJsonDocument>)>;

    template <typename T>
    void typed(Method method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
               QObject *context, Callback<T> done,
               std::function<ApiResult<T>(const QJsonDocument &)> parse, Expect expect = Expect::Json)
    {
        send(method, path, query, body, context,
             [done = std::move(done), parse = std::move(parse)](ApiResult<QJsonDocument> raw) {
                 if (!raw.ok())
                     done(raw.error());
                 else
                     done(parse(raw.value()));
             },
             expect);
    }

    void send(Method method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
              QObject *context, RawCallback done, Expect expect = Expect::Json);
    void dispatch(const std::shared_ptr<Call> &call);
    void onReplyFinished(const std::shared_ptr<Call> &call);
    ApiError errorFor(const std::shared_ptr<Call> &call, int httpStatus, const QByteArray &body,
                      const QByteArray &contentType, int networkError) const;
    ApiResult<QJsonDocument> parseBody(const QByteArray &body, const QByteArray &contentType,
                                       Expect expect) const;
    int backoffDelayMs(int attempt, int retryAfterSeconds) const;
    void fail(const std::shared_ptr<Call> &call, const ApiError &error);
    void complete(const std::shared_ptr<Call> &call, ApiResult<QJsonDocument> result);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 20000;
    qint64 m_maxBodyBytes = 16 * 1024 * 1024;
    RetryPolicy m_retry;
    RetryWait m_retryWait;
    Clock m_clock;
    int m_inFlight = 0;
};
