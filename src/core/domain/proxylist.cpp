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
        if (!object) {
            list.skipped.add(QStringLiteral("%1 is not an object").arg(path));
            continue;
        }
        // A proxy needs an address and at least one port; the rest may be unknown.
        JsonReader r(*object, path);
        ActiveProxy p;
        p.ip = r.requiredString(QLatin1String("ip")).trimmed();
        const qint64 http = r.optionalInt(QLatin1String("http_port")).value_or(0);
        const qint64 socks = r.optionalInt(QLatin1String("socks_port")).value_or(0);
        p.httpPort = validPort(http) ? int(http) : 0;
        p.socksPort = validPort(socks) ? int(socks) : 0;
        if (r.ok() && p.ip.isEmpty())
            r.fail(QStringLiteral("field '%1.ip' is empty").arg(path));
        if (r.ok() && p.httpPort == 0 && p.socksPort == 0)
            r.fail(QStringLiteral("%1 has no usable port").arg(path));
        if (!r.ok()) {
            list.skipped.add(r.error());
            continue;
        }
        p.username = r.optionalString(QLatin1String("username"));
        p.password = r.optionalString(QLatin1String("password"));
        p.until = r.optionalString(QLatin1String("until"));
        p.status = r.optionalString(QLatin1String("status"));
        p.signature = r.optionalString(QLatin1String("signature"));
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
                       {QLatin1String("status"), status},
                       {QLatin1String("signature"),
                        signature.isEmpty() ? QJsonValue() : QJsonValue(signature)}};
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
