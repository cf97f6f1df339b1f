#include "isodate.h"

#include <QRegularExpression>
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
    // No offset means UTC. Say so before parsing: read as local time first, a time inside a
    // daylight-saving gap would not exist and the whole timestamp would be lost.
    static const QRegularExpression hasOffset(QStringLiteral("(Z|[+-]\\d{2}(:?\\d{2})?)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (normalized.size() > 10 && !hasOffset.match(normalized).hasMatch())
        normalized += u'Z';
    QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // a bare date
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    dt = dt.toUTC();
    // A plausible range keeps a hostile value from wrapping the epoch arithmetic.
    if (dt.date().year() < 1970 || dt.date().year() > 9999)
        return {};
    return dt;
}

QString toIsoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace IsoDate
