#include "account.h"

#include "jsonreader.h"

ApiResult<Account> Account::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the account is not a JSON object"));
    JsonReader r(doc.object(), QString());
    Account a;
    a.email = r.optionalString(QLatin1String("email")).trimmed();
    a.activeOrders = r.optionalInt(QLatin1String("active_orders"));
    a.walletBalanceCents = r.optionalInt(QLatin1String("wallet_balance"));
    return a;
}

QJsonObject Account::toJson() const
{
    auto opt = [](const std::optional<qint64> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{{QLatin1String("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email)},
                       {QLatin1String("active_orders"), opt(activeOrders)},
                       {QLatin1String("wallet_balance"), opt(walletBalanceCents)}};
}
