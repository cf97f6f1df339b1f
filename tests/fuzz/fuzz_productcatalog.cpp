// GET /user/api/proxies/products: bytes → QJsonDocument → ProductCatalog::fromJson (rows merged
// by name; rows without a name skipped and counted, issue 12), and the catalogue's own rows
// (toJson) parse back to the same catalogue.

#include "fuzzsupport.h"

#include "domain/productcatalog.h"

#include <QJsonArray>
#include <QJsonObject>

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<ProductCatalog> result = ProductCatalog::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;

    const ProductCatalog &catalog = result.value();
    qsizetype offers = 0;
    for (const Product &p : catalog.products())
        offers += p.offers.size();
    FUZZ_CHECK(offers + catalog.skipped().count() ==
               doc.object().value(QLatin1String("products")).toArray().size());
    for (const Product &p : catalog.products()) {
        FUZZ_CHECK(!p.name.isEmpty());
        FUZZ_CHECK(!p.offers.isEmpty());
        FUZZ_CHECK(catalog.find(p.name) == &p);
        FUZZ_CHECK(p.kind == ProductKinds::fromName(p.name));
        (void)p.locations();
        (void)p.cyclesFor(QString());
    }
    const QJsonObject again{{QLatin1String("success"), true},
                            {QLatin1String("products"), catalog.toJson()}};
    const ApiResult<ProductCatalog> reparsed = ProductCatalog::fromJson(QJsonDocument(again));
    FUZZ_CHECK(reparsed.ok());
    FUZZ_CHECK(reparsed.value().products() == catalog.products());
    FUZZ_CHECK(reparsed.value().skipped().isEmpty());
    return 0;
}
