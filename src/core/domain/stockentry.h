#pragma once

#include "apiresult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

// One row of GET /user/api/proxies/available-count: stock of a product code in a country.
struct StockEntry
{
    QString country;     // ISO code, e.g. "DE"
    QString productCode; // short code, e.g. "dc", "isp"
    qint64 amount = 0;

    QJsonObject toJson() const;
    static ApiResult<QList<StockEntry>> listFromJson(const QJsonDocument &doc);
    friend bool operator==(const StockEntry &, const StockEntry &) = default;
};
