#include "mockstate.h"

#include <algorithm>

void MockState::setOrders(QList<MockOrder> orders)
{
    std::sort(orders.begin(), orders.end(),
              [](const MockOrder &a, const MockOrder &b) { return a.orderId < b.orderId; });
    m_orders = std::move(orders);
    m_indexValid = false;
}

int MockState::indexOf(qint64 orderId) const
{
    const auto it = std::lower_bound(m_orders.cbegin(), m_orders.cend(), orderId,
                                     [](const MockOrder &o, qint64 id) { return o.orderId < id; });
    if (it == m_orders.cend() || it->orderId != orderId)
        return -1;
    return int(it - m_orders.cbegin());
}

const MockOrder *MockState::order(qint64 orderId) const
{
    const int i = indexOf(orderId);
    return i < 0 ? nullptr : &m_orders.at(i);
}

bool MockState::updateOrder(const MockOrder &order)
{
    const int i = indexOf(order.orderId);
    if (i < 0)
        return false;
    if (m_orders.at(i).status != order.status)
        m_indexValid = false;
    m_orders[i] = order;
    return true;
}

qint64 MockState::addOrder(MockOrder order)
{
    order.orderId =
        m_orders.isEmpty() ? kFirstOrderId : std::max(kFirstOrderId, m_orders.last().orderId + 1);
    m_orders.append(order);
    m_indexValid = false;
    return order.orderId;
}

void MockState::rebuildIndex() const
{
    for (QList<int> &rows : m_byStatus)
        rows.clear();
    m_all.clear();
    m_all.reserve(m_orders.size());
    for (int i = int(m_orders.size()) - 1; i >= 0; --i) {
        m_all.append(i);
        m_byStatus[int(m_orders.at(i).status)].append(i);
    }
    m_indexValid = true;
}

const QList<int> &MockState::rowsWithStatus(std::optional<MockOrder::Status> status) const
{
    if (!m_indexValid)
        rebuildIndex();
    return status ? m_byStatus[int(*status)] : m_all;
}

int MockState::countWithStatus(MockOrder::Status status) const
{
    return int(rowsWithStatus(status).size());
}
