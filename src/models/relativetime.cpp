#include "relativetime.h"

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
