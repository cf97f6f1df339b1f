// GET /user/api/me: bytes → QJsonDocument → Account::fromJson, and back through toJson.

#include "fuzzsupport.h"

#include "domain/account.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<Account> result = Account::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;
    const ApiResult<Account> again = Account::fromJson(QJsonDocument(result.value().toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value() == result.value());
    return 0;
}
