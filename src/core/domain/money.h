#pragma once

#include <QLocale>
#include <QString>

// Money is integer cents everywhere in the API, and both spellings below are exact for every
// qint64, the smallest one included (the JSON parser lets any 64-bit integer through).
namespace Money {
// For people: the locale's currency layout with a "$": "$1,234.56" and "($1,234.56)" in en_US,
// "1.234,56 $" and "-1.234,56 $" in de_DE. (Only a system locale that formats currency on its
// own, which Linux's does not, goes through a double: exact up to about 70 trillion dollars.)
QString format(qint64 cents, const QLocale &locale = QLocale());
// "12.00" in the C locale, for machine-readable output (CSV, tables meant for scripts).
QString plain(qint64 cents);
// A percentage's number for people, as exact as the server gave it: "10", "12.5" ("12,5" in
// de_DE); at most two decimals.
QString percent(double value, const QLocale &locale = QLocale());
} // namespace Money
