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
    // The ids of the rows on screen now (inside the viewport), top to bottom.
    QList<qint64> orderIdsOnScreen() const;
    // False when the filters hide the order (or there is no such order).
    bool selectOrder(qint64 orderId);
    void editTag(qint64 orderId);
    void copyIds() const;
    void copyRows() const;

signals:
    void currentOrderChanged(qint64 orderId);
    void selectedOrdersChanged();
    void tagEdited(qint64 orderId, const QString &tag);
    // Other rows came into view (scrolling, resizing, sorting, filtering, a sync): at most once
    // per pass of the event loop.
    void ordersOnScreenChanged(const QList<qint64> &orderIds);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumns();
    void stretchProduct();
    // The title, with room for the sort arrow.
    int titleWidth(int column) const;
    // Never narrower than the title and the longest of the fixed wordings the column shows in
    // the current language.
    int minimumColumnWidth(int column) const;
    // Widens a column whose title or fixed wordings would clip (free-text columns: the title).
    void widenToFit(int column);
    int cellWidth(const QString &text, const QFont &font, bool checkBox = false) const;
    void scheduleScreenCheck();
    // Once, at the first size on screen, for the default layout.
    void fitDefaultColumns();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);

    OrderFilterModel *m_model = nullptr;
    QList<QAction *> m_contextActions;
    class QTimer *m_screenTimer;
    bool m_fitDefaultColumns = true;
    bool m_fitPending = false;
    bool m_cycleHiddenToFit = false; // by fitDefaultColumns(), not by the person
};
