#include "addonline.h"

#include "jsonreader.h"

#include <QtNumeric>

namespace {
std::optional<qint64> nonNegative(std::optional<qint64> value)
{
    return value && *value >= 0 ? value : std::nullopt;
}
} // namespace

std::optional<qint64> AddonLine::quantityAfterRenewal() const
{
    switch (pending) {
    case Pending::None:
        return quantity;
    case Pending::Cancel:
        return 0;
    case Pending::Downgrade:
        return nextQuantity;
    case Pending::Other:
        break;
    }
    return std::nullopt;
}

std::optional<qint64> AddonLine::nextPeriodCents() const
{
    const std::optional<qint64> units = quantityAfterRenewal();
    if (units && *units == 0)
        return 0; // nothing to price, even without a price per unit
    qint64 cents = 0;
    // A server's absurd numbers make an unknown price, not an overflow.
    if (!units || !pricePerUnitCents || qMulOverflow(*units, *pricePerUnitCents, &cents))
        return std::nullopt;
    return cents;
}

QJsonObject AddonLine::toJson() const
{
    auto optional = [](std::optional<qint64> v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject o;
    o.insert(QLatin1String("addon_key"), key);
    o.insert(QLatin1String("catalog_id"), optional(catalogId));
    o.insert(QLatin1String("qty"), optional(quantity));
    o.insert(QLatin1String("price_per_unit"), optional(pricePerUnitCents));
    if (pending == Pending::None) {
        o.insert(QLatin1String("pending"), QJsonValue());
    } else {
        QJsonObject p;
        p.insert(QLatin1String("action"), pending == Pending::Cancel      ? QStringLiteral("cancel")
                                          : pending == Pending::Downgrade ? QStringLiteral("downgrade")
                                                                          : pendingText);
        if (nextQuantity)
            p.insert(QLatin1String("next_qty"), *nextQuantity);
        o.insert(QLatin1String("pending"), p);
    }
    return o;
}

ApiResult<AddonLine> AddonLine::fromJson(const QJsonValue &value, const QString &path)
{
    const auto object = JsonReader::asObject(value);
    if (!object)
        return ApiError::protocol(QStringLiteral("%1 is not an object").arg(path));
    JsonReader r(*object, path);
    AddonLine line;
    line.key = r.requiredString(QLatin1String("addon_key")).trimmed();
    if (r.ok() && line.key.isEmpty())
        r.fail(QStringLiteral("field '%1.addon_key' is empty").arg(path));
    if (!r.ok())
        return ApiError::protocol(r.error());
    line.catalogId = r.optionalInt(QLatin1String("catalog_id"));
    line.quantity = nonNegative(r.optionalInt(QLatin1String("qty")));
    line.pricePerUnitCents = nonNegative(r.optionalInt(QLatin1String("price_per_unit")));
    // `pending` is null when nothing changes; an object names the action.
    const QJsonObject pending = r.optionalObject(QLatin1String("pending"));
    if (!pending.isEmpty()) {
        JsonReader p(pending, r.childPath(QLatin1String("pending")));
        const QString action = p.optionalString(QLatin1String("action")).trimmed();
        const QString word = action.toLower();
        line.pending = word == u"cancel"      ? Pending::Cancel
                       : word == u"downgrade" ? Pending::Downgrade
                       : action.isEmpty()     ? Pending::None
                                              : Pending::Other;
        line.pendingText = action;
        line.nextQuantity = nonNegative(p.optionalInt(QLatin1String("next_qty")));
    }
    return line;
}
