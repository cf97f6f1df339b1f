#pragma once

#include "domain/apierror.h"
#include "domain/apiresult.h"
#include "domain/proxylist.h"
#include "../domain/order.h"
#include "../domain/skippedrows.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class ApiClient;
class OrderStore;
class OrderSync;

// Keeps the OrderStore in step with the server: full syncs, lazily loaded details.
// A failed sync leaves the store as it was, so the last good data stays on screen.
// Also the reads about orders that do not live in the store: an order's proxy list, and a
// one-off listing of some statuses (sharddesk-cli's `orders`).
class OrderService final : public QObject
{
    Q_OBJECT

public:
    // Every order of the listed statuses exactly once: in status order (active, on hold,
    // cancelled), each status in the server's order.
    struct Listing
    {
        QList<Order> orders;
        SkippedRows skipped; // rows that could not be read and were left out
    };

    OrderService(ApiClient *client, OrderStore *store, QObject *parent = nullptr);

    OrderStore *store() const { return m_store; }
    bool isSyncing() const;

    void refresh();
    void cancelRefresh();
    void loadDetails(qint64 orderId, bool force = false);
    bool isLoadingDetails(qint64 orderId) const { return m_loadingDetails.contains(orderId); }
    // Rows of the last sync that could not be read and were left out (empty after a clean one).
    const SkippedRows &skippedRows() const;

    // The working proxies of one order (GET /proxies/active; the server offers them for
    // Datacenter and ISP orders only). `done` runs only while `context` lives.
    void proxies(qint64 orderId, QObject *context,
                 std::function<void(ApiResult<ProxyList>)> done);
    // Lists the orders of `statuses` by the same paging rules and tolerance as a refresh, but
    // apart from it: the store and a refresh under way are left alone. `done` runs once, and
    // only while `context` lives; destroying `context` stops the listing.
    void listOrders(const QList<OrderStatus> &statuses, QObject *context,
                    std::function<void(ApiResult<Listing>)> done);

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
