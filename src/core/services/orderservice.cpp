#include "orderservice.h"

#include "../api/apiclient.h"
#include "orderstore.h"
#include "ordersync.h"

OrderService::OrderService(ApiClient *client, OrderStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_sync(new OrderSync(client, this))
{
    connect(m_sync, &OrderSync::progressed, this, &OrderService::syncProgressed);
    connect(m_sync, &OrderSync::failed, this, &OrderService::syncFailed);
    connect(m_sync, &OrderSync::finished, this, [this](const QList<Order> &orders) {
        m_store->applySync(orders);
        emit synced(m_store->lastSync(), m_store->count());
    });
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
    emit syncStarted();
    m_sync->start();
}

void OrderService::cancelRefresh()
{
    m_sync->cancel();
}

void OrderService::loadDetails(qint64 orderId, bool force)
{
    if (m_loadingDetails.contains(orderId))
        return;
    if (!force && m_store->details(orderId))
        return;
    m_loadingDetails.insert(orderId);
    m_client->orderDetails(orderId, this, [this, orderId](ApiResult<OrderDetails> result) {
        m_loadingDetails.remove(orderId);
        if (!result.ok()) {
            emit detailsFailed(orderId, result.error());
            return;
        }
        m_store->setDetails(result.value());
    });
}
