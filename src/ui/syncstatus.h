#pragma once

#include <QObject>

class ApiError;
class OrderService;
class OrderStore;
class QAbstractItemModel;
class QLabel;
class QStatusBar;
class QToolButton;

// The status bar's account of the orders: syncing, how many are shown, when they were last
// updated, and a Retry button after a failed refresh.
class SyncStatus final : public QObject
{
    Q_OBJECT

public:
    // `shown`: the rows in view, counted against every order in `store`.
    SyncStatus(OrderService &orders, OrderStore &store, const QAbstractItemModel &shown,
               QStatusBar *bar);

    QString text() const;
    void showConnecting();
    // Stored orders are shown until the first sync answers: "As of 14:02" (the date too when
    // it is not today).
    void showRestored(const QDateTime &asOf);
    // The server cannot be reached (the window's banner says so): "Connecting…" gives way to the
    // count of the orders on screen.
    void showOffline() { updateCount(); }
    void clear();

signals:
    void retryRequested();

private:
    void updateCount();
    void onSyncFailed(const ApiError &error);

    OrderService &m_orders;
    OrderStore &m_store;
    const QAbstractItemModel &m_shown;
    QStatusBar *m_bar;
    QLabel *m_syncLabel;
    QLabel *m_updatedLabel;
    QToolButton *m_retryButton;
};
