#pragma once

#include <QString>

// One residential sub-user: a named login of its own with a share of its pool's traffic.
// Spent traffic is kept in MB so that the realistic profile can serve fractional GB.
struct MockSubUser
{
    QString userId; // digits only, e.g. "418201"; the API treats it as an opaque string
    QString name;   // first_name in the API
    QString password;
    qint64 dataGb = 0;  // allotted
    qint64 spentMb = 0; // 1 GB = 1000 MB, as the provider bills
    int passwordGeneration = 0;

    static constexpr qint64 kMbPerGb = 1000;

    // Whole GB spent, rounded down (the strict data_spent), and rounded up (what is no longer
    // free to take back).
    qint64 spentGbFloor() const { return spentMb / kMbPerGb; }
    qint64 spentGbCeil() const { return (spentMb + kMbPerGb - 1) / kMbPerGb; }
    // What subtract may take back: the allotment not yet (even partly) spent.
    qint64 unusedGb() const { return qMax<qint64>(0, dataGb - spentGbCeil()); }

    // The deterministic password of a user id for a generation (0 at creation, +1 per reset).
    static QString passwordFor(const QString &userId, int generation);
};
