#pragma once

#include "apiresult.h"
#include "skippedrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

// One proxy of a Datacenter/ISP order (GET /user/api/proxies/active).
struct ActiveProxy
{
    QString ip;
    QString username;
    QString password;
    int httpPort = 0;  // 0: none given
    int socksPort = 0; // 0: none given
    QString until; // the contract says "ISO8601/string date": kept as the server wrote it
    QString status;
    QString signature; // the p0f signature, when the order has one

    QJsonObject toJson() const;
};

struct ProxyList
{
    QList<ActiveProxy> proxies;
    QString orderTag;
    SkippedRows skipped; // rows without an address or a port

    QJsonObject toJson() const;
    static ApiResult<ProxyList> fromJson(const QJsonDocument &doc);
};
