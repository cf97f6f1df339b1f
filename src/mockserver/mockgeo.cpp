#include "mockgeo.h"

#include "mockjsonwriter.h"
#include "mockrequest.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Place
{
    const char16_t *type; // "standart", "premium", or nullptr for both
    const char16_t *country;
    const char16_t *region; // nullptr: a country row
    const char16_t *city;   // nullptr: a country or region row
    const char16_t *name;
};

// Countries (region and city null), regions (city null), cities; names as the provider writes
// them. Premium reaches fewer countries.
constexpr Place kPlaces[] = {
    {nullptr, u"DE", nullptr, nullptr, u"Germany"},
    {nullptr, u"US", nullptr, nullptr, u"United States"},
    {u"standart", u"GB", nullptr, nullptr, u"United Kingdom"},
    {u"standart", u"MC", nullptr, nullptr, u"Monaco"},
    {u"premium", u"JP", nullptr, nullptr, u"Japan"},
    {nullptr, u"DE", u"BE", nullptr, u"Berlin"},
    {nullptr, u"DE", u"BY", nullptr, u"Bavaria"},
    {nullptr, u"DE", u"HB", nullptr, u"Bremen"},
    {nullptr, u"US", u"CA", nullptr, u"California"},
    {nullptr, u"US", u"NY", nullptr, u"New York"},
    {u"premium", u"JP", u"13", nullptr, u"Tokyo"},
    {nullptr, u"DE", u"BE", u"berlin", u"Berlin"},
    {nullptr, u"DE", u"BY", u"munich", u"Munich"},
    {nullptr, u"DE", u"BY", u"nuremberg", u"Nuremberg"},
    {nullptr, u"US", u"CA", u"los-angeles", u"Los Angeles"},
    {nullptr, u"US", u"CA", u"san-francisco", u"San Francisco"},
    {nullptr, u"US", u"NY", u"new-york", u"New York"},
    {u"premium", u"JP", u"13", u"tokyo", u"Tokyo"},
    {u"standart", u"MC", nullptr, u"monaco", u"Monaco"},
};

bool reaches(const Place &p, const QString &type)
{
    return p.type == nullptr || QStringView(p.type) == type;
}

const Place *country(const QString &code, const QString &type)
{
    for (const Place &p : kPlaces) {
        if (p.region == nullptr && p.city == nullptr && QStringView(p.country) == code &&
            reaches(p, type))
            return &p;
    }
    return nullptr;
}

const Place *region(const QString &countryCode, const QStringView code)
{
    for (const Place &p : kPlaces) {
        if (p.region && p.city == nullptr && QStringView(p.country) == countryCode &&
            QStringView(p.region) == code)
            return &p;
    }
    return nullptr;
}

void writeCodeAndName(MockJsonWriter &w, const char *key, const char16_t *code,
                      const char16_t *name)
{
    w.beginObject(key);
    w.field("code", QStringView(code));
    w.field("name", QStringView(name));
    w.endObject();
}

} // namespace

MockResponse MockGeo::answer(Level level, const MockRequest &request)
{
    const QString type = request.queryValue(u"proxy_type"_s);
    if (type.isEmpty())
        return MockResponse::error(400, u"Parameter 'proxy_type' is required"_s);
    if (type != u"standart" && type != u"premium")
        return MockResponse::error(400, u"Unknown proxy type: "_s + type);
    const QString countryCode = request.queryValue(u"country_code"_s).toUpper();
    const QString regionCode = request.queryValue(u"region_code"_s).toUpper();
    if (level != Level::Countries) {
        if (countryCode.isEmpty())
            return MockResponse::error(400, u"Parameter 'country_code' is required"_s);
        if (!country(countryCode, type))
            return MockResponse::error(404, u"Country not found: "_s + countryCode);
    }
    // Cities need a region, as the contract says, except in a country that has none.
    bool hasRegions = false;
    for (const Place &p : kPlaces)
        hasRegions |= p.region && QStringView(p.country) == countryCode;
    if (level == Level::Cities && regionCode.isEmpty() && hasRegions)
        return MockResponse::error(400, u"Parameter 'region_code' is required"_s);

    MockJsonWriter w;
    w.beginObject();
    int count = 0;
    w.beginArray("results");
    for (const Place &p : kPlaces) {
        if (!reaches(p, type))
            continue;
        const bool isCountry = p.region == nullptr && p.city == nullptr;
        const bool isRegion = p.region && p.city == nullptr;
        const bool isCity = p.city != nullptr;
        if ((level == Level::Countries && !isCountry) || (level == Level::Regions && !isRegion) ||
            (level == Level::Cities && !isCity))
            continue;
        if (level != Level::Countries && QStringView(p.country) != countryCode)
            continue;
        if (level == Level::Cities && !regionCode.isEmpty() &&
            (p.region == nullptr || QStringView(p.region) != regionCode))
            continue;
        w.beginObject();
        w.field("code", QStringView(isCity ? p.city : isRegion ? p.region : p.country));
        w.field("name", QStringView(p.name));
        if (!isCountry) {
            const Place *c = country(countryCode, type);
            writeCodeAndName(w, "country", c->country, c->name);
        }
        if (isCity) {
            if (const Place *r = p.region ? region(countryCode, p.region) : nullptr)
                writeCodeAndName(w, "region", r->region, r->name);
            else
                w.fieldNull("region");
        }
        w.endObject();
        ++count;
    }
    w.endArray();
    w.field("count", count);
    w.endObject();
    return MockResponse::json(w.take());
}
