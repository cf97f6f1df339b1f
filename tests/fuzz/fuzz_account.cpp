// GET /user/api/me: bytes → QJsonDocument → Account::fromJson, and back through toJson.

#include "fuzzsupport.h"

#include "domain/account.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<Account> result = Account::fromJson(doc);
    Fuzz::checkOutcome(result);
    // /me never fails for a field (issue 12): only an answer that is not an object does.
    FUZZ_CHECK(result.ok() == doc.isObject());
    if (!result.ok())
        return 0;
    FUZZ_CHECK(result.value().email == result.value().email.trimmed());
    const ApiResult<Account> again = Account::fromJson(QJsonDocument(result.value().toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value() == result.value());
    return 0;
}
