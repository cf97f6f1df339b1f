#include "orderfiltermodel.h"

#include "ordersmodel.h"
#include "services/orderstore.h"

#include <QElapsedTimer>

#include <charconv>
#include <numeric>
#include <string_view>

namespace {
// Above this many changed rows at once, one full pass is cheaper than per-row bookkeeping.
constexpr int bulkChangeThreshold = 512;

bool idContainsDigits(qint64 id, const QByteArray &digits)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, id);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    return text.find(std::string_view(digits.constData(), size_t(digits.size()))) !=
           std::string_view::npos;
}

bool isTextColumn(int column)
{
    return column == OrdersModel::ProductColumn || column == OrdersModel::CycleColumn ||
           column == OrdersModel::TagColumn || column == OrdersModel::LocationColumn;
}
} // namespace

OrderFilterModel::OrderFilterModel(OrdersModel *source, QObject *parent)
    : QAbstractProxyModel(parent), m_orders(source), m_store(source->store())
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, &OrderFilterModel::onSourceReset);
    connect(source, &QAbstractItemModel::rowsInserted, this, &OrderFilterModel::onRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &OrderFilterModel::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &OrderFilterModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &OrderFilterModel::onDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    beginResetModel();
    onSourceReset();
}

// ---- filtering ---------------------------------------------------------------------------

OrderFilterModel::Matcher OrderFilterModel::matcher(const OrderFilter &filter) const
{
    Matcher m;
    const QString text = filter.text();
    if (!text.isEmpty()) {
        const QList<QString> &strings = m_store->strings();
        m.textByKey.resize(strings.size());
        for (qsizetype k = 1; k < strings.size(); ++k)
            m.textByKey[k] = strings.at(k).contains(text, Qt::CaseInsensitive);
        m.textIsDigits = std::all_of(text.cbegin(), text.cend(),
                                     [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (m.textIsDigits)
            m.digits = text.toLatin1();
    }
    if (!filter.product().isEmpty()) {
        const qint64 key = m_store->keyOf(filter.product());
        m.productKey = key < 0 ? -2 : key;
    }
    if (filter.tag() == OrderFilter::untaggedTag()) {
        m.untagged = true;
    } else if (!filter.tag().isEmpty()) {
        const qint64 key = m_store->keyOf(filter.tag());
        m.tagKey = key < 0 ? -2 : key;
    }
    return m;
}

bool OrderFilterModel::acceptsIgnoringCategory(int sourceRow, const Matcher &m) const
{
    const OrderStore::RowKeys &k = m_store->keysAt(sourceRow);
    if (!m_filter.orderIds().isEmpty() && !m_filter.orderIds().contains(m_store->at(sourceRow).id))
        return false;
    if (m.productKey != -1 && qint64(k.product) != m.productKey)
        return false;
    if (m.untagged ? k.tag != 0 : (m.tagKey != -1 && qint64(k.tag) != m.tagKey))
        return false;
    if (m.textByKey.isEmpty())
        return true;
    const qsizetype known = m.textByKey.size();
    auto matches = [&](quint32 key) { return qsizetype(key) < known && m.textByKey.at(key); };
    if (matches(k.product) || matches(k.cycle) || matches(k.tag) || matches(k.location))
        return true;
    return m.textIsDigits && idContainsDigits(m_store->at(sourceRow).id, m.digits);
}

bool OrderFilterModel::accepts(int sourceRow, const Matcher &m, qint64 nowMsecs) const
{
    return OrderFilter::inCategory(m_store->at(sourceRow), m_filter.category(), nowMsecs) &&
           acceptsIgnoringCategory(sourceRow, m);
}

void OrderFilterModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.narrows(m_filter);
    m_filter = filter;
    refilter(narrowing);
    emit filterChanged(m_filter);
}

void OrderFilterModel::refilter(bool narrowing, QAbstractItemModel::LayoutChangeHint hint)
{
    const Matcher m = matcher(m_filter);
    const qint64 now = m_orders->nowMsecs();
    // Narrowing keeps only rows that already matched; either way the sort order is kept.
    const QList<int> &candidates = narrowing ? m_rows : m_sorted;
    QList<int> rows;
    rows.reserve(candidates.size());
    for (int sourceRow : candidates) {
        if (accepts(sourceRow, m, now))
            rows.append(sourceRow);
    }
    applyRows(std::move(rows), hint);
}

void OrderFilterModel::applyRows(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    // Not QList::operator==: in Qt 6.4 it may memcmp a null pointer for two empty lists (UBSan).
    if (rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin()))
        return;
    emit layoutAboutToBeChanged({}, hint);
    // Selection and current index are persistent indexes: carry them to their new rows.
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    m_rows = std::move(rows);
    rebuildReverseMap();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows.at(i);
        const int proxyRow = source < 0 ? -1 : m_proxyOfSource.value(source, -1);
        after.append(proxyRow < 0 ? QModelIndex()
                                  : createIndex(proxyRow, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void OrderFilterModel::rebuildReverseMap()
{
    m_proxyOfSource.fill(-1, m_store->count());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_proxyOfSource[m_rows.at(i)] = int(i);
}

QList<int> OrderFilterModel::categoryCounts() const
{
    using Category = OrderFilter::Category;
    const Category categories[] = {Category::All, Category::Active, Category::OnHold,
                                   Category::Cancelled, Category::ExpiringSoon};
    QList<int> counts(std::size(categories), 0);
    const Matcher m = matcher(m_filter);
    const qint64 now = m_orders->nowMsecs();
    const qsizetype n = m_store->count();
    for (int row = 0; row < n; ++row) {
        if (!acceptsIgnoringCategory(row, m))
            continue;
        const Order &o = m_store->at(row);
        for (qsizetype c = 0; c < counts.size(); ++c) {
            if (OrderFilter::inCategory(o, categories[c], now))
                ++counts[c];
        }
    }
    return counts;
}

// ---- sorting -----------------------------------------------------------------------------

void OrderFilterModel::rebuildRanks()
{
    const QList<QString> &strings = m_store->strings();
    QList<int> keys(strings.size());
    std::iota(keys.begin(), keys.end(), 0);
    std::sort(keys.begin(), keys.end(), [&](int a, int b) {
        const int c = strings.at(a).compare(strings.at(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    m_rankOfKey.resize(strings.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_rankOfKey[keys.at(i)] = int(i);
}

bool OrderFilterModel::lessThan(int left, int right) const
{
    int c = 0;
    if (isTextColumn(m_sortColumn)) {
        const OrderStore::RowKeys &a = m_store->keysAt(left);
        const OrderStore::RowKeys &b = m_store->keysAt(right);
        auto key = [this](const OrderStore::RowKeys &k) {
            switch (m_sortColumn) {
            case OrdersModel::ProductColumn:
                return k.product;
            case OrdersModel::CycleColumn:
                return k.cycle;
            case OrdersModel::TagColumn:
                return k.tag;
            default:
                return k.location;
            }
        };
        const int ra = m_rankOfKey.at(key(a));
        const int rb = m_rankOfKey.at(key(b));
        c = ra < rb ? -1 : (rb < ra ? 1 : 0);
    } else {
        const qint64 ka = m_orders->sortKey(left, m_sortColumn);
        const qint64 kb = m_orders->sortKey(right, m_sortColumn);
        c = ka < kb ? -1 : (kb < ka ? 1 : 0);
    }
    if (c == 0) {
        // Ties break by order ID so the order is stable and predictable.
        const qint64 ia = m_store->at(left).id;
        const qint64 ib = m_store->at(right).id;
        c = ia < ib ? -1 : (ib < ia ? 1 : 0);
    }
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void OrderFilterModel::resortAll()
{
    m_sorted.resize(m_store->count());
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0)
        return;
    if (m_rankOfKey.size() != m_store->strings().size())
        rebuildRanks();
    // One key per row up front: the sort then compares plain numbers, not orders.
    const qsizetype n = m_sorted.size();
    QList<qint64> keys(n);
    for (int row = 0; row < n; ++row) {
        if (!isTextColumn(m_sortColumn)) {
            keys[row] = m_orders->sortKey(row, m_sortColumn);
            continue;
        }
        const OrderStore::RowKeys &k = m_store->keysAt(row);
        const quint32 key = m_sortColumn == OrdersModel::ProductColumn ? k.product
                            : m_sortColumn == OrdersModel::CycleColumn ? k.cycle
                            : m_sortColumn == OrdersModel::TagColumn   ? k.tag
                                                                       : k.location;
        keys[row] = m_rankOfKey.at(key);
    }
    QList<qint64> ids(n);
    for (int row = 0; row < n; ++row)
        ids[row] = m_store->at(row).id;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const qint64 *key = keys.constData();
    const qint64 *id = ids.constData();
    std::sort(m_sorted.begin(), m_sorted.end(), [=](int a, int b) {
        if (key[a] != key[b])
            return ascending ? key[a] < key[b] : key[a] > key[b];
        return ascending ? id[a] < id[b] : id[a] > id[b];
    });
}

void OrderFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= OrdersModel::ColumnCount)
        return;
    // The rows are kept in order as data changes, so the same sort again changes nothing.
    // (QTableView::sortByColumn in Qt 6.4 asks twice.)
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resortAll();
    refilter(false, QAbstractItemModel::VerticalSortHint);
}

// ---- following the source ----------------------------------------------------------------

void OrderFilterModel::onSourceReset()
{
    resortAll();
    const Matcher m = matcher(m_filter);
    const qint64 now = m_orders->nowMsecs();
    m_rows.clear();
    for (int sourceRow : std::as_const(m_sorted)) {
        if (accepts(sourceRow, m, now))
            m_rows.append(sourceRow);
    }
    rebuildReverseMap();
    endResetModel();
}

void OrderFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_rows.isEmpty() && m_sorted.size() == first && first == 0) {
        // First load: nothing to keep, a reset is the cheapest news for a view.
        beginResetModel();
        onSourceReset();
        return;
    }
    // New rows are merged into the sorted order; the visible set is rebuilt in one pass.
    if (m_rankOfKey.size() != m_store->strings().size())
        rebuildRanks();
    QList<int> added(last - first + 1);
    std::iota(added.begin(), added.end(), first);
    const auto less = [this](int a, int b) {
        return m_sortColumn < 0 ? a < b : lessThan(a, b);
    };
    std::sort(added.begin(), added.end(), less);
    QList<int> merged;
    merged.reserve(m_sorted.size() + added.size());
    std::merge(m_sorted.cbegin(), m_sorted.cend(), added.cbegin(), added.cend(),
               std::back_inserter(merged), less);
    m_sorted = std::move(merged);
    m_proxyOfSource.resize(m_store->count(), -1);
    refilter(false);
}

void OrderFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int, int)
{
    if (parent.isValid())
        return;
    // Announced while the rows still exist, so views can record what they need.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void OrderFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    auto renumber = [first, last, count](QList<int> &rows) {
        QList<int> out;
        out.reserve(rows.size());
        for (int r : std::as_const(rows)) {
            if (r < first)
                out.append(r);
            else if (r > last)
                out.append(r - count);
        }
        rows = std::move(out);
    };
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &index : before) {
        int source = index.row() < m_rows.size() ? m_rows.at(index.row()) : -1;
        if (source >= first && source <= last)
            source = -1;
        else if (source > last)
            source -= count;
        sourceRows.append(source);
    }
    renumber(m_sorted);
    renumber(m_rows);
    rebuildReverseMap();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows.at(i);
        const int proxyRow = source < 0 ? -1 : m_proxyOfSource.value(source, -1);
        after.append(proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void OrderFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (!topLeft.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (m_rankOfKey.size() != m_store->strings().size())
        rebuildRanks();
    const bool sortColumnTouched = m_sortColumn >= topLeft.column() &&
                                   m_sortColumn <= bottomRight.column();
    if (last - first + 1 > bulkChangeThreshold) {
        if (sortColumnTouched)
            resortAll();
        refilter(false);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, topLeft.column()),
                             index(int(m_rows.size()) - 1, bottomRight.column()), roles);
        return;
    }

    const Matcher m = matcher(m_filter);
    const qint64 now = m_orders->nowMsecs();
    bool layoutNeeded = false;
    for (int row = first; row <= last; ++row) {
        const bool visible = m_proxyOfSource.value(row, -1) >= 0;
        if (accepts(row, m, now) != visible)
            layoutNeeded = true;
        if (sortColumnTouched && m_sortColumn >= 0) {
            // Move the row to its new place in the full sorted list if its key changed.
            const auto it = std::find(m_sorted.begin(), m_sorted.end(), row);
            const qsizetype pos = it - m_sorted.begin();
            const bool inOrder =
                (pos == 0 || !lessThan(row, m_sorted.at(pos - 1))) &&
                (pos + 1 >= m_sorted.size() || !lessThan(m_sorted.at(pos + 1), row));
            if (!inOrder) {
                m_sorted.erase(it);
                const auto at = std::lower_bound(m_sorted.begin(), m_sorted.end(), row,
                                                 [this](int a, int b) { return lessThan(a, b); });
                m_sorted.insert(at, row);
                layoutNeeded = true;
            }
        }
    }
    if (layoutNeeded)
        refilter(false);
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_proxyOfSource.value(row, -1);
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()),
                             index(proxyRow, bottomRight.column()), roles);
    }
}

// ---- the proxy plumbing ------------------------------------------------------------------

QModelIndex OrderFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() ||
        column >= OrdersModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex OrderFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex OrderFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int OrderFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : OrdersModel::ColumnCount;
}

bool OrderFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex OrderFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_orders->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex OrderFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int proxyRow = m_proxyOfSource.value(sourceIndex.row(), -1);
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QVariant OrderFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_orders->headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section + 1;
    return {};
}

qint64 OrderFilterModel::orderIdAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= m_rows.size())
        return 0;
    return m_store->at(m_rows.at(proxyRow)).id;
}

QModelIndex OrderFilterModel::indexOfOrder(qint64 orderId, int column) const
{
    return mapFromSource(m_orders->indexOfOrder(orderId, column));
}
