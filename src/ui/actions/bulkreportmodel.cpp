#include "bulkreportmodel.h"

#include "services/orderstore.h"

#include "tone.h"

#include <QColor>

BulkReportModel::BulkReportModel(OrderStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

int BulkReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int BulkReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkAction::Result &r = m_results.at(index.row());
    switch (role) {
    case OrderIdRole:
        return r.orderId;
    case OkRole:
        return r.ok;
    case SkippedRole:
        return r.skipped;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn)
            return Tone::text(r.ok ? Tone::Kind::Good : Tone::Kind::Bad);
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? r.message : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == OutcomeColumn)
            return r.ok ? tr("Succeeded") : (r.skipped ? tr("Not sent") : tr("Failed"));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return QString::number(r.orderId);
    case ProductColumn: {
        const Order *order = m_store->find(r.orderId);
        return order ? order->productName : QString();
    }
    case OutcomeColumn:
        //: Outcome of one order in a bulk action report
        return r.ok ? tr("✓ Done") : (r.skipped ? tr("✗ Not sent") : tr("✗ Failed"));
    case MessageColumn:
        return r.message;
    default:
        return {};
    }
}

QVariant BulkReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Order");
    case ProductColumn:
        return tr("Product");
    case OutcomeColumn:
        return tr("Result");
    case MessageColumn:
        //: Column header: the server's answer or why the order was not sent
        return tr("Reason");
    default:
        return {};
    }
}

void BulkReportModel::setResults(const QList<BulkAction::Result> &results)
{
    const qsizetype have = m_results.size();
    bool grows = results.size() > have;
    for (qsizetype i = 0; grows && i < have; ++i)
        grows = results.at(i).orderId == m_results.at(i).orderId &&
                results.at(i).ok == m_results.at(i).ok;
    if (grows) {
        beginInsertRows(QModelIndex(), int(have), int(results.size() - 1));
        m_results = results;
        endInsertRows();
        return;
    }
    if (results.size() == have) {
        bool same = true;
        for (qsizetype i = 0; same && i < have; ++i)
            same = results.at(i).orderId == m_results.at(i).orderId &&
                   results.at(i).ok == m_results.at(i).ok &&
                   results.at(i).skipped == m_results.at(i).skipped &&
                   results.at(i).message == m_results.at(i).message;
        if (same)
            return;
    }
    beginResetModel();
    m_results = results;
    endResetModel();
}
