#include "ordereditor.h"

#include "../api/apiclient.h"
#include "../domain/productkind.h"
#include "orderservice.h"
#include "orderstore.h"

OrderEditor::OrderEditor(ApiClient *client, OrderService *orders, QObject *parent)
    : QObject(parent), m_client(client), m_orders(orders), m_store(orders->store())
{
}

QString OrderEditor::whyNot(const Order &order, Action action)
{
    switch (action) {
    case Action::AutoRenew:
    case Action::Cycle:
        if (!ProductKinds::mayManage(order.productName))
            return action == Action::AutoRenew
                       ? tr("Auto-renewal can be changed only for Datacenter and ISP proxies.")
                       : tr("The billing cycle can be changed only for Datacenter and ISP proxies.");
        if (order.status == OrderStatus::Cancelled)
            return tr("This order is cancelled and can no longer be changed.");
        return {};
    case Action::Tag:
        return {};
    case Action::Renew:
        // A status the server did not tell is left for the server to judge.
        if (order.status != OrderStatus::OnHold && order.status != OrderStatus::Unknown)
            return tr("Only orders on hold can be renewed; active orders renew themselves "
                      "or at expiry.");
        return {};
    }
    return {};
}

std::optional<Order> OrderEditor::begin(qint64 orderId, Action action)
{
    const Order *current = m_store->find(orderId);
    if (!current) {
        m_lastRefusal = tr("Order %1 is not known.").arg(orderId);
        return std::nullopt;
    }
    if (m_inFlight.contains(orderId)) {
        m_lastRefusal = tr("A change to order %1 is still waiting for the server.").arg(orderId);
        return std::nullopt;
    }
    const QString why = whyNot(*current, action);
    if (!why.isEmpty()) {
        m_lastRefusal = why;
        return std::nullopt;
    }
    m_lastRefusal.clear();
    m_inFlight.insert(orderId, action);
    m_store->noteLocalChange(orderId);
    return *current;
}

void OrderEditor::finish(qint64 orderId, Action action, const Order &before, bool ok,
                         const QString &message, const ApiError &error)
{
    m_inFlight.remove(orderId);
    if (!ok && action != Action::Renew)
        m_store->updateOrder(before); // back to what the server still has
    m_store->setPending(orderId, false);
    emit editFinished(orderId, action, ok, message, error);
}

std::optional<Order> OrderEditor::beginOptimistic(qint64 orderId, Action action,
                                                  const std::function<void(Order &)> &change)
{
    const std::optional<Order> before = begin(orderId, action);
    if (!before)
        return std::nullopt;
    Order intended = *before;
    change(intended);
    m_store->updateOrder(intended);
    m_store->setPending(orderId, true);
    return before;
}

bool OrderEditor::setAutoRenewal(qint64 orderId, bool on)
{
    const std::optional<Order> before =
        beginOptimistic(orderId, Action::AutoRenew, [on](Order &o) { o.autoRenewal = on; });
    if (!before)
        return false;
    m_client->setAutoRenewal(orderId, on, this, [this, orderId, b = *before](ApiResult<ActionResult> r) {
        finish(orderId, Action::AutoRenew, b, r.ok(), r.ok() ? r.value().message : QString(),
               r.error());
    });
    return true;
}

bool OrderEditor::setTag(qint64 orderId, const QString &tag)
{
    const std::optional<Order> before =
        beginOptimistic(orderId, Action::Tag, [&tag](Order &o) { o.tag = tag.trimmed(); });
    if (!before)
        return false;
    m_client->setTag(orderId, tag, this, [this, orderId, b = *before](ApiResult<ActionResult> r) {
        finish(orderId, Action::Tag, b, r.ok(), r.ok() ? r.value().message : QString(), r.error());
    });
    return true;
}

bool OrderEditor::changeCycle(qint64 orderId, const QString &cycle)
{
    const std::optional<Order> current =
        beginOptimistic(orderId, Action::Cycle, [&cycle](Order &o) { o.cycleName = cycle.trimmed(); });
    if (!current)
        return false;
    const Order before = *current;
    m_client->changeBillingCycle(
        orderId, cycle, this, [this, orderId, before](ApiResult<CycleChangeResult> r) {
            if (r.ok()) {
                emit cycleChanged(orderId, r.value());
                // The promo code may have been dropped and the price changed: read it back.
                m_orders->loadDetails(orderId, true);
            }
            finish(orderId, Action::Cycle, before, r.ok(), r.ok() ? r.value().message : QString(),
                   r.error());
        });
    return true;
}

bool OrderEditor::renew(qint64 orderId)
{
    const std::optional<Order> current = begin(orderId, Action::Renew);
    if (!current)
        return false;
    const Order before = *current;
    m_store->setPending(orderId, true);
    m_client->renew(orderId, this, [this, orderId, before](ApiResult<ActionResult> r) {
        if (r.ok()) {
            m_orders->loadDetails(orderId, true); // new status and expiry
            finish(orderId, Action::Renew, before, true, r.value().message, ApiError());
            return;
        }
        if (r.error().leavesOutcomeUnknown()) {
            reconcileRenewal(orderId, before, r.error());
            return;
        }
        finish(orderId, Action::Renew, before, false, QString(), r.error());
    });
    return true;
}

void OrderEditor::reconcileRenewal(qint64 orderId, const Order &before, const ApiError &error)
{
    // The order stays busy until we know: nobody can send the renewal a second time meanwhile.
    m_client->orderDetails(orderId, this, [this, orderId, before, error](ApiResult<OrderDetails> r) {
        bool renewed = false;
        if (r.ok()) {
            m_store->setDetails(r.value());
            const OrderDetails &d = r.value();
            renewed = d.status == OrderStatus::Active &&
                      (!before.expiresAt.isValid() || !d.expiresAt.isValid() ||
                       d.expiresAt > before.expiresAt);
        }
        emit renewalReconciled(orderId, renewed, r.ok());
        if (renewed)
            finish(orderId, Action::Renew, before, true, tr("The renewal went through."), ApiError());
        else
            finish(orderId, Action::Renew, before, false, QString(), error);
    });
}
