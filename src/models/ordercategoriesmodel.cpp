#include "ordercategoriesmodel.h"

#include <QLocale>

namespace {
constexpr OrderFilter::Category categories[] = {
    OrderFilter::Category::All, OrderFilter::Category::Active, OrderFilter::Category::OnHold,
    OrderFilter::Category::Cancelled, OrderFilter::Category::ExpiringSoon};
constexpr int categoryCount = int(std::size(categories));
} // namespace

OrderCategoriesModel::OrderCategoriesModel(QObject *parent)
    : QAbstractListModel(parent), m_counts(categoryCount, 0)
{
}

int OrderCategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : categoryCount;
}

OrderFilter::Category OrderCategoriesModel::categoryAt(int row)
{
    return row >= 0 && row < categoryCount ? categories[row] : OrderFilter::Category::All;
}

int OrderCategoriesModel::rowOf(OrderFilter::Category category)
{
    for (int i = 0; i < categoryCount; ++i) {
        if (categories[i] == category)
            return i;
    }
    return 0;
}

QString OrderCategoriesModel::label(OrderFilter::Category category)
{
    switch (category) {
    case OrderFilter::Category::All:
        return tr("All orders");
    case OrderFilter::Category::Active:
        return tr("Active");
    case OrderFilter::Category::OnHold:
        return tr("On hold");
    case OrderFilter::Category::Cancelled:
        return tr("Cancelled");
    case OrderFilter::Category::ExpiringSoon:
        return tr("Expiring within %Ln day(s)", nullptr, OrderFilter::expiringSoonDays);
    }
    return {};
}

QVariant OrderCategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderFilter::Category category = categories[index.row()];
    const int count = m_counts.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A filter category and how many orders it holds, e.g. "Active (42)"
        return tr("%1 (%2)").arg(label(category), QLocale().toString(count));
    case Qt::AccessibleTextRole:
        return tr("%1, %Ln order(s)", nullptr, count).arg(label(category));
    case CategoryRole:
        return int(category);
    case CountRole:
        return count;
    default:
        return {};
    }
}

void OrderCategoriesModel::setCounts(const QList<int> &counts)
{
    if (counts.size() != categoryCount || counts == m_counts)
        return;
    m_counts = counts;
    emit dataChanged(index(0), index(categoryCount - 1), {Qt::DisplayRole, Qt::AccessibleTextRole, CountRole});
}
