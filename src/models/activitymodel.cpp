#include "activitymodel.h"

#include "domain/money.h"
#include "domain/orderstatus.h"
#include "ordersmodel.h"
#include "storage/synchistory.h"

#include <QLocale>

namespace {

using Kind = ActivityEntry::Kind;

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString cents(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? Money::format(value) : text;
}

QString status(const QString &apiName)
{
    return OrdersModel::statusText(OrderStatuses::fromApiName(apiName));
}

QString onOff(const QString &flag)
{
    return flag == u"true" ? ActivityModel::tr("on") : ActivityModel::tr("off");
}

QString quoted(const QString &tag)
{
    return tag.isEmpty() ? ActivityModel::tr("no tag") : ActivityModel::tr("“%1”").arg(tag);
}

} // namespace

ActivityModel::ActivityModel(SyncHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history), m_rows(int(history->recent().size()))
{
    // SyncHistory has already changed its list when it says so: a reset is the honest signal
    // (a sync's changes arrive at most once per sync, so nothing is lost by it).
    const auto reset = [this] {
        beginResetModel();
        m_rows = int(m_history->recent().size());
        endResetModel();
    };
    connect(history, &SyncHistory::changesFound, this, reset);
    connect(history, &SyncHistory::recentReset, this, reset);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::changeText(const ActivityEntry &e)
{
    switch (e.kind) {
    case Kind::NewOrder:
        return e.after;
    case Kind::OnHold:
    case Kind::Cancelled:
        return tr("%1 → %2").arg(status(e.before), status(e.after));
    case Kind::Renewed:
        return tr("expires %1 → %2").arg(when(e.before), when(e.after));
    case Kind::Expired:
        return tr("expired %1").arg(when(e.before));
    case Kind::TagChanged:
        return tr("%1 → %2").arg(quoted(e.before), quoted(e.after));
    case Kind::AutoRenewChanged:
        return tr("%1 → %2").arg(onOff(e.before), onOff(e.after));
    case Kind::CycleChanged:
        return tr("%1 → %2").arg(e.before, e.after);
    case Kind::BalanceChanged:
        return tr("%1 → %2").arg(cents(e.before), cents(e.after));
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_history->recent().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat);
        case KindColumn:
            return ActivityEntry::kindLabel(e.kind);
        case OrderColumn:
            if (e.orderId > 0)
                return QString::number(e.orderId);
            return role == Qt::AccessibleTextRole ? tr("Account") : QString();
        case ChangeColumn:
            return changeText(e);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrderColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return e.when;
        case KindColumn:
            return int(e.kind);
        case OrderColumn:
            return e.orderId;
        default:
            return data(index, Qt::DisplayRole);
        }
    case KindRole:
        return int(e.kind);
    case OrderIdRole:
        return e.orderId;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        //: Column header: when the change was seen (or, for an expiry, when it happened)
        return tr("When");
    case KindColumn:
        return tr("What");
    case OrderColumn:
        return tr("Order");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}
