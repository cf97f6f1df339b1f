#pragma once

#include <QString>

class QLabel;

// The inline messages of the action dialogs look alike everywhere: a failure the person has to
// read stands out (as in the sign-in dialog), a warning is calmer, a confirmation calmer still.
// An empty text hides the label, so a cleared message leaves no gap.
namespace ActionMessage {
void showError(QLabel *label, const QString &text);
void showWarning(QLabel *label, const QString &text);
void showInfo(QLabel *label, const QString &text);
} // namespace ActionMessage
