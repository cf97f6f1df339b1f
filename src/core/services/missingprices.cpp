#include "missingprices.h"

#include "../domain/apierror.h"
#include "orderservice.h"
#include "orderstore.h"

#include <algorithm>

MissingPrices::MissingPrices(OrderService *orders, QObject *parent)
    : QObject(parent), m_orders(orders)
{
    connect(orders->store(), &OrderStore::detailsLoaded, this,
            [this](qint64 id) { answered(id, true); });
    connect(orders, &OrderService::detailsFailed, this, [this](qint64 id, const ApiError &error) {
        // The server out of reach (or asking to slow down, after its retries): the rest would
        // fail the same way, thousands of times over.
        if (m_inFlight.contains(id) && error.isTransient()) {
            m_stopReason = error.message();
            stop();
        }
        answered(id, false);
    });
    // Another account: its orders are not wanted any more.
    connect(orders->store(), &OrderStore::aboutToBeCleared, this, [this] {
        m_queue.clear();
        m_inFlight.clear();
        emit progressed();
    });
}

QList<qint64> MissingPrices::missing() const
{
    const OrderStore *store = m_orders->store();
    QList<qint64> ids;
    for (const Order &o : store->orders()) {
        if (!store->details(o.id) && !store->keptDetails(o.id))
            ids.append(o.id);
    }
    return ids;
}

int MissingPrices::missingCount() const
{
    const OrderStore *store = m_orders->store();
    const QList<Order> &orders = store->orders();
    return int(std::count_if(orders.cbegin(), orders.cend(), [store](const Order &o) {
        return !store->details(o.id) && !store->keptDetails(o.id);
    }));
}

void MissingPrices::load()
{
    if (isLoading())
        return;
    m_queue = missing();
    m_total = int(m_queue.size());
    m_done = 0;
    m_failed = 0;
    m_stopReason.clear();
    emit progressed();
    if (m_queue.isEmpty())
        emit finished();
    else
        send();
}

void MissingPrices::stop()
{
    m_total -= int(m_queue.size());
    m_queue.clear();
    emit progressed();
    if (m_inFlight.isEmpty())
        emit finished();
}

void MissingPrices::send()
{
    while (m_inFlight.size() < kMaxInFlight && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        // Loaded meanwhile (the table, the renew dialog): nothing to ask.
        if (m_orders->store()->details(id)) {
            ++m_done;
            continue;
        }
        m_inFlight.insert(id);
        m_orders->loadDetails(id);
    }
}

void MissingPrices::answered(qint64 orderId, bool ok)
{
    if (!m_inFlight.remove(orderId))
        return; // someone else's request
    ++m_done;
    if (!ok)
        ++m_failed;
    send();
    emit progressed();
    if (!isLoading())
        emit finished();
}
