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
            return ApiError::protocol(QStringLiteral("field '%1' is not an object").arg(path));
        JsonReader r(*object, path);
        StockEntry e;
        e.country = r.requiredString(QLatin1String("country"));
        e.productCode = r.requiredString(QLatin1String("product"));
        e.amount = r.requiredInt(QLatin1String("amount"));
        if (e.amount < 0)
            r.fail(QStringLiteral("field '%1.amount' is negative").arg(path));
        if (!r.ok())
            return ApiError::protocol(r.error());
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
