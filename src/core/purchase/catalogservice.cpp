#include "catalogservice.h"

#include "api/apiclient.h"

#include <utility>

CatalogService::CatalogService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void CatalogService::load()
{
    startLoad(true);
}

void CatalogService::loadProducts()
{
    startLoad(false);
}

void CatalogService::startLoad(bool withStock)
{
    if (m_loading)
        return;
    m_loading = true;
    m_productsPending = true;
    m_productsError = ApiError();
    m_client->products(this, [this](ApiResult<ProductCatalog> result) {
        m_productsPending = false;
        if (result.ok()) {
            // Published together with the stock, in finishLoadIfDone(): views see one change.
            m_incoming = std::move(result).takeValue();
        } else {
            m_productsError = result.error();
        }
        finishLoadIfDone();
    });
    if (withStock)
        requestStock();
}

void CatalogService::reloadStock()
{
    requestStock();
}

void CatalogService::requestStock()
{
    if (m_stockPending)
        return;
    m_stockPending = true;
    m_client->stock(this, [this](ApiResult<QList<StockEntry>> result) {
        m_stockPending = false;
        if (result.ok()) {
            m_stock = std::move(result).takeValue();
            m_stockKnown = true;
            m_stockError = ApiError();
            emit stockUpdated();
        } else {
            // Old numbers would look live: forget them and say the stock is unknown.
            m_stock.clear();
            m_stockKnown = false;
            m_stockError = result.error();
            emit stockFailed(m_stockError);
        }
        finishLoadIfDone();
    });
}

void CatalogService::finishLoadIfDone()
{
    if (!m_loading || m_productsPending || m_stockPending)
        return;
    m_loading = false;
    if (m_productsError.isError()) {
        emit catalogFailed(m_productsError);
        return;
    }
    m_catalog = std::exchange(m_incoming, ProductCatalog());
    m_loaded = true;
    emit catalogLoaded();
}

qint64 CatalogService::stockFor(ProductKind kind, const QString &country) const
{
    return stockFor(ProductKinds::stockCode(kind), country);
}

qint64 CatalogService::stockFor(const QString &productCode, const QString &country) const
{
    if (!m_stockKnown || productCode.isEmpty() || country.isEmpty())
        return -1;
    for (const StockEntry &e : m_stock) {
        if (e.productCode.compare(productCode, Qt::CaseInsensitive) == 0 &&
            e.country.compare(country, Qt::CaseInsensitive) == 0)
            return e.amount;
    }
    return -1;
}
