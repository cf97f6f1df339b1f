#include "isodate.h"

#include <QTimeZone>

namespace IsoDate {

QDateTime parse(QStringView rawText)
{
    const QStringView text = rawText.trimmed();
    // Shortest valid form is a date (10 chars); anything much longer is not a timestamp.
    if (text.size() < 10 || text.size() > 40)
        return {};
    QString normalized = text.toString();
    // "2026-01-02 10:00:00" is common in the wild; ISO wants the 'T'.
    if (normalized.size() > 10 && normalized.at(10) == u' ')
        normalized[10] = u'T';
    QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    // A plausible range keeps a hostile value from wrapping the epoch arithmetic.
    if (dt.date().year() < 1970 || dt.date().year() > 9999)
        return {};
    return dt.toUTC();
}

QString toIsoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace IsoDate
