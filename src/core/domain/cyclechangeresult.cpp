#include "cyclechangeresult.h"

#include "jsonreader.h"

ApiResult<CycleChangeResult> CycleChangeResult::fromJson(const QJsonDocument &doc)
{
    JsonReader r(doc.object(), QString());
    CycleChangeResult c;
    c.message = ApiError::serverWords(doc.object());
    c.orderId = r.optionalInt(QLatin1String("order_id"));
    c.originalCents = r.optionalInt(QLatin1String("original_price"));
    c.finalCents = r.optionalInt(QLatin1String("final_price"));
    c.discountPercent = r.optionalNumber(QLatin1String("discount_percent"));
    if (c.discountPercent && (*c.discountPercent < 0 || *c.discountPercent > 100))
        c.discountPercent.reset();
    return c;
}

QJsonObject CycleChangeResult::toJson() const
{
    auto opt = [](const auto &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{{QLatin1String("message"), message},
                       {QLatin1String("order_id"), opt(orderId)},
                       {QLatin1String("original_price"), opt(originalCents)},
                       {QLatin1String("final_price"), opt(finalCents)},
                       {QLatin1String("discount_percent"), opt(discountPercent)}};
}
