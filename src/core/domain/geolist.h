#pragma once

#include "apiresult.h"
#include "proxytype.h"
#include "skippedrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A place residential proxies can be aimed at: a country, a region of one, or a city.
struct GeoPlace
{
    QString code; // ISO country code, region code, or a city slug
    QString name; // the code itself when the server gives no name
    QString countryCode;
    QString countryName;
    QString regionCode; // cities only; empty when the server says the city has no region
    QString regionName;

    QJsonObject toJson() const;
};

// Which list to ask for: the countries of a pool, the regions of a country, or the cities of a
// region (a country without regions lists its cities with an empty region).
struct GeoQuery
{
    enum class Level { Countries, Regions, Cities };

    Level level = Level::Countries;
    ProxyType type = ProxyType::Standart;
    QString country;
    QString region;

    bool operator==(const GeoQuery &other) const = default;
};

// GET /user/api/proxies/countries | regions | cities: `{count, results: [...]}`, no `success`
// and no paging in the contract. Read as a tolerant reader: `results` or `data` or a bare array;
// a row needs only its `code`; unreadable rows are skipped and counted.
struct GeoList
{
    QList<GeoPlace> places;
    std::optional<qint64> count; // what the server says it has (may exceed the rows sent)
    SkippedRows skipped;

    // The server says it has more than it sent: the list may be cut short.
    bool maybeIncomplete() const { return count && *count > places.size() + skipped.count(); }

    QJsonObject toJson() const;
    static ApiResult<GeoList> fromJson(const QJsonDocument &doc);
};
