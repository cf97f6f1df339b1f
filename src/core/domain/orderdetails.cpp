#include "orderdetails.h"

#include "isodate.h"
#include "jsonreader.h"
#include "tag.h"

#include <QJsonArray>
#include <QtNumeric>

ApiResult<OrderDetails> OrderDetails::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the order is not a JSON object"));
    // The contract wraps the order in `order`; a server that sends it bare is read as well.
    const QJsonObject top = doc.object();
    const bool wrapped = top.value(QLatin1String("order")).isObject();
    JsonReader r(wrapped ? top.value(QLatin1String("order")).toObject() : top,
                 wrapped ? QStringLiteral("order") : QString());
    OrderDetails d;
    d.id = r.requiredId(QLatin1String("order_id"));
    if (!r.ok())
        return ApiError::protocol(r.error());
    d.productName = r.optionalString(QLatin1String("product_name")).trimmed();
    d.cycleName = r.optionalString(QLatin1String("cycle_name")).trimmed();
    d.quantity = r.optionalInt(QLatin1String("quantity"));
    if (d.quantity && *d.quantity < 0)
        d.quantity.reset();
    d.pricePaidCents = r.optionalInt(QLatin1String("price_paid"));
    d.addonsPricePaidCents = r.optionalInt(QLatin1String("addons_price_paid"));
    const QJsonArray addons = r.optionalArray(QLatin1String("addons"));
    for (qsizetype i = 0; i < addons.size(); ++i) {
        // One unreadable line is left out; the order and its other lines still show.
        ApiResult<AddonLine> line =
            AddonLine::fromJson(addons.at(i), r.childPath(QLatin1String("addons")) +
                                                  QStringLiteral("[%1]").arg(i));
        if (line.ok())
            d.addons.append(line.value());
        else
            d.skippedAddons.add(line.error().message());
    }
    auto slotCount = [&r](QLatin1StringView key) {
        const std::optional<qint64> n = r.optionalInt(key);
        return n && *n >= 0 ? n : std::nullopt;
    };
    d.p0fSlotsAvailable = slotCount(QLatin1String("p0f_slots_available"));
    d.p0fSlotsUsed = slotCount(QLatin1String("p0f_slots_used"));
    d.p0fSlotsNext = slotCount(QLatin1String("p0f_slots_next"));
    d.statusText = r.optionalString(QLatin1String("status")).trimmed();
    d.status = OrderStatuses::fromApiName(d.statusText);
    d.createdAt = r.optionalDateTime(QLatin1String("created_at"));
    d.expiresAt = r.optionalDateTime(QLatin1String("expires_at"));
    d.promoCode = r.optionalString(QLatin1String("promo_code"));
    d.autoRenewal = r.optionalBool(QLatin1String("auto_renewal"));
    d.tag = Tag::fromApi(r.optionalString(QLatin1String("tag")));
    return d;
}

qint64 OrderDetails::addonsNextPeriodCents() const
{
    qint64 sum = 0;
    for (const AddonLine &line : addons) {
        const std::optional<qint64> cents = line.nextPeriodCents();
        if (!cents || qAddOverflow(sum, *cents, &sum))
            return qMax<qint64>(0, addonsPricePaidCents.value_or(0));
    }
    if (addons.isEmpty())
        return qMax<qint64>(0, addonsPricePaidCents.value_or(0));
    return sum;
}

std::optional<qint64> OrderDetails::renewalEstimateCents() const
{
    qint64 total = 0;
    if (!pricePaidCents || qAddOverflow(*pricePaidCents, addonsNextPeriodCents(), &total))
        return std::nullopt;
    return total;
}

Order OrderDetails::toOrder() const
{
    Order o;
    o.id = id;
    o.productName = productName;
    o.cycleName = cycleName;
    o.expiresAt = expiresAt;
    o.autoRenewal = autoRenewal;
    o.tag = tag;
    o.status = status;
    return o;
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
    if (addonsPricePaidCents)
        o.insert(QLatin1String("addons_price_paid"), *addonsPricePaidCents);
    if (!addons.isEmpty()) {
        QJsonArray lines;
        for (const AddonLine &line : addons)
            lines.append(line.toJson());
        o.insert(QLatin1String("addons"), lines);
    }
    if (p0fSlotsAvailable)
        o.insert(QLatin1String("p0f_slots_available"), *p0fSlotsAvailable);
    if (p0fSlotsUsed)
        o.insert(QLatin1String("p0f_slots_used"), *p0fSlotsUsed);
    if (p0fSlotsNext)
        o.insert(QLatin1String("p0f_slots_next"), *p0fSlotsNext);
    o.insert(QLatin1String("status"), statusText);
    o.insert(QLatin1String("created_at"), optionalDate(createdAt));
    o.insert(QLatin1String("expires_at"), optionalDate(expiresAt));
    o.insert(QLatin1String("promo_code"), promoCode.isEmpty() ? QJsonValue() : QJsonValue(promoCode));
    o.insert(QLatin1String("auto_renewal"), autoRenewal ? QJsonValue(*autoRenewal) : QJsonValue());
    o.insert(QLatin1String("tag"), tag.isEmpty() ? QJsonValue() : QJsonValue(tag));
    return o;
}
