#include "account.h"

#include "jsonreader.h"

ApiResult<Account> Account::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the account is not a JSON object"));
    JsonReader r(doc.object(), QString());
    Account a;
    a.email = r.requiredString(QLatin1String("email"));
    a.activeOrders = r.requiredInt(QLatin1String("active_orders"));
    a.walletBalanceCents = r.requiredInt(QLatin1String("wallet_balance"));
    if (!r.ok())
        return ApiError::protocol(r.error());
    return a;
}

QJsonObject Account::toJson() const
{
    return QJsonObject{{QLatin1String("email"), email},
                       {QLatin1String("active_orders"), activeOrders},
                       {QLatin1String("wallet_balance"), walletBalanceCents}};
}
