#pragma once

#include "../api/apiresult.h"
#include "product.h"

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

    // The API's rows again: one per product and location.
    QJsonArray toJson() const;
    static ApiResult<ProductCatalog> fromJson(const QJsonDocument &doc);

private:
    QList<Product> m_products;
};
