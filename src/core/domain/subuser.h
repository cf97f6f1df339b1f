#pragma once

#include "apiresult.h"
#include "proxytype.h"
#include "skippedrows.h"
#include "trafficamount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A residential sub-user: its own login (`user_id` + `proxy_password`) with a share of the
// pool's traffic.
struct SubUser
{
    ProxyType type = ProxyType::Standart;
    QString userId; // the API sends a string; some servers a number, read as its digits
    QString name;   // `first_name`; may be empty
    QString password;
    TrafficAmount allotted; // `data`
    std::optional<TrafficAmount> spent; // `data_spent`; unknown when unreadable

    // What is left of the allotment (never negative).
    TrafficAmount remaining() const;
    // 0..1 of the allotment spent; nullopt when unknown or nothing is allotted.
    std::optional<double> spentFraction() const;

    // The id a path can carry as it is: letters, digits, '-', '_', '.', at most 64.
    static bool isSafeId(const QString &userId);

    QJsonObject toJson() const;
    // One row: needs its `user_id`; the rest may be unknown. `error` says why a row was refused.
    static std::optional<SubUser> fromObject(const QJsonObject &object, ProxyType type,
                                             const QString &path, QString *error);
    // GET /proxies/sub-user/{id}: `data` is an array of one (the contract), or the object.
    static ApiResult<SubUser> fromJson(const QJsonDocument &doc, ProxyType type);
};

// One page of GET /proxies/sub-users. The contract gives no total and no next link: a page with
// fewer rows than asked for is the last.
struct SubUsersPage
{
    QList<SubUser> users;
    SkippedRows skipped;
    qsizetype rowsSent = 0; // rows the server sent, read or not

    static ApiResult<SubUsersPage> fromJson(const QJsonDocument &doc, ProxyType type);
};

// The answer of a sub-user write (create, rename, delete, traffic, password). The contract says
// `data: object` with no schema, so everything in it is optional: a whole user when it is one,
// the traffic figures or the new password when they are there, and the server's words.
struct SubUserChange
{
    std::optional<SubUser> user;
    std::optional<TrafficAmount> allotted;
    std::optional<TrafficAmount> spent;
    QString password;
    QString message;

    static ApiResult<SubUserChange> fromJson(const QJsonDocument &doc, ProxyType type);
};
