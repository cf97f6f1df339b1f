// POST /user/api/orders/purchase: bytes → QJsonDocument → PurchaseResult::fromJson.

#include "fuzzsupport.h"

#include "domain/purchaseresult.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<PurchaseResult> result = PurchaseResult::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;
    const ApiResult<PurchaseResult> again =
        PurchaseResult::fromJson(QJsonDocument(result.value().toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().orderId == result.value().orderId);
    FUZZ_CHECK(again.value().message == result.value().message);
    return 0;
}
