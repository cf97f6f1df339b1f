#pragma once

#include "orderfilter.h"

#include <QAbstractListModel>

// The "Show" list of the filter panel: All, Active, On hold, Cancelled, Expiring soon, each
// with its live count.
class OrderCategoriesModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CategoryRole = Qt::UserRole + 1, CountRole };

    explicit OrderCategoriesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Counts in the order of rows.
    void setCounts(const QList<int> &counts);
    static OrderFilter::Category categoryAt(int row);
    static int rowOf(OrderFilter::Category category);
    static QString label(OrderFilter::Category category);

private:
    QList<int> m_counts;
};
