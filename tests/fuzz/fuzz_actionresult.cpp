// The `{success, message}` answer of renew, tag and edit-auto-renewal: bytes → QJsonDocument →
// ActionResult::fromJson.

#include "fuzzsupport.h"

#include "domain/actionresult.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<ActionResult> result = ActionResult::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (result.ok())
        FUZZ_CHECK(doc.object().value(QLatin1String("success")).isBool());
    return 0;
}
