#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class ApiError;
class OrderService;
class OrderStore;

// Quantity and price paid come only from an order's details (one GET per order), so the table
// asks for the details of the orders on screen as they scroll into view: a few at a time, the
// rest queued in screen order. A queued order that leaves the screen before its turn is dropped
// unasked; one already asked for finishes (its answer is cached by the store). Details the store
// holds are never asked for again, nor are those it kept from the last run for an order whose
// list row has not changed since (OrderStore::hasCurrentKeptDetails): only changed orders are. A failed order is not asked for again until the next sync (or
// until something else loads it), so an unreachable server is not hammered while scrolling.
// No widgets: the view says which orders are on screen; the table model reads state().
class VisibleDetailsLoader final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Queued, Loading, Failed };

    explicit VisibleDetailsLoader(OrderService *orders, QObject *parent = nullptr);

    // How many requests may be on their way at once (at least 1).
    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    // The orders now on screen, in screen order; replaces the previous list.
    void setVisibleOrders(const QList<qint64> &orderIds);

    State state(qint64 orderId) const;
    // Why the last load of this order failed (empty unless state() is Failed).
    QString failureReason(qint64 orderId) const { return m_failed.value(orderId); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    int queuedCount() const { return int(m_queue.size()); }

signals:
    // The order's state() changed: its quantity and price cells read differently.
    void stateChanged(qint64 orderId);

private:
    void sendQueued();
    void finished(qint64 orderId);
    void failed(qint64 orderId, const ApiError &error);
    void forgetEverything();
    // Nothing to ask: loaded, or kept from the last run and still current.
    static bool isKnown(const OrderStore &store, qint64 orderId);

    OrderService *m_orders;
    int m_maxInFlight = 4;
    QList<qint64> m_queue; // screen order; never holds an id in flight, cached or failed
    QSet<qint64> m_inFlight;
    QHash<qint64, QString> m_failed;
};
