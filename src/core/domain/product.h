#pragma once

#include "productkind.h"

#include <QList>
#include <QStringList>

// Cycles on offer at one location (location empty: the product has none).
struct ProductOffer
{
    QString location;
    QStringList cycles;
    friend bool operator==(const ProductOffer &, const ProductOffer &) = default;
};

// A product as a person thinks of it: the API's per-location rows merged by name.
struct Product
{
    QString name;
    QString description;
    ProductKind kind = ProductKind::Other;
    QList<ProductOffer> offers;

    QStringList locations() const;
    // Cycles for a location; with an empty location, the union over all locations.
    QStringList cyclesFor(const QString &location) const;
    friend bool operator==(const Product &, const Product &) = default;
};
