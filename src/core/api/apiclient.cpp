#include "apiclient.h"

#include "domain/bandwidthrequest.h"
#include "domain/purchaserequest.h"
#include "domain/tag.h"
#include "domain/serveraddress.h"
#include "oneshotbody.h"

#include "diagnostics/logcategories.h"
#include "diagnostics/redactor.h"
#include "sharddeskversion.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace {
// Retry-After is either delta-seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    // HTTP writes dates as "Wed, 21 Oct 2015 07:28:00 GMT", which Qt's RFC 2822 reader only
    // takes with a numeric zone.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT") || text.endsWith(u" UTC"))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, now.secsTo(when)));
}
} // namespace

struct ApiClient::Call
{
    Method method = Method::Get;
    QString path;
    QUrl url;
    QByteArray body;
    QPointer<QObject> context;
    bool hasContext = false;
    Expect expect = Expect::Json;
    RawCallback done;
    int attempt = 0;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    bool timedOut = false;
    bool tooLarge = false;
    bool finished = false;
    QString requestId;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_baseUrl(ServerAddress::defaultUrl())
{
    // Redirects could carry the key to another host; only same-origin ones are followed.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    setRetryWait({});
    setClock({});
}

void ApiClient::setRetryWait(RetryWait wait)
{
    if (!wait) {
        // Precise: a coarse timer may fire up to 5 % early, before a server's Retry-After.
        wait = [](int delayMs, QObject *context, std::function<void()> then) {
            QTimer::singleShot(delayMs, Qt::PreciseTimer, context, std::move(then));
        };
    }
    m_retryWait = std::move(wait);
}

void ApiClient::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = ServerAddress::canonical(url);
}

void ApiClient::setToken(const QString &token)
{
    m_token = token.trimmed();
    // However the key arrived (typed, keychain, environment), no log line may carry it.
    if (!m_token.isEmpty())
        Redactor::addSecret(m_token);
}

QString ApiClient::ordersPath()
{
    return QStringLiteral("/user/api/orders");
}

void ApiClient::me(QObject *context, Callback<Account> done)
{
    typed<Account>(Method::Get, QStringLiteral("/user/api/me"), {}, {}, context, std::move(done),
                   &Account::fromJson);
}

void ApiClient::products(QObject *context, Callback<ProductCatalog> done)
{
    typed<ProductCatalog>(Method::Get, QStringLiteral("/user/api/proxies/products"), {}, {},
                          context, std::move(done), &ProductCatalog::fromJson);
}

void ApiClient::stock(QObject *context, Callback<QList<StockEntry>> done)
{
    typed<QList<StockEntry>>(Method::Get, QStringLiteral("/user/api/proxies/available-count"), {},
                             {}, context, std::move(done), &StockEntry::listFromJson);
}

void ApiClient::ordersPage(OrderStatus status, qint64 offset, int limit, QObject *context,
                           Callback<OrdersPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), status == OrderStatus::Unknown
                                                     ? QStringLiteral("all")
                                                     : OrderStatuses::apiName(status));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    typed<OrdersPage>(Method::Get, ordersPath(), query, {}, context, std::move(done),
                      [status](const QJsonDocument &doc) { return OrdersPage::fromJson(doc, status); });
}

void ApiClient::orderDetails(qint64 orderId, QObject *context, Callback<OrderDetails> done)
{
    typed<OrderDetails>(Method::Get, ordersPath() + u'/' + QString::number(orderId), {}, {},
                        context, std::move(done), &OrderDetails::fromJson);
}

void ApiClient::quote(const PurchaseRequest &request, QObject *context, Callback<PriceQuote> done)
{
    typed<PriceQuote>(Method::Get, QStringLiteral("/user/api/orders/calculate"),
                      request.toQuoteQuery(), {}, context, std::move(done), &PriceQuote::fromJson);
}

void ApiClient::purchase(const PurchaseRequest &request, QObject *context,
                         Callback<PurchaseResult> done)
{
    const QString problem = request.validationError();
    if (!problem.isEmpty())
        return refuseUnsent(context, problem, std::move(done));
    typed<PurchaseResult>(Method::Post, QStringLiteral("/user/api/orders/purchase"), {},
                          request.toJson(), context, std::move(done), &PurchaseResult::fromJson);
}

template <typename T>
void ApiClient::refuseUnsent(QObject *context, const QString &problem, Callback<T> done)
{
    // Never sent: answered on the next turn of the event loop like any other call.
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), problem] {
        done(ApiError::notSent(ApiError::Kind::Refused, problem));
    });
}

void ApiClient::addBandwidth(const BandwidthRequest &request, QObject *context,
                             Callback<ActionResult> done)
{
    const QString problem = request.validationError();
    if (!problem.isEmpty())
        return refuseUnsent(context, problem, std::move(done));
    typed<ActionResult>(Method::Post,
                        ordersPath() + u'/' + QString::number(request.orderId()) +
                            QStringLiteral("/add-bandwidth"),
                        {}, request.toJson(), context, std::move(done), &ActionResult::fromJson,
                        Expect::JsonOrWords);
}

namespace {
QUrlQuery proxyTypeQuery(ProxyType type)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("proxy_type"), ProxyTypes::apiName(type));
    return query;
}

const QString kSubUserPath = QStringLiteral("/user/api/proxies/sub-user");
} // namespace

void ApiClient::subUsersPage(ProxyType type, qint64 offset, int limit, QObject *context,
                             Callback<SubUsersPage> done)
{
    QUrlQuery query = proxyTypeQuery(type);
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    typed<SubUsersPage>(Method::Get, QStringLiteral("/user/api/proxies/sub-users"), query, {},
                        context, std::move(done),
                        [type](const QJsonDocument &doc) { return SubUsersPage::fromJson(doc, type); });
}

void ApiClient::subUser(ProxyType type, const QString &userId, QObject *context,
                        Callback<SubUser> done)
{
    if (!SubUser::isSafeId(userId))
        return refuseUnsent(context, tr("The sub-user id \"%1\" cannot be sent.").arg(userId.left(64)),
                            std::move(done));
    typed<SubUser>(Method::Get, kSubUserPath + u'/' + userId, proxyTypeQuery(type), {}, context,
                   std::move(done),
                   [type](const QJsonDocument &doc) { return SubUser::fromJson(doc, type); });
}

void ApiClient::createSubUser(ProxyType type, const QString &name, qint64 gb, QObject *context,
                              Callback<SubUserChange> done)
{
    // The body holds what the path's schema lists; proxy_type goes in the query like every
    // other sub-user call.
    const QJsonObject body{{QLatin1String("name"), name.trimmed()}, {QLatin1String("data"), gb}};
    typed<SubUserChange>(Method::Post, kSubUserPath, proxyTypeQuery(type), body, context,
                         std::move(done),
                         [type](const QJsonDocument &doc) { return SubUserChange::fromJson(doc, type); },
                         Expect::JsonOrWords);
}

void ApiClient::renameSubUser(ProxyType type, const QString &userId, const QString &name,
                              QObject *context, Callback<SubUserChange> done)
{
    subUserWrite(Method::Patch, type, userId, {}, QJsonObject{{QLatin1String("name"), name.trimmed()}},
                 context, std::move(done));
}

void ApiClient::deleteSubUser(ProxyType type, const QString &userId, QObject *context,
                              Callback<SubUserChange> done)
{
    // The contract names no proxy_type for DELETE; it is sent anyway: an extra query item is
    // harmless, a missing required one is not.
    subUserWrite(Method::Delete, type, userId, {}, {}, context, std::move(done));
}

void ApiClient::changeSubUserTraffic(ProxyType type, const QString &userId, TrafficChange change,
                                     qint64 gb, QObject *context, Callback<SubUserChange> done)
{
    subUserWrite(Method::Post, type, userId,
                 change == TrafficChange::Add ? QStringLiteral("/data/add")
                                              : QStringLiteral("/data/subtract"),
                 QJsonObject{{QLatin1String("data"), gb}}, context, std::move(done));
}

void ApiClient::newSubUserPassword(ProxyType type, const QString &userId, QObject *context,
                                   Callback<SubUserChange> done)
{
    subUserWrite(Method::Post, type, userId, QStringLiteral("/password"), {}, context,
                 std::move(done));
}

void ApiClient::subUserWrite(Method method, ProxyType type, const QString &userId,
                             const QString &suffix, const QJsonObject &body, QObject *context,
                             Callback<SubUserChange> done)
{
    if (!SubUser::isSafeId(userId))
        return refuseUnsent(context, tr("The sub-user id \"%1\" cannot be sent.").arg(userId.left(64)),
                            std::move(done));
    typed<SubUserChange>(method, kSubUserPath + u'/' + userId + suffix, proxyTypeQuery(type), body,
                         context, std::move(done),
                         [type](const QJsonDocument &doc) { return SubUserChange::fromJson(doc, type); },
                         Expect::JsonOrWords);
}

void ApiClient::renew(qint64 orderId, QObject *context, Callback<ActionResult> done)
{
    typed<ActionResult>(Method::Post,
                        ordersPath() + u'/' + QString::number(orderId) + QStringLiteral("/renew"),
                        {}, {}, context, std::move(done), &ActionResult::fromJson, Expect::JsonOrWords);
}

void ApiClient::setTag(qint64 orderId, const QString &tag, QObject *context,
                       Callback<ActionResult> done)
{
    const QJsonObject body{{QLatin1String("tag"), Tag::toApi(tag)}};
    typed<ActionResult>(Method::Post,
                        ordersPath() + u'/' + QString::number(orderId) + QStringLiteral("/tag"),
                        {}, body, context, std::move(done), &ActionResult::fromJson, Expect::JsonOrWords);
}

void ApiClient::changeBillingCycle(qint64 orderId, const QString &cycle, QObject *context,
                                   Callback<CycleChangeResult> done)
{
    const QJsonObject body{{QLatin1String("cycle"), cycle.trimmed()}};
    typed<CycleChangeResult>(Method::Post,
                             ordersPath() + QStringLiteral("/change-billing-cycle/") +
                                 QString::number(orderId),
                             {}, body, context, std::move(done), &CycleChangeResult::fromJson, Expect::JsonOrWords);
}

void ApiClient::setAutoRenewal(qint64 orderId, bool on, QObject *context,
                               Callback<ActionResult> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("auto_renewal"),
                       on ? QStringLiteral("true") : QStringLiteral("false"));
    typed<ActionResult>(Method::Post,
                        ordersPath() + QStringLiteral("/edit-auto-renewal/") +
                            QString::number(orderId),
                        query, {}, context, std::move(done), &ActionResult::fromJson, Expect::JsonOrWords);
}

void ApiClient::activeProxies(qint64 orderId, QObject *context, Callback<ProxyList> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order_id"), QString::number(orderId));
    typed<ProxyList>(Method::Get, QStringLiteral("/user/api/proxies/active"), query, {}, context,
                     std::move(done), &ProxyList::fromJson);
}

void ApiClient::geoPlaces(const GeoQuery &geo, QObject *context, Callback<GeoList> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("proxy_type"), ProxyTypes::apiName(geo.type));
    if (geo.level != GeoQuery::Level::Countries)
        query.addQueryItem(QStringLiteral("country_code"), geo.country);
    if (geo.level == GeoQuery::Level::Cities && !geo.region.isEmpty())
        query.addQueryItem(QStringLiteral("region_code"), geo.region);
    const QString path = geo.level == GeoQuery::Level::Countries ? QStringLiteral("countries")
                         : geo.level == GeoQuery::Level::Regions ? QStringLiteral("regions")
                                                                 : QStringLiteral("cities");
    typed<GeoList>(Method::Get, QStringLiteral("/user/api/proxies/") + path, query, {}, context,
                   std::move(done), &GeoList::fromJson);
}

void ApiClient::health(HealthCheck check, QObject *context, Callback<bool> done)
{
    send(Method::Get,
         check == HealthCheck::Live ? QStringLiteral("/health/live") : QStringLiteral("/health"),
         {}, {}, context,
         [done = std::move(done)](ApiResult<QJsonDocument> raw) {
             if (raw.ok())
                 done(true);
             else
                 done(raw.error());
         },
         Expect::Nothing);
}

void ApiClient::send(Method method, const QString &path, const QUrlQuery &query,
                     const QJsonObject &body, QObject *context, RawCallback done, Expect expect)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->context = context;
    call->hasContext = context != nullptr;
    call->expect = expect;
    call->done = std::move(done);
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    call->url = url;
    // The real service rejects body-less POSTs: `{}` where the endpoint takes nothing.
    if (hasBody(method))
        call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    ++m_inFlight;
    const QString insecure = ServerAddress::problem(m_baseUrl);
    if (!insecure.isEmpty()) {
        const bool plainHttp = m_baseUrl.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
        const ApiError error = ApiError::notSent(
            plainHttp ? ApiError::Kind::Insecure : ApiError::Kind::Network, insecure);
        QTimer::singleShot(0, this, [this, call, error] { fail(call, error); });
        return;
    }
    dispatch(call);
}

void ApiClient::dispatch(const std::shared_ptr<Call> &call)
{
    if (call->hasContext && !call->context) {
        complete(call, ApiError(ApiError::Kind::Cancelled, 0, QString()));
        return;
    }
    QNetworkRequest request(call->url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ShardDesk/" SHARDDESK_VERSION));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    call->timedOut = false;
    call->tooLarge = false;

    QNetworkReply *reply = nullptr;
    if (call->method != Method::Get) {
        // Every write goes with a body that can be read once (an empty one for DELETE), so Qt
        // cannot send it again by itself: a second DELETE would answer 404 for a user the first
        // one deleted.
        if (hasBody(call->method))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->body);
        reply = call->method == Method::Post
                    ? m_network->post(request, body)
                    : m_network->sendCustomRequest(request, methodName(call->method).toLatin1(), body);
        body->setParent(reply);
    } else {
        reply = m_network->get(request);
    }
    call->reply = reply;

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    call->timer = timer;
    connect(timer, &QTimer::timeout, reply, [call] {
        call->timedOut = true;
        if (call->reply && call->reply->isRunning())
            call->reply->abort();
    });
    timer->start(m_timeoutMs);

    const qint64 limit = m_maxBodyBytes;
    auto abortIfTooLarge = [call, limit](qint64 size) {
        if (size > limit && call->reply && call->reply->isRunning() && !call->tooLarge) {
            call->tooLarge = true;
            call->reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [call, abortIfTooLarge] {
        if (!call->reply)
            return;
        const QVariant length = call->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            abortIfTooLarge(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [abortIfTooLarge](qint64 received, qint64) { abortIfTooLarge(received); });
    connect(reply, &QNetworkReply::finished, this, [this, call] { onReplyFinished(call); });
    if (call->hasContext) {
        connect(call->context, &QObject::destroyed, reply, [call] {
            // A reply that already failed (a 4xx whose finished() is still queued) is not
            // aborted again: Qt reports an error only once per reply.
            if (call->reply && call->reply->isRunning() &&
                call->reply->error() == QNetworkReply::NoError)
                call->reply->abort();
        });
    }
}

void ApiClient::onReplyFinished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *reply = call->reply;
    if (!reply)
        return;
    reply->deleteLater();
    call->reply = nullptr;

    if (call->hasContext && !call->context) {
        complete(call, ApiError(ApiError::Kind::Cancelled, 0, QString()));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (timeout, too large) has nothing worth reading.
    const QByteArray body = call->tooLarge || call->timedOut ? QByteArray() : reply->readAll();
    if (body.size() > m_maxBodyBytes)
        call->tooLarge = true;

    const bool httpSuccess = status >= 200 && status < 300 && !call->timedOut && !call->tooLarge &&
                             reply->error() == QNetworkReply::NoError;
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (httpSuccess) {
        qCDebug(lcApi).noquote() << methodName(call->method) << call->path << status
                       << body.size() << "bytes";
        complete(call, parseBody(body, contentType, call->expect));
        return;
    }

    ApiError error = errorFor(call, status, body, contentType, reply->error());
    call->requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id")).left(100);
    if (status == 429 || status == 503)
        error.setRetryAfterSeconds(parseRetryAfter(reply->rawHeader("Retry-After"), m_clock()));

    const bool tlsFailure = reply->error() == QNetworkReply::SslHandshakeFailedError;
    const bool retryable = call->method == Method::Get && error.isTransient() && !tlsFailure &&
                           call->attempt < m_retry.maxRetries;
    if (retryable) {
        const int delay = backoffDelayMs(call->attempt, error.retryAfterSeconds());
        ++call->attempt;
        emit retryScheduled(call->path, call->attempt, delay);
        m_retryWait(delay, this, [this, call] { dispatch(call); });
        return;
    }
    fail(call, error);
}

QString ApiClient::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

ApiError ApiClient::errorFor(const std::shared_ptr<Call> &call, int httpStatus,
                             const QByteArray &body, const QByteArray &contentType,
                             int networkError) const
{
    if (call->tooLarge) {
        return ApiError::protocol(tr("the answer is larger than %1 MiB")
                                      .arg(m_maxBodyBytes / (1024 * 1024)));
    }
    if (call->timedOut) {
        return ApiError(ApiError::Kind::Timeout, 0,
                        tr("The server did not answer within %1 seconds.")
                            .arg(QString::number(m_timeoutMs / 1000.0, 'g', 3)));
    }
    if (httpStatus >= 400)
        return ApiError::fromHttpStatus(httpStatus, ApiError::serverWords(body, contentType));
    if (httpStatus >= 300)
        return ApiError::protocol(tr("an unexpected redirect (HTTP %1)").arg(httpStatus));

    const QString host = call->url.host();
    switch (networkError) {
    // These three end before a byte of the request was sent.
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::notSent(ApiError::Kind::Network,
                                 tr("The server at %1 refused the connection.").arg(host));
    case QNetworkReply::HostNotFoundError:
        return ApiError::notSent(ApiError::Kind::Network,
                                 tr("The server name %1 could not be found.").arg(host));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::notSent(
            ApiError::Kind::Network,
            tr("The secure connection to %1 failed: its certificate is not trusted.").arg(host));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return ApiError(ApiError::Kind::Network, 0,
                        tr("The server closed the connection before answering."));
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled, 0, QString());
    default:
        break;
    }
    if (httpStatus >= 200 && httpStatus < 300) {
        // A status line arrived but the body was cut off.
        return ApiError(ApiError::Kind::Network, 0,
                        tr("The connection broke while the answer was arriving."));
    }
    return ApiError(ApiError::Kind::Network, 0, QString());
}

ApiResult<QJsonDocument> ApiClient::parseBody(const QByteArray &body,
                                              const QByteArray &contentType, Expect expect) const
{
    if (expect == Expect::Nothing)
        return QJsonDocument();
    const QByteArray trimmed = body.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc =
        trimmed.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(trimmed, &parseError);
    const bool isJson = !trimmed.isEmpty() && parseError.error == QJsonParseError::NoError;
    if (!isJson && expect == Expect::JsonOrWords) {
        // An action answered 2xx: done, whatever the body says (a 204, "OK", a web page).
        return QJsonDocument(QJsonObject{
            {QLatin1String("message"), ApiError::serverWords(trimmed, contentType)}});
    }
    if (trimmed.isEmpty())
        return ApiError::protocol(tr("the answer is empty"));
    if (!isJson) {
        if (trimmed.startsWith('<'))
            return ApiError::protocol(tr("a web page came back instead of data"));
        return ApiError::protocol(
            tr("the answer is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    // Some endpoints answer 200 with `success: false`; that is a refusal, with the reason.
    if (doc.isObject()) {
        const QJsonValue success = doc.object().value(QLatin1String("success"));
        const bool refused = (success.isBool() && !success.toBool()) ||
                             (success.isString() &&
                              success.toString().trimmed().compare(u"false", Qt::CaseInsensitive) == 0);
        if (refused)
            return ApiError(ApiError::Kind::Refused, 200, ApiError::serverWords(doc.object()));
    }
    return doc;
}

int ApiClient::backoffDelayMs(int attempt, int retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0)
        return int(qMin<qint64>(qint64(retryAfterSeconds) * 1000, m_retry.maxRetryAfterMs));
    const double exponential = m_retry.baseDelayMs * std::pow(2.0, attempt);
    const double capped = qMin<double>(exponential, m_retry.maxDelayMs);
    // Full jitter in [50 %, 100 %] keeps many clients from retrying in lockstep.
    const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(capped * jitter);
}

void ApiClient::fail(const std::shared_ptr<Call> &call, const ApiError &error)
{
    const QString method = methodName(call->method);
    qCInfo(lcApi).noquote() << method << call->path << "failed:" << ApiError::kindName(error.kind())
                            << error.httpStatus() << error.message() << call->requestId;
    emit callFailed(method, call->path, error, call->requestId);
    if (error.kind() == ApiError::Kind::Unauthorized)
        emit unauthorized();
    complete(call, error);
}

void ApiClient::complete(const std::shared_ptr<Call> &call, ApiResult<QJsonDocument> result)
{
    if (call->finished)
        return;
    call->finished = true;
    --m_inFlight;
    if (call->hasContext && !call->context)
        return;
    auto done = std::move(call->done);
    done(std::move(result));
}
