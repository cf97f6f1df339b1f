#include "orderstatus.h"

namespace OrderStatuses {

QString apiName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Active:
        return QStringLiteral("active");
    case OrderStatus::OnHold:
        return QStringLiteral("on-hold");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

OrderStatus fromApiName(QStringView name)
{
    const QStringView n = name.trimmed();
    if (n.compare(u"active", Qt::CaseInsensitive) == 0)
        return OrderStatus::Active;
    if (n.compare(u"on-hold", Qt::CaseInsensitive) == 0 ||
        n.compare(u"on_hold", Qt::CaseInsensitive) == 0 ||
        n.compare(u"onhold", Qt::CaseInsensitive) == 0)
        return OrderStatus::OnHold;
    if (n.compare(u"cancelled", Qt::CaseInsensitive) == 0 ||
        n.compare(u"canceled", Qt::CaseInsensitive) == 0)
        return OrderStatus::Cancelled;
    return OrderStatus::Unknown;
}

} // namespace OrderStatuses
