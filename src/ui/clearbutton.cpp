#include "clearbutton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace ClearButton {

void name(QLineEdit *edit, const QString &name)
{
    edit->setClearButtonEnabled(true);
    // Qt's own name for the action behind the "×" (qlineedit_p.cpp); no API hands it out.
    auto *action = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!action)
        return;
    action->setText(name);
    action->setToolTip(name);
    // The button shows the action; naming it too keeps the name if the action's text is reset.
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            button->setAccessibleName(name);
    }
}

} // namespace ClearButton
