#include "renewlistmodel.h"

#include "cyclelabel.h"
#include "domain/money.h"
#include "services/orderstore.h"

RenewListModel::RenewListModel(OrderStore *store, const QList<qint64> &orderIds, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_ids(orderIds),
      m_checked(orderIds.cbegin(), orderIds.cend())
{
}

int RenewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RenewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RenewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    const Order *order = m_store->find(id);
    if (role == OrderIdRole)
        return id;
    if (role == PriceCentsRole) {
        const std::optional<qint64> price = priceCents(id);
        return price ? QVariant(*price) : QVariant();
    }
    if (role == Qt::CheckStateRole && index.column() == IdColumn)
        return m_checked.contains(id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == PriceColumn || index.column() == IdColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole && index.column() == IdColumn)
        return tr("Order %1").arg(id);
    if (role == Qt::ToolTipRole && index.column() == PriceColumn && !priceCents(id))
        return tr("The price is known once the order's details have loaded.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QString::number(id);
    case ProductColumn:
        return order ? order->productName : QString();
    case CycleColumn:
        return order ? CycleLabel::text(order->cycleName) : QString();
    case PriceColumn: {
        const std::optional<qint64> price = priceCents(id);
        //: Price column of the renewal list while the order's details are loading
        return price ? Money::format(*price) : tr("Not known yet");
    }
    default:
        return {};
    }
}

bool RenewListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != IdColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_ids.at(index.row()), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags RenewListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == IdColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RenewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == PriceColumn)
        return tr("What was paid for the order last time. A renewal costs the same unless "
                  "prices or promo codes changed since.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Order");
    case ProductColumn:
        return tr("Product");
    case CycleColumn:
        return tr("Cycle");
    case PriceColumn:
        //: Column header: the price last paid, used as the renewal price
        return tr("Price");
    default:
        return {};
    }
}

QList<qint64> RenewListModel::checkedIds() const
{
    QList<qint64> out;
    for (const qint64 id : m_ids) {
        if (m_checked.contains(id))
            out.append(id);
    }
    return out;
}

void RenewListModel::setChecked(qint64 orderId, bool checked)
{
    const qsizetype row = m_ids.indexOf(orderId);
    if (row < 0 || m_checked.contains(orderId) == checked)
        return;
    if (checked)
        m_checked.insert(orderId);
    else
        m_checked.remove(orderId);
    const QModelIndex cell = index(int(row), IdColumn);
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
    emit checkedChanged();
}

std::optional<qint64> RenewListModel::priceCents(qint64 orderId) const
{
    const OrderDetails *details = m_store->details(orderId);
    // The last payment, add-ons included, is the best estimate of what a renewal costs.
    return details ? details->renewalEstimateCents() : std::nullopt;
}

std::optional<qint64> RenewListModel::totalCents() const
{
    qint64 total = 0;
    for (const qint64 id : m_ids) {
        if (!m_checked.contains(id))
            continue;
        const std::optional<qint64> price = priceCents(id);
        if (!price)
            return std::nullopt;
        total += *price;
    }
    return total;
}

int RenewListModel::unknownPriceCount() const
{
    int n = 0;
    for (const qint64 id : m_ids) {
        if (m_checked.contains(id) && !priceCents(id))
            ++n;
    }
    return n;
}

void RenewListModel::refreshOrder(qint64 orderId)
{
    const qsizetype row = m_ids.indexOf(orderId);
    if (row < 0)
        return;
    emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}
