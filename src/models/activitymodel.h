#pragma once

#include "domain/activityentry.h"

#include <QAbstractTableModel>

class SyncHistory;

// The activity log as a table, newest first: when, what, which order, from what to what. It
// mirrors SyncHistory::recent(); a sync's changes come in at the top.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, KindColumn, OrderColumn, ChangeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        KindRole,    // int ActivityEntry::Kind
        OrderIdRole, // qint64, 0 for the balance
    };

    explicit ActivityModel(SyncHistory *history, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Monthly → Quarterly", "$100.00 → $58.00", "expired 5 Dec 2026 14:00" …
    static QString changeText(const ActivityEntry &entry);

private:
    SyncHistory *m_history;
    int m_rows = 0;
};
