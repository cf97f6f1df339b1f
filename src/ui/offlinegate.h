#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class ConnectionStatus;
class QAction;
class QActionGroup;

// While the server cannot be reached, the actions that need it (buy, renew, change an order,
// load its proxies) are disabled and say why in their tooltip and status tip. Reading stays:
// search, sort, copy and export work on what is on screen.
//
// The actions sit in a QActionGroup that is disabled while offline: an action's own
// setEnabled() (the selection deciding what applies) is remembered by Qt and comes back with
// the group, so no owner of the actions has to know about the connection.
class OfflineGate final : public QObject
{
    Q_OBJECT

public:
    OfflineGate(ConnectionStatus &connection, const QList<QAction *> &actions,
                QObject *parent = nullptr);

    bool isClosed() const;
    // What a gated action says while closed ("Needs the server: offline since 14:05").
    QString reason() const;

private:
    void update();
    void holdBack(QAction *action);

    ConnectionStatus &m_connection;
    QActionGroup *m_group;
    // Each action's own tooltip and status tip, put back when the server answers again.
    QHash<QAction *, QPair<QString, QString>> m_tips;
};
