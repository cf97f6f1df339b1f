#pragma once

#include "mockproduct.h"

#include <QList>
#include <QString>

#include <optional>

// What the provider sells: products (with their locations, cycles and prices), promo codes and
// the stock of Datacenter/ISP addresses per country. demo() builds the catalogue the demo mode
// and the tests use; it is fixed so that tests can name prices and stock levels.
class MockCatalog final
{
public:
    struct StockEntry
    {
        QString country; // ISO code, e.g. "DE"
        QString product; // short code, e.g. "dc"
        int amount = 0;
    };

    struct PromoCode
    {
        QString code;
        double percent = 0; // may be fractional: SAVE12 is 12.5 %
        QString onlyCycle;  // empty: valid for every cycle
        bool appliesTo(const QString &cycle) const
        {
            return onlyCycle.isEmpty() || onlyCycle == cycle;
        }
    };

    MockCatalog() = default;
    static MockCatalog demo();

    const QList<MockProduct> &products() const { return m_products; }
    const MockProduct *product(const QString &name) const;
    const MockProduct *productById(int id) const;
    const MockProduct *productByCode(const QString &code) const;
    void addProduct(const MockProduct &product);

    // Promo codes are matched case-insensitively, as people type them.
    std::optional<PromoCode> promo(const QString &code) const;
    void addPromo(const PromoCode &promo);

    const QList<StockEntry> &stock() const { return m_stock; }
    int stock(const QString &country, const QString &productCode) const; // -1: not tracked
    void setStock(const QString &country, const QString &productCode, int amount);

    // Cycle ids are global per cycle name (the list rows carry them); lengths drive expires_at.
    static int cycleId(const QString &cycle);
    static qint64 cycleLengthSecs(const QString &cycle); // 0: lifetime, never expires
    // p0f signature slots, the one add-on: its catalogue id and its price per slot for one
    // period of `cycle` ($1.50 per 30 days; nothing for a lifetime cycle).
    static constexpr int kP0fSlotCatalogId = 1;
    static qint64 p0fSlotPrice(const QString &cycle);
    // final = original minus percent, rounded to the nearest cent.
    static qint64 applyDiscount(qint64 originalCents, int percent);
    // The same for a fractional percentage (12.5); integral ones give the int overload's result.
    static qint64 applyDiscount(qint64 originalCents, double percent);

private:
    QList<MockProduct> m_products;
    QList<PromoCode> m_promos;
    QList<StockEntry> m_stock;
};
