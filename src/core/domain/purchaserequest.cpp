#include "purchaserequest.h"

PurchaseRequest::PurchaseRequest(const QString &product)
{
    setProduct(product);
}

void PurchaseRequest::setProduct(const QString &product)
{
    m_product = product.trimmed();
    m_kind = ProductKinds::fromName(m_product);
}

QString PurchaseRequest::validationError() const
{
    if (m_product.isEmpty())
        return tr("Choose a product.");
    if (ProductKinds::hasLocations(m_kind) && m_location.isEmpty())
        return tr("%1 needs a location.").arg(m_product);
    if (!ProductKinds::isLifetime(m_kind) && m_cycle.isEmpty())
        return tr("%1 needs a billing cycle.").arg(m_product);
    if (ProductKinds::takesQuantity(m_kind) && m_quantity < 1)
        return tr("The quantity must be at least 1.");
    return {};
}

QJsonObject PurchaseRequest::toJson() const
{
    QJsonObject body;
    body.insert(QLatin1String("product"), m_product);
    const bool hasPromo = !m_promoCode.isEmpty();
    switch (m_kind) {
    case ProductKind::Datacenter:
    case ProductKind::Isp:
        body.insert(QLatin1String("location"), m_location);
        body.insert(QLatin1String("cycle"), m_cycle);
        body.insert(QLatin1String("quantity"), m_quantity);
        body.insert(QLatin1String("auto_renewal"), m_autoRenewal);
        break;
    case ProductKind::ResidentialStandard:
    case ProductKind::ResidentialPremium:
        body.insert(QLatin1String("quantity"), m_quantity);
        break;
    case ProductKind::ResidentialUnmetered:
        body.insert(QLatin1String("cycle"), m_cycle);
        body.insert(QLatin1String("auto_renewal"), m_autoRenewal);
        break;
    case ProductKind::Other:
        body.insert(QLatin1String("cycle"), m_cycle);
        body.insert(QLatin1String("quantity"), m_quantity);
        if (!m_location.isEmpty())
            body.insert(QLatin1String("location"), m_location);
        break;
    }
    if (hasPromo)
        body.insert(QLatin1String("promo_code"), m_promoCode);
    return body;
}

QUrlQuery PurchaseRequest::toQuoteQuery() const
{
    QUrlQuery query;
    const QJsonObject body = toJson();
    for (auto key : {QLatin1String("product"), QLatin1String("location"), QLatin1String("cycle"),
                     QLatin1String("promo_code")}) {
        // '+' is legal in a query but servers read it as a space: send it encoded.
        if (body.contains(key))
            query.addQueryItem(key, body.value(key).toString().replace(u'+', QStringLiteral("%2B")));
    }
    if (body.contains(QLatin1String("quantity")))
        query.addQueryItem(QStringLiteral("quantity"), QString::number(m_quantity));
    return query;
}
