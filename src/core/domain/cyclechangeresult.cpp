#include "cyclechangeresult.h"

#include "jsonreader.h"

ApiResult<CycleChangeResult> CycleChangeResult::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the answer is not a JSON object"));
    JsonReader r(doc.object(), QString());
    CycleChangeResult c;
    c.message = r.optionalString(QLatin1String("message"));
    c.orderId = r.optionalInt(QLatin1String("order_id"));
    c.originalCents = r.optionalInt(QLatin1String("original_price"));
    c.finalCents = r.optionalInt(QLatin1String("final_price"));
    c.discountPercent = r.optionalInt(QLatin1String("discount_percent"));
    if (!r.ok())
        return ApiError::protocol(r.error());
    return c;
}

QJsonObject CycleChangeResult::toJson() const
{
    auto opt = [](const std::optional<qint64> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{{QLatin1String("message"), message},
                       {QLatin1String("order_id"), opt(orderId)},
                       {QLatin1String("original_price"), opt(originalCents)},
                       {QLatin1String("final_price"), opt(finalCents)},
                       {QLatin1String("discount_percent"), opt(discountPercent)}};
}
