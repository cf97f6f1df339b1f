#include "proxylist.h"

#include "jsonreader.h"
#include "tag.h"

#include <QJsonArray>

namespace {
bool validPort(qint64 port)
{
    return port > 0 && port <= 65535;
}
} // namespace

ApiResult<ProxyList> ProxyList::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the proxy list is not a JSON object"));
    JsonReader top(doc.object(), QString());
    const QJsonArray rows = top.requiredArray(QLatin1String("data"));
    ProxyList list;
    list.orderTag = Tag::fromApi(top.optionalString(QLatin1String("order_tag")));
    if (!top.ok())
        return ApiError::protocol(top.error());
    list.proxies.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object)
            return ApiError::protocol(QStringLiteral("field '%1' is not an object").arg(path));
        JsonReader r(*object, path);
        ActiveProxy p;
        p.ip = r.requiredString(QLatin1String("ip"));
        p.username = r.requiredString(QLatin1String("username"));
        p.password = r.requiredString(QLatin1String("password"));
        const qint64 http = r.requiredInt(QLatin1String("http_port"));
        const qint64 socks = r.requiredInt(QLatin1String("socks_port"));
        p.until = r.requiredString(QLatin1String("until"));
        p.status = r.requiredString(QLatin1String("status"));
        if (r.ok() && (!validPort(http) || !validPort(socks)))
            r.fail(QStringLiteral("field '%1' has a port outside 1..65535").arg(path));
        if (!r.ok())
            return ApiError::protocol(r.error());
        p.httpPort = int(http);
        p.socksPort = int(socks);
        list.proxies.append(std::move(p));
    }
    return list;
}

QJsonObject ActiveProxy::toJson() const
{
    return QJsonObject{{QLatin1String("ip"), ip},
                       {QLatin1String("username"), username},
                       {QLatin1String("password"), password},
                       {QLatin1String("http_port"), httpPort},
                       {QLatin1String("socks_port"), socksPort},
                       {QLatin1String("until"), until},
                       {QLatin1String("status"), status}};
}

QJsonObject ProxyList::toJson() const
{
    QJsonArray data;
    for (const ActiveProxy &p : proxies)
        data.append(p.toJson());
    return QJsonObject{{QLatin1String("data"), data},
                       {QLatin1String("order_tag"),
                        orderTag.isEmpty() ? QJsonValue() : QJsonValue(orderTag)}};
}
