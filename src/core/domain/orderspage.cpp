#include "orderspage.h"

#include "jsonreader.h"
#include "tag.h"

ApiResult<OrdersPage> OrdersPage::fromJson(const QJsonDocument &doc, OrderStatus status)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the order list is not a JSON object"));
    JsonReader top(doc.object(), QString());
    OrdersPage page;
    const QJsonArray rows = top.requiredArray(QLatin1String("orders"));
    page.count = top.optionalInt(QLatin1String("count"));
    page.prev = top.optionalString(QLatin1String("prev"));
    page.next = top.optionalString(QLatin1String("next"));
    if (!top.ok())
        return ApiError::protocol(top.error());

    page.orders.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("orders[%1]").arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object)
            return ApiError::protocol(QStringLiteral("field '%1' is not an object").arg(path));
        JsonReader r(*object, path);
        Order o;
        o.id = r.requiredInt(QLatin1String("order_id"));
        o.productId = r.requiredInt(QLatin1String("product_id"));
        o.productName = r.requiredString(QLatin1String("product_name"));
        o.cycleId = r.requiredInt(QLatin1String("cycle_id"));
        o.cycleName = r.requiredString(QLatin1String("cycle_name"));
        o.expiresAt = r.optionalDateTime(QLatin1String("expires_at"));
        o.autoRenewal = r.optionalBool(QLatin1String("auto_renewal"));
        o.tag = Tag::fromApi(r.optionalString(QLatin1String("tag")));
        o.status = status;
        if (!r.ok())
            return ApiError::protocol(r.error());
        page.orders.append(std::move(o));
    }
    return page;
}
