#pragma once

#include "orderfilter.h"

#include <QAbstractProxyModel>

class OrdersModel;
class OrderStore;

// Filtering and sorting of the orders table, driven by an OrderFilter.
//
// Not a QSortFilterProxyModel: with 100,000 rows its per-row mapping bookkeeping and the
// removal signals for thousands of scattered rows cost seconds per keystroke. This proxy keeps
// every source row in sorted order once (re-sorted only when the sort changes), so filtering is
// a single pass that keeps that order; a query that only narrows the previous one re-checks
// just the rows already visible. Text is matched per distinct string (the store interns them),
// not per row. A filter change is announced as a layout change, which keeps the selection.
class OrderFilterModel final : public QAbstractProxyModel
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

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

signals:
    void filterChanged(const OrderFilter &filter);

private:
    // What a query means for the current strings: per string key, does it match.
    struct Matcher
    {
        QList<bool> textByKey;
        bool textIsDigits = false;
        QByteArray digits;
        qint64 productKey = -1; // -1: any product; -2: a product no row has
        qint64 tagKey = -1;     // -1: any tag
        bool untagged = false;
    };
    Matcher matcher(const OrderFilter &filter) const;
    bool accepts(int sourceRow, const Matcher &m, qint64 nowMsecs) const;
    bool acceptsIgnoringCategory(int sourceRow, const Matcher &m) const;
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    void resortAll();
    void rebuildRanks();
    void refilter(bool narrowing, QAbstractItemModel::LayoutChangeHint hint =
                                      QAbstractItemModel::NoLayoutChangeHint);
    void applyRows(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint =
                                        QAbstractItemModel::NoLayoutChangeHint);
    void rebuildReverseMap();

    void onSourceReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    OrdersModel *m_orders;
    OrderStore *m_store;
    OrderFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_sorted;        // every source row, in sort order
    QList<int> m_rows;          // visible source rows, in sort order (proxy row -> source row)
    QList<int> m_proxyOfSource; // source row -> proxy row, -1 when hidden
    QList<int> m_rankOfKey;     // string key -> position in case-insensitive order
};
