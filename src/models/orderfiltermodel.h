#pragma once

#include "orderfilter.h"

#include <QSortFilterProxyModel>

class OrdersModel;

// Filtering and sorting of the orders table, driven by an OrderFilter. Reads the orders
// directly from the source model's store: no QVariant per row and no display strings.
class OrderFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterModel(OrdersModel *source, QObject *parent = nullptr);

    const OrderFilter &filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);
    OrdersModel *ordersModel() const { return m_orders; }

    qint64 orderIdAt(int proxyRow) const;
    QModelIndex indexOfOrder(qint64 orderId, int column = 0) const;

    // How many orders each category would show with the other filters as they are.
    QList<int> categoryCounts() const;

signals:
    void filterChanged(const OrderFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrdersModel *m_orders;
    OrderFilter m_filter;
};
