#pragma once

#include "alerts/renewalalerts.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// The system tray icon and its notifications. Lives only while enabled and where the desktop
// has a tray; a click on a notification asks the window to show the orders it was about.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    // `actions` go into the tray menu after "Show ShardDesk" (e.g. Refresh, Quit).
    TrayNotifier(QWidget *window, const QList<QAction *> &actions, QObject *parent = nullptr);
    ~TrayNotifier() override;

    void setEnabled(bool enabled);
    // Whether the desktop has a tray. Asked once (it can be a D-Bus round trip on the GUI
    // thread), then remembered for the session.
    static bool trayAvailable();
    // Shown in the tray: there is a tray and the person wants it.
    bool isActive() const { return m_icon != nullptr; }
    // Shows a notification; false when there is no tray to show it in.
    bool notify(const RenewalAlerts &alerts);
    // What a sync found changed (the activity log's summary, e.g. "3 renewed, 1 on hold"), for
    // a person away from the window: false, and nothing shown, while the window is active (its
    // status bar says it) or without a tray. Each change is told once, as the log holds it once.
    bool notifyChanges(const QString &summary);
    // After a sign-out: a notification still on screen must not lead to the old orders.
    void forget()
    {
        m_lastIds.clear();
        m_unshown.reset();
        m_lastIsActivity = false;
    }

signals:
    void showOrdersRequested(const QList<qint64> &orderIds);
    // The last notification was about changes: its click shows the Activity page.
    void showActivityRequested();

private:
    void showWindow();

    QWidget *m_window;
    QList<QAction *> m_actions;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QList<qint64> m_lastIds;
    bool m_lastIsActivity = false;
    // News that came while there was no icon yet (the first 300 ms, or the tray switched off).
    std::optional<RenewalAlerts> m_unshown;
};
