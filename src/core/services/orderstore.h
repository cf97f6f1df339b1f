#pragma once

#include "../domain/order.h"
#include "../domain/orderdetails.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

// All orders of the account: the one truth the models mirror. Rows keep their position until
// removed, so an item model can read them by row and forward the precise row signals below.
// Repeated strings (product, cycle, tag) are interned: a large account holds a few distinct
// names, not one copy per row.
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
    // One order changed on the server (after an edit): updates that row only.
    void updateOrder(const Order &order);
    void clear();

    // Lazily loaded extras.
    const OrderDetails *details(qint64 orderId) const;
    void setDetails(const OrderDetails &details);
    // Where the order is, when ShardDesk knows (the list does not say).
    QString location(qint64 orderId) const { return m_locations.value(orderId); }
    void setLocation(qint64 orderId, const QString &location);

    // An edit sent and not answered yet.
    bool isPending(qint64 orderId) const { return m_pending.contains(orderId); }
    void setPending(qint64 orderId, bool pending);

    QStringList tagsInUse() const;
    QStringList productsInUse() const;

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
    Order interned(Order order);
    QString intern(const QString &text);
    void rebuildIndex();
    void emitChangedRanges(const QList<qsizetype> &rows);

    QList<Order> m_orders;
    QHash<qint64, qsizetype> m_rowById;
    QSet<QString> m_strings;
    QHash<qint64, OrderDetails> m_details;
    QHash<qint64, QString> m_locations;
    QSet<qint64> m_pending;
    QDateTime m_lastSync;
};
