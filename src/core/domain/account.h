#pragma once

#include "../api/apiresult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>

// GET /user/api/me.
struct Account
{
    QString email;
    qint64 activeOrders = 0;
    qint64 walletBalanceCents = 0;

    QJsonObject toJson() const;
    static ApiResult<Account> fromJson(const QJsonDocument &doc);
    friend bool operator==(const Account &, const Account &) = default;
};

Q_DECLARE_METATYPE(Account)
