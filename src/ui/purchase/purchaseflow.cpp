#include "purchaseflow.h"

#include "domain/product.h"

namespace PurchaseFlow {

bool needsLocation(const Product *product)
{
    return product &&
           (ProductKinds::hasLocations(product->kind) || !product->locations().isEmpty());
}

bool needsCycle(const Product *product)
{
    return product && !ProductKinds::isLifetime(product->kind);
}

int nextPage(Page current, const Product *product)
{
    switch (current) {
    case ProductPage:
        if (needsLocation(product))
            return LocationPage;
        [[fallthrough]];
    case LocationPage:
        if (needsCycle(product))
            return CyclePage;
        [[fallthrough]];
    case CyclePage:
        return OptionsPage;
    case OptionsPage:
        return ReviewPage;
    case ReviewPage:
        return ResultPage;
    case ResultPage:
        return -1;
    }
    return -1;
}

Page pageToFix(PurchaseRefusal::Reason reason, const Product *product)
{
    using PurchaseRefusal::Reason;
    switch (reason) {
    case Reason::OutOfStock:
    case Reason::InvalidLocation:
        // Another country is the usual way out; without locations, a smaller quantity.
        return needsLocation(product) ? LocationPage : OptionsPage;
    case Reason::CycleUnavailable:
        return needsCycle(product) ? CyclePage : OptionsPage;
    case Reason::InsufficientBalance: // buy less, or add a promo code
    case Reason::InvalidPromo:
    case Reason::InvalidQuantity:
        return OptionsPage;
    case Reason::SignInNeeded: // sign in again (the main window asks), then confirm again
    case Reason::Other:
        return ReviewPage;
    }
    return ReviewPage;
}

} // namespace PurchaseFlow
