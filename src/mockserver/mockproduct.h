#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// One product of the demo catalogue. The purchase body a product takes depends on its shape: the
// real API has four request shapes plus a generic one, and the mock validates against them.
struct MockProduct
{
    enum class Shape {
        DatacenterIsp, // product, location (required), cycle, quantity, promo_code, auto_renewal
        ResidentialGb, // Standart/Premium: product, quantity (GB), promo_code; cycle is lifetime
        Unmetered,     // product, cycle, promo_code, auto_renewal; no quantity
        Generic,       // other plans (mobile): product, cycle, quantity, optional location
    };

    int id = 0;
    QString name;
    QString code; // short code used by available-count ("dc", "isp") and internally
    QString description;
    Shape shape = Shape::Generic;
    QStringList locations; // empty: the product has no location (served as null)
    // Cycle names per location, in display order; key is the empty string without locations.
    QHash<QString, QStringList> cyclesByLocation;
    // Price in cents per unit (IP, GB, port or order) per "location/cycle".
    QHash<QString, qint64> unitPriceCents;
    bool hasAutoRenewal = false; // false: orders serve "auto_renewal": null

    bool hasLocations() const { return !locations.isEmpty(); }
    bool hasQuantity() const { return shape != Shape::Unmetered; }
    // Only Datacenter and ISP orders have proxies listed, a changeable cycle and auto-renew switch.
    bool isDatacenterOrIsp() const { return shape == Shape::DatacenterIsp; }
    QStringList cycles(const QString &location) const;
    bool offersCycle(const QString &location, const QString &cycle) const;
    qint64 unitPrice(const QString &location, const QString &cycle) const; // -1 when not offered
    void addCycle(const QString &location, const QString &cycle, qint64 cents);

    static QString priceKey(const QString &location, const QString &cycle);
};
