// GET /user/api/proxies/active: bytes → QJsonDocument → ProxyList::fromJson, and back through
// toJson. A proxy kept has an address and at least one real port (0: none); the rows without
// are skipped and counted (issue 12).

#include "fuzzsupport.h"

#include "domain/proxylist.h"

#include <QJsonArray>

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<ProxyList> result = ProxyList::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;
    const ProxyList &list = result.value();
    FUZZ_CHECK(list.proxies.size() + list.skipped.count() ==
               doc.object().value(QLatin1String("data")).toArray().size());
    for (const ActiveProxy &p : list.proxies) {
        FUZZ_CHECK(!p.ip.isEmpty() && p.ip == p.ip.trimmed());
        FUZZ_CHECK(p.httpPort >= 0 && p.httpPort <= 65535);
        FUZZ_CHECK(p.socksPort >= 0 && p.socksPort <= 65535);
        FUZZ_CHECK(p.httpPort > 0 || p.socksPort > 0);
    }
    const ApiResult<ProxyList> again = ProxyList::fromJson(QJsonDocument(list.toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().orderTag == list.orderTag);
    FUZZ_CHECK(again.value().proxies.size() == list.proxies.size());
    FUZZ_CHECK(again.value().skipped.isEmpty());
    for (qsizetype i = 0; i < list.proxies.size(); ++i) {
        const ActiveProxy &a = again.value().proxies.at(i);
        const ActiveProxy &b = list.proxies.at(i);
        FUZZ_CHECK(a.ip == b.ip && a.username == b.username && a.password == b.password);
        FUZZ_CHECK(a.httpPort == b.httpPort && a.socksPort == b.socksPort);
        FUZZ_CHECK(a.until == b.until && a.status == b.status);
        FUZZ_CHECK(a.signature == b.signature);
    }
    return 0;
}
