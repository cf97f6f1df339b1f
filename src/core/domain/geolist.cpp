#include "geolist.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace {

// A nested {code, name}, or a bare code, or nothing.
std::pair<QString, QString> codeAndName(const QJsonValue &value)
{
    if (value.isObject()) {
        const JsonReader r(value.toObject(), QString());
        return {r.optionalString(QLatin1String("code")).trimmed(),
                r.optionalString(QLatin1String("name")).trimmed()};
    }
    return {JsonReader::toText(value).trimmed(), QString()};
}

} // namespace

QJsonObject GeoPlace::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("code"), code);
    o.insert(QLatin1String("name"), name);
    if (!countryCode.isEmpty())
        o.insert(QLatin1String("country"), QJsonObject{{QLatin1String("code"), countryCode},
                                                       {QLatin1String("name"), countryName}});
    if (!regionCode.isEmpty())
        o.insert(QLatin1String("region"), QJsonObject{{QLatin1String("code"), regionCode},
                                                      {QLatin1String("name"), regionName}});
    return o;
}

QJsonObject GeoList::toJson() const
{
    QJsonArray rows;
    for (const GeoPlace &p : places)
        rows.append(p.toJson());
    QJsonObject o;
    o.insert(QLatin1String("count"), count ? QJsonValue(*count) : QJsonValue(qint64(places.size())));
    o.insert(QLatin1String("results"), rows);
    return o;
}

ApiResult<GeoList> GeoList::fromJson(const QJsonDocument &doc)
{
    GeoList list;
    QJsonArray rows;
    QString prefix = QStringLiteral("results");
    if (doc.isArray()) {
        rows = doc.array();
        prefix.clear();
    } else if (doc.isObject()) {
        const JsonReader top(doc.object(), QString());
        const QJsonObject object = doc.object();
        if (object.value(QLatin1String("results")).isArray()) {
            rows = object.value(QLatin1String("results")).toArray();
        } else if (object.value(QLatin1String("data")).isArray()) {
            rows = object.value(QLatin1String("data")).toArray();
            prefix = QStringLiteral("data");
        } else {
            return ApiError::protocol(QStringLiteral("the list has no 'results'"));
        }
        list.count = top.optionalInt(QLatin1String("count"));
        if (list.count && *list.count < 0)
            list.count.reset();
    } else {
        return ApiError::protocol(QStringLiteral("the list is not JSON"));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(prefix).arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object) {
            list.skipped.add(QStringLiteral("%1 is not an object").arg(path));
            continue;
        }
        JsonReader r(*object, path);
        GeoPlace place;
        place.code = r.requiredString(QLatin1String("code")).trimmed();
        if (r.ok() && place.code.isEmpty())
            r.fail(QStringLiteral("field '%1.code' is empty").arg(path));
        if (!r.ok()) {
            list.skipped.add(r.error());
            continue;
        }
        place.name = r.optionalString(QLatin1String("name")).trimmed();
        if (place.name.isEmpty())
            place.name = place.code;
        std::tie(place.countryCode, place.countryName) =
            codeAndName(object->value(QLatin1String("country")));
        std::tie(place.regionCode, place.regionName) =
            codeAndName(object->value(QLatin1String("region")));
        list.places.append(place);
    }
    return list;
}
