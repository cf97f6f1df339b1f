#include "productkind.h"

namespace ProductKinds {

ProductKind fromName(QStringView productName)
{
    // By pattern, not by exact name: the catalogue's wording changes ("Datacenter Proxies",
    // "ISP proxy (static)", "Residential Premium") and an unknown name must still be usable.
    const QString name = productName.trimmed().toString().toLower();
    const auto has = [&name](QStringView word) { return name.contains(word); };
    const auto hasWord = [&name](QStringView word) {
        // "isp" as a word: not the "isp" inside "display" or "whisper".
        qsizetype from = 0;
        while ((from = name.indexOf(word, from)) >= 0) {
            const qsizetype end = from + word.size();
            const bool startOk = from == 0 || !name.at(from - 1).isLetter();
            const bool endOk = end == name.size() || !name.at(end).isLetter();
            if (startOk && endOk)
                return true;
            from = end;
        }
        return false;
    };
    if (has(u"mobile"))
        return ProductKind::Other;
    if (has(u"datacenter") || has(u"data center") || has(u"datacentre"))
        return ProductKind::Datacenter;
    if (hasWord(u"isp"))
        return ProductKind::Isp;
    if (has(u"unmetered"))
        return ProductKind::ResidentialUnmetered;
    if (has(u"residential")) {
        if (has(u"premium"))
            return ProductKind::ResidentialPremium;
        // The provider spells it "Standart"; accept the dictionary spelling too. Other
        // residential plans ("Residential Proxy NEW") take the generic shape.
        if (has(u"standart") || has(u"standard"))
            return ProductKind::ResidentialStandard;
    }
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

bool takesP0fSlots(ProductKind kind)
{
    return kind == ProductKind::Datacenter || kind == ProductKind::Isp;
}

bool takesBandwidth(ProductKind kind)
{
    return kind == ProductKind::ResidentialStandard || kind == ProductKind::ResidentialPremium;
}

bool mayAddBandwidth(QStringView productName)
{
    return productName.trimmed().isEmpty() || takesBandwidth(fromName(productName));
}

bool isManageable(ProductKind kind)
{
    return hasLocations(kind);
}

bool mayManage(QStringView productName)
{
    const ProductKind kind = fromName(productName);
    if (isManageable(kind))
        return true;
    if (kind != ProductKind::Other)
        return false;
    const QString name = productName.toString().toLower();
    return !name.contains(u"mobile") && !name.contains(u"residential");
}

} // namespace ProductKinds
