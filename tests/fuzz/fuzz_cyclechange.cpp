// POST /user/api/orders/change-billing-cycle/{id}: bytes → QJsonDocument →
// CycleChangeResult::fromJson, and back through toJson.

#include "fuzzsupport.h"

#include "domain/cyclechangeresult.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<CycleChangeResult> result = CycleChangeResult::fromJson(doc);
    Fuzz::checkOutcome(result);
    // Any 2xx answer is a change made (issue 12): every field is optional, nothing fails.
    FUZZ_CHECK(result.ok());
    const CycleChangeResult &c = result.value();
    FUZZ_CHECK(!c.discountPercent || (*c.discountPercent >= 0 && *c.discountPercent <= 100));
    FUZZ_CHECK(c.message.size() <= ApiError::kMaxServerWords);
    const ApiResult<CycleChangeResult> again = CycleChangeResult::fromJson(QJsonDocument(c.toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().message == c.message);
    FUZZ_CHECK(again.value().orderId == c.orderId);
    FUZZ_CHECK(again.value().originalCents == c.originalCents);
    FUZZ_CHECK(again.value().finalCents == c.finalCents);
    FUZZ_CHECK(again.value().discountPercent == c.discountPercent);
    return 0;
}
