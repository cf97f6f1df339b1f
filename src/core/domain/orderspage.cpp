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
    if (!top.ok())
        return ApiError::protocol(top.error());
    page.count = top.optionalInt(QLatin1String("count"));
    page.prev = top.optionalString(QLatin1String("prev"));
    page.next = top.optionalString(QLatin1String("next"));
    page.nextGiven = doc.object().contains(QLatin1String("next"));
    page.rowsListed = rows.size();

    page.orders.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("orders[%1]").arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object) {
            page.skipped.add(QStringLiteral("%1 is not an object").arg(path));
            continue;
        }
        JsonReader r(*object, path);
        Order o;
        o.id = r.requiredId(QLatin1String("order_id"));
        if (!r.ok()) {
            page.skipped.add(r.error());
            continue;
        }
        // Ids are positive; anything else is "unknown" (0).
        o.productId = qMax<qint64>(0, r.optionalInt(QLatin1String("product_id")).value_or(0));
        o.productName = r.optionalString(QLatin1String("product_name")).trimmed();
        o.cycleId = qMax<qint64>(0, r.optionalInt(QLatin1String("cycle_id")).value_or(0));
        o.cycleName = r.optionalString(QLatin1String("cycle_name")).trimmed();
        o.expiresAt = r.optionalDateTime(QLatin1String("expires_at"));
        o.autoRenewal = r.optionalBool(QLatin1String("auto_renewal"));
        o.tag = Tag::fromApi(r.optionalString(QLatin1String("tag")));
        o.status = status;
        page.orders.append(std::move(o));
    }
    return page;
}
