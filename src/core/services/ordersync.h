#pragma once

#include "domain/apierror.h"
#include "../domain/orderspage.h"
#include "../domain/order.h"
#include "../domain/skippedrows.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>


class ApiClient;

// Fetches every order of the account. List rows carry no status, so the three status tabs are
// listed separately (each row's status is then known), every page at once within a window of
// requests in flight. The total is unknown: only a null `next` or an empty page ends a tab, and
// a page shorter than asked with `next` set means the server caps its pages, so the rows after
// it are asked for explicitly and the read-ahead steps by the cap from then on. A 4xx for a page
// that was only read ahead past the end is not an error; pages already read are never lost. A
// misbehaving server (endless `next`, repeated pages, oversized pages) cannot make it loop or
// grow without bound.
class OrderSync final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int pageSize = 100;
        int maxInFlight = 6; // Qt opens six connections per host; more would only queue
        int maxPagesPerStatus = 5000;
    };

    explicit OrderSync(ApiClient *client, QObject *parent = nullptr);

    void setLimits(const Limits &limits) { m_limits = limits; }
    // Which status tabs to list; all three by default.
    void setStatuses(const QList<OrderStatus> &statuses);
    Limits limits() const { return m_limits; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int pagesFetched() const { return m_pagesFetched; }
    // After finished(): every order exactly once (by id), in status order, each status in page
    // order. Built on request, so a caller that already has the rows pays nothing.
    QList<Order> takeOrders();
    qsizetype rowsFetched() const { return m_rowsFetched; }
    // Rows of this run that could not be read (no order_id) and were left out.
    const SkippedRows &skippedRows() const { return m_skipped; }

signals:
    void progressed(qsizetype rowsSoFar, int pagesSoFar);
    // The rows of one page as it arrives (before the run is known to be complete).
    void pageArrived(const QList<Order> &rows);
    // The run is complete; takeOrders() has the result.
    void finished();
    void failed(const ApiError &error);

private:
    struct Tab
    {
        OrderStatus status = OrderStatus::Unknown;
        qint64 nextOffset = 0;  // where the read-ahead asks next
        qint64 step = 0;        // the read-ahead's stride: the page size, or the server's cap
        qint64 endOffset = -1;  // first offset known to be past the end; -1 while unknown
        qint64 ceiling = -1;    // a 4xx was answered here: read ahead no further; -1: none
        int requested = 0;
        int inFlight = 0;
        QMap<qint64, QList<Order>> pages; // by offset
        QMap<qint64, qsizetype> listed;   // rows each answered page listed, unreadable included
        QList<qint64> gaps;               // offsets right after a capped page, asked for first
        QSet<qint64> asked;               // every offset asked for in this run
        QSet<qint64> pending;             // offsets asked for and not answered yet
        QMap<qint64, ApiError> refusals;  // 4xx answers, judged once the end is known
        QSet<qint64> seen;
    };

    void fill();
    bool tabDone(const Tab &tab) const;
    bool canReadAhead(const Tab &tab) const;
    // How far the answered pages cover the tab without a hole, from offset 0.
    static qint64 coveredUpTo(const Tab &tab);
    void request(Tab &tab);
    void onPage(int tabIndex, qint64 offset, int limit, const OrdersPage &page);
    void onRefused(int tabIndex, qint64 offset, const ApiError &error);
    // Settles the 4xx answers of a tab that can be settled; false when the run was aborted.
    bool settleRefusals(Tab &tab);
    void setEnd(Tab &tab, qint64 end);
    void abortWith(const ApiError &error);
    void finishIfDone();

    ApiClient *m_client;
    Limits m_limits;
    QList<OrderStatus> m_statuses{OrderStatus::Active, OrderStatus::OnHold,
                                  OrderStatus::Cancelled};
    QList<Tab> m_tabs;
    QObject *m_generation = nullptr; // context of the current run's calls; deleting it cancels them
    bool m_running = false;
    int m_inFlight = 0;
    int m_pagesFetched = 0;
    qsizetype m_rowsFetched = 0;
    SkippedRows m_skipped;
};
