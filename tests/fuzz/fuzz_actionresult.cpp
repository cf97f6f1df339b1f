// The answer of renew, tag and edit-auto-renewal: bytes → QJsonDocument → ActionResult::fromJson.
// Any 2xx answer is success (issue 12), with or without a body or `success`: the parser never
// fails, and the message is the server's words (ApiError::serverWords), capped.

#include "fuzzsupport.h"

#include "domain/actionresult.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<ActionResult> result = ActionResult::fromJson(doc);
    Fuzz::checkOutcome(result);
    FUZZ_CHECK(result.ok());
    const QString &message = result.value().message;
    FUZZ_CHECK(message == ApiError::serverWords(doc.object()));
    FUZZ_CHECK(message.size() <= ApiError::kMaxServerWords);
    FUZZ_CHECK(message == message.simplified());
    return 0;
}
