#pragma once

#include <QTableView>

class OrderFilterModel;
class OrderStore;

// The orders table (promoted in mainwindow.ui): its columns, its menus and the selection, in
// terms of order ids.
class OrdersTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit OrdersTableView(QWidget *parent = nullptr);

    // Shows the filtered orders; `store` gives the tag editor its suggestions.
    void attach(OrderFilterModel *model, OrderStore *store);
    // The row menu; nullptr stands for a separator.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    // The columns' order, widths, visibility and the sort, as saved at the last close.
    void restoreLayout(const QByteArray &layout);
    QByteArray saveLayout() const;

    qint64 currentOrderId() const;
    // In table order, as Copy rows and Export give them.
    QList<qint64> selectedOrderIds() const;
    // The ids of the rows in view, in their order.
    QList<qint64> visibleOrderIds() const;
    // False when the filters hide the order (or there is no such order).
    bool selectOrder(qint64 orderId);
    void editTag(qint64 orderId);
    void copyIds() const;
    void copyRows() const;

signals:
    void currentOrderChanged(qint64 orderId);
    void selectedOrdersChanged();
    void tagEdited(qint64 orderId, const QString &tag);

private:
    void sizeColumns();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);

    OrderFilterModel *m_model = nullptr;
    QList<QAction *> m_contextActions;
};
