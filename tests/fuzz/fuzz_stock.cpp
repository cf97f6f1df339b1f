// GET /user/api/proxies/available-count: bytes → QJsonDocument → StockEntry::listFromJson.

#include "fuzzsupport.h"

#include "domain/stockentry.h"

#include <QJsonArray>

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<QList<StockEntry>> result = StockEntry::listFromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;

    QJsonArray rows;
    // Rows without a country or product are dropped silently, never an error (issue 12).
    FUZZ_CHECK(result.value().size() <= doc.array().size());
    for (const StockEntry &e : result.value()) {
        FUZZ_CHECK(e.amount >= 0);
        FUZZ_CHECK(!e.country.isEmpty() && !e.productCode.isEmpty());
        rows.append(e.toJson());
    }
    const ApiResult<QList<StockEntry>> again = StockEntry::listFromJson(QJsonDocument(rows));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value() == result.value());
    return 0;
}
