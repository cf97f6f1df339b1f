#include "money.h"

namespace Money {

namespace {

// |cents| without negating a qint64: the smallest one, -2^63, has no positive counterpart, and
// its negation is undefined behaviour. Unsigned arithmetic wraps by definition, so 0 - 2^63
// (as quint64) is 2^63 exactly.
quint64 magnitude(qint64 cents)
{
    return cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
}

// The locale's layout of the amount, exactly: "1,234.56" in en_US, "1.234,56" in de_DE. The
// whole units are formatted as an integer (no double: above 2^53 cents a double loses them) and
// the cents as the small, exact fraction "0.56" without its leading zero.
QString localizedAmount(quint64 absCents, const QLocale &locale)
{
    const QString fraction = locale.toString(double(absCents % 100) / 100.0, 'f', 2);
    const QString zero = locale.zeroDigit();
    if (!fraction.startsWith(zero))
        return {};
    return locale.toString(absCents / 100) + fraction.mid(zero.size());
}

} // namespace

QString format(qint64 cents, const QLocale &locale)
{
    // QLocale places the symbol and the sign for a double only. It is asked to lay out 1.00 (or
    // -1.00, for the locale's negative pattern) and the exact amount takes the 1.00's place.
    const bool negative = cents < 0;
    QString text = locale.toCurrencyString(negative ? -1.0 : 1.0, QStringLiteral("$"), 2);
    const QString one = locale.toString(1.0, 'f', 2);
    const QString amount = localizedAmount(magnitude(cents), locale);
    const qsizetype at = text.indexOf(one);
    if (amount.isEmpty() || at < 0) {
        // A layout not built from toString() (a platform's own system locale): its own result,
        // exact to the cent up to about 70 trillion dollars.
        return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2);
    }
    return text.replace(at, one.size(), amount);
}

QString plain(qint64 cents)
{
    const quint64 m = magnitude(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(m / 100)
        .arg(m % 100, 2, 10, QLatin1Char('0'));
}

} // namespace Money

QString Money::percent(double value, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', 2);
    const QString zero = locale.zeroDigit();
    const QString point = locale.decimalPoint();
    while (text.contains(point) && text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}
