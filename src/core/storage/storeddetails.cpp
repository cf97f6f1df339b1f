#include "storeddetails.h"

#include "domain/orderdetails.h"

StoredDetails StoredDetails::of(const OrderDetails &details)
{
    return StoredDetails{details.quantity, details.pricePaidCents, details.addonsPricePaidCents,
                         details.createdAt, details.promoCode};
}
