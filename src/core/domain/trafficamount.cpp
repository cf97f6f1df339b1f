#include "trafficamount.h"

#include "jsonreader.h"

#include <cmath>

TrafficAmount TrafficAmount::fromApiUnits(qint64 gb)
{
    return TrafficAmount(qBound<qint64>(0, gb, kMaxApiUnits) * kBytesPerApiUnit);
}

std::optional<TrafficAmount> TrafficAmount::fromApi(const QJsonValue &value)
{
    const std::optional<double> number = JsonReader::toNumber(value);
    if (!number || *number < 0 || *number > double(kMaxApiUnits))
        return std::nullopt;
    return TrafficAmount(qint64(std::llround(*number * double(kBytesPerApiUnit))));
}

qint64 TrafficAmount::wholeApiUnitsUp() const
{
    return (m_bytes + kBytesPerApiUnit - 1) / kBytesPerApiUnit;
}

QJsonValue TrafficAmount::toApi() const
{
    if (m_bytes % kBytesPerApiUnit == 0)
        return QJsonValue(m_bytes / kBytesPerApiUnit);
    return QJsonValue(apiUnits());
}
