#include "purchaserefusal.h"

namespace PurchaseRefusal {

bool isDefinite(const ApiError &error)
{
    // 4xx (429 included: not processed, by definition of the status), a rejected key, or
    // refused before sending. Everything else may hide a completed purchase.
    return error.isError() && !error.leavesOutcomeUnknown();
}

Reason reasonFor(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized)
        return Reason::SignInNeeded;
    const QString text = error.message().toLower();
    const auto mentions = [&text](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words) {
            if (text.contains(QStringView(word)))
                return true;
        }
        return false;
    };
    // Promo first: "Promo code is not valid for this billing cycle" is about the code.
    if (mentions({u"promo", u"coupon", u"discount code", u"voucher"}))
        return Reason::InvalidPromo;
    if (mentions({u"balance", u"funds", u"top up", u"top-up"}))
        return Reason::InsufficientBalance;
    if (mentions({u"stock", u"sold out", u"not enough proxies", u"no proxies available"}))
        return Reason::OutOfStock;
    if (mentions({u"quantity"}))
        return Reason::InvalidQuantity;
    if (mentions({u"location", u"country"}))
        return Reason::InvalidLocation;
    // The contract documents 403 for "cycle not available to this user".
    if (mentions({u"cycle", u"period"}) || error.kind() == ApiError::Kind::Forbidden)
        return Reason::CycleUnavailable;
    return Reason::Other;
}

} // namespace PurchaseRefusal
