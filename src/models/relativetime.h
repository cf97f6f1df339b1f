#pragma once

#include <QCoreApplication>
#include <QDateTime>

// "in 3 days", "2 hours ago": how far a moment is from now, in words.
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime &when, const QDateTime &now);
};
