#pragma once

#include "services/bulkaction.h"

#include <QAbstractTableModel>
#include <QList>

class OrderStore;

// The report of a bulk action: one row per order, with ✓ / ✗ and the reason. It grows while the
// queue runs (append()), so the person sees results as they come.
class BulkReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ProductColumn, OutcomeColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { OrderIdRole = Qt::UserRole + 1, OkRole, SkippedRole };

    explicit BulkReportModel(OrderStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows exactly these results: rows beyond the current count are inserted (the usual case
    // while a queue runs); anything else resets the model.
    void setResults(const QList<BulkAction::Result> &results);
    const QList<BulkAction::Result> &results() const { return m_results; }

private:
    OrderStore *m_store;
    QList<BulkAction::Result> m_results;
};
