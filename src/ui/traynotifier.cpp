#include "traynotifier.h"

#include "alerts/renewalalerts.h"
#include "alerttext.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

TrayNotifier::TrayNotifier(QWidget *window, const QList<QAction *> &actions, QObject *parent)
    : QObject(parent), m_window(window), m_actions(actions)
{
}

TrayNotifier::~TrayNotifier()
{
    setEnabled(false);
}

bool TrayNotifier::trayAvailable()
{
    static const bool available = QSystemTrayIcon::isSystemTrayAvailable();
    return available;
}

void TrayNotifier::setEnabled(bool enabled)
{
    const bool wanted = enabled && trayAvailable();
    if (wanted == isActive())
        return;
    if (!wanted) {
        delete m_icon;
        m_icon = nullptr;
        delete m_menu;
        m_menu = nullptr;
        return;
    }
    m_menu = new QMenu;
    m_menu->addAction(tr("Show ShardDesk"), this, &TrayNotifier::showWindow);
    m_menu->addSeparator();
    m_menu->addActions(m_actions);
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setToolTip(QStringLiteral("ShardDesk"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (m_lastIsActivity)
            emit showActivityRequested();
        else if (!m_lastIds.isEmpty())
            emit showOrdersRequested(m_lastIds);
    });
    m_icon->show();
    if (m_unshown) {
        const RenewalAlerts unshown = *m_unshown;
        m_unshown.reset();
        notify(unshown);
    }
}

bool TrayNotifier::notify(const RenewalAlerts &alerts)
{
    if (!alerts.hasWarnings())
        return false;
    if (!m_icon) {
        m_unshown = alerts;
        return false;
    }
    m_lastIds = alerts.attentionIds();
    m_lastIsActivity = false;
    QStringList lines = AlertText::lines(alerts);
    lines.append(tr("Click to see these orders."));
    m_icon->showMessage(AlertText::title(alerts), lines.join(u'\n'),
                        alerts.isUnderfunded() ? QSystemTrayIcon::Warning
                                               : QSystemTrayIcon::Information,
                        15000);
    return true;
}

bool TrayNotifier::notifyChanges(const QString &summary)
{
    if (!m_icon || summary.isEmpty() || m_window->isActiveWindow())
        return false;
    m_lastIsActivity = true;
    m_icon->showMessage(tr("What changed since the last sync"),
                        summary + u'\n' + tr("Click to see the activity."),
                        QSystemTrayIcon::Information, 10000);
    return true;
}

void TrayNotifier::showWindow()
{
    // Un-minimise, but keep a maximised window maximised.
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
