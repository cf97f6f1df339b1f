// GET /user/api/proxies/active: bytes → QJsonDocument → ProxyList::fromJson, and back through
// toJson. Ports that parse are real ports.

#include "fuzzsupport.h"

#include "domain/proxylist.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    const ApiResult<ProxyList> result = ProxyList::fromJson(doc);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;
    const ProxyList &list = result.value();
    for (const ActiveProxy &p : list.proxies) {
        FUZZ_CHECK(p.httpPort >= 1 && p.httpPort <= 65535);
        FUZZ_CHECK(p.socksPort >= 1 && p.socksPort <= 65535);
    }
    const ApiResult<ProxyList> again = ProxyList::fromJson(QJsonDocument(list.toJson()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().orderTag == list.orderTag);
    FUZZ_CHECK(again.value().proxies.size() == list.proxies.size());
    for (qsizetype i = 0; i < list.proxies.size(); ++i) {
        const ActiveProxy &a = again.value().proxies.at(i);
        const ActiveProxy &b = list.proxies.at(i);
        FUZZ_CHECK(a.ip == b.ip && a.username == b.username && a.password == b.password);
        FUZZ_CHECK(a.httpPort == b.httpPort && a.socksPort == b.socksPort);
        FUZZ_CHECK(a.until == b.until && a.status == b.status);
    }
    return 0;
}
