#pragma once

#include "domain/apierror.h"
#include "../domain/order.h"
#include "../domain/skippedrows.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class ApiClient;
class OrderStore;
class OrderSync;

// Keeps the OrderStore in step with the server: full syncs, lazily loaded details.
// A failed sync leaves the store as it was, so the last good data stays on screen.
class OrderService final : public QObject
{
    Q_OBJECT

public:
    OrderService(ApiClient *client, OrderStore *store, QObject *parent = nullptr);

    OrderStore *store() const { return m_store; }
    bool isSyncing() const;

    void refresh();
    void cancelRefresh();
    void loadDetails(qint64 orderId, bool force = false);
    bool isLoadingDetails(qint64 orderId) const { return m_loadingDetails.contains(orderId); }
    // Rows of the last sync that could not be read and were left out (empty after a clean one).
    const SkippedRows &skippedRows() const;

signals:
    void syncStarted();
    void syncProgressed(qsizetype rows, int pages);
    void synced(const QDateTime &when, qsizetype orderCount);
    void syncFailed(const ApiError &error);
    void detailsFailed(qint64 orderId, const ApiError &error);

private:
    void flushArrivedRows();

    ApiClient *m_client;
    OrderStore *m_store;
    OrderSync *m_sync;
    class QTimer *m_flushTimer;
    QList<Order> m_arrived;
    bool m_progressive = false;
    QSet<qint64> m_loadingDetails;
};
