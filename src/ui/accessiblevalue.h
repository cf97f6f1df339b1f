#pragma once

class QLabel;
class QString;

// Labels that show a value (a balance, a date, a result) are what a screen reader reads by
// name. A fixed name ("Wallet balance") hides the value, and the bare text ("$100.00") loses
// what it is: an exposed label is named "<caption>: <its text as plain text>", with the text
// alone as its value. Both are computed when asked, so they follow every setText() without the
// callers knowing.
namespace AccessibleValue {

// The caption is the label's accessibleName (as the form sets it); `caption` replaces it when
// given.
void expose(QLabel *label, const QString &caption);
void expose(QLabel *label);

// What the label shows, as a person reads it: rich text without its markup, no mnemonic '&'.
QString plainText(const QLabel *label);

} // namespace AccessibleValue
