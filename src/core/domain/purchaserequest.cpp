#include "purchaserequest.h"

#include "addonline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

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
    if (m_p0fSlots < 0)
        return tr("The number of p0f slots cannot be negative.");
    if (m_p0fSlots > 0 && !ProductKinds::takesP0fSlots(m_kind))
        return tr("%1 takes no p0f slots: they are sold with Datacenter and ISP proxies.")
            .arg(m_product);
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
    if (m_p0fSlots > 0)
        body.insert(QLatin1String("addons"), addons());
    return body;
}

QJsonArray PurchaseRequest::addons() const
{
    QJsonArray lines;
    if (m_p0fSlots > 0) {
        lines.append(QJsonObject{{QLatin1String("addon_key"), QString(AddonLine::kP0fSlots)},
                                 {QLatin1String("qty"), m_p0fSlots}});
    }
    return lines;
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
    if (body.contains(QLatin1String("addons"))) {
        // JSON inside a query: every reserved character encoded, so that no server reads a
        // '+' as a space or stops at a '&'.
        const QByteArray json = QJsonDocument(addons()).toJson(QJsonDocument::Compact);
        query.addQueryItem(QStringLiteral("addons_json"),
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json))));
    }
    return query;
}
