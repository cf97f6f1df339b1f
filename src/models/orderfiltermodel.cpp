#include "orderfiltermodel.h"

#include "ordersmodel.h"
#include "services/orderstore.h"

OrderFilterModel::OrderFilterModel(OrdersModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_orders(source)
{
    setSourceModel(source);
    setSortRole(OrdersModel::RawValueRole);
    // Changed rows are re-checked against the filter and moved to their sorted place.
    setDynamicSortFilter(true);
}

void OrderFilterModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    emit filterChanged(m_filter);
}

bool OrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Order &o = m_orders->orderAt(sourceRow);
    return m_filter.matches(o, m_orders->store()->location(o.id), m_orders->nowMsecs());
}

bool OrderFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int c = m_orders->compare(left.row(), right.row(), left.column());
    if (c != 0)
        return c < 0;
    // Ties break by order ID so the order is stable and predictable.
    return m_orders->orderAt(left.row()).id < m_orders->orderAt(right.row()).id;
}

qint64 OrderFilterModel::orderIdAt(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() ? m_orders->orderAt(source.row()).id : 0;
}

QModelIndex OrderFilterModel::indexOfOrder(qint64 orderId, int column) const
{
    return mapFromSource(m_orders->indexOfOrder(orderId, column));
}

QList<int> OrderFilterModel::categoryCounts() const
{
    using Category = OrderFilter::Category;
    const Category categories[] = {Category::All, Category::Active, Category::OnHold,
                                   Category::Cancelled, Category::ExpiringSoon};
    QList<int> counts(std::size(categories), 0);
    const OrderStore *store = m_orders->store();
    const qint64 now = m_orders->nowMsecs();
    for (const Order &o : store->orders()) {
        if (!m_filter.matchesProductAndTag(o) || !m_filter.matchesText(o, store->location(o.id)))
            continue;
        for (qsizetype c = 0; c < counts.size(); ++c) {
            if (OrderFilter::inCategory(o, categories[c], now))
                ++counts[c];
        }
    }
    return counts;
}
