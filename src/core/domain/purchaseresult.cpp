#include "purchaseresult.h"

#include "jsonreader.h"

ApiResult<PurchaseResult> PurchaseResult::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the purchase answer is not a JSON object"));
    JsonReader r(doc.object(), QString());
    PurchaseResult p;
    p.orderId = r.requiredId(QLatin1String("order_id"));
    p.message = ApiError::serverWords(doc.object());
    if (!r.ok())
        return ApiError::protocol(r.error());
    return p;
}

QJsonObject PurchaseResult::toJson() const
{
    return QJsonObject{{QLatin1String("order_id"), orderId}, {QLatin1String("message"), message}};
}
