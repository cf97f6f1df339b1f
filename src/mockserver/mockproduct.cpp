#include "mockproduct.h"

QStringList MockProduct::cycles(const QString &location) const
{
    return cyclesByLocation.value(hasLocations() ? location : QString());
}

bool MockProduct::offersCycle(const QString &location, const QString &cycle) const
{
    return unitPriceCents.contains(priceKey(hasLocations() ? location : QString(), cycle));
}

qint64 MockProduct::unitPrice(const QString &location, const QString &cycle) const
{
    return unitPriceCents.value(priceKey(hasLocations() ? location : QString(), cycle), -1);
}

void MockProduct::addCycle(const QString &location, const QString &cycle, qint64 cents)
{
    cyclesByLocation[location].append(cycle);
    unitPriceCents.insert(priceKey(location, cycle), cents);
}

QString MockProduct::priceKey(const QString &location, const QString &cycle)
{
    return location + u'/' + cycle;
}
