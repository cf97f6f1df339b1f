#pragma once

class QLineEdit;
class QString;

// The "×" a QLineEdit shows with clearButtonEnabled is an icon-only button Qt leaves unnamed:
// a screen reader announces "button" and nothing else.
namespace ClearButton {

// Names (and explains on hover) the clear button of `edit`, e.g. "Clear search". Turns the
// button on when it is off.
void name(QLineEdit *edit, const QString &name);

} // namespace ClearButton
