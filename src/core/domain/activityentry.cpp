#include "activityentry.h"

#include "isodate.h"

#include <QJsonValue>

QList<ActivityEntry::Kind> ActivityEntry::allKinds()
{
    return {Kind::NewOrder,         Kind::Renewed,      Kind::OnHold,
            Kind::Cancelled,        Kind::Expired,      Kind::TagChanged,
            Kind::AutoRenewChanged, Kind::CycleChanged, Kind::BalanceChanged};
}

QString ActivityEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NewOrder:
        return QStringLiteral("new");
    case Kind::OnHold:
        return QStringLiteral("on_hold");
    case Kind::Renewed:
        return QStringLiteral("renewed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::TagChanged:
        return QStringLiteral("tag");
    case Kind::AutoRenewChanged:
        return QStringLiteral("auto_renew");
    case Kind::CycleChanged:
        return QStringLiteral("cycle");
    case Kind::BalanceChanged:
        return QStringLiteral("balance");
    }
    return {};
}

std::optional<ActivityEntry::Kind> ActivityEntry::kindFromName(QStringView name)
{
    const QStringView word = name.trimmed();
    for (Kind kind : allKinds()) {
        if (word.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ActivityEntry::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::NewOrder:
        return tr("New order");
    case Kind::OnHold:
        //: An order was put on hold by the server.
        return tr("On hold");
    case Kind::Renewed:
        return tr("Renewed");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Expired:
        return tr("Expired");
    case Kind::TagChanged:
        return tr("Tag changed");
    case Kind::AutoRenewChanged:
        return tr("Auto-renew changed");
    case Kind::CycleChanged:
        //: The billing cycle of an order changed.
        return tr("Cycle changed");
    case Kind::BalanceChanged:
        //: The account's wallet balance changed.
        return tr("Balance changed");
    }
    return {};
}

std::optional<ActivityEntry::Kind> ActivityEntry::kindFromNumber(int number)
{
    for (Kind kind : allKinds()) {
        if (int(kind) == number)
            return kind;
    }
    return std::nullopt;
}

QJsonObject ActivityEntry::toJson() const
{
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QLatin1String("kind"), kindName(kind)},
        {QLatin1String("order_id"), orderId > 0 ? QJsonValue(orderId) : QJsonValue()},
        {QLatin1String("when"),
         when.isValid() ? QJsonValue(IsoDate::toIsoUtc(when)) : QJsonValue()},
        {QLatin1String("before"), text(before)},
        {QLatin1String("after"), text(after)},
    };
}
