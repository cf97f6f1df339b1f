#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <optional>

// An amount of residential traffic. The API counts it in GB (the write payloads say "Volume in
// GB"; the list and the single user give `data`/`data_spent` with no unit, read as GB too), and
// this is the one place that knows it: everything else holds bytes and asks here for the API's
// number. Decimal gigabytes (10^9 bytes), as the provider bills them.
class TrafficAmount final
{
public:
    static constexpr qint64 kBytesPerApiUnit = 1'000'000'000;
    // No pool holds more than this (a petabyte); larger numbers are a server's mistake, not
    // traffic. It also keeps every amount exact in a double, so what is read is written back alike.
    static constexpr qint64 kMaxApiUnits = 1'000'000;

    constexpr TrafficAmount() = default;
    static constexpr TrafficAmount fromBytes(qint64 bytes) { return TrafficAmount(bytes); }
    static TrafficAmount fromApiUnits(qint64 gb);

    // A JSON number (whole or fractional) or a numeric string, not negative, not absurd; nullopt
    // for anything else.
    static std::optional<TrafficAmount> fromApi(const QJsonValue &value);

    qint64 bytes() const { return m_bytes; }
    double apiUnits() const { return double(m_bytes) / double(kBytesPerApiUnit); }
    // Whole GB, for the write payloads (which take integers), rounded up so that what is unused
    // is never reported as less than it is.
    qint64 wholeApiUnitsUp() const;
    QJsonValue toApi() const;

    auto operator<=>(const TrafficAmount &) const = default;

private:
    constexpr explicit TrafficAmount(qint64 bytes) : m_bytes(bytes) {}
    qint64 m_bytes = 0;
};
