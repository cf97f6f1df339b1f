#include "ordersmodel.h"

#include "cyclelabel.h"

#include "tone.h"

#include "domain/money.h"
#include "domain/productkind.h"
#include "relativetime.h"
#include "services/orderstore.h"
#include "services/visibledetailsloader.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>

namespace {
template <typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 expiryKey(const Order &o)
{
    // Orders that never expire sort after every date.
    return o.expiresAt.isValid() ? o.expiresAt.toMSecsSinceEpoch()
                                 : std::numeric_limits<qint64>::max();
}
} // namespace

OrdersModel::OrdersModel(OrderStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(new QTimer(this))
{
    setNow(QDateTime::currentDateTimeUtc());
    // "in 3 hours" goes stale: re-read the clock every minute and repaint the expiry column.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] { setNow(QDateTime::currentDateTimeUtc()); });
    m_clock->start();

    connect(store, &OrderStore::rowsAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(store, &OrderStore::rowsInserted, this, [this] { endInsertRows(); });
    connect(store, &OrderStore::rowsAboutToBeRemoved, this,
            [this](qsizetype first, qsizetype last) { beginRemoveRows({}, int(first), int(last)); });
    connect(store, &OrderStore::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(store, &OrderStore::rowsChanged, this, [this](qsizetype first, qsizetype last) {
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    });
    connect(store, &OrderStore::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(store, &OrderStore::cleared, this, [this] { endResetModel(); });
}

void OrdersModel::setDetailsLoader(const VisibleDetailsLoader *loader)
{
    m_detailsLoader = loader;
    connect(loader, &VisibleDetailsLoader::stateChanged, this, [this](qint64 orderId) {
        const qsizetype row = m_store->rowOf(orderId);
        if (row >= 0) {
            static_assert(PriceColumn == QuantityColumn + 1, "one range covers both cells");
            emit dataChanged(index(int(row), QuantityColumn), index(int(row), PriceColumn));
        }
    });
}

bool OrdersModel::detailValue(const Order &o, int column, std::optional<qint64> *value) const
{
    if (const OrderDetails *loaded = m_store->details(o.id)) {
        *value = column == QuantityColumn ? loaded->quantity : loaded->pricePaidCents;
        return true;
    }
    // The last run's value beats "Loading…" while the fresh one is on its way.
    if (const StoredDetails *kept = m_store->keptDetails(o.id)) {
        *value = column == QuantityColumn ? kept->quantity : kept->pricePaidCents;
        return true;
    }
    return false;
}

VisibleDetailsLoader::State OrdersModel::detailsState(const Order &o, int column) const
{
    if ((column != QuantityColumn && column != PriceColumn) || !m_detailsLoader ||
        m_store->details(o.id) || m_store->keptDetails(o.id))
        return VisibleDetailsLoader::State::Idle;
    return m_detailsLoader->state(o.id);
}

QString OrdersModel::missingDetailsText(const Order &o, int column) const
{
    switch (detailsState(o, column)) {
    case VisibleDetailsLoader::State::Queued:
        if (!m_serverReachable)
            //: Quantity or price paid of an order whose details wait for the server to answer
            return tr("—", "details not loaded, offline");
        [[fallthrough]];
    case VisibleDetailsLoader::State::Loading:
        //: Quantity or price paid of an order while its details are being fetched
        return tr("Loading…");
    case VisibleDetailsLoader::State::Failed:
        //: Quantity or price paid of an order whose details could not be fetched
        return tr("—", "details failed");
    case VisibleDetailsLoader::State::Idle:
        break;
    }
    return {};
}

void OrdersModel::setServerReachable(bool reachable)
{
    if (m_serverReachable == reachable)
        return;
    m_serverReachable = reachable;
    if (rowCount() > 0)
        emit dataChanged(index(0, QuantityColumn), index(rowCount() - 1, PriceColumn));
}

void OrdersModel::setNow(const QDateTime &now)
{
    m_now = now;
    m_nowMsecs = now.toMSecsSinceEpoch();
    if (rowCount() > 0)
        emit dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, ExpiresColumn));
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->count());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Order &OrdersModel::orderAt(int row) const
{
    return m_store->at(row);
}

QModelIndex OrdersModel::indexOfOrder(qint64 orderId, int column) const
{
    const qsizetype row = m_store->rowOf(orderId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

bool OrdersModel::needsAttention(const Order &order) const
{
    if (order.status != OrderStatus::Active || !order.expiresAt.isValid())
        return false;
    if (order.autoRenewal.value_or(false))
        return false;
    const qint64 left = order.expiresAt.toMSecsSinceEpoch() - m_nowMsecs;
    return left <= qint64(warningDays()) * 86400 * 1000;
}

QString OrdersModel::statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Active:
        return tr("Active");
    case OrderStatus::OnHold:
        return tr("On hold");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant OrdersModel::displayData(const Order &o, int column) const
{
    switch (column) {
    case IdColumn:
        return QString::number(o.id);
    case ProductColumn:
        return o.productName;
    case LocationColumn:
        return m_store->location(o.id);
    case CycleColumn:
        return CycleLabel::text(o.cycleName);
    case StatusColumn:
        return statusText(o.status);
    case ExpiresColumn:
        return RelativeTime::describe(o.expiresAt, m_now);
    case AutoRenewColumn:
        if (!o.autoRenewal)
            return tr("—", "auto-renew not applicable");
        return *o.autoRenewal ? tr("On") : tr("Off");
    case TagColumn:
        return o.tag;
    case QuantityColumn:
    case PriceColumn: {
        std::optional<qint64> value;
        if (!detailValue(o, column, &value))
            return missingDetailsText(o, column);
        if (!value)
            return QString();
        return column == QuantityColumn ? QLocale().toString(*value) : Money::format(*value);
    }
    default:
        return {};
    }
}

QVariant OrdersModel::rawData(const Order &o, int column) const
{
    switch (column) {
    case IdColumn:
        return o.id;
    case ProductColumn:
        return o.productName;
    case LocationColumn:
        return m_store->location(o.id);
    case CycleColumn:
        return o.cycleName;
    case StatusColumn:
        return int(o.status);
    case ExpiresColumn:
        return o.expiresAt.isValid() ? QVariant(o.expiresAt.toMSecsSinceEpoch()) : QVariant();
    case AutoRenewColumn:
        return o.autoRenewal ? QVariant(*o.autoRenewal) : QVariant();
    case TagColumn:
        return o.tag;
    case QuantityColumn:
    case PriceColumn: {
        std::optional<qint64> value;
        return detailValue(o, column, &value) && value ? QVariant(*value) : QVariant();
    }
    default:
        return {};
    }
}

QString OrdersModel::toolTip(const Order &o, int column) const
{
    if (detailsState(o, column) == VisibleDetailsLoader::State::Failed) {
        //: %1 is the reason, e.g. the server's message
        return tr("Could not load this order's details: %1")
            .arg(m_detailsLoader->failureReason(o.id));
    }
    if (column == ExpiresColumn && o.expiresAt.isValid()) {
        return QLocale().toString(o.expiresAt.toLocalTime(), QLocale::LongFormat);
    }
    if (column == AutoRenewColumn && !ProductKinds::mayManage(o.productName))
        return tr("Auto-renewal can be changed only for Datacenter and ISP proxies.");
    if (o.status == OrderStatus::OnHold)
        return tr("On hold: renew within three days of expiry, or the order is cancelled.");
    if (o.status == OrderStatus::Cancelled)
        return tr("Cancelled: this order can no longer be renewed.");
    if (needsAttention(o))
        return tr("Expires soon and does not renew itself.");
    return {};
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_store->at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(o, column);
    case Qt::ToolTipRole:
        return toolTip(o, column);
    case Qt::AccessibleTextRole:
        return displayData(o, column);
    case Qt::EditRole:
        return column == TagColumn ? QVariant(o.tag) : displayData(o, column);
    case Qt::CheckStateRole:
        // A check box only where it can be changed (Datacenter and ISP); elsewhere the text.
        if (column == AutoRenewColumn && o.autoRenewal &&
            ProductKinds::mayManage(o.productName))
            return *o.autoRenewal ? Qt::Checked : Qt::Unchecked;
        return {};
    case RawValueRole:
        return rawData(o, column);
    case OrderIdRole:
        return o.id;
    case StatusRole:
        return int(o.status);
    case NeedsAttentionRole:
        return needsAttention(o);
    case PendingRole:
        return m_store->isPending(o.id);
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == QuantityColumn || column == PriceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (o.status == OrderStatus::Cancelled || m_store->isPending(o.id))
            return QBrush(Tone::text(Tone::Kind::Muted));
        if (detailsState(o, column) != VisibleDetailsLoader::State::Idle)
            return QBrush(Tone::text(Tone::Kind::Muted)); // "Loading…", "—": not values
        if (column == StatusColumn && o.status == OrderStatus::OnHold)
            return QBrush(Tone::text(Tone::Kind::Caution));
        if (column == ExpiresColumn && needsAttention(o))
            return QBrush(Tone::text(Tone::Kind::Bad));
        return {};
    case Qt::FontRole:
        if (needsAttention(o) && (column == ExpiresColumn || column == IdColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (m_store->isPending(o.id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case ProductColumn:
        return tr("Product");
    case LocationColumn:
        return tr("Location");
    case CycleColumn:
        return tr("Cycle");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case AutoRenewColumn:
        //: Column title over "On"/"Off": keep it short, the table must fit 1280 px
        return tr("Auto-renew");
    case TagColumn:
        return tr("Tag");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Price paid");
    default:
        return {};
    }
}

qint64 OrdersModel::sortKey(int row, int column) const
{
    const Order &o = m_store->at(row);
    switch (column) {
    case IdColumn:
        return o.id;
    case StatusColumn:
        return int(o.status);
    case ExpiresColumn:
        return expiryKey(o);
    case AutoRenewColumn:
        return o.autoRenewal ? int(*o.autoRenewal) : -1;
    case QuantityColumn:
    case PriceColumn: {
        std::optional<qint64> value;
        return detailValue(o, column, &value) ? value.value_or(-1) : -1;
    }
    default:
        return 0;
    }
}

Qt::ItemFlags OrdersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const Order &o = m_store->at(index.row());
    if (m_store->isPending(o.id))
        return f; // one change at a time per order
    if (index.column() == TagColumn)
        f |= Qt::ItemIsEditable;
    const bool manageable = ProductKinds::mayManage(o.productName) &&
                            o.status != OrderStatus::Cancelled;
    if (index.column() == AutoRenewColumn && manageable && o.autoRenewal)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool OrdersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Order &o = m_store->at(index.row());
    if (index.column() == TagColumn && role == Qt::EditRole) {
        const QString tag = value.toString().trimmed();
        if (tag == o.tag)
            return false;
        emit tagEditRequested(o.id, tag);
        return true;
    }
    if (index.column() == AutoRenewColumn && role == Qt::CheckStateRole &&
        (flags(index) & Qt::ItemIsUserCheckable)) {
        emit autoRenewalToggleRequested(o.id, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    return false;
}

int OrdersModel::compare(int leftRow, int rightRow, int column) const
{
    const Order &a = m_store->at(leftRow);
    const Order &b = m_store->at(rightRow);
    switch (column) {
    case IdColumn:
        return threeWay(a.id, b.id);
    case ProductColumn:
        return a.productName.compare(b.productName, Qt::CaseInsensitive);
    case LocationColumn:
        return m_store->location(a.id).compare(m_store->location(b.id), Qt::CaseInsensitive);
    case CycleColumn:
        return a.cycleName.compare(b.cycleName, Qt::CaseInsensitive);
    case StatusColumn:
        return threeWay(int(a.status), int(b.status));
    case ExpiresColumn:
        return threeWay(expiryKey(a), expiryKey(b));
    case AutoRenewColumn:
        return threeWay(a.autoRenewal ? int(*a.autoRenewal) : -1,
                        b.autoRenewal ? int(*b.autoRenewal) : -1);
    case TagColumn:
        return a.tag.compare(b.tag, Qt::CaseInsensitive);
    case QuantityColumn:
    case PriceColumn: {
        const QVariant va = rawData(a, column);
        const QVariant vb = rawData(b, column);
        return threeWay(va.isValid() ? va.toLongLong() : -1, vb.isValid() ? vb.toLongLong() : -1);
    }
    default:
        return 0;
    }
}
