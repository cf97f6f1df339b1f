#include "visibledetailsloader.h"

#include "../domain/apierror.h"
#include "orderservice.h"
#include "orderstore.h"

#include <utility>

VisibleDetailsLoader::VisibleDetailsLoader(OrderService *orders, QObject *parent)
    : QObject(parent), m_orders(orders)
{
    OrderStore *store = orders->store();
    connect(store, &OrderStore::detailsLoaded, this, &VisibleDetailsLoader::finished);
    connect(orders, &OrderService::detailsFailed, this, &VisibleDetailsLoader::failed);
    // A sync is the person's way of trying again: failed orders may be asked for once more.
    connect(store, &OrderStore::synced, this, [this] {
        const QList<qint64> failed = m_failed.keys();
        m_failed.clear();
        for (qint64 id : failed)
            emit stateChanged(id);
        sendQueued();
    });
    // Another account (or none): nothing of the old one is wanted any more.
    connect(store, &OrderStore::aboutToBeCleared, this, &VisibleDetailsLoader::forgetEverything);
}

bool VisibleDetailsLoader::isKnown(const OrderStore &store, qint64 orderId)
{
    return store.details(orderId) || store.hasCurrentKeptDetails(orderId);
}

void VisibleDetailsLoader::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    sendQueued();
}

VisibleDetailsLoader::State VisibleDetailsLoader::state(qint64 orderId) const
{
    if (m_inFlight.contains(orderId))
        return State::Loading;
    if (m_failed.contains(orderId))
        return State::Failed;
    // A screenful of ids: a linear look is cheaper than keeping a set in step.
    if (m_queue.contains(orderId))
        return State::Queued;
    return State::Idle;
}

void VisibleDetailsLoader::setVisibleOrders(const QList<qint64> &orderIds)
{
    const OrderStore *store = m_orders->store();
    QList<qint64> queue;
    queue.reserve(orderIds.size());
    for (qint64 id : orderIds) {
        if (m_inFlight.contains(id) || m_failed.contains(id) || isKnown(*store, id) ||
            queue.contains(id))
            continue;
        queue.append(id);
    }
    const QList<qint64> before = std::exchange(m_queue, queue);
    // Dropped before their turn: never asked for.
    for (qint64 id : before) {
        if (!m_queue.contains(id))
            emit stateChanged(id);
    }
    for (qint64 id : std::as_const(m_queue)) {
        if (!before.contains(id))
            emit stateChanged(id);
    }
    sendQueued();
}

void VisibleDetailsLoader::sendQueued()
{
    const OrderStore *store = m_orders->store();
    // The first sync needs every connection to show the orders at all; the details wait
    // ("Loading…") until it is done.
    if (!store->hasSynced() && m_orders->isSyncing())
        return;
    while (m_inFlight.size() < m_maxInFlight && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        // Loaded meanwhile by someone else (the details panel): nothing to ask.
        if (isKnown(*store, id)) {
            emit stateChanged(id);
            continue;
        }
        m_inFlight.insert(id);
        emit stateChanged(id);
        // Joins a load already under way for the same order rather than sending a second one.
        m_orders->loadDetails(id);
    }
}

void VisibleDetailsLoader::finished(qint64 orderId)
{
    const bool wasFailed = m_failed.remove(orderId) > 0;
    const bool wasLoading = m_inFlight.remove(orderId);
    const bool wasQueued = m_queue.removeOne(orderId);
    if (wasFailed || wasLoading || wasQueued)
        emit stateChanged(orderId);
    if (wasLoading)
        sendQueued();
}

void VisibleDetailsLoader::failed(qint64 orderId, const ApiError &error)
{
    if (!m_inFlight.remove(orderId))
        return; // not ours (the details panel reports its own failures)
    m_failed.insert(orderId, error.message());
    emit stateChanged(orderId);
    sendQueued();
}

void VisibleDetailsLoader::forgetEverything()
{
    m_queue.clear();
    m_inFlight.clear();
    m_failed.clear();
}
