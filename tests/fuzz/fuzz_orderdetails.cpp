// GET /user/api/orders/{id}: bytes → QJsonDocument → OrderDetails::fromJson, and back through
// OrderDetails::toJson.

#include "fuzzsupport.h"

#include "domain/orderdetails.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<OrderDetails> result = OrderDetails::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;

    const OrderDetails &d = result.value();
    FUZZ_CHECK(d.id > 0);
    FUZZ_CHECK(!d.quantity || *d.quantity >= 0);
    // No price paid, no estimate (an estimate that would overflow is unknown as well).
    FUZZ_CHECK(!d.renewalEstimateCents() || d.pricePaidCents);
    for (const AddonLine &line : d.addons) {
        FUZZ_CHECK(!line.key.isEmpty());
        FUZZ_CHECK(!line.quantity || *line.quantity >= 0);
        FUZZ_CHECK(!line.nextPeriodCents() || *line.nextPeriodCents() >= 0 ||
                   *line.pricePerUnitCents < 0);
    }
    FUZZ_CHECK(d.status == OrderStatuses::fromApiName(d.statusText));
    FUZZ_CHECK(!d.createdAt.isValid() || d.createdAt.timeSpec() == Qt::UTC);
    FUZZ_CHECK(!d.expiresAt.isValid() || d.expiresAt.timeSpec() == Qt::UTC);

    const QJsonObject wrapped{{QLatin1String("order"), d.toJson()}};
    const ApiResult<OrderDetails> again = OrderDetails::fromJson(QJsonDocument(wrapped));
    FUZZ_CHECK(again.ok());
    const OrderDetails &a = again.value();
    FUZZ_CHECK(a.id == d.id);
    FUZZ_CHECK(a.productName == d.productName);
    FUZZ_CHECK(a.cycleName == d.cycleName);
    FUZZ_CHECK(a.quantity == d.quantity);
    FUZZ_CHECK(a.pricePaidCents == d.pricePaidCents);
    FUZZ_CHECK(a.addonsPricePaidCents == d.addonsPricePaidCents);
    FUZZ_CHECK(a.addons.size() == d.addons.size());
    FUZZ_CHECK(a.p0fSlotsAvailable == d.p0fSlotsAvailable);
    FUZZ_CHECK(a.p0fSlotsUsed == d.p0fSlotsUsed);
    FUZZ_CHECK(a.p0fSlotsNext == d.p0fSlotsNext);
    FUZZ_CHECK(a.renewalEstimateCents() == d.renewalEstimateCents());
    FUZZ_CHECK(a.status == d.status);
    FUZZ_CHECK(a.statusText == d.statusText);
    FUZZ_CHECK(a.createdAt == Fuzz::toSeconds(d.createdAt));
    FUZZ_CHECK(a.expiresAt == Fuzz::toSeconds(d.expiresAt));
    FUZZ_CHECK(a.promoCode == d.promoCode);
    FUZZ_CHECK(a.autoRenewal == d.autoRenewal);
    FUZZ_CHECK(a.tag == d.tag);

    // The same order sent bare (not wrapped in `order`) reads the same.
    const ApiResult<OrderDetails> bare = OrderDetails::fromJson(QJsonDocument(d.toJson()));
    FUZZ_CHECK(bare.ok());
    FUZZ_CHECK(bare.value().toJson() == a.toJson());
    return 0;
}
