#include "productcatalog.h"

#include "jsonreader.h"

ProductCatalog::ProductCatalog(QList<Product> products) : m_products(std::move(products)) {}

const Product *ProductCatalog::find(const QString &name) const
{
    for (const Product &p : m_products) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

ApiResult<ProductCatalog> ProductCatalog::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the product list is not a JSON object"));
    JsonReader top(doc.object(), QString());
    const QJsonArray rows = top.requiredArray(QLatin1String("products"));
    if (!top.ok())
        return ApiError::protocol(top.error());

    QList<Product> products;
    SkippedRows skipped;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("products[%1]").arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object) {
            skipped.add(QStringLiteral("%1 is not an object").arg(path));
            continue;
        }
        JsonReader r(*object, path);
        const QString name = r.requiredString(QLatin1String("name")).trimmed();
        if (r.ok() && name.isEmpty())
            r.fail(QStringLiteral("field '%1.name' is empty").arg(path));
        if (!r.ok()) {
            skipped.add(r.error());
            continue;
        }
        const QString description = r.optionalString(QLatin1String("description"));
        const QString location = r.optionalString(QLatin1String("location")).trimmed();
        const QStringList cycles = r.optionalStringList(QLatin1String("cycles"));

        auto it = std::find_if(products.begin(), products.end(), [&](const Product &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == products.end()) {
            Product p;
            p.name = name;
            p.description = description;
            p.kind = ProductKinds::fromName(name);
            products.append(p);
            it = products.end() - 1;
        } else if (it->description.isEmpty()) {
            it->description = description;
        }
        it->offers.append(ProductOffer{location, cycles});
    }
    ProductCatalog catalog(std::move(products));
    catalog.m_skipped = skipped;
    return catalog;
}

QJsonArray ProductCatalog::toJson() const
{
    QJsonArray rows;
    for (const Product &p : m_products) {
        for (const ProductOffer &offer : p.offers) {
            rows.append(QJsonObject{
                {QLatin1String("name"), p.name},
                {QLatin1String("description"),
                 p.description.isEmpty() ? QJsonValue() : QJsonValue(p.description)},
                {QLatin1String("location"),
                 offer.location.isEmpty() ? QJsonValue() : QJsonValue(offer.location)},
                {QLatin1String("cycles"), QJsonArray::fromStringList(offer.cycles)}});
        }
    }
    return rows;
}
