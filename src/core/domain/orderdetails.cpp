#include "orderdetails.h"

#include "isodate.h"
#include "jsonreader.h"
#include "tag.h"

ApiResult<OrderDetails> OrderDetails::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the order is not a JSON object"));
    JsonReader top(doc.object(), QString());
    const QJsonObject order = top.requiredObject(QLatin1String("order"));
    if (!top.ok())
        return ApiError::protocol(top.error());

    JsonReader r(order, QStringLiteral("order"));
    OrderDetails d;
    d.id = r.requiredInt(QLatin1String("order_id"));
    d.productName = r.requiredString(QLatin1String("product_name"));
    d.cycleName = r.optionalString(QLatin1String("cycle_name"));
    d.quantity = r.optionalInt(QLatin1String("quantity"));
    d.pricePaidCents = r.optionalInt(QLatin1String("price_paid"));
    d.statusText = r.requiredString(QLatin1String("status"));
    d.status = OrderStatuses::fromApiName(d.statusText);
    d.createdAt = r.optionalDateTime(QLatin1String("created_at"));
    d.expiresAt = r.optionalDateTime(QLatin1String("expires_at"));
    d.promoCode = r.optionalString(QLatin1String("promo_code"));
    d.autoRenewal = r.optionalBool(QLatin1String("auto_renewal"));
    d.tag = Tag::fromApi(r.optionalString(QLatin1String("tag")));
    if (d.quantity && *d.quantity < 0)
        r.fail(QStringLiteral("field 'order.quantity' is negative"));
    if (!r.ok())
        return ApiError::protocol(r.error());
    return d;
}

QJsonObject OrderDetails::toJson() const
{
    auto optionalDate = [](const QDateTime &dt) {
        return dt.isValid() ? QJsonValue(IsoDate::toIsoUtc(dt)) : QJsonValue();
    };
    QJsonObject o;
    o.insert(QLatin1String("order_id"), id);
    o.insert(QLatin1String("product_name"), productName);
    o.insert(QLatin1String("cycle_name"), cycleName);
    o.insert(QLatin1String("quantity"), quantity ? QJsonValue(*quantity) : QJsonValue());
    o.insert(QLatin1String("price_paid"),
             pricePaidCents ? QJsonValue(*pricePaidCents) : QJsonValue());
    o.insert(QLatin1String("status"), statusText);
    o.insert(QLatin1String("created_at"), optionalDate(createdAt));
    o.insert(QLatin1String("expires_at"), optionalDate(expiresAt));
    o.insert(QLatin1String("promo_code"), promoCode.isEmpty() ? QJsonValue() : QJsonValue(promoCode));
    o.insert(QLatin1String("auto_renewal"), autoRenewal ? QJsonValue(*autoRenewal) : QJsonValue());
    o.insert(QLatin1String("tag"), tag.isEmpty() ? QJsonValue() : QJsonValue(tag));
    return o;
}
