#pragma once

#include <QString>

// What the API lets us do with a product depends on which family it belongs to. The catalogue
// only gives names, so the family is derived from the name in exactly one place.
enum class ProductKind : quint8 {
    Datacenter,
    Isp,
    ResidentialStandard,
    ResidentialPremium,
    ResidentialUnmetered,
    Other, // mobile plans, "Residential Proxy NEW", anything new
};

namespace ProductKinds {
ProductKind fromName(QStringView productName);
// Locations and stock: Datacenter and ISP.
bool hasLocations(ProductKind kind);
// The code available-count uses for the product ("dc", "isp"), empty when none.
QString stockCode(ProductKind kind);
// A fixed lifetime cycle the buyer does not choose.
bool isLifetime(ProductKind kind);
bool takesQuantity(ProductKind kind);
bool takesAutoRenewalAtPurchase(ProductKind kind);
// p0f signature slots as an add-on: Datacenter and ISP.
bool takesP0fSlots(ProductKind kind);
// Traffic bought by the GB and topped up with add-bandwidth: Standard and Premium Residential.
bool takesBandwidth(ProductKind kind);
// Whether "Add traffic" may be offered for an order of this product: yes for Standard and
// Premium Residential, and when the name tells nothing (the server decides).
bool mayAddBandwidth(QStringView productName);
// Auto-renew edits, billing-cycle changes and the proxy list: Datacenter & ISP only.
bool isManageable(ProductKind kind);
// Whether auto-renew, cycle changes and the proxy list may be offered for an order of this
// product: yes for Datacenter/ISP, no for a recognised residential or mobile plan, and yes when
// the name tells nothing (empty, or a family we do not know) — then the server decides and its
// answer is shown.
bool mayManage(QStringView productName);
} // namespace ProductKinds
