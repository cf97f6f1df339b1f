#pragma once

#include "domain/order.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

// Shared by the benchmark programs: the output format and synthetic data.
namespace Bench {

// The one line format tools and the README read: "BENCH <name>=<number> <unit>".
inline void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s=%.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A realistic account: a handful of products, cycles and tags, expiries around now.
QList<Order> syntheticOrders(int count, quint32 seed = 1);

// Resident set size of this process, in bytes (Linux /proc).
qint64 residentBytes();

} // namespace Bench
