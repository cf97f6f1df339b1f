#include "proxycheckresult.h"

QString ProxyCheckResult::label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return tr("Waiting");
    case Outcome::Checking:
        return tr("Checking…");
    case Outcome::Works:
        return tr("Works");
    case Outcome::AuthFailed:
        return tr("Wrong user or password");
    case Outcome::Refused:
        return tr("Connection refused");
    case Outcome::TimedOut:
        return tr("Timed out");
    case Outcome::Dns:
        return tr("Host not found");
    case Outcome::Tls:
        return tr("TLS failed");
    case Outcome::BadAnswer:
        return tr("Bad answer");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ProxyCheckResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return QStringLiteral("waiting");
    case Outcome::Checking:
        return QStringLiteral("checking");
    case Outcome::Works:
        return QStringLiteral("works");
    case Outcome::AuthFailed:
        return QStringLiteral("auth_failed");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::TimedOut:
        return QStringLiteral("timed_out");
    case Outcome::Dns:
        return QStringLiteral("dns");
    case Outcome::Tls:
        return QStringLiteral("tls");
    case Outcome::BadAnswer:
        return QStringLiteral("bad_answer");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QList<ProxyCheckResult::Outcome> ProxyCheckResult::outcomes()
{
    return {Outcome::Waiting, Outcome::Checking, Outcome::Works,     Outcome::AuthFailed,
            Outcome::Refused, Outcome::TimedOut, Outcome::Dns,       Outcome::Tls,
            Outcome::BadAnswer, Outcome::Failed, Outcome::Cancelled};
}

QJsonObject ProxyCheckResult::toJson() const
{
    // Unknowns are null, not -1: a script should not average a sentinel.
    const auto ms = [](int v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    return {
        {QStringLiteral("result"), outcomeName(outcome)},
        {QStringLiteral("connect_ms"), ms(connectMs)},
        {QStringLiteral("total_ms"), ms(totalMs)},
        {QStringLiteral("http_status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("exit_ip"), exitIp.isEmpty() ? QJsonValue() : QJsonValue(exitIp)},
        {QStringLiteral("country"), country.isEmpty() ? QJsonValue() : QJsonValue(country)},
        {QStringLiteral("detail"), detail.isEmpty() ? QJsonValue() : QJsonValue(detail)},
    };
}
