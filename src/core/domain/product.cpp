#include "product.h"

QStringList Product::locations() const
{
    QStringList out;
    for (const ProductOffer &offer : offers) {
        if (!offer.location.isEmpty() && !out.contains(offer.location))
            out.append(offer.location);
    }
    return out;
}

QStringList Product::cyclesFor(const QString &location) const
{
    QStringList out;
    for (const ProductOffer &offer : offers) {
        if (!location.isEmpty() && offer.location.compare(location, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &cycle : offer.cycles) {
            if (!out.contains(cycle))
                out.append(cycle);
        }
    }
    return out;
}
