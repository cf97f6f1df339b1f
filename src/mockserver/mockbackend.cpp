#include "mockbackend.h"

#include "demodatagenerator.h"
#include "demosubusers.h"
#include "mockechotarget.h"
#include "mockframeworkwords.h"
#include "mockgeo.h"
#include "mockjsonwriter.h"
#include "mockreaders.h"
#include "mockresidentialapi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <variant>

using namespace Qt::Literals::StringLiterals;

struct MockBackend::Quote
{
    const MockProduct *product = nullptr;
    QString location;
    QString cycle;
    int quantity = 1;
    QString promo; // canonical spelling, empty: none
    double percent = 0;
    qint64 original = 0;
    qint64 final = 0;
    std::optional<bool> autoRenewal;
    int p0fSlots = 0;
    qint64 p0fSlotPrice = 0;
    qint64 addonsPrice() const { return p0fSlots * p0fSlotPrice; }
};

namespace {

constexpr int kMaxQuantity = 100000;
constexpr int kMaxTagLength = 64;
constexpr int kMaxLimit = 100;
constexpr int kDefaultLimit = 20;
constexpr int kOversizedExtraRows = 50;

namespace Words = MockFrameworkWords;
using MockReaders::integralNumber;
using MockReaders::parseInteger;
using MockReaders::parseQueryUnsigned;

QString pageUri(const QString &status, qint64 offset, int limit)
{
    return u"/user/api/orders?status="_s + status + u"&offset="_s + QString::number(offset) +
           u"&limit="_s + QString::number(limit);
}

void writeTime(MockJsonWriter &w, const char *key, const std::optional<qint64> &secs,
               MockOrder::TimeStyle style)
{
    if (secs)
        w.field(key, MockOrder::formatTime(*secs, style));
    else
        w.fieldNull(key);
}

// A deterministic per-row value that looks like a signature (hex of a hash of order and row).
QString proxySignature(qint64 orderId, int index)
{
    quint64 x =
        quint64(orderId) * 0x9e3779b97f4a7c15ULL ^ quint64(index + 1) * 0xc2b2ae3d27d4eb4fULL;
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    return QString::number(x, 16).rightJustified(16, u'0');
}

// The struct name a realistic server's deserialiser reports for the body of a POST or PATCH.
QString bodyStructName(const QList<QStringView> &parts)
{
    if (parts.value(0) == u"proxies") {
        if (parts.size() == 2)
            return u"CreateSubUserRequest"_s;
        if (parts.size() == 3)
            return u"EditSubUserRequest"_s;
        if (parts.value(3) == u"data")
            return u"ModifyTrafficRequest"_s;
        return u"ChangePasswordRequest"_s;
    }
    if (parts.value(1) == u"purchase")
        return u"PurchaseRequest"_s;
    if (parts.value(1) == u"change-billing-cycle")
        return u"ChangeBillingCycleRequest"_s;
    if (parts.value(1) == u"edit-auto-renewal")
        return u"EditAutoRenewalRequest"_s;
    if (parts.value(2) == u"tag")
        return u"TagRequest"_s;
    if (parts.value(2) == u"add-bandwidth")
        return u"AddBandwidthRequest"_s;
    return u"RenewRequest"_s;
}

} // namespace

MockBackend::MockBackend() : m_token(u"demo"_s)
{
    resetDemoData(kDefaultOrderCount, kDefaultSeed);
}

std::optional<MockBackend::Profile> MockBackend::profileFromName(QStringView name)
{
    if (name.compare(u"strict", Qt::CaseInsensitive) == 0)
        return Profile::Strict;
    if (name.compare(u"realistic", Qt::CaseInsensitive) == 0)
        return Profile::Realistic;
    return std::nullopt;
}

QString MockBackend::profileName(Profile profile)
{
    return profile == Profile::Realistic ? u"realistic"_s : u"strict"_s;
}

MockResponse MockBackend::notFound() const
{
    if (isRealistic())
        return MockResponse::detail(404, u"Not Found"_s);
    return MockResponse::error(404, u"Not found"_s);
}

MockResponse MockBackend::orderNotFound() const
{
    if (isRealistic())
        return MockResponse::detail(404, u"Order not found"_s);
    return MockResponse::error(404, u"Order not found"_s);
}

qint64 MockBackend::now() const
{
    return m_fixedNow != 0 ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

void MockBackend::resetDemoData(int orderCount, quint32 seed)
{
    m_catalog = MockCatalog::demo();
    m_state = MockState();
    m_state.setEmail(u"demo@sharddesk.example"_s);
    m_state.setBalanceCents(kDefaultBalanceCents);
    DemoDataGenerator generator(seed);
    m_state.setOrders(generator.generate(m_catalog, orderCount, now()));
    DemoSubUsers::fill(m_state.residential(), m_catalog, m_state.orders(), seed);
    m_drift.setSeed(seed);
    m_drift.reset();
}

MockResponse MockBackend::handle(const MockRequest &request)
{
    return route(request);
}

MockResponse MockBackend::route(const MockRequest &request)
{
    const QString &path = request.path;

    // Beside the API, not part of it: no key needed.
    if (std::optional<MockResponse> echo = MockEchoTarget::answer(request))
        return *std::move(echo);
    if (path == u"/health" || path == u"/health/live") {
        if (request.method != "GET")
            return MockResponse::methodNotAllowed("GET");
        return MockResponse::json(QByteArrayLiteral("{\"status\":\"ok\"}"));
    }
    static const QString apiPrefix = u"/user/api/"_s;
    if (!path.startsWith(apiPrefix))
        return notFound();

    // Authentication comes before routing, as at the provider: a bad key never learns paths.
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const bool bearer = authorization.size() > 7 &&
                        authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || m_token.isEmpty() ||
        QString::fromUtf8(authorization.mid(7).trimmed()) != m_token) {
        if (isRealistic())
            return MockResponse::detail(401, u"Invalid API key"_s);
        return MockResponse::error(401, u"Invalid API key"_s);
    }

    const QList<QStringView> parts = QStringView(path).mid(apiPrefix.size()).split(u'/');
    const auto is = [&parts](std::initializer_list<const char16_t *> expected) {
        if (parts.size() != qsizetype(expected.size()))
            return false;
        qsizetype i = 0;
        for (const char16_t *e : expected) {
            if (e != nullptr && parts.at(i) != QStringView(e))
                return false;
            ++i;
        }
        return true;
    };

    enum class Route {
        None,
        Me,
        Products,
        AvailableCount,
        ActiveProxies,
        Orders,
        Calculate,
        Purchase,
        ChangeCycle,
        EditAutoRenewal,
        OrderDetails,
        Renew,
        Tag,
        AddBandwidth,
        Countries,
        Regions,
        Cities,
        SubUsers,
        CreateSubUser,
        SubUser,
        SubUserDataAdd,
        SubUserDataSubtract,
        SubUserPassword,
    };
    Route routeId = Route::None;
    QStringView idText;
    if (is({u"me"}))
        routeId = Route::Me;
    else if (is({u"proxies", u"products"}))
        routeId = Route::Products;
    else if (is({u"proxies", u"available-count"}))
        routeId = Route::AvailableCount;
    else if (is({u"proxies", u"active"}))
        routeId = Route::ActiveProxies;
    else if (is({u"proxies", u"countries"}))
        routeId = Route::Countries;
    else if (is({u"proxies", u"regions"}))
        routeId = Route::Regions;
    else if (is({u"proxies", u"cities"}))
        routeId = Route::Cities;
    else if (is({u"proxies", u"sub-users"}))
        routeId = Route::SubUsers;
    else if (is({u"proxies", u"sub-user"}))
        routeId = Route::CreateSubUser;
    else if (is({u"proxies", u"sub-user", nullptr}))
        routeId = Route::SubUser;
    else if (is({u"proxies", u"sub-user", nullptr, u"data", u"add"}))
        routeId = Route::SubUserDataAdd;
    else if (is({u"proxies", u"sub-user", nullptr, u"data", u"subtract"}))
        routeId = Route::SubUserDataSubtract;
    else if (is({u"proxies", u"sub-user", nullptr, u"password"}))
        routeId = Route::SubUserPassword;
    else if (is({u"orders"}))
        routeId = Route::Orders;
    else if (is({u"orders", u"calculate"}))
        routeId = m_calculateEnabled ? Route::Calculate : Route::None;
    else if (is({u"orders", u"purchase"}))
        routeId = Route::Purchase;
    else if (is({u"orders", u"change-billing-cycle", nullptr})) {
        routeId = Route::ChangeCycle;
        idText = parts.at(2);
    } else if (is({u"orders", u"edit-auto-renewal", nullptr})) {
        routeId = Route::EditAutoRenewal;
        idText = parts.at(2);
    } else if (is({u"orders", nullptr})) {
        routeId = Route::OrderDetails;
        idText = parts.at(1);
    } else if (is({u"orders", nullptr, u"renew"})) {
        routeId = Route::Renew;
        idText = parts.at(1);
    } else if (is({u"orders", nullptr, u"tag"})) {
        routeId = Route::Tag;
        idText = parts.at(1);
    } else if (is({u"orders", nullptr, u"add-bandwidth"})) {
        routeId = Route::AddBandwidth;
        idText = parts.at(1);
    }
    if (routeId == Route::None)
        return notFound();

    // The methods each route answers; anything else is a 405 that names them.
    QByteArrayList allowed{QByteArrayLiteral("GET")};
    switch (routeId) {
    case Route::Purchase:
    case Route::ChangeCycle:
    case Route::EditAutoRenewal:
    case Route::Renew:
    case Route::Tag:
    case Route::AddBandwidth:
    case Route::CreateSubUser:
    case Route::SubUserDataAdd:
    case Route::SubUserDataSubtract:
    case Route::SubUserPassword:
        allowed = {QByteArrayLiteral("POST")};
        break;
    case Route::SubUser:
        allowed << QByteArrayLiteral("PATCH") << QByteArrayLiteral("DELETE");
        break;
    default:
        break;
    }
    if (!allowed.contains(request.method))
        return MockResponse::methodNotAllowed(allowed.join(", "));
    // Drift: the first request of a new sync finds the account changed.
    if (m_drift.isEnabled() && (routeId == Route::Me || routeId == Route::Orders) &&
        m_drift.beginsSync(routeId == Route::Orders, request))
        m_drift.apply(*this);
    const bool needsId = !idText.isEmpty();

    // A body is read for POST and PATCH; DELETE has none and ignores one.
    QJsonObject body;
    if (request.method == "POST" || request.method == "PATCH") {
        std::variant<QJsonObject, MockResponse> read =
            MockReaders::jsonBody(request, isRealistic(), bodyStructName(parts));
        if (std::holds_alternative<MockResponse>(read))
            return std::get<MockResponse>(read);
        body = std::get<QJsonObject>(std::move(read));
    }

    qint64 orderId = 0;
    if (needsId && isRealistic()) {
        // A path segment that is no u64 does not match the route at all.
        const std::variant<qint64, QString> id = parseQueryUnsigned(idText);
        if (std::holds_alternative<QString>(id)) {
            return MockResponse::plainText(404, u"can not parse \""_s + idText.toString() +
                                                    u"\" to a u64"_s);
        }
        orderId = std::get<qint64>(id);
    } else if (needsId) {
        const std::optional<qint64> id = parseInteger(idText);
        if (!id || *id <= 0)
            return MockResponse::error(400, u"Invalid order id"_s);
        orderId = *id;
    }

    // A sub-user id is an opaque path segment, looked up as it is.
    const QString userId = parts.value(2).toString();
    MockResidentialApi residential(m_state, m_catalog, isRealistic());
    switch (routeId) {
    case Route::Me:
        return me();
    case Route::Products:
        return products();
    case Route::AvailableCount:
        return availableCount();
    case Route::ActiveProxies:
        return activeProxies(request);
    case Route::Orders:
        return listOrders(request);
    case Route::Calculate:
        return calculate(request);
    case Route::Purchase:
        return purchase(body, request.body);
    case Route::ChangeCycle:
        return changeCycle(orderId, body, request.body);
    case Route::EditAutoRenewal:
        return editAutoRenewal(orderId, request);
    case Route::OrderDetails:
        return orderDetails(orderId);
    case Route::Renew:
        return renew(orderId);
    case Route::Tag:
        return setTag(orderId, body, request.body);
    case Route::AddBandwidth:
        return residential.addBandwidth(orderId, request, body);
    case Route::Countries:
        return MockGeo::answer(MockGeo::Level::Countries, request);
    case Route::Regions:
        return MockGeo::answer(MockGeo::Level::Regions, request);
    case Route::Cities:
        return MockGeo::answer(MockGeo::Level::Cities, request);
    case Route::SubUsers:
        return residential.list(request);
    case Route::CreateSubUser:
        return residential.create(request, body);
    case Route::SubUser:
        if (request.method == "PATCH")
            return residential.rename(request, userId, body);
        if (request.method == "DELETE")
            return residential.remove(request, userId);
        return residential.one(request, userId);
    case Route::SubUserDataAdd:
        return residential.changeData(request, userId, body, true);
    case Route::SubUserDataSubtract:
        return residential.changeData(request, userId, body, false);
    case Route::SubUserPassword:
        return residential.newPassword(request, userId, body);
    case Route::None:
        break;
    }
    return notFound();
}

MockResponse MockBackend::me() const
{
    MockJsonWriter w;
    w.beginObject();
    // Production has accounts without an email address on file.
    if (isRealistic())
        w.fieldNull("email");
    else
        w.field("email", m_state.email());
    w.field("active_orders", m_state.countWithStatus(MockOrder::Status::Active));
    w.field("wallet_balance", m_state.balanceCents());
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockBackend::products() const
{
    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginArray("products");
    // Realistic: a half-configured product in the middle of the list (after the second catalogue
    // product), with neither cycles nor description; the other rows must still be usable.
    const auto oddRow = [&w] {
        w.beginObject();
        w.field("name", RealisticRules::kOddProductName);
        w.fieldNull("description");
        w.fieldNull("location");
        w.fieldNull("cycles");
        w.endObject();
    };
    const qsizetype oddAfter = std::min<qsizetype>(1, m_catalog.products().size() - 1);
    if (isRealistic() && oddAfter < 0)
        oddRow();
    for (qsizetype productIndex = 0; productIndex < m_catalog.products().size(); ++productIndex) {
        const MockProduct &p = m_catalog.products().at(productIndex);
        // One row per product and location, as the provider lists Datacenter and ISP.
        const QStringList locations = p.hasLocations() ? p.locations : QStringList{QString()};
        for (const QString &location : locations) {
            w.beginObject();
            w.field("name", p.name);
            w.field("description", p.description);
            if (location.isEmpty())
                w.fieldNull("location");
            else
                w.field("location", location);
            w.beginArray("cycles");
            for (const QString &cycle : p.cycles(location))
                w.value(cycle);
            w.endArray();
            w.endObject();
        }
        if (isRealistic() && productIndex == oddAfter)
            oddRow();
    }
    w.endArray();
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockBackend::availableCount() const
{
    MockJsonWriter w;
    w.beginArray();
    for (const MockCatalog::StockEntry &e : m_catalog.stock()) {
        w.beginObject();
        w.field("country", e.country);
        w.field("product", e.product);
        if (isRealistic() && RealisticRules::stockAmountAsString(e.country, e.product))
            w.field("amount", QString::number(e.amount));
        else
            w.field("amount", e.amount);
        w.endObject();
    }
    if (isRealistic()) {
        // A product code this client has never heard of.
        w.beginObject();
        w.field("country", RealisticRules::kUnknownStockCountry);
        w.field("product", RealisticRules::kUnknownStockCode);
        w.field("amount", RealisticRules::kUnknownStockAmount);
        w.endObject();
    }
    w.endArray();
    return MockResponse::json(w.take());
}

MockResponse MockBackend::activeProxies(const MockRequest &request) const
{
    const MockOrder *order = nullptr;
    if (isRealistic()) {
        if (!request.hasQueryItem(u"order_id"_s))
            return MockResponse::malformed(Words::queryError(u"missing field `order_id`"_s));
        const std::variant<qint64, QString> id =
            parseQueryUnsigned(request.queryValue(u"order_id"_s));
        if (std::holds_alternative<QString>(id))
            return MockResponse::malformed(Words::queryError(std::get<QString>(id)));
        order = m_state.order(std::get<qint64>(id));
        if (!order)
            return orderNotFound();
        const MockProduct *product = m_catalog.productById(order->productId);
        if (!product || !product->isDatacenterOrIsp()) {
            return MockResponse::detail(
                403, QString::fromLatin1(RealisticRules::kProxiesForbiddenDetail));
        }
    } else {
        if (!request.hasQueryItem(u"order_id"_s))
            return MockResponse::error(400, u"Query parameter 'order_id' is required"_s);
        const std::optional<qint64> id = parseInteger(request.queryValue(u"order_id"_s));
        if (!id || *id <= 0)
            return MockResponse::error(400, u"Query parameter 'order_id' must be an order id"_s);
        order = m_state.order(*id);
        if (!order)
            return orderNotFound();
        const MockProduct *product = m_catalog.productById(order->productId);
        if (!product || !product->isDatacenterOrIsp())
            return MockResponse::error(403, u"Method unavailable for this order"_s);
    }

    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginArray("data");
    // Only a running order has working proxies.
    const int count = order->status == MockOrder::Status::Active ? order->quantity : 0;
    const QString username = u"sd"_s + QString::number(order->orderId);
    for (int i = 0; i < count; ++i) {
        w.beginObject();
        if (m_demoProxies) {
            w.field("ip", DemoProxies::kHost);
            w.field("username", DemoProxies::username(order->orderId, i));
            w.field("password", DemoProxies::listedPassword(order->orderId, i));
            w.field("http_port", m_demoProxies->httpPort(order->orderId, i));
            w.field("socks_port", m_demoProxies->socksPort(order->orderId, i));
        } else {
            // Documentation address ranges only (RFC 5737): 203.0.113.0/24 and 198.51.100.0/24.
            const qint64 n = (order->orderId * 31 + i) % 508;
            const QString ip =
                (n < 254 ? u"203.0.113."_s : u"198.51.100."_s) + QString::number(n % 254 + 1);
            w.field("ip", ip);
            w.field("username", username);
            w.field("password", MockReaders::password(order->orderId, i));
            w.field("http_port", 8000 + i % 1000);
            w.field("socks_port", 9000 + i % 1000);
        }
        if (isRealistic() && RealisticRules::proxyUntilNull(i))
            w.fieldNull("until");
        else
            writeTime(w, "until", order->expiresAt, order->timeStyle);
        w.field("status", "active");
        // Strict: the proxies that hold a p0f slot are signed. The realistic server signs
        // every proxy, slot or not.
        if (isRealistic() || i < p0fSlotsUsed(*order))
            w.field("signature", proxySignature(order->orderId, i));
        else
            w.fieldNull("signature");
        w.endObject();
    }
    w.endArray();
    w.field("order_tag", order->tag);
    w.endObject();
    return MockResponse::json(w.take());
}

QList<MockBackend::ListedRow> MockBackend::listedRows(std::optional<MockOrder::Status> status) const
{
    const QList<int> &rows = m_state.rowsWithStatus(status);
    QList<ListedRow> out;
    out.reserve(rows.size() + rows.size() / RealisticRules::kUnreadableEvery + 1);
    for (const int index : rows) {
        out.append({index, false});
        // These are extra rows: the real orders are all still listed.
        if (isRealistic() && RealisticRules::hasUnreadableTwin(m_state.orders().at(index).orderId))
            out.append({index, true});
    }
    return out;
}

MockResponse MockBackend::listOrders(const MockRequest &request) const
{
    const bool realistic = isRealistic();
    const QString status = request.queryValue(u"status"_s);
    if (realistic && !request.hasQueryItem(u"status"_s))
        return MockResponse::malformed(Words::queryError(u"missing field `status`"_s));
    if (status.isEmpty() && !realistic)
        return MockResponse::error(400, u"Query parameter 'status' is required"_s);
    std::optional<MockOrder::Status> filter;
    if (status != u"all") {
        filter = MockOrder::statusFromName(status);
        if (!filter && realistic) {
            return MockResponse::malformed(
                Words::queryError(u"unknown variant `"_s + status +
                                  u"`, expected one of `active`, `on-hold`, `cancelled`, `all`"_s));
        }
        if (!filter) {
            return MockResponse::error(
                400, u"Invalid status: expected active, on-hold, cancelled or all"_s);
        }
    }

    const std::variant<MockReaders::Paging, MockResponse> paging =
        MockReaders::paging(request, realistic, kDefaultLimit, kMaxLimit);
    if (std::holds_alternative<MockResponse>(paging))
        return std::get<MockResponse>(paging);
    const auto [limit, offset] = std::get<MockReaders::Paging>(paging);

    const QList<int> &rows = m_state.rowsWithStatus(filter);
    // Realistic: the rows as served, with an unreadable twin (no order_id) after some orders.
    const QList<ListedRow> served = realistic ? listedRows(filter) : QList<ListedRow>();
    const qint64 total = realistic ? served.size() : rows.size();
    if (realistic && m_pagingMode == PagingMode::Normal && offset > 0 && offset >= total)
        return MockResponse::malformed(QString::fromLatin1(RealisticRules::kOffsetOutOfRange));
    // Realistic: pages are capped whatever `limit` asks; `next` and `prev` keep the limit asked.
    const int pageRows = realistic ? std::min(limit, RealisticRules::kPageCap) : limit;

    qint64 begin = offset;
    qint64 end = std::min(total, offset + pageRows);
    std::optional<qint64> next;
    switch (m_pagingMode) {
    case PagingMode::Normal:
        if (offset + pageRows < total)
            next = offset + pageRows;
        break;
    case PagingMode::NextNeverNull:
        next = offset + pageRows;
        break;
    case PagingMode::RepeatPages:
        begin = 0;
        end = std::min<qint64>(total, pageRows);
        next = offset + pageRows;
        break;
    case PagingMode::OversizedPages:
        // More than was asked for, whatever the profile's cap.
        end = std::min(total, offset + limit + kOversizedExtraRows);
        if (end < total)
            next = end;
        break;
    }
    begin = std::min(begin, total);
    end = std::max(begin, end);

    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginArray("orders");
    for (qint64 i = begin; i < end; ++i) {
        if (!realistic) {
            const MockOrder &o = m_state.orders().at(rows.at(i));
            w.beginObject();
            w.field("order_id", o.orderId);
            w.field("product_id", o.productId);
            w.field("product_name", o.productName);
            w.field("cycle_id", o.cycleId);
            w.field("cycle_name", o.cycleName);
            writeTime(w, "expires_at", o.expiresAt, o.timeStyle);
            w.field("auto_renewal", o.autoRenewal);
            w.field("tag", o.tag);
            w.endObject();
            continue;
        }
        const ListedRow row = served.at(i);
        const MockOrder &o = m_state.orders().at(row.index);
        w.beginObject();
        if (row.unreadable)
            w.fieldNull("order_id");
        else
            w.field("order_id", o.orderId);
        const bool noIds = RealisticRules::nullProductAndCycleId(o.orderId);
        if (noIds)
            w.fieldNull("product_id");
        else
            w.field("product_id", o.productId);
        w.field("product_name", o.productName);
        if (noIds)
            w.fieldNull("cycle_id");
        else
            w.field("cycle_id", o.cycleId);
        if (RealisticRules::nullCycleName(o.orderId))
            w.fieldNull("cycle_name");
        else
            w.field("cycle_name", o.cycleName);
        if (!o.expiresAt) {
            w.fieldNull("expires_at");
        } else {
            switch (RealisticRules::listExpiryForm(o.orderId)) {
            case RealisticRules::ExpiryForm::Iso:
                writeTime(w, "expires_at", o.expiresAt, o.timeStyle);
                break;
            case RealisticRules::ExpiryForm::SpaceNoOffset:
                w.field("expires_at",
                        MockOrder::formatTime(*o.expiresAt, MockOrder::TimeStyle::NoOffset)
                            .replace(u'T', u' '));
                break;
            case RealisticRules::ExpiryForm::EpochSeconds:
                w.field("expires_at", *o.expiresAt);
                break;
            }
        }
        w.field("auto_renewal", o.autoRenewal);
        w.field("tag", o.tag);
        w.endObject();
    }
    w.endArray();
    w.field("count", end - begin);
    if (offset > 0)
        w.field("prev", pageUri(status, std::max<qint64>(0, offset - pageRows), limit));
    else
        w.fieldNull("prev");
    if (next)
        w.field("next", pageUri(status, *next, limit));
    else
        w.fieldNull("next");
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockBackend::orderDetails(qint64 orderId) const
{
    const MockOrder *o = m_state.order(orderId);
    if (!o)
        return orderNotFound();
    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginObject("order");
    w.field("order_id", o->orderId);
    w.field("product_name", o->productName);
    w.field("cycle_name", o->cycleName);
    if (isRealistic() && RealisticRules::numericStrings(o->orderId)) {
        w.field("quantity", QString::number(o->quantity));
        w.field("price_paid", QString::number(o->pricePaidCents));
    } else {
        w.field("quantity", o->quantity);
        w.field("price_paid", o->pricePaidCents);
    }
    w.field("status", MockOrder::statusName(o->status));
    if (isRealistic() && RealisticRules::nullCreatedAt(o->orderId))
        w.fieldNull("created_at");
    else
        writeTime(w, "created_at", o->createdAt, o->timeStyle);
    writeTime(w, "expires_at", o->expiresAt, o->timeStyle);
    if (o->promoCode.isEmpty())
        w.fieldNull("promo_code");
    else
        w.field("promo_code", o->promoCode);
    w.field("auto_renewal", o->autoRenewal);
    w.field("tag", o->tag);
    writeAddons(w, *o);
    w.endObject();
    w.endObject();
    return MockResponse::json(w.take());
}

void MockBackend::writeAddons(MockJsonWriter &w, const MockOrder &o)
{
    w.field("addons_price_paid", o.p0fSlots * o.p0fSlotPriceCents);
    w.beginArray("addons");
    if (o.p0fSlots > 0) {
        w.beginObject();
        w.field("addon_key", "p0f_slots");
        w.field("catalog_id", MockCatalog::kP0fSlotCatalogId);
        w.field("qty", o.p0fSlots);
        w.field("price_per_unit", o.p0fSlotPriceCents);
        if (o.p0fSlotsNext == o.p0fSlots) {
            w.fieldNull("pending");
        } else {
            w.beginObject("pending");
            if (o.p0fSlotsNext == 0) {
                w.field("action", "cancel");
            } else {
                w.field("action", "downgrade");
                w.field("next_qty", o.p0fSlotsNext);
            }
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    w.field("p0f_slots_available", o.p0fSlots);
    w.field("p0f_slots_used", p0fSlotsUsed(o));
    w.field("p0f_slots_next", o.p0fSlotsNext);
}

int MockBackend::p0fSlotsUsed(const MockOrder &o)
{
    // Every active proxy of the order is signed while a slot is free.
    return o.status == MockOrder::Status::Active ? qMin(o.p0fSlots, o.quantity) : 0;
}

std::optional<MockResponse> MockBackend::validate(const QJsonObject &input, bool fromQuery,
                                                  const QByteArray &rawBody, Quote &quote) const
{
    const bool realistic = isRealistic();
    const auto bad = [](const QString &message) { return MockResponse::error(400, message); };
    const QString what = fromQuery ? u"Parameter"_s : u"Field"_s;
    const auto named = [&what](const QString &key) -> QString {
        return what + u" '"_s + key + u'\'';
    };
    // Realistic: a malformed request is refused by the framework's deserialiser, in its words.
    const auto missing = [fromQuery, &rawBody](const QString &key) {
        return MockResponse::malformed(fromQuery
                                           ? Words::queryError(u"missing field `"_s + key + u'`')
                                           : Words::missingField(rawBody, key));
    };
    const auto wrongType = [fromQuery, &rawBody](const QString &key, const QJsonValue &value,
                                                 const QString &expected) {
        return MockResponse::malformed(
            fromQuery ? Words::queryError(u"invalid type: "_s + Words::unexpected(value) +
                                          u", expected "_s + expected)
                      : Words::invalidType(rawBody, key, value, expected));
    };

    const QJsonValue productValue = input.value(u"product"_s);
    if (realistic && productValue.isUndefined())
        return missing(u"product"_s);
    if (realistic && !productValue.isString())
        return wrongType(u"product"_s, productValue, u"a string"_s);
    if (productValue.isUndefined() || productValue.isNull())
        return bad(named(u"product"_s) + u" is required"_s);
    if (!productValue.isString())
        return bad(named(u"product"_s) + u" must be a string"_s);
    const MockProduct *product = m_catalog.product(productValue.toString());
    if (!product)
        return bad(u"Unknown product: "_s + productValue.toString());
    quote.product = product;

    // The four request shapes of the contract (plus the generic one), enforced strictly.
    QStringList accepted{u"product"_s, u"promo_code"_s, u"addons"_s, u"addons_json"_s};
    switch (product->shape) {
    case MockProduct::Shape::DatacenterIsp:
        accepted << u"location"_s << u"cycle"_s << u"quantity"_s << u"auto_renewal"_s;
        break;
    case MockProduct::Shape::ResidentialGb:
        accepted << u"quantity"_s;
        break;
    case MockProduct::Shape::Unmetered:
        accepted << u"cycle"_s << u"auto_renewal"_s;
        break;
    case MockProduct::Shape::Generic:
        accepted << u"cycle"_s << u"quantity"_s << u"location"_s;
        break;
    }
    QJsonObject fields;
    if (realistic) {
        // A lenient deserialiser: fields this shape does not take are ignored, not refused.
        for (auto it = input.begin(); it != input.end(); ++it) {
            if (accepted.contains(it.key()))
                fields.insert(it.key(), it.value());
        }
    } else {
        static const QStringList nullable{u"location"_s, u"promo_code"_s, u"addons"_s,
                                          u"addons_json"_s};
        for (auto it = input.begin(); it != input.end(); ++it) {
            if (it.value().isNull() && nullable.contains(it.key()))
                continue;
            if (!accepted.contains(it.key()))
                return bad(named(it.key()) + u" is not accepted for "_s + product->name);
        }
        fields = input;
    }

    const QJsonValue location = fields.value(u"location"_s);
    if (realistic && product->hasLocations() && location.isUndefined())
        return missing(u"location"_s);
    if (realistic && !location.isUndefined() && !location.isString() &&
        (product->hasLocations() || !location.isNull())) {
        return wrongType(u"location"_s, location, u"a string"_s);
    }
    if (!location.isUndefined() && !location.isNull()) {
        if (!location.isString() || location.toString().isEmpty())
            return bad(named(u"location"_s) + u" must be a non-empty string"_s);
        if (!product->locations.contains(location.toString())) {
            return bad(u"Location '"_s + location.toString() + u"' is not available for "_s +
                       product->name);
        }
        quote.location = location.toString();
    } else if (product->hasLocations()) {
        return bad(named(u"location"_s) + u" is required for "_s + product->name);
    }

    if (product->shape == MockProduct::Shape::ResidentialGb) {
        quote.cycle = product->cycles(QString()).value(0); // fixed: lifetime
    } else {
        const QJsonValue cycle = fields.value(u"cycle"_s);
        if (realistic && cycle.isUndefined())
            return missing(u"cycle"_s);
        if (realistic && !cycle.isString())
            return wrongType(u"cycle"_s, cycle, u"a string"_s);
        if (cycle.isUndefined() || cycle.isNull())
            return bad(named(u"cycle"_s) + u" is required"_s);
        if (!cycle.isString())
            return bad(named(u"cycle"_s) + u" must be a string"_s);
        if (!product->offersCycle(quote.location, cycle.toString()))
            return MockResponse::error(403, u"Cycle is not available"_s);
        quote.cycle = cycle.toString();
    }

    const QJsonValue quantity = fields.value(u"quantity"_s);
    if (realistic && !quantity.isUndefined() && !quantity.isNull()) {
        // serde's u32: an integer number, not negative.
        const std::optional<qint64> q = integralNumber(quantity);
        if (!q)
            return wrongType(u"quantity"_s, quantity, u"u32"_s);
        if (*q < 0) {
            return MockResponse::malformed(
                fromQuery ? Words::queryError(u"invalid digit found in string"_s)
                          : Words::invalidValue(rawBody, u"quantity"_s, quantity, u"u32"_s));
        }
    }
    if (!quantity.isUndefined() && !(realistic && quantity.isNull())) {
        const std::optional<qint64> q = integralNumber(quantity);
        if (!q)
            return bad(named(u"quantity"_s) + u" must be an integer"_s);
        if (*q < 1)
            return bad(u"Quantity must be at least 1"_s);
        if (*q > kMaxQuantity)
            return bad(u"Quantity must be at most "_s + QString::number(kMaxQuantity));
        quote.quantity = int(*q);
    }

    const QJsonValue autoRenewal = fields.value(u"auto_renewal"_s);
    if (product->hasAutoRenewal)
        quote.autoRenewal = false;
    if (realistic && !autoRenewal.isUndefined() && !autoRenewal.isNull() && !autoRenewal.isBool())
        return wrongType(u"auto_renewal"_s, autoRenewal, u"a boolean"_s);
    if (!autoRenewal.isUndefined() && !(realistic && autoRenewal.isNull())) {
        if (!autoRenewal.isBool())
            return bad(named(u"auto_renewal"_s) + u" must be a boolean"_s);
        quote.autoRenewal = autoRenewal.toBool();
    }

    const QJsonValue addons = fields.value(u"addons"_s);
    if (realistic && !addons.isUndefined() && !addons.isNull() && !addons.isArray())
        return wrongType(u"addons"_s, addons, u"a sequence"_s);
    if (!addons.isUndefined() && !addons.isNull() && !addons.isArray())
        return bad(named(u"addons"_s) + u" must be an array"_s);

    const QJsonValue promo = fields.value(u"promo_code"_s);
    if (realistic && !promo.isUndefined() && !promo.isNull() && !promo.isString())
        return wrongType(u"promo_code"_s, promo, u"a string"_s);
    if (!promo.isUndefined() && !promo.isNull()) {
        if (!promo.isString())
            return bad(named(u"promo_code"_s) + u" must be a string"_s);
        if (!promo.toString().isEmpty()) {
            const std::optional<MockCatalog::PromoCode> code = m_catalog.promo(promo.toString());
            if (!code)
                return bad(u"Promo code is invalid"_s);
            if (!code->appliesTo(quote.cycle))
                return bad(u"Promo code is not valid for this billing cycle"_s);
            quote.promo = code->code;
            quote.percent = code->percent;
        }
    }

    quote.original = product->unitPrice(quote.location, quote.cycle) * quote.quantity;
    quote.final = MockCatalog::applyDiscount(quote.original, quote.percent);
    if (addons.isArray()) {
        if (std::optional<MockResponse> error = readAddons(addons.toArray(), quote))
            return error;
    }
    return std::nullopt;
}

std::optional<MockResponse> MockBackend::readAddons(const QJsonArray &lines, Quote &quote) const
{
    const auto bad = [](const QString &message) { return MockResponse::error(400, message); };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const QJsonValue key = line.value(u"addon_key"_s);
        if (!lines.at(i).isObject() || !key.isString())
            return bad(u"Each add-on needs an 'addon_key'"_s);
        if (key.toString() != u"p0f_slots")
            return bad(u"Unknown add-on: "_s + key.toString());
        const std::optional<qint64> qty = integralNumber(line.value(u"qty"_s));
        if (!qty || *qty < 1)
            return bad(u"Add-on quantity must be at least 1"_s);
        quote.p0fSlots += int(qMin<qint64>(*qty, kMaxQuantity));
    }
    if (quote.p0fSlots > 0 && !quote.product->isDatacenterOrIsp())
        return bad(u"p0f slots are only available for Datacenter and ISP proxies"_s);
    if (quote.p0fSlots > quote.quantity) {
        return bad(u"At most one p0f slot per proxy: "_s + QString::number(quote.quantity) +
                   u" for this order"_s);
    }
    quote.p0fSlotPrice = MockCatalog::p0fSlotPrice(quote.cycle);
    return std::nullopt;
}

MockResponse MockBackend::calculate(const MockRequest &request) const
{
    // The query as the purchase body it previews; empty parameters count as absent.
    QJsonObject fields;
    for (const QString &key : {u"product"_s, u"location"_s, u"cycle"_s, u"promo_code"_s}) {
        const QString v = request.queryValue(key);
        if (!v.isEmpty())
            fields.insert(key, v);
    }
    const QString quantity = request.queryValue(u"quantity"_s);
    if (!quantity.isEmpty() && isRealistic()) {
        const std::variant<qint64, QString> q = parseQueryUnsigned(quantity);
        if (std::holds_alternative<QString>(q))
            return MockResponse::malformed(Words::queryError(std::get<QString>(q)));
        fields.insert(u"quantity"_s, double(std::get<qint64>(q)));
    } else if (!quantity.isEmpty()) {
        const std::optional<qint64> q = parseInteger(quantity);
        fields.insert(u"quantity"_s, q ? QJsonValue(double(*q)) : QJsonValue(quantity));
    }
    // The add-ons as the purchase body's array, sent as JSON in the query.
    const QString addonsJson = request.queryValue(u"addons_json"_s);
    if (!addonsJson.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(addonsJson.toUtf8());
        if (!doc.isArray())
            return MockResponse::error(400, u"Parameter 'addons_json' must be a JSON array"_s);
        fields.insert(u"addons"_s, doc.array());
    }
    Quote quote;
    if (std::optional<MockResponse> error = validate(fields, true, QByteArray(), quote))
        return *error;
    MockJsonWriter w;
    w.beginObject();
    w.field("original_price", quote.original);
    w.field("final_price", quote.final);
    w.fieldDouble("discount_percent", quote.percent);
    w.field("addons_price", quote.addonsPrice());
    w.field("total_with_addons", quote.final + quote.addonsPrice());
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockBackend::purchase(const QJsonObject &body, const QByteArray &rawBody)
{
    Quote quote;
    if (std::optional<MockResponse> error = validate(body, false, rawBody, quote))
        return *error;
    const MockProduct &product = *quote.product;

    const bool stocked = product.isDatacenterOrIsp();
    if (stocked && m_catalog.stock(quote.location, product.code) < quote.quantity)
        return MockResponse::error(400, u"Not enough proxies in stock"_s);
    const qint64 total = quote.final + quote.addonsPrice();
    if (m_state.balanceCents() < total)
        return MockResponse::error(400, u"Insufficient balance"_s);

    const qint64 t = now();
    MockOrder order;
    order.productId = product.id;
    order.productName = product.name;
    order.location = quote.location;
    order.cycleId = MockCatalog::cycleId(quote.cycle);
    order.cycleName = quote.cycle;
    order.quantity = quote.quantity;
    order.pricePaidCents = quote.final;
    order.status = MockOrder::Status::Active;
    order.createdAt = t;
    if (const qint64 length = MockCatalog::cycleLengthSecs(quote.cycle); length > 0)
        order.expiresAt = t + length;
    order.promoCode = quote.promo;
    order.autoRenewal = quote.autoRenewal;
    order.p0fSlots = quote.p0fSlots;
    order.p0fSlotsNext = quote.p0fSlots;
    order.p0fSlotPriceCents = quote.p0fSlotPrice;
    const qint64 id = m_state.addOrder(order);

    m_state.setBalanceCents(m_state.balanceCents() - total);
    // Bought residential GB go to that type's pool, for sub-users to share.
    if (product.shape == MockProduct::Shape::ResidentialGb)
        m_state.residential().addPurchasedGb(product.code, quote.quantity);
    if (stocked) {
        m_catalog.setStock(quote.location, product.code,
                           m_catalog.stock(quote.location, product.code) - quote.quantity);
    }

    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.field("message", "Order paid successfully");
    w.field("order_id", id);
    w.endObject();
    return MockResponse::json(w.take());
}

std::optional<MockBackend::RenewalCharge> MockBackend::renewalCharge(const MockOrder &order) const
{
    const MockProduct *product = m_catalog.productById(order.productId);
    const qint64 unit = product ? product->unitPrice(order.location, order.cycleName) : -1;
    if (unit < 0)
        return std::nullopt;
    double percent = 0;
    if (!order.promoCode.isEmpty()) {
        const std::optional<MockCatalog::PromoCode> code = m_catalog.promo(order.promoCode);
        if (code && code->appliesTo(order.cycleName))
            percent = code->percent;
    }
    RenewalCharge charge;
    charge.price = MockCatalog::applyDiscount(unit * order.quantity, percent);
    // The add-ons of the next period: a pending downgrade or cancel takes effect now.
    charge.addons = order.p0fSlotsNext * order.p0fSlotPriceCents;
    return charge;
}

void MockBackend::applyRenewal(MockOrder order, const RenewalCharge &charge, qint64 periodStart)
{
    m_state.setBalanceCents(m_state.balanceCents() - charge.total());
    order.status = MockOrder::Status::Active;
    order.pricePaidCents = charge.price;
    order.p0fSlots = order.p0fSlotsNext;
    const qint64 length = MockCatalog::cycleLengthSecs(order.cycleName);
    if (length > 0)
        order.expiresAt = periodStart + length;
    m_state.updateOrder(order);
}

MockResponse MockBackend::renew(qint64 orderId)
{
    const MockOrder *found = m_state.order(orderId);
    if (!found)
        return orderNotFound();
    const MockOrder order = *found;
    if (order.status != MockOrder::Status::OnHold)
        return MockResponse::error(400, u"Only orders on hold can be renewed"_s);
    const std::optional<RenewalCharge> charge = renewalCharge(order);
    if (!charge)
        return MockResponse::error(400, u"This order can no longer be renewed"_s);
    if (m_state.balanceCents() < charge->total())
        return MockResponse::error(400, u"Insufficient balance"_s);

    // Renewed by hand, the next period starts now.
    applyRenewal(order, *charge, now());
    if (isRealistic())
        return MockResponse::messageOnly(u"Order renewed"_s);
    return MockResponse::ok(u"Order renewed successfully"_s);
}

MockResponse MockBackend::setTag(qint64 orderId, const QJsonObject &body, const QByteArray &rawBody)
{
    const QJsonValue tag = body.value(u"tag"_s);
    if (isRealistic() && tag.isUndefined())
        return MockResponse::malformed(Words::missingField(rawBody, u"tag"_s));
    if (isRealistic() && !tag.isString())
        return MockResponse::malformed(Words::invalidType(rawBody, u"tag"_s, tag, u"a string"_s));
    if (tag.isUndefined() || tag.isNull())
        return MockResponse::error(400, u"Field 'tag' is required"_s);
    if (!tag.isString())
        return MockResponse::error(400, u"Field 'tag' must be a string"_s);
    const QString text = tag.toString();
    if (text.size() > kMaxTagLength) {
        return MockResponse::error(400, u"Tag must be at most "_s + QString::number(kMaxTagLength) +
                                            u" characters"_s);
    }
    const MockOrder *found = m_state.order(orderId);
    if (!found)
        return orderNotFound();
    MockOrder order = *found;
    // "none" is the provider's way of saying "no tag"; it is then served as null.
    if (text.trimmed().isEmpty() || text.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        order.tag.reset();
    else
        order.tag = text;
    m_state.updateOrder(order);
    if (isRealistic())
        return MockResponse::noContent();
    return MockResponse::ok(u"Order tag updated"_s);
}

MockResponse MockBackend::changeCycle(qint64 orderId, const QJsonObject &body,
                                      const QByteArray &rawBody)
{
    // Realistic: the body is deserialised before the handler looks at the order.
    const QJsonValue cycleValue = body.value(u"cycle"_s);
    if (isRealistic() && cycleValue.isUndefined())
        return MockResponse::malformed(Words::missingField(rawBody, u"cycle"_s));
    if (isRealistic() && !cycleValue.isString())
        return MockResponse::malformed(
            Words::invalidType(rawBody, u"cycle"_s, cycleValue, u"a string"_s));
    const MockOrder *found = m_state.order(orderId);
    if (!found)
        return orderNotFound();
    MockOrder order = *found;
    const MockProduct *product = m_catalog.productById(order.productId);
    if (!product || !product->isDatacenterOrIsp()) {
        return MockResponse::error(
            400, u"This operation is only available for Datacenter and ISP proxies"_s);
    }
    if (order.status == MockOrder::Status::Cancelled)
        return MockResponse::error(400, u"Cancelled orders cannot be changed"_s);
    const QJsonValue cycle = body.value(u"cycle"_s);
    if (cycle.isUndefined() || cycle.isNull())
        return MockResponse::error(400, u"Field 'cycle' is required"_s);
    if (!cycle.isString())
        return MockResponse::error(400, u"Field 'cycle' must be a string"_s);
    if (!product->offersCycle(order.location, cycle.toString()))
        return MockResponse::error(403, u"Cycle is not available for this user"_s);

    order.cycleName = cycle.toString();
    order.cycleId = MockCatalog::cycleId(order.cycleName);
    // The add-ons keep their slots; from the next period they cost the new cycle's price.
    if (order.p0fSlots > 0 || order.p0fSlotsNext > 0)
        order.p0fSlotPriceCents = MockCatalog::p0fSlotPrice(order.cycleName);
    double percent = 0;
    if (!order.promoCode.isEmpty()) {
        const std::optional<MockCatalog::PromoCode> code = m_catalog.promo(order.promoCode);
        if (code && code->appliesTo(order.cycleName))
            percent = code->percent;
        else
            order.promoCode.clear(); // not valid for the new cycle: reset, as documented
    }
    m_state.updateOrder(order);

    const qint64 original = product->unitPrice(order.location, order.cycleName) * order.quantity;
    MockJsonWriter w;
    w.beginObject();
    if (!isRealistic())
        w.field("success", true);
    w.field("message", "Billing cycle changed");
    w.field("order_id", order.orderId);
    w.field("original_price", original);
    w.field("final_price", MockCatalog::applyDiscount(original, percent));
    w.fieldDouble("discount_percent", percent);
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockBackend::editAutoRenewal(qint64 orderId, const MockRequest &request)
{
    if (isRealistic()) {
        if (!request.hasQueryItem(u"auto_renewal"_s))
            return MockResponse::malformed(Words::queryError(u"missing field `auto_renewal`"_s));
        const QString text = request.queryValue(u"auto_renewal"_s);
        if (text != u"true" && text != u"false")
            return MockResponse::malformed(Words::queryError(Words::boolParseError()));
    } else if (!request.hasQueryItem(u"auto_renewal"_s))
        return MockResponse::error(400, u"Query parameter 'auto_renewal' is required"_s);
    const QString value = request.queryValue(u"auto_renewal"_s).toLower();
    if (value != u"true" && value != u"false")
        return MockResponse::error(400, u"Query parameter 'auto_renewal' must be true or false"_s);
    const MockOrder *found = m_state.order(orderId);
    if (!found)
        return orderNotFound();
    MockOrder order = *found;
    const MockProduct *product = m_catalog.productById(order.productId);
    if (!product || !product->isDatacenterOrIsp()) {
        return MockResponse::error(
            400, u"This operation is only available for Datacenter and ISP proxies"_s);
    }
    if (order.status == MockOrder::Status::Cancelled)
        return MockResponse::error(400, u"Cancelled orders cannot be changed"_s);
    order.autoRenewal = value == u"true";
    m_state.updateOrder(order);
    if (isRealistic())
        return MockResponse::messageOnly(u"Auto-renewal updated"_s);
    return MockResponse::ok(u"Auto-renewal updated"_s);
}
