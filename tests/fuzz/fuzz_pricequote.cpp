// GET /user/api/orders/calculate: bytes → QJsonDocument → PriceQuote::fromJson. A quote that
// parses has no negative or implausibly large money and a discount within 0..100 % (fractional
// allowed, anything else read as 0).

#include "fuzzsupport.h"

#include "domain/pricequote.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<PriceQuote> result = PriceQuote::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;

    const PriceQuote &q = result.value();
    FUZZ_CHECK(q.originalCents >= 0 && q.finalCents >= 0 && q.addonsCents >= 0 &&
               q.totalCents >= 0);
    FUZZ_CHECK(q.discountPercent >= 0 && q.discountPercent <= 100);
    constexpr qint64 implausibleCents = qint64(10'000'000'000'000);
    FUZZ_CHECK(q.originalCents <= implausibleCents && q.finalCents <= implausibleCents &&
               q.addonsCents <= implausibleCents);
    const ApiResult<PriceQuote> again = PriceQuote::fromJson(QJsonDocument(q.toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().originalCents == q.originalCents);
    FUZZ_CHECK(again.value().finalCents == q.finalCents);
    FUZZ_CHECK(again.value().discountPercent == q.discountPercent);
    FUZZ_CHECK(again.value().addonsCents == q.addonsCents);
    FUZZ_CHECK(again.value().totalCents == q.totalCents);
    return 0;
}
