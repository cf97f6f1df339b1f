#include "firstpaint.h"

#include <QEvent>
#include <QTimer>

FirstPaint::FirstPaint(QObject *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        watched->removeEventFilter(this);
        // After the paint, not during it: listeners may start threads or quit.
        QTimer::singleShot(0, this, [this] {
            emit painted();
            deleteLater();
        });
    }
    return false;
}
