#pragma once

#include <QLocale>
#include <QString>

// Money is integer cents everywhere in the API; doubles appear only at the moment of display.
namespace Money {
QString format(qint64 cents, const QLocale &locale = QLocale());
// "12.00" in the C locale, for machine-readable output (CSV, tables meant for scripts).
QString plain(qint64 cents);
} // namespace Money
