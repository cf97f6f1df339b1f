#include "storecodes.h"

#include <QTimeZone>

namespace StoreCodes {

int status(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unknown:
        return 0;
    case OrderStatus::Active:
        return 1;
    case OrderStatus::OnHold:
        return 2;
    case OrderStatus::Cancelled:
        return 3;
    }
    return 0;
}

OrderStatus status(int code)
{
    switch (code) {
    case 1:
        return OrderStatus::Active;
    case 2:
        return OrderStatus::OnHold;
    case 3:
        return OrderStatus::Cancelled;
    default:
        return OrderStatus::Unknown;
    }
}

QVariant seconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant();
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<bool> optionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong() != 0;
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace StoreCodes
