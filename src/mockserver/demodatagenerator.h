#pragma once

#include "mockcatalog.h"
#include "mockorder.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// Builds a believable, seeded order history for the demo account. The same seed, catalogue and
// reference time give exactly the same orders, so tests and screenshots are reproducible.
//
// Statuses follow the provider's life cycle: active orders expire in the future (at least two
// hours away, beyond the auto-renew window), on-hold ones expired within the last three days,
// cancelled ones earlier; expiries spread over the past and next 60 days. Lifetime (per-GB)
// orders are active and never expire.
class DemoDataGenerator final
{
public:
    explicit DemoDataGenerator(quint32 seed);

    // Orders get ids from MockState::kFirstOrderId up.
    QList<MockOrder> generate(const MockCatalog &catalog, int count, qint64 nowSecs);

    static QStringList tags();

private:
    int pick(int bound) { return int(m_random.bounded(quint32(bound))); }
    qint64 pick64(qint64 bound) { return qint64(m_random.bounded(quint64(bound))); }

    QRandomGenerator m_random;
};
