#include "money.h"

namespace Money {

QString format(qint64 cents, const QLocale &locale)
{
    return locale.toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("$"), 2);
}

QString plain(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace Money
