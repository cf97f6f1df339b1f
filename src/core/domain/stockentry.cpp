#include "stockentry.h"

#include "jsonreader.h"

ApiResult<QList<StockEntry>> StockEntry::listFromJson(const QJsonDocument &doc)
{
    if (!doc.isArray())
        return ApiError::protocol(QStringLiteral("the stock list is not a JSON array"));
    const QJsonArray rows = doc.array();
    QList<StockEntry> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        const auto object = JsonReader::asObject(rows.at(i));
        if (!object)
            continue; // one odd row never costs the rest of the stock list
        JsonReader r(*object, path);
        StockEntry e;
        e.country = r.requiredString(QLatin1String("country")).trimmed();
        e.productCode = r.requiredString(QLatin1String("product")).trimmed();
        e.amount = qMax<qint64>(0, r.optionalInt(QLatin1String("amount")).value_or(0));
        if (!r.ok() || e.country.isEmpty() || e.productCode.isEmpty())
            continue;
        out.append(std::move(e));
    }
    return out;
}

QJsonObject StockEntry::toJson() const
{
    return QJsonObject{{QLatin1String("country"), country},
                       {QLatin1String("product"), productCode},
                       {QLatin1String("amount"), amount}};
}
