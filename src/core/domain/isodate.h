#pragma once

#include <QDateTime>
#include <QString>

#include <limits>

// The provider's timestamps are ISO 8601, sometimes without a UTC offset; such a time is UTC.
namespace IsoDate {
// An invalid QDateTime when the text is not a date we can trust.
QDateTime parse(QStringView text);
// Milliseconds since the epoch, or `invalidMsecs` for an empty/invalid text.
constexpr qint64 invalidMsecs = std::numeric_limits<qint64>::min();
QString toIsoUtc(const QDateTime &dateTime);
} // namespace IsoDate
