#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// "in 3 days", "2 hours ago": how far a moment is from now, in words.
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime &when, const QDateTime &now);
    // The moment as a clock reads it, local: "14:02" today, the date and time on another day
    // (the "as of" of stored data).
    static QString clock(const QDateTime &when);
    // Every wording describe() gives for up to `maxDays` days either way (at most 999), to size
    // a column for the longest in the current language. Leaves out "in less than a minute": it
    // shows for one minute at most, and is by far the longest in some languages.
    static QStringList sizingSamples(int maxDays = 999);
};
