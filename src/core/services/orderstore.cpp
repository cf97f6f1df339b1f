#include "orderstore.h"

#include <QMap>
#include <QSemaphore>
#include <QThreadPool>

namespace {
// Below this a sync's list is compared on the GUI thread alone: a worker would cost more than
// it saves.
constexpr qsizetype kParallelScanRows = 20000;
// The rows a sync did not keep are freed this many at a time, each batch followed by a block of
// kGathererBytes (see applySync).
constexpr qsizetype kFreeBatchRows = 5000;
constexpr qsizetype kGathererBytes = 80 * 1024;
} // namespace

OrderStore::OrderStore(QObject *parent) : QObject(parent) {}

const Order *OrderStore::find(qint64 orderId) const
{
    const qsizetype row = rowOf(orderId);
    return row < 0 ? nullptr : &m_orders.at(row);
}

quint32 OrderStore::intern(QString &text)
{
    if (text.isEmpty()) {
        text = QString();
        return 0;
    }
    const auto it = m_keyByString.constFind(text);
    if (it != m_keyByString.constEnd()) {
        text = m_strings.at(*it); // share the one copy
        return *it;
    }
    const auto key = quint32(m_strings.size());
    m_strings.append(text);
    m_keyByString.insert(text, key);
    return key;
}

qint64 OrderStore::keyOf(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    return m_keyByString.value(text, -1);
}

OrderStore::RowKeys OrderStore::internRow(Order &order)
{
    RowKeys keys;
    keys.product = intern(order.productName);
    keys.cycle = intern(order.cycleName);
    keys.tag = intern(order.tag);
    QString location = m_locations.value(order.id);
    keys.location = intern(location);
    return keys;
}

void OrderStore::setRow(qsizetype row, Order order)
{
    m_keys[row] = internRow(order);
    m_orders[row] = std::move(order);
}

void OrderStore::appendRow(Order order)
{
    m_rowById.insert(order.id, m_orders.size());
    m_keys.append(internRow(order));
    m_orders.append(std::move(order));
}

void OrderStore::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_orders.size());
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        m_rowById.insert(m_orders.at(i).id, i);
}

void OrderStore::emitChangedRanges(const QList<qsizetype> &rows)
{
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit rowsChanged(rows.at(i), rows.at(j));
        i = j + 1;
    }
}

void OrderStore::applySync(QList<Order> fresh)
{
    // 1. Which row each listed order is and whether it differs: read only, so a worker takes
    // half of a large list (at 100,000 orders the look-ups and comparisons are ~10 ms).
    const qsizetype count = fresh.size();
    QList<qsizetype> listedRows(count);
    QList<bool> differs(count);
    const auto scan = [this, &fresh, &listedRows, &differs](qsizetype from, qsizetype to) {
        qsizetype previousRow = -1;
        for (qsizetype i = from; i < to; ++i) {
            const Order &o = fresh.at(i);
            // A page lists the orders as it did last time: the row after the previous one is
            // nearly always the one, without a look-up in the index.
            const qsizetype next = previousRow + 1;
            const qsizetype row = next > 0 && next < m_orders.size() && m_orders.at(next).id == o.id
                                      ? next
                                      : rowOf(o.id);
            if (row >= 0)
                previousRow = row;
            listedRows[i] = row;
            differs[i] = row >= 0 && !(m_orders.at(row) == o);
        }
    };
    const qsizetype half = count >= kParallelScanRows ? count / 2 : count;
    QSemaphore scanned;
    const bool shared = half < count && QThreadPool::globalInstance()->tryStart([&] {
        scan(half, count);
        scanned.release();
    });
    scan(0, shared ? half : count);
    if (shared)
        scanned.acquire();

    // 2. Update rows that differ, in place, and note which rows the server still has.
    QList<bool> present(m_orders.size(), false);
    QList<qsizetype> changed;
    QList<Order> added;
    QSet<qint64> addedIds;
    for (qsizetype i = 0; i < count; ++i) {
        Order &o = fresh[i];
        const qsizetype row = listedRows.at(i);
        if (row >= 0) {
            if (present.at(row))
                continue; // listed twice: the first one counts
            present[row] = true;
            if (differs.at(i)) {
                keptMayBeStale(o.id);
                setRow(row, std::move(o));
                changed.append(row);
            }
        } else if (!addedIds.contains(o.id)) {
            addedIds.insert(o.id);
            added.append(std::move(o));
        }
    }
    std::sort(changed.begin(), changed.end());
    emitChangedRanges(changed);

    // 3. Remove vanished rows, last run first so earlier row numbers stay valid.
    bool removedAny = false;
    for (qsizetype row = m_orders.size() - 1; row >= 0; --row) {
        if (present.at(row))
            continue;
        const qsizetype last = row;
        while (row - 1 >= 0 && !present.at(row - 1))
            --row;
        const qsizetype first = row;
        emit rowsAboutToBeRemoved(first, last);
        for (qsizetype r = first; r <= last; ++r) {
            const qint64 id = m_orders.at(r).id;
            m_details.remove(id);
            m_kept.remove(id);
            m_keptStale.remove(id);
            m_pending.remove(id);
        }
        m_orders.remove(first, last - first + 1);
        m_keys.remove(first, last - first + 1);
        removedAny = true;
        emit rowsRemoved(first, last);
    }
    if (removedAny)
        rebuildIndex();
    // What the store did not take (the unchanged rows: some 400,000 small strings at 100,000
    // orders) costs 15-30 ms to free, and the allocator as much again to gather the freed blocks,
    // all at once, whichever thread frees the next large block, while the others wait for it. A
    // worker frees the rows once the sync's slots have run (queued, so as not to compete with
    // them), a batch at a time, each followed by a large block taken here: freeing that makes the
    // allocator gather that batch's blocks there and then (glibc: at 64 KiB and more), a short
    // wait each for the GUI thread instead of a long one later.
    QMetaObject::invokeMethod(
        this,
        [rows = std::move(fresh)]() mutable {
            QList<QByteArray> gatherers;
            for (qsizetype from = 0; from < rows.size(); from += kFreeBatchRows)
                gatherers.append(QByteArray(kGathererBytes, Qt::Uninitialized));
            QThreadPool::globalInstance()->start(
                [unused = std::move(rows), blocks = std::move(gatherers)]() mutable {
                    for (qsizetype from = 0; from < unused.size(); from += kFreeBatchRows) {
                        const qsizetype to = qMin(unused.size(), from + kFreeBatchRows);
                        for (qsizetype i = from; i < to; ++i)
                            unused[i] = Order();
                        blocks.removeLast();
                    }
                });
        },
        Qt::QueuedConnection);

    // 4. Append the new ones in the server's order.
    if (!added.isEmpty()) {
        const qsizetype first = m_orders.size();
        const qsizetype last = first + added.size() - 1;
        emit rowsAboutToBeInserted(first, last);
        m_orders.reserve(m_orders.size() + added.size());
        m_keys.reserve(m_orders.size() + added.size());
        m_rowById.reserve(m_orders.size() + added.size());
        for (Order &o : added)
            appendRow(std::move(o));
        emit rowsInserted(first, last);
    }
    markSynced();
}

void OrderStore::restore(QList<Order> rows, const QDateTime &syncedAt)
{
    applySync(std::move(rows));
    m_lastSync = syncedAt;
    emit synced();
}

void OrderStore::restoreDetails(QHash<qint64, StoredDetails> kept)
{
    QList<qsizetype> rows;
    for (auto it = kept.begin(); it != kept.end();) {
        if (m_details.contains(it.key())) {
            it = kept.erase(it); // loaded in this run: fresher than the store
            continue;
        }
        const qsizetype row = rowOf(it.key());
        if (row >= 0)
            rows.append(row);
        ++it;
    }
    m_kept = std::move(kept);
    m_keptStale.clear();
    std::sort(rows.begin(), rows.end());
    emitChangedRanges(rows);
}

void OrderStore::keptMayBeStale(qint64 orderId)
{
    if (m_kept.contains(orderId))
        m_keptStale.insert(orderId);
}

void OrderStore::markSynced()
{
    m_lastSync = QDateTime::currentDateTimeUtc();
    emit synced();
}

void OrderStore::mergeRows(const QList<Order> &rows)
{
    QList<qsizetype> changed;
    QList<Order> added;
    QSet<qint64> addedIds;
    for (const Order &o : rows) {
        const qsizetype row = rowOf(o.id);
        if (row >= 0) {
            if (!(m_orders.at(row) == o)) {
                keptMayBeStale(o.id);
                setRow(row, o);
                changed.append(row);
            }
        } else if (!addedIds.contains(o.id)) {
            addedIds.insert(o.id);
            added.append(o);
        }
    }
    std::sort(changed.begin(), changed.end());
    emitChangedRanges(changed);
    if (added.isEmpty())
        return;
    const qsizetype first = m_orders.size();
    const qsizetype last = first + added.size() - 1;
    emit rowsAboutToBeInserted(first, last);
    for (Order &o : added)
        appendRow(std::move(o));
    emit rowsInserted(first, last);
}

void OrderStore::updateOrder(const Order &order)
{
    const qsizetype row = rowOf(order.id);
    if (row < 0) {
        const qsizetype first = m_orders.size();
        emit rowsAboutToBeInserted(first, first);
        appendRow(order);
        emit rowsInserted(first, first);
        return;
    }
    if (m_orders.at(row) == order)
        return;
    keptMayBeStale(order.id);
    setRow(row, order);
    emit rowsChanged(row, row);
}

void OrderStore::clear()
{
    emit aboutToBeCleared();
    m_orders.clear();
    m_keys.clear();
    m_rowById.clear();
    m_details.clear();
    m_kept.clear();
    m_keptStale.clear();
    m_pending.clear();
    m_lastSync = QDateTime();
    emit cleared();
}

const OrderDetails *OrderStore::details(qint64 orderId) const
{
    const auto it = m_details.constFind(orderId);
    return it == m_details.constEnd() ? nullptr : &*it;
}

const StoredDetails *OrderStore::keptDetails(qint64 orderId) const
{
    const auto it = m_kept.constFind(orderId);
    return it == m_kept.constEnd() ? nullptr : &*it;
}

bool OrderStore::hasCurrentKeptDetails(qint64 orderId) const
{
    return m_kept.contains(orderId) && !m_keptStale.contains(orderId);
}

std::optional<StoredDetails> OrderStore::knownDetails(qint64 orderId) const
{
    if (const OrderDetails *loaded = details(orderId))
        return StoredDetails::of(*loaded);
    if (const StoredDetails *kept = keptDetails(orderId))
        return *kept;
    return std::nullopt;
}

QHash<qint64, StoredDetails> OrderStore::loadedDetailsAsStored() const
{
    QHash<qint64, StoredDetails> out;
    out.reserve(m_details.size());
    for (auto it = m_details.cbegin(); it != m_details.cend(); ++it)
        out.insert(it.key(), StoredDetails::of(it.value()));
    return out;
}

void OrderStore::setDetails(const OrderDetails &details, bool applyToRow)
{
    m_details.insert(details.id, details);
    m_kept.remove(details.id);
    m_keptStale.remove(details.id);
    // The details are fresher than the list row: carry what they say into the row.
    const qsizetype row = rowOf(details.id);
    if (row >= 0 && !applyToRow) {
        emit rowsChanged(row, row); // quantity and price columns
    } else if (row >= 0) {
        Order o = m_orders.at(row);
        // Unknown in the details (null, missing, unreadable) is no news: the row keeps what the
        // list said.
        if (details.autoRenewal)
            o.autoRenewal = details.autoRenewal;
        o.tag = details.tag;
        if (details.expiresAt.isValid())
            o.expiresAt = details.expiresAt;
        if (details.status != OrderStatus::Unknown)
            o.status = details.status;
        setRow(row, o);
        // Even when the row itself is unchanged, its quantity and price columns are new.
        emit rowsChanged(row, row);
    }
    emit detailsLoaded(details.id);
}

void OrderStore::setLocation(qint64 orderId, const QString &location)
{
    QString interned = location.trimmed();
    intern(interned);
    m_locations.insert(orderId, interned);
    const qsizetype row = rowOf(orderId);
    if (row >= 0) {
        setRow(row, m_orders.at(row)); // refreshes the location key
        emit rowsChanged(row, row);
    }
}

void OrderStore::setPending(qint64 orderId, bool pending)
{
    const bool was = m_pending.contains(orderId);
    if (was == pending)
        return;
    if (pending)
        m_pending.insert(orderId);
    else
        m_pending.remove(orderId);
    const qsizetype row = rowOf(orderId);
    if (row >= 0)
        emit rowsChanged(row, row);
}

QStringList OrderStore::stringsInUse(quint32 RowKeys::*field) const
{
    // Walk the small keys, not the strings: a 100,000-order account has a few dozen names.
    QList<bool> used(m_strings.size(), false);
    for (const RowKeys &k : m_keys)
        used[k.*field] = true;
    QStringList out;
    for (qsizetype key = 1; key < used.size(); ++key) {
        if (used.at(key))
            out.append(m_strings.at(key));
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList OrderStore::tagsInUse() const
{
    return stringsInUse(&RowKeys::tag);
}

QStringList OrderStore::productsInUse() const
{
    return stringsInUse(&RowKeys::product);
}
