#pragma once

#include "domain/apierror.h"
#include "domain/productcatalog.h"
#include "domain/productkind.h"
#include "domain/stockentry.h"

#include <QList>
#include <QObject>

class ApiClient;

// What is on sale: the products (merged by name) and the stock per country and product code.
// The stock is live data; the location page reloads it each time it is shown.
class CatalogService final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogService(ApiClient *client, QObject *parent = nullptr);

    // Products and stock together. Ignored while a load runs.
    void load();
    // The products alone, for a caller that has no use for the stock (sharddesk-cli's
    // `products`): catalogLoaded() or catalogFailed() as for load(); the stock is left as it
    // was. Ignored while a load runs.
    void loadProducts();
    // The stock alone. Ignored while a stock load runs.
    void reloadStock();

    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    bool isStockLoading() const { return m_stockPending; }
    const ProductCatalog &catalog() const { return m_catalog; }
    const Product *product(const QString &name) const { return m_catalog.find(name); }

    // The stock list as last loaded; empty (and isStockKnown() false) when it failed.
    const QList<StockEntry> &stock() const { return m_stock; }
    bool isStockKnown() const { return m_stockKnown; }
    ApiError stockError() const { return m_stockError; }
    // Units in stock; -1 when unknown (no list, no stock code for the product, or no row).
    qint64 stockFor(ProductKind kind, const QString &country) const;
    qint64 stockFor(const QString &productCode, const QString &country) const;

signals:
    // Products arrived and the stock load (successful or not) ended: catalog() is the new one.
    void catalogLoaded();
    void catalogFailed(const ApiError &error);
    void stockUpdated();
    void stockFailed(const ApiError &error);

private:
    void startLoad(bool withStock);
    void requestStock();
    void finishLoadIfDone();

    ApiClient *m_client;
    ProductCatalog m_catalog;
    ProductCatalog m_incoming; // products of the load still waiting for its stock answer
    QList<StockEntry> m_stock;
    ApiError m_stockError;
    ApiError m_productsError;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_stockKnown = false;
    bool m_productsPending = false;
    bool m_stockPending = false;
};
