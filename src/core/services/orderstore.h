#pragma once

#include "../domain/order.h"
#include "../domain/orderdetails.h"
#include "../storage/storeddetails.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

// All orders of the account: the one truth the models mirror. Rows keep their position until
// removed, so an item model can read them by row and forward the precise row signals below.
// Repeated strings (product, cycle, tag, location) are interned: a large account holds a few
// distinct names, not one copy per row. Each row also carries the small integer keys of its
// strings, so filters and sorts compare numbers instead of text.
class OrderStore final : public QObject
{
    Q_OBJECT

public:
    explicit OrderStore(QObject *parent = nullptr);

    const QList<Order> &orders() const { return m_orders; }
    qsizetype count() const { return m_orders.size(); }
    const Order &at(qsizetype row) const { return m_orders.at(row); }
    // -1 when unknown.
    qsizetype rowOf(qint64 orderId) const { return m_rowById.value(orderId, -1); }
    const Order *find(qint64 orderId) const;
    bool hasSynced() const { return m_lastSync.isValid(); }
    QDateTime lastSync() const { return m_lastSync; }

    // Brings the store to exactly `fresh`: rows that vanished are removed, rows that differ are
    // updated in place, new ones are appended.
    void applySync(QList<Order> fresh);
    // Adds or updates these orders without removing any: how a first sync shows orders while
    // the rest are still on their way. Such a run ends with markSynced().
    void mergeRows(const QList<Order> &rows);
    void markSynced();
    // What the local store remembered, shown before the first sync of a run: the rows as
    // applySync() would, marked as synced at `syncedAt` (the "as of" the window shows).
    void restore(QList<Order> rows, const QDateTime &syncedAt);
    // The details' columns the local store kept from the last run, shown until the order's
    // details load again. Call it before restore(): rows restored afterwards come with them.
    // Kept apart from details(): a StoredDetails has no add-on lines, so it never prices a
    // renewal. A row that a later sync (or edit) changes keeps its value on screen, but the value
    // is no longer current (hasCurrentKeptDetails) and is asked for again.
    void restoreDetails(QHash<qint64, StoredDetails> kept);
    // One order changed on the server (after an edit): updates that row only.
    void updateOrder(const Order &order);
    void clear();

    // Lazily loaded extras.
    const OrderDetails *details(qint64 orderId) const;
    // What restoreDetails() kept for an order whose details have not loaded in this run; null
    // once they have (a fresh OrderDetails replaces it) or when nothing was kept.
    const StoredDetails *keptDetails(qint64 orderId) const;
    // A kept value whose list row has not changed since the stored snapshot: asking the server
    // again would bring the same columns.
    bool hasCurrentKeptDetails(qint64 orderId) const;
    // For read-only views (the overview, totals): quantity, price paid, add-ons paid, created
    // and promo of an order from its loaded details, else from the kept ones; nullopt when
    // neither is known. Never for a renewal's price: use details()->renewalEstimateCents().
    std::optional<StoredDetails> knownDetails(qint64 orderId) const;
    // Every loaded OrderDetails in the local store's terms (what a sync's snapshot saves): one
    // pass over the loaded ones, not a look-up per order.
    QHash<qint64, StoredDetails> loadedDetailsAsStored() const;
    // `applyToRow`: carry the details' status, expiry, tag and auto-renew into the list row.
    // Off for an answer that was asked for before a local change to the order.
    void setDetails(const OrderDetails &details, bool applyToRow = true);
    // Counts changes sent for an order, so answers that predate one can be recognised.
    void noteLocalChange(qint64 orderId) { ++m_changeCount[orderId]; }
    quint32 changeCount(qint64 orderId) const { return m_changeCount.value(orderId); }
    // Where the order is, when ShardDesk knows (the list does not say).
    QString location(qint64 orderId) const { return m_locations.value(orderId); }
    void setLocation(qint64 orderId, const QString &location);

    // An edit sent and not answered yet.
    bool isPending(qint64 orderId) const { return m_pending.contains(orderId); }
    void setPending(qint64 orderId, bool pending);

    QStringList tagsInUse() const;
    QStringList productsInUse() const;

    // Interned strings: key 0 is the empty string; keys only grow while the store lives.
    struct RowKeys
    {
        quint32 product = 0;
        quint32 cycle = 0;
        quint32 tag = 0;
        quint32 location = 0;
    };
    const RowKeys &keysAt(qsizetype row) const { return m_keys.at(row); }
    const QList<QString> &strings() const { return m_strings; }
    // The key of `text`, or -1 when no row has ever used it.
    qint64 keyOf(const QString &text) const;

signals:
    void rowsAboutToBeInserted(qsizetype first, qsizetype last);
    void rowsInserted(qsizetype first, qsizetype last);
    void rowsAboutToBeRemoved(qsizetype first, qsizetype last);
    void rowsRemoved(qsizetype first, qsizetype last);
    void rowsChanged(qsizetype first, qsizetype last);
    void aboutToBeCleared();
    void cleared();
    void synced();
    void detailsLoaded(qint64 orderId);

private:
    QStringList stringsInUse(quint32 RowKeys::*field) const;
    quint32 intern(QString &text);
    RowKeys internRow(Order &order);
    void setRow(qsizetype row, Order order);
    void appendRow(Order order);
    void rebuildIndex();
    void emitChangedRanges(const QList<qsizetype> &rows);
    // The list row of `orderId` changed: a kept details' value may be out of date.
    void keptMayBeStale(qint64 orderId);

    QList<Order> m_orders;
    QHash<qint64, qsizetype> m_rowById;
    QList<RowKeys> m_keys; // parallel to m_orders
    QList<QString> m_strings{QString()};
    QHash<QString, quint32> m_keyByString;
    QHash<qint64, OrderDetails> m_details;
    QHash<qint64, StoredDetails> m_kept; // never an id of m_details
    QSet<qint64> m_keptStale;
    QHash<qint64, QString> m_locations;
    QSet<qint64> m_pending;
    QHash<qint64, quint32> m_changeCount;
    QDateTime m_lastSync;
};
