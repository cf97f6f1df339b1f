#pragma once

#include "apiresult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

// GET /user/api/me. Every field may be missing in practice (an account whose email is null
// still signs in): the parts that are unknown stay unknown.
struct Account
{
    QString email; // empty: the server did not say
    std::optional<qint64> activeOrders;
    std::optional<qint64> walletBalanceCents;

    QJsonObject toJson() const;
    static ApiResult<Account> fromJson(const QJsonDocument &doc);
    friend bool operator==(const Account &, const Account &) = default;
};

Q_DECLARE_METATYPE(Account)
