#include "relativetime.h"

#include <QLocale>

QString RelativeTime::clock(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return local.date() == QDate::currentDate()
               ? QLocale().toString(local.time(), QLocale::ShortFormat)
               : QLocale().toString(local, QLocale::ShortFormat);
}

QString RelativeTime::describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never", "expiry of an order that does not expire");
    const qint64 seconds = now.secsTo(when);
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const bool future = seconds >= 0;
    if (magnitude < 60)
        return future ? tr("in less than a minute") : tr("just now");
    const int minutes = int(magnitude / 60);
    const int hours = int(magnitude / 3600);
    const int days = int(magnitude / 86400);
    if (minutes < 60)
        return future ? tr("in %Ln minute(s)", nullptr, minutes) : tr("%Ln minute(s) ago", nullptr, minutes);
    if (hours < 48)
        return future ? tr("in %Ln hour(s)", nullptr, hours) : tr("%Ln hour(s) ago", nullptr, hours);
    return future ? tr("in %Ln day(s)", nullptr, days) : tr("%Ln day(s) ago", nullptr, days);
}

QStringList RelativeTime::sizingSamples(int maxDays)
{
    // The same words as describe(), unit by unit: every count, since plural forms differ in
    // length ("через 21 час", "через 11 часов").
    QStringList samples{tr("never", "expiry of an order that does not expire"), tr("just now")};
    for (int minutes = 1; minutes < 60; ++minutes) {
        samples.append(tr("in %Ln minute(s)", nullptr, minutes));
        samples.append(tr("%Ln minute(s) ago", nullptr, minutes));
    }
    for (int hours = 1; hours < 48; ++hours) {
        samples.append(tr("in %Ln hour(s)", nullptr, hours));
        samples.append(tr("%Ln hour(s) ago", nullptr, hours));
    }
    for (int days = 2; days <= qMin(maxDays, 999); ++days) {
        samples.append(tr("in %Ln day(s)", nullptr, days));
        samples.append(tr("%Ln day(s) ago", nullptr, days));
    }
    return samples;
}
