#include "proxychecksummary.h"

#include <algorithm>

ProxyCheckSummary ProxyCheckSummary::of(const QList<ProxyCheckResult> &results)
{
    ProxyCheckSummary s;
    s.total = int(results.size());
    QList<int> times;
    for (const ProxyCheckResult &r : results) {
        if (!r.isDone())
            continue;
        ++s.done;
        if (r.works()) {
            ++s.works;
            if (r.totalMs >= 0)
                times.append(r.totalMs);
        } else {
            ++s.failed;
            if (r.outcome == ProxyCheckResult::Outcome::Cancelled)
                ++s.cancelled;
        }
    }
    if (!times.isEmpty()) {
        const auto middle = times.begin() + times.size() / 2;
        std::nth_element(times.begin(), middle, times.end());
        s.medianMs = *middle;
    }
    return s;
}

QString ProxyCheckSummary::text() const
{
    if (total == 0)
        return tr("No proxies to check.");
    if (done < total)
        return tr("Checked %1 of %n: %2 work", nullptr, total).arg(done).arg(works);
    QString line = tr("%1 of %n work", nullptr, total).arg(works);
    if (medianMs >= 0)
        line += tr(", median %1 ms").arg(medianMs);
    if (cancelled > 0)
        line = tr("Stopped: %1, %n not checked", nullptr, cancelled).arg(line);
    return line;
}
