#include "activityfiltermodel.h"

#include "activitymodel.h"

ActivityFilterModel::ActivityFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActivityModel::SortRole);
}

void ActivityFilterModel::setKind(std::optional<ActivityEntry::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void ActivityFilterModel::setOrderText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_orderText)
        return;
    m_orderText = trimmed;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(ActivityModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (!m_orderText.isEmpty()) {
        const qint64 id = index.data(ActivityModel::OrderIdRole).toLongLong();
        if (id <= 0 || !QString::number(id).startsWith(m_orderText))
            return false;
    }
    return true;
}
