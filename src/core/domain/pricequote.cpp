#include "pricequote.h"

#include "jsonreader.h"

ApiResult<PriceQuote> PriceQuote::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the price is not a JSON object"));
    JsonReader r(doc.object(), QString());
    PriceQuote q;
    // Without the final price there is nothing to preview; the rest may be missing.
    q.finalCents = r.requiredInt(QLatin1String("final_price"));
    q.originalCents = r.optionalInt(QLatin1String("original_price")).value_or(q.finalCents);
    q.discountPercent = r.optionalNumber(QLatin1String("discount_percent")).value_or(0);
    if (q.discountPercent < 0 || q.discountPercent > 100)
        q.discountPercent = 0; // unknown rather than wrong
    q.addonsCents = r.optionalInt(QLatin1String("addons_price")).value_or(0);
    const std::optional<qint64> total = r.optionalInt(QLatin1String("total_with_addons"));
    // Prices are between zero and a hundred billion dollars; anything else is a broken answer,
    // and checking before adding keeps the sum from overflowing.
    constexpr qint64 implausibleCents = qint64(10'000'000'000'000);
    const qint64 prices[] = {q.originalCents, q.finalCents, q.addonsCents, total.value_or(0)};
    for (qint64 cents : prices) {
        if (r.ok() && cents < 0)
            r.fail(QStringLiteral("a price is negative"));
        if (r.ok() && cents > implausibleCents)
            r.fail(QStringLiteral("a price is implausibly large"));
    }
    if (r.ok())
        q.totalCents = total ? *total : q.finalCents + q.addonsCents;
    if (!r.ok())
        return ApiError::protocol(r.error());
    return q;
}

QJsonObject PriceQuote::toJson() const
{
    return QJsonObject{{QLatin1String("original_price"), originalCents},
                       {QLatin1String("final_price"), finalCents},
                       {QLatin1String("discount_percent"), discountPercent},
                       {QLatin1String("addons_price"), addonsCents},
                       {QLatin1String("total_with_addons"), totalCents}};
}
