#pragma once

#include "apiresult.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One add-on bought with an order (GET /orders/{id} `addons`): today the p0f signature slots of
// Datacenter and ISP proxies. `quantity` is what is active in the current period; `pending`
// is what the server will change at the next renewal (a cancel or a downgrade).
struct AddonLine
{
    enum class Pending { None, Cancel, Downgrade, Other };

    static constexpr QLatin1StringView kP0fSlots{"p0f_slots"};

    QString key;
    std::optional<qint64> catalogId;
    std::optional<qint64> quantity;
    std::optional<qint64> pricePerUnitCents;
    Pending pending = Pending::None;
    QString pendingText; // the server's word for an action we do not know
    std::optional<qint64> nextQuantity; // a downgrade's target

    bool isP0fSlots() const { return key == kP0fSlots; }
    // Units active after the next renewal, as far as the line tells.
    std::optional<qint64> quantityAfterRenewal() const;
    // What the line adds to the next renewal: units after it at the price paid per unit.
    std::optional<qint64> nextPeriodCents() const;

    QJsonObject toJson() const;
    // Only `addon_key` is required. `path` names the line in an error ("order.addons[1]").
    static ApiResult<AddonLine> fromJson(const QJsonValue &value, const QString &path);
};
