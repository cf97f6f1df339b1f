#include "orderproxies.h"

#include "orderservice.h"

OrderProxies::OrderProxies(OrderService &orders, QObject *parent)
    : QObject(parent), m_orders(orders)
{
}

void OrderProxies::load(const QList<qint64> &orderIds, CheckProtocols protocols)
{
    const quint64 generation = ++m_generation;
    m_ids = orderIds;
    m_byOrder = QList<QList<ProxyEndpoint>>(orderIds.size());
    m_endpoints.clear();
    m_failures.clear();
    m_loaded = 0;
    m_waiting = int(orderIds.size());
    for (qsizetype i = 0; i < orderIds.size(); ++i) {
        const qint64 id = orderIds.at(i);
        m_orders.proxies(id, this, [this, generation, i, id, protocols](ApiResult<ProxyList> r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_byOrder[i] = ProxyEndpoint::ofOrder(id, r.value().proxies, protocols);
                ++m_loaded;
            } else {
                m_failures.append({id, r.error()});
            }
            --m_waiting;
            finishIfDone();
        });
    }
    finishIfDone();
}

void OrderProxies::finishIfDone()
{
    if (m_waiting > 0)
        return;
    m_endpoints.clear();
    for (const QList<ProxyEndpoint> &list : std::as_const(m_byOrder))
        m_endpoints += list;
    emit finished();
}
