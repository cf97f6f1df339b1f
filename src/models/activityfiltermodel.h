#pragma once

#include "domain/activityentry.h"

#include <QSortFilterProxyModel>

#include <optional>

// The activity log narrowed to one kind and/or one order.
class ActivityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setKind(std::optional<ActivityEntry::Kind> kind);
    // Matches order ids that start with `text` ("1000" finds 100012); empty: every order.
    void setOrderText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ActivityEntry::Kind> m_kind;
    QString m_orderText;
};
