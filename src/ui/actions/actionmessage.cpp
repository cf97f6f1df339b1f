#include "actionmessage.h"

#include <QLabel>

namespace {
void show(QLabel *label, const QString &text, const QString &style)
{
    label->setStyleSheet(style);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

namespace ActionMessage {

void showError(QLabel *label, const QString &text)
{
    show(label, text,
         QStringLiteral("color: palette(highlighted-text); background: #c01c28; padding: 6px; "
                        "border-radius: 4px;"));
}

void showWarning(QLabel *label, const QString &text)
{
    show(label, text,
         QStringLiteral("color: #3d2e00; background: #f8e45c; padding: 6px; border-radius: 4px;"));
}

void showInfo(QLabel *label, const QString &text)
{
    show(label, text,
         QStringLiteral("background: palette(alternate-base); padding: 6px; "
                        "border-radius: 4px;"));
}

} // namespace ActionMessage
