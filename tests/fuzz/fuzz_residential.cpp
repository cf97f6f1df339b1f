// The residential answers: GET /proxies/sub-users (SubUsersPage), GET /proxies/sub-user/{id}
// (SubUser), the sub-user writes (SubUserChange) and GET /proxies/countries|regions|cities
// (GeoList). Each input goes through all four: they read overlapping shapes (`data` as an
// array or an object, `results`), and one target keeps the fuzzing time of CI in check.

#include "fuzzsupport.h"

#include "domain/geolist.h"
#include "domain/subuser.h"

#include <QJsonArray>

SHARDDESK_FUZZ_INITIALIZE

namespace {

void checkUser(const SubUser &u)
{
    FUZZ_CHECK(!u.userId.isEmpty() && u.userId == u.userId.trimmed());
    FUZZ_CHECK(u.allotted.bytes() >= 0);
    FUZZ_CHECK(!u.spent || u.spent->bytes() >= 0);
    FUZZ_CHECK(u.remaining() <= u.allotted);
    if (const auto f = u.spentFraction())
        FUZZ_CHECK(*f >= 0.0 && *f <= 1.0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);

    const ApiResult<SubUsersPage> page = SubUsersPage::fromJson(doc, ProxyType::Premium);
    Fuzz::checkOutcome(page);
    if (page.ok()) {
        FUZZ_CHECK(page.value().users.size() + page.value().skipped.count() == page.value().rowsSent);
        QJsonArray rows;
        for (const SubUser &u : page.value().users) {
            checkUser(u);
            FUZZ_CHECK(u.type == ProxyType::Premium);
            rows.append(u.toJson());
        }
        // What the client writes back, it reads the same.
        const auto again = SubUsersPage::fromJson(QJsonDocument(QJsonObject{{QLatin1String("data"), rows}}),
                                                  ProxyType::Premium);
        FUZZ_CHECK(again.ok() && again.value().skipped.isEmpty());
        FUZZ_CHECK(again.value().users.size() == page.value().users.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const SubUser &a = again.value().users.at(i);
            const SubUser &b = page.value().users.at(i);
            FUZZ_CHECK(a.userId == b.userId && a.name == b.name && a.password == b.password);
            FUZZ_CHECK(a.allotted == b.allotted && a.spent == b.spent);
        }
    }

    const ApiResult<SubUser> single = SubUser::fromJson(doc, ProxyType::Standart);
    Fuzz::checkOutcome(single);
    if (single.ok())
        checkUser(single.value());

    const ApiResult<SubUserChange> change = SubUserChange::fromJson(doc, ProxyType::Standart);
    Fuzz::checkOutcome(change);
    FUZZ_CHECK(change.ok()); // a write that was answered 2xx is done, whatever the body says
    if (change.value().user)
        checkUser(*change.value().user);

    const ApiResult<GeoList> geo = GeoList::fromJson(doc);
    Fuzz::checkOutcome(geo);
    if (geo.ok()) {
        for (const GeoPlace &p : geo.value().places)
            FUZZ_CHECK(!p.code.isEmpty() && !p.name.isEmpty());
        const auto again = GeoList::fromJson(QJsonDocument(geo.value().toJson()));
        FUZZ_CHECK(again.ok() && again.value().skipped.isEmpty());
        FUZZ_CHECK(again.value().places.size() == geo.value().places.size());
        for (qsizetype i = 0; i < geo.value().places.size(); ++i) {
            const GeoPlace &a = again.value().places.at(i);
            const GeoPlace &b = geo.value().places.at(i);
            FUZZ_CHECK(a.code == b.code && a.name == b.name);
            FUZZ_CHECK(a.countryCode == b.countryCode && a.regionCode == b.regionCode);
        }
    }
    return 0;
}
