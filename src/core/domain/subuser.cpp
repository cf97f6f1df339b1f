#include "subuser.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString idText(const QJsonValue &value)
{
    if (value.isString() || value.isDouble())
        return JsonReader::toText(value).trimmed();
    return {};
}

// `data` of an answer: the object itself, or the first object of an array.
std::optional<QJsonObject> firstObject(const QJsonValue &data)
{
    if (data.isObject())
        return data.toObject();
    if (data.isArray()) {
        const QJsonArray rows = data.toArray();
        if (!rows.isEmpty() && rows.first().isObject())
            return rows.first().toObject();
    }
    return std::nullopt;
}

} // namespace

TrafficAmount SubUser::remaining() const
{
    if (!spent || *spent >= allotted)
        return {};
    return TrafficAmount::fromBytes(allotted.bytes() - spent->bytes());
}

std::optional<double> SubUser::spentFraction() const
{
    if (!spent || allotted.bytes() <= 0)
        return std::nullopt;
    return qBound(0.0, double(spent->bytes()) / double(allotted.bytes()), 1.0);
}

bool SubUser::isSafeId(const QString &userId)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return safe.match(userId).hasMatch() && userId != u"." && userId != u"..";
}

QJsonObject SubUser::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("user_id"), userId);
    o.insert(QLatin1String("proxy_type"), ProxyTypes::apiName(type));
    o.insert(QLatin1String("first_name"), name);
    o.insert(QLatin1String("proxy_password"), password);
    o.insert(QLatin1String("data"), allotted.toApi());
    o.insert(QLatin1String("data_spent"), spent ? spent->toApi() : QJsonValue());
    return o;
}

std::optional<SubUser> SubUser::fromObject(const QJsonObject &object, ProxyType type,
                                           const QString &path, QString *error)
{
    SubUser user;
    user.type = type;
    user.userId = idText(object.value(QLatin1String("user_id")));
    if (user.userId.isEmpty()) {
        if (error)
            *error = QStringLiteral("field '%1.user_id' is missing or not an id").arg(path);
        return std::nullopt;
    }
    const JsonReader r(object, path);
    user.name = r.optionalString(QLatin1String("first_name")).trimmed();
    user.password = r.optionalString(QLatin1String("proxy_password"));
    user.allotted = TrafficAmount::fromApi(object.value(QLatin1String("data"))).value_or(TrafficAmount());
    user.spent = TrafficAmount::fromApi(object.value(QLatin1String("data_spent")));
    return user;
}

ApiResult<SubUser> SubUser::fromJson(const QJsonDocument &doc, ProxyType type)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the sub-user is not a JSON object"));
    const QJsonObject top = doc.object();
    const auto object = top.contains(QLatin1String("data"))
                            ? firstObject(top.value(QLatin1String("data")))
                            : std::optional<QJsonObject>(top);
    if (!object)
        return ApiError::protocol(QStringLiteral("the answer holds no sub-user"));
    QString error;
    auto user = fromObject(*object, type, QStringLiteral("data"), &error);
    if (!user)
        return ApiError::protocol(error);
    return *user;
}

ApiResult<SubUsersPage> SubUsersPage::fromJson(const QJsonDocument &doc, ProxyType type)
{
    QJsonArray rows;
    QString prefix = QStringLiteral("data");
    if (doc.isArray()) {
        rows = doc.array();
        prefix.clear();
    } else if (doc.isObject()) {
        const QJsonObject top = doc.object();
        if (top.value(QLatin1String("data")).isArray())
            rows = top.value(QLatin1String("data")).toArray();
        else if (top.value(QLatin1String("results")).isArray()) {
            rows = top.value(QLatin1String("results")).toArray();
            prefix = QStringLiteral("results");
        } else if (!top.contains(QLatin1String("data")) || !top.value(QLatin1String("data")).isNull())
            return ApiError::protocol(QStringLiteral("the sub-user list has no 'data'"));
        // `data: null` is an empty list, as some servers write it.
    } else {
        return ApiError::protocol(QStringLiteral("the sub-user list is not JSON"));
    }
    SubUsersPage page;
    page.rowsSent = rows.size();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(prefix).arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object) {
            page.skipped.add(QStringLiteral("%1 is not an object").arg(path));
            continue;
        }
        QString error;
        if (auto user = SubUser::fromObject(*object, type, path, &error))
            page.users.append(std::move(*user));
        else
            page.skipped.add(error);
    }
    return page;
}

ApiResult<SubUserChange> SubUserChange::fromJson(const QJsonDocument &doc, ProxyType type)
{
    SubUserChange change;
    if (!doc.isObject())
        return change;
    const QJsonObject top = doc.object();
    change.message = ApiError::serverWords(top);
    const auto object = firstObject(top.value(QLatin1String("data")));
    if (!object)
        return change;
    change.user = SubUser::fromObject(*object, type, QStringLiteral("data"), nullptr);
    change.allotted = TrafficAmount::fromApi(object->value(QLatin1String("data")));
    change.spent = TrafficAmount::fromApi(object->value(QLatin1String("data_spent")));
    const JsonReader r(*object, QStringLiteral("data"));
    change.password = r.optionalString(QLatin1String("proxy_password"));
    if (change.password.isEmpty())
        change.password = r.optionalString(QLatin1String("password"));
    return change;
}
