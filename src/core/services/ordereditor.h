#pragma once

#include "domain/apierror.h"
#include "../domain/cyclechangeresult.h"
#include "../domain/order.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class ApiClient;
class OrderService;
class OrderStore;

// Changes one order on the server: auto-renewal, tag, billing cycle, renewal. The row shows
// the intended value as pending at once; the server's answer confirms it, or the row goes back
// and the reason is given. Renewal spends money: sent once, never retried, and an unknown
// outcome is reconciled by reading the order back.
class OrderEditor final : public QObject
{
    Q_OBJECT

public:
    enum class Action { AutoRenew, Tag, Cycle, Renew };
    Q_ENUM(Action)

    OrderEditor(ApiClient *client, OrderService *orders, QObject *parent = nullptr);

    // Empty when `action` is possible for this order now; otherwise why not, for a person.
    static QString whyNot(const Order &order, Action action);

    // Each returns false, sending nothing, when the action is not possible (see whyNot) or an
    // edit of that order is still in flight.
    bool setAutoRenewal(qint64 orderId, bool on);
    bool setTag(qint64 orderId, const QString &tag);
    bool changeCycle(qint64 orderId, const QString &cycle);
    bool renew(qint64 orderId);

    bool isBusy(qint64 orderId) const { return m_inFlight.contains(orderId); }
    QString lastRefusal() const { return m_lastRefusal; }

signals:
    // ok: the server confirmed. Otherwise `error` says why and the row is as before.
    void editFinished(qint64 orderId, OrderEditor::Action action, bool ok, const QString &message,
                      const ApiError &error);
    void cycleChanged(qint64 orderId, const CycleChangeResult &result);
    // A renewal whose answer was lost: after reading the order back, did it happen? `known` is
    // false when the order could not be read back either (then `renewed` is false and unclear).
    void renewalReconciled(qint64 orderId, bool renewed, bool known);

private:
    // The order as it is now, marked busy; nothing when the action cannot start.
    std::optional<Order> begin(qint64 orderId, Action action);
    // begin(), then the row shows `change` as pending until the server answers.
    std::optional<Order> beginOptimistic(qint64 orderId, Action action,
                                         const std::function<void(Order &)> &change);
    void finish(qint64 orderId, Action action, const Order &before, bool ok, const QString &message,
                const ApiError &error);
    void reconcileRenewal(qint64 orderId, const Order &before, const ApiError &error);

    ApiClient *m_client;
    OrderService *m_orders;
    OrderStore *m_store;
    QHash<qint64, Action> m_inFlight;
    QString m_lastRefusal;
};
