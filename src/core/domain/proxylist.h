#pragma once

#include "../api/apiresult.h"

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
    int httpPort = 0;
    int socksPort = 0;
    QString until; // the contract says "ISO8601/string date": kept as the server wrote it
    QString status;

    QJsonObject toJson() const;
};

struct ProxyList
{
    QList<ActiveProxy> proxies;
    QString orderTag;

    QJsonObject toJson() const;
    static ApiResult<ProxyList> fromJson(const QJsonDocument &doc);
};
