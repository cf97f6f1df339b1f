#include "productkind.h"

namespace ProductKinds {

ProductKind fromName(QStringView productName)
{
    const QString name = productName.trimmed().toString().toLower();
    if (name == u"datacenter proxy")
        return ProductKind::Datacenter;
    if (name == u"isp proxy")
        return ProductKind::Isp;
    // The provider spells it "Standart"; accept the dictionary spelling too.
    if (name == u"standart residential proxy" || name == u"standard residential proxy")
        return ProductKind::ResidentialStandard;
    if (name == u"premium residential proxy")
        return ProductKind::ResidentialPremium;
    if (name == u"unmetered residential proxy")
        return ProductKind::ResidentialUnmetered;
    return ProductKind::Other;
}

bool hasLocations(ProductKind kind)
{
    return kind == ProductKind::Datacenter || kind == ProductKind::Isp;
}

QString stockCode(ProductKind kind)
{
    switch (kind) {
    case ProductKind::Datacenter:
        return QStringLiteral("dc");
    case ProductKind::Isp:
        return QStringLiteral("isp");
    default:
        return {};
    }
}

bool isLifetime(ProductKind kind)
{
    return kind == ProductKind::ResidentialStandard || kind == ProductKind::ResidentialPremium;
}

bool takesQuantity(ProductKind kind)
{
    return kind != ProductKind::ResidentialUnmetered;
}

bool takesAutoRenewalAtPurchase(ProductKind kind)
{
    return kind == ProductKind::Datacenter || kind == ProductKind::Isp ||
           kind == ProductKind::ResidentialUnmetered;
}

bool isManageable(ProductKind kind)
{
    return hasLocations(kind);
}

} // namespace ProductKinds
