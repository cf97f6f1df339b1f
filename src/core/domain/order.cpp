#include "order.h"

#include "isodate.h"

QJsonObject Order::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("order_id"), id);
    o.insert(QLatin1String("product_id"), productId > 0 ? QJsonValue(productId) : QJsonValue());
    o.insert(QLatin1String("product_name"), productName);
    o.insert(QLatin1String("cycle_id"), cycleId > 0 ? QJsonValue(cycleId) : QJsonValue());
    o.insert(QLatin1String("cycle_name"), cycleName);
    o.insert(QLatin1String("expires_at"),
             expiresAt.isValid() ? QJsonValue(IsoDate::toIsoUtc(expiresAt)) : QJsonValue());
    o.insert(QLatin1String("auto_renewal"), autoRenewal ? QJsonValue(*autoRenewal) : QJsonValue());
    o.insert(QLatin1String("tag"), tag.isEmpty() ? QJsonValue() : QJsonValue(tag));
    o.insert(QLatin1String("status"), OrderStatuses::apiName(status));
    return o;
}
