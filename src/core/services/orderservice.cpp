#include "orderservice.h"

#include "../api/apiclient.h"
#include "orderstore.h"
#include "ordersync.h"

#include <QTimer>

#include <memory>
#include <utility>

namespace {
// How often a first sync shows what has arrived: often enough to feel alive, rarely enough
// that re-sorting a large table does not add up.
constexpr int flushIntervalMs = 50;
} // namespace

OrderService::OrderService(ApiClient *client, OrderStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_sync(new OrderSync(client, this)),
      m_flushTimer(new QTimer(this))
{
    m_flushTimer->setInterval(flushIntervalMs);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &OrderService::flushArrivedRows);
    connect(m_sync, &OrderSync::progressed, this, &OrderService::syncProgressed);
    connect(m_sync, &OrderSync::pageArrived, this, [this](const QList<Order> &rows) {
        if (!m_progressive)
            return;
        m_arrived += rows;
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
    });
    connect(m_sync, &OrderSync::failed, this, [this](const ApiError &error) {
        m_flushTimer->stop();
        m_arrived.clear();
        m_progressive = false;
        emit syncFailed(error);
    });
    connect(m_sync, &OrderSync::finished, this, [this] {
        m_flushTimer->stop();
        if (m_progressive) {
            // Every page is in the store already (merged by the sync's own rule), and the store
            // was empty before: nothing to remove, nothing to compare again.
            flushArrivedRows();
            m_progressive = false;
            m_store->markSynced();
        } else {
            m_store->applySync(m_sync->takeOrders());
        }
        emit synced(m_store->lastSync(), m_store->count());
    });
}

void OrderService::flushArrivedRows()
{
    if (m_arrived.isEmpty())
        return;
    // Pages arrive in any order, but an order listed under two statuses (it changed during the
    // sync, or the server repeats it) must end as OrderSync says: the first status listed wins
    // (active, then on hold, then cancelled — the order of the enum).
    QHash<qint64, qsizetype> chosen;
    QList<Order> rows;
    rows.reserve(m_arrived.size());
    for (Order &o : m_arrived) {
        const Order *existing = m_store->find(o.id);
        if (existing && existing->status < o.status)
            continue;
        const auto it = chosen.constFind(o.id);
        if (it != chosen.constEnd()) {
            if (rows.at(*it).status > o.status)
                rows[*it] = std::move(o);
            continue;
        }
        chosen.insert(o.id, rows.size());
        rows.append(std::move(o));
    }
    m_arrived.clear();
    m_store->mergeRows(rows);
}

const SkippedRows &OrderService::skippedRows() const
{
    return m_sync->skippedRows();
}

void OrderService::proxies(qint64 orderId, QObject *context,
                           std::function<void(ApiResult<ProxyList>)> done)
{
    m_client->activeProxies(orderId, context, std::move(done));
}

void OrderService::listOrders(const QList<OrderStatus> &statuses, QObject *context,
                              std::function<void(ApiResult<Listing>)> done)
{
    // A sync of its own: the service's sync feeds the store, and a refresh must not be cut
    // short (or answered) by a listing, nor the other way round.
    auto *sync = new OrderSync(m_client, this);
    sync->setStatuses(statuses);
    // Gone with the context: its calls are aborted and nothing is answered.
    connect(context, &QObject::destroyed, sync, &QObject::deleteLater);
    auto answer = std::make_shared<std::function<void(ApiResult<Listing>)>>(std::move(done));
    connect(sync, &OrderSync::failed, context, [sync, answer](const ApiError &error) {
        sync->deleteLater();
        if (*answer)
            std::exchange(*answer, nullptr)(error);
    });
    connect(sync, &OrderSync::finished, context, [sync, answer] {
        sync->deleteLater();
        if (*answer)
            std::exchange(*answer, nullptr)(Listing{sync->takeOrders(), sync->skippedRows()});
    });
    sync->start();
}

bool OrderService::isSyncing() const
{
    return m_sync->isRunning();
}

void OrderService::refresh()
{
    // A refresh while one runs would only repeat the same pages.
    if (m_sync->isRunning())
        return;
    // With nothing on screen yet, show orders as they arrive; otherwise the last good data
    // stays untouched until the whole new picture is known.
    m_progressive = m_store->count() == 0;
    emit syncStarted();
    m_sync->start();
}

void OrderService::cancelRefresh()
{
    m_sync->cancel();
    m_flushTimer->stop();
    m_arrived.clear();
    m_progressive = false;
}

void OrderService::loadDetails(qint64 orderId, bool force)
{
    if (m_loadingDetails.contains(orderId))
        return;
    if (!force && m_store->details(orderId))
        return;
    m_loadingDetails.insert(orderId);
    const quint32 changes = m_store->changeCount(orderId);
    m_client->orderDetails(orderId, this, [this, orderId, changes](ApiResult<OrderDetails> result) {
        m_loadingDetails.remove(orderId);
        if (!result.ok()) {
            emit detailsFailed(orderId, result.error());
            return;
        }
        if (result.value().id != orderId) {
            // Details of another order say nothing about this one (and whoever waits for this
            // one would wait for ever).
            //: %1 and %2 are order numbers
            emit detailsFailed(orderId, ApiError::protocol(tr("order %1 was asked for, the answer "
                                                              "is about order %2")
                                                               .arg(orderId)
                                                               .arg(result.value().id)));
            return;
        }
        // Asked before a change to this order was sent, or answered while one is still on its
        // way (the server may not have applied it yet): its tag or auto-renew may be stale, so
        // it does not touch the row. The edit's own answer sets the row; a stale answer from
        // before the change is asked again once nothing is pending.
        const bool pending = m_store->isPending(orderId);
        const bool current = changes == m_store->changeCount(orderId) && !pending;
        m_store->setDetails(result.value(), current);
        if (!current && !pending)
            loadDetails(orderId, true);
    });
}
