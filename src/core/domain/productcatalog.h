#pragma once

#include "apiresult.h"
#include "product.h"
#include "skippedrows.h"

#include <QJsonArray>
#include <QJsonDocument>

// GET /user/api/proxies/products, merged by product name in the order the server listed them.
class ProductCatalog final
{
public:
    ProductCatalog() = default;
    explicit ProductCatalog(QList<Product> products);

    const QList<Product> &products() const { return m_products; }
    const Product *find(const QString &name) const;
    bool isEmpty() const { return m_products.isEmpty(); }
    // Rows of the answer left out because they had no name (or were not objects).
    const SkippedRows &skipped() const { return m_skipped; }

    // The API's rows again: one per product and location.
    QJsonArray toJson() const;
    // Only `products` (a list) and each row's `name` are required; a row with `cycles: null`
    // is a product whose cycles the server decides.
    static ApiResult<ProductCatalog> fromJson(const QJsonDocument &doc);

private:
    QList<Product> m_products;
    SkippedRows m_skipped;
};
