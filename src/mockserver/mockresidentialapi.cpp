#include "mockresidentialapi.h"

#include "mockcatalog.h"
#include "mockframeworkwords.h"
#include "mockjsonwriter.h"
#include "mockreaders.h"
#include "mockrequest.h"
#include "mockstate.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Words = MockFrameworkWords;

namespace {

const QString kSubUserNotFound = u"Sub-user not found"_s;

template <typename T> bool failed(const std::variant<T, MockResponse> &v)
{
    return std::holds_alternative<MockResponse>(v);
}

template <typename T> MockResponse refusal(const std::variant<T, MockResponse> &v)
{
    return std::get<MockResponse>(v);
}

MockResponse notEnoughTraffic(qint64 freeGb)
{
    return MockResponse::error(400, u"Not enough traffic: "_s +
                                        QString::number(std::max<qint64>(0, freeGb)) +
                                        u" GB left to allot"_s);
}

} // namespace

MockResponse MockResidentialApi::notFound(const QString &text) const
{
    return m_realistic ? MockResponse::detail(404, text) : MockResponse::error(404, text);
}

std::variant<QString, MockResponse> MockResidentialApi::proxyType(const MockRequest &request,
                                                                  bool optional) const
{
    if (!request.hasQueryItem(u"proxy_type"_s)) {
        if (optional)
            return QString();
        if (m_realistic)
            return MockResponse::malformed(Words::queryError(u"missing field `proxy_type`"_s));
        return MockResponse::error(400, u"Query parameter 'proxy_type' is required"_s);
    }
    const QString type = request.queryValue(u"proxy_type"_s);
    if (MockResidentialPools::isType(type))
        return type;
    if (m_realistic) {
        return MockResponse::malformed(Words::queryError(u"unknown variant `"_s + type +
                                                         u"`, expected `standart` or `premium`"_s));
    }
    return MockResponse::error(400, u"Invalid proxy_type: expected standart or premium"_s);
}

std::optional<MockResponse> MockResidentialApi::unknownField(const QJsonObject &body,
                                                             const QStringList &accepted,
                                                             const QString &type) const
{
    // A lenient deserialiser ignores what it does not know.
    if (m_realistic)
        return std::nullopt;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (accepted.contains(it.key()))
            continue;
        // Some clients repeat the query's proxy_type in the body: harmless when it agrees.
        if (it.key() == u"proxy_type" && it.value() == QJsonValue(type))
            continue;
        return MockResponse::error(400, u"Field '"_s + it.key() + u"' is not accepted"_s);
    }
    return std::nullopt;
}

std::variant<QString, MockResponse> MockResidentialApi::readName(const QJsonObject &body,
                                                                 const QByteArray &rawBody) const
{
    const QJsonValue name = body.value(u"name"_s);
    if (m_realistic && name.isUndefined())
        return MockResponse::malformed(Words::missingField(rawBody, u"name"_s));
    if (m_realistic && !name.isString())
        return MockResponse::malformed(Words::invalidType(rawBody, u"name"_s, name, u"a string"_s));
    if (name.isUndefined() || name.isNull())
        return MockResponse::error(400, u"Field 'name' is required"_s);
    if (!name.isString())
        return MockResponse::error(400, u"Field 'name' must be a string"_s);
    const QString text = name.toString().trimmed();
    if (text.isEmpty())
        return MockResponse::error(400, u"Field 'name' must not be empty"_s);
    if (text.size() > kMaxNameLength) {
        return MockResponse::error(400, u"Field 'name' must be at most "_s +
                                            QString::number(kMaxNameLength) + u" characters"_s);
    }
    return text;
}

std::optional<MockResponse> MockResidentialApi::malformedGb(const QJsonObject &body,
                                                            const QByteArray &rawBody,
                                                            const QString &key) const
{
    const QJsonValue value = body.value(key);
    const std::optional<qint64> gb = MockReaders::integralNumber(value);
    if (value.isUndefined())
        return MockResponse::malformed(Words::missingField(rawBody, key));
    if (!gb)
        return MockResponse::malformed(Words::invalidType(rawBody, key, value, u"u32"_s));
    if (*gb < 0)
        return MockResponse::malformed(Words::invalidValue(rawBody, key, value, u"u32"_s));
    return std::nullopt;
}

std::variant<qint64, MockResponse> MockResidentialApi::readGb(const QJsonObject &body,
                                                              const QByteArray &rawBody,
                                                              const QString &key, qint64 max,
                                                              const QString &words) const
{
    const QJsonValue value = body.value(key);
    if (m_realistic) {
        if (std::optional<MockResponse> error = malformedGb(body, rawBody, key))
            return *error;
    } else if (value.isUndefined() || value.isNull()) {
        return MockResponse::error(400, u"Field '"_s + key + u"' is required"_s);
    }
    const std::optional<qint64> gb = MockReaders::integralNumber(value);
    if (!gb || *gb < 1 || *gb > max)
        return MockResponse::error(400, words);
    return *gb;
}

std::optional<MockResponse> MockResidentialApi::nameTaken(const QString &type, const QString &name,
                                                          const QString &exceptUserId) const
{
    for (const MockSubUser &u : m_state.residential().users(type)) {
        if (u.name == name && u.userId != exceptUserId) {
            return MockResponse::error(400, u"A sub-user named '"_s + name + u"' already exists"_s);
        }
    }
    return std::nullopt;
}

void MockResidentialApi::writeUser(MockJsonWriter &w, const MockSubUser &user, int index) const
{
    using Rules = RealisticRules;
    w.beginObject();
    if (m_realistic && Rules::numericUserId(index))
        w.field("user_id", user.userId.toLongLong());
    else
        w.field("user_id", user.userId);
    if (m_realistic && Rules::nullName(index))
        w.fieldNull("first_name");
    else
        w.field("first_name", user.name);
    w.field("proxy_password", user.password);
    w.field("data", user.dataGb);
    if (!m_realistic) {
        w.field("data_spent", user.spentGbFloor());
    } else {
        const double spent =
            Rules::fractionalSpent(index)
                ? std::round(double(user.spentMb) / 10.0) / 100.0 // GB with two decimals
                : double(user.spentGbFloor());
        if (Rules::spentAsString(index))
            w.field("data_spent",
                    QString::number(spent, 'f', Rules::fractionalSpent(index) ? 2 : 0));
        else
            w.fieldDouble("data_spent", spent);
    }
    w.endObject();
}

MockResponse MockResidentialApi::list(const MockRequest &request) const
{
    const std::variant<QString, MockResponse> type = proxyType(request);
    if (failed(type))
        return refusal(type);
    const std::variant<MockReaders::Paging, MockResponse> paging =
        MockReaders::paging(request, m_realistic, kDefaultLimit, kMaxLimit);
    if (failed(paging))
        return refusal(paging);
    const auto [limit, offset] = std::get<MockReaders::Paging>(paging);

    const QList<MockSubUser> users = m_state.residential().users(std::get<QString>(type));
    const qint64 total = users.size();
    if (m_realistic && offset > 0 && offset >= total)
        return MockResponse::malformed(u"offset out of range"_s);
    const int pageRows = m_realistic ? std::min(limit, RealisticRules::kPageCap) : limit;
    const qint64 end = std::min(total, offset + pageRows);

    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginArray("data");
    for (qint64 i = offset; i < end; ++i)
        writeUser(w, users.at(i), int(i));
    if (m_realistic && offset == 0 && total > 0) {
        w.beginObject();
        w.fieldNull("user_id");
        w.field("first_name", u"pending-sync"_s);
        w.fieldNull("proxy_password");
        w.field("data", 0);
        w.field("data_spent", 0);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockResidentialApi::oneRow(const QString &type, const QString &userId) const
{
    const int index = m_state.residential().indexOf(type, userId);
    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginArray("data"); // an array of one, as the contract has it
    writeUser(w, m_state.residential().users(type).at(index), index);
    w.endArray();
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockResidentialApi::one(const MockRequest &request, const QString &userId) const
{
    const std::variant<QString, MockResponse> type = proxyType(request);
    if (failed(type))
        return refusal(type);
    if (m_state.residential().indexOf(std::get<QString>(type), userId) < 0)
        return notFound(kSubUserNotFound);
    return oneRow(std::get<QString>(type), userId);
}

MockResponse MockResidentialApi::create(const MockRequest &request, const QJsonObject &body)
{
    const std::variant<QString, MockResponse> typeOrError = proxyType(request);
    if (failed(typeOrError))
        return refusal(typeOrError);
    const QString type = std::get<QString>(typeOrError);
    if (std::optional<MockResponse> error = unknownField(body, {u"name"_s, u"data"_s}, type))
        return *error;
    const std::variant<QString, MockResponse> name = readName(body, request.body);
    if (failed(name))
        return refusal(name);
    MockResidentialPools &pools = m_state.residential();
    const std::variant<qint64, MockResponse> gb =
        readGb(body, request.body, u"data"_s, std::numeric_limits<qint64>::max(),
               u"Field 'data' must be a positive whole number of GB"_s);
    if (failed(gb))
        return refusal(gb);
    if (std::optional<MockResponse> taken = nameTaken(type, std::get<QString>(name), QString()))
        return *taken;
    if (std::get<qint64>(gb) > pools.freeGb(type))
        return notEnoughTraffic(pools.freeGb(type));
    const QString id = pools.add(type, std::get<QString>(name), std::get<qint64>(gb));
    return oneRow(type, id);
}

MockResponse MockResidentialApi::rename(const MockRequest &request, const QString &userId,
                                        const QJsonObject &body)
{
    const std::variant<QString, MockResponse> typeOrError = proxyType(request);
    if (failed(typeOrError))
        return refusal(typeOrError);
    const QString type = std::get<QString>(typeOrError);
    if (std::optional<MockResponse> error = unknownField(body, {u"name"_s}, type))
        return *error;
    const std::variant<QString, MockResponse> name = readName(body, request.body);
    if (failed(name))
        return refusal(name);
    MockResidentialPools &pools = m_state.residential();
    if (pools.indexOf(type, userId) < 0)
        return notFound(kSubUserNotFound);
    if (std::optional<MockResponse> taken = nameTaken(type, std::get<QString>(name), userId))
        return *taken;
    MockSubUser user = *pools.find(userId);
    user.name = std::get<QString>(name);
    pools.update(user);
    return changed(user, [&user](MockJsonWriter &w) { w.field("first_name", user.name); });
}

MockResponse MockResidentialApi::remove(const MockRequest &request, const QString &userId)
{
    const std::variant<QString, MockResponse> type = proxyType(request, true);
    if (failed(type))
        return refusal(type);
    QString pool;
    MockResidentialPools &pools = m_state.residential();
    // Without proxy_type the user is looked for in either pool; with it, only in that one.
    if (!pools.find(userId, &pool) ||
        (!std::get<QString>(type).isEmpty() && pool != std::get<QString>(type)))
        return notFound(kSubUserNotFound);
    // Its allotment, spent or not, leaves the allotted total: the unused part is free again.
    pools.remove(userId);
    if (m_realistic)
        return MockResponse::noContent();
    return MockResponse::json(QByteArrayLiteral("{\"success\":true,\"data\":{}}"));
}

MockResponse MockResidentialApi::changeData(const MockRequest &request, const QString &userId,
                                            const QJsonObject &body, bool add)
{
    const std::variant<QString, MockResponse> typeOrError = proxyType(request);
    if (failed(typeOrError))
        return refusal(typeOrError);
    const QString type = std::get<QString>(typeOrError);
    if (std::optional<MockResponse> error = unknownField(body, {u"data"_s}, type))
        return *error;
    const std::variant<qint64, MockResponse> gb =
        readGb(body, request.body, u"data"_s, std::numeric_limits<qint64>::max(),
               u"Field 'data' must be a positive whole number of GB"_s);
    if (failed(gb))
        return refusal(gb);
    MockResidentialPools &pools = m_state.residential();
    if (pools.indexOf(type, userId) < 0)
        return notFound(kSubUserNotFound);
    MockSubUser user = *pools.find(userId);
    const qint64 amount = std::get<qint64>(gb);
    if (add && amount > pools.freeGb(type))
        return notEnoughTraffic(pools.freeGb(type));
    if (!add && amount > user.unusedGb()) {
        return MockResponse::error(400, u"Cannot subtract more than the unused traffic ("_s +
                                            QString::number(user.unusedGb()) + u" GB)"_s);
    }
    user.dataGb += add ? amount : -amount;
    pools.update(user);
    return changed(user, [&user](MockJsonWriter &w) {
        w.field("data", user.dataGb);
        w.field("data_spent", user.spentGbFloor());
    });
}

MockResponse MockResidentialApi::newPassword(const MockRequest &request, const QString &userId,
                                             const QJsonObject &body)
{
    const std::variant<QString, MockResponse> typeOrError = proxyType(request);
    if (failed(typeOrError))
        return refusal(typeOrError);
    const QString type = std::get<QString>(typeOrError);
    if (std::optional<MockResponse> error = unknownField(body, {}, type))
        return *error;
    MockResidentialPools &pools = m_state.residential();
    if (pools.indexOf(type, userId) < 0)
        return notFound(kSubUserNotFound);
    MockSubUser user = *pools.find(userId);
    user.password = MockSubUser::passwordFor(userId, ++user.passwordGeneration);
    pools.update(user);
    return changed(user, [&user](MockJsonWriter &w) { w.field("proxy_password", user.password); });
}

MockResponse MockResidentialApi::changed(const MockSubUser &user,
                                         const std::function<void(MockJsonWriter &)> &fields) const
{
    if (m_realistic)
        return MockResponse::json(QByteArrayLiteral("{\"data\":{}}"));
    MockJsonWriter w;
    w.beginObject();
    w.field("success", true);
    w.beginObject("data");
    w.field("user_id", user.userId);
    fields(w);
    w.endObject();
    w.endObject();
    return MockResponse::json(w.take());
}

MockResponse MockResidentialApi::addBandwidth(qint64 orderId, const MockRequest &request,
                                              const QJsonObject &body)
{
    const QJsonValue promo = body.value(u"promo_code"_s);
    const QString amountWords = u"Field 'amount' must be a positive whole number of GB"_s;
    if (m_realistic) {
        // The body is deserialised before the handler looks at the order.
        if (std::optional<MockResponse> error = malformedGb(body, request.body, u"amount"_s))
            return *error;
        if (!promo.isUndefined() && !promo.isNull() && !promo.isString()) {
            return MockResponse::malformed(
                Words::invalidType(request.body, u"promo_code"_s, promo, u"a string"_s));
        }
    } else {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != u"amount" && it.key() != u"promo_code")
                return MockResponse::error(400, u"Field '"_s + it.key() + u"' is not accepted"_s);
        }
    }
    const MockOrder *found = m_state.order(orderId);
    if (!found)
        return notFound(u"Order not found"_s);
    MockOrder order = *found;
    const MockProduct *product = m_catalog.productById(order.productId);
    if (!product || product->shape != MockProduct::Shape::ResidentialGb) {
        return MockResponse::error(
            400, u"Bandwidth can only be added to Standart and Premium Residential orders"_s);
    }
    if (order.status == MockOrder::Status::Cancelled)
        return MockResponse::error(400, u"Cancelled orders cannot be changed"_s);
    const std::variant<qint64, MockResponse> amount =
        readGb(body, request.body, u"amount"_s, kMaxBandwidthGb, amountWords);
    if (failed(amount))
        return refusal(amount);

    double percent = 0;
    if (!promo.isUndefined() && !promo.isNull()) {
        if (!promo.isString())
            return MockResponse::error(400, u"Field 'promo_code' must be a string"_s);
        if (!promo.toString().isEmpty()) {
            const std::optional<MockCatalog::PromoCode> code = m_catalog.promo(promo.toString());
            if (!code)
                return MockResponse::error(400, u"Promo code is invalid"_s);
            if (!code->appliesTo(order.cycleName))
                return MockResponse::error(400,
                                           u"Promo code is not valid for this billing cycle"_s);
            percent = code->percent;
        }
    }
    const qint64 gb = std::get<qint64>(amount);
    const qint64 price = MockCatalog::applyDiscount(
        product->unitPrice(order.location, order.cycleName) * gb, percent);
    if (m_state.balanceCents() < price)
        return MockResponse::error(400, u"Insufficient balance"_s);

    m_state.setBalanceCents(m_state.balanceCents() - price);
    order.quantity += int(gb);
    m_state.updateOrder(order);
    m_state.residential().addPurchasedGb(product->code, gb);
    if (m_realistic)
        return MockResponse::messageOnly(u"Bandwidth added"_s);
    return MockResponse::ok(u"Bandwidth added"_s);
}
