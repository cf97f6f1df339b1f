#include "orderactions.h"

#include "actions/addbandwidthdialog.h"
#include "actions/bulkactiondialog.h"
#include "actions/changecycledialog.h"
#include "actions/proxiesview.h"
#include "actions/renewdialog.h"
#include "orderstableview.h"
#include "ordersmodel.h"
#include "domain/productkind.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QVBoxLayout>

OrderActions::OrderActions(const Actions &actions, OrdersTableView *view, OrdersModel *model,
                           OrderEditor &editor, OrderStore &store, OrderService &orders,
                           AccountService &account, CatalogService &catalog, QWidget *window)
    : QObject(window), m_actions(actions), m_view(view), m_editor(editor), m_store(store),
      m_orders(orders), m_account(account), m_catalog(catalog), m_window(window)
{
    connect(m_actions.autoRenewOn, &QAction::triggered, this, [this] { setAutoRenewal(true); });
    connect(m_actions.autoRenewOff, &QAction::triggered, this, [this] { setAutoRenewal(false); });
    connect(m_actions.editTag, &QAction::triggered, this, &OrderActions::editTag);
    connect(m_actions.changeCycle, &QAction::triggered, this, &OrderActions::changeCycle);
    connect(m_actions.renew, &QAction::triggered, this, &OrderActions::renew);
    connect(m_actions.showProxies, &QAction::triggered, this, &OrderActions::showProxies);
    // Changes to orders made inside the table are requests to the server.
    connect(model, &OrdersModel::tagEditRequested, this,
            [this](qint64 id, const QString &tag) { sendEdit(m_editor.setTag(id, tag)); });
    connect(model, &OrdersModel::autoRenewalToggleRequested, this,
            [this](qint64 id, bool on) { sendEdit(m_editor.setAutoRenewal(id, on)); });
    connect(view, &OrdersTableView::tagEdited, this,
            [this](qint64 id, const QString &tag) { sendEdit(m_editor.setTag(id, tag)); });
    connect(view, &OrdersTableView::selectedOrdersChanged, this, &OrderActions::update);
    connect(&m_store, &OrderStore::rowsChanged, this, &OrderActions::update);
    connect(&m_editor, &OrderEditor::editFinished, this, &OrderActions::onEditFinished);
}

QList<Order> OrderActions::selectedOrders() const
{
    QList<Order> out;
    for (qint64 id : m_view->selectedOrderIds()) {
        if (const Order *o = m_store.find(id))
            out.append(*o);
    }
    return out;
}

void OrderActions::update()
{
    const QList<Order> orders = selectedOrders();
    auto anyAllows = [&](OrderEditor::Action action) {
        return std::any_of(orders.cbegin(), orders.cend(), [action](const Order &o) {
            return OrderEditor::whyNot(o, action).isEmpty();
        });
    };
    const bool one = orders.size() == 1;
    m_actions.autoRenewOn->setEnabled(anyAllows(OrderEditor::Action::AutoRenew));
    m_actions.autoRenewOff->setEnabled(anyAllows(OrderEditor::Action::AutoRenew));
    m_actions.editTag->setEnabled(!orders.isEmpty());
    m_actions.changeCycle->setEnabled(one && anyAllows(OrderEditor::Action::Cycle));
    m_actions.renew->setEnabled(anyAllows(OrderEditor::Action::Renew));
    m_actions.showProxies->setEnabled(one && anyAllows(OrderEditor::Action::Cycle));
    m_actions.copyId->setEnabled(!orders.isEmpty());
    m_actions.copyRow->setEnabled(!orders.isEmpty());
    if (m_addTraffic) {
        const QString why = one ? whyNoTraffic(orders.first())
                                : tr("Select one Standard or Premium Residential order.");
        m_addTraffic->setEnabled(why.isEmpty());
        m_addTraffic->setToolTip(why.isEmpty() ? tr("Buy more traffic for this residential order "
                                                    "(spends balance, Ctrl+Shift+G)")
                                               : why);
    }
    if (m_checkProxies) {
        const bool any = !checkable(orders).isEmpty();
        m_checkProxies->setEnabled(any);
        m_checkProxies->setToolTip(
            any ? tr("Check whether the proxies of the selected orders work (Ctrl+K)")
                : tr("Select Datacenter or ISP orders: their proxies can be checked."));
    }
    // Say why an action is unavailable for a single selected order, right where it is looked for.
    if (one) {
        const Order &o = orders.first();
        m_actions.autoRenewOn->setToolTip(
            OrderEditor::whyNot(o, OrderEditor::Action::AutoRenew).isEmpty()
                ? tr("Turn auto-renewal on")
                : OrderEditor::whyNot(o, OrderEditor::Action::AutoRenew));
        m_actions.renew->setToolTip(OrderEditor::whyNot(o, OrderEditor::Action::Renew).isEmpty()
                                        ? tr("Renew this order now (spends balance)")
                                        : OrderEditor::whyNot(o, OrderEditor::Action::Renew));
    }
}

void OrderActions::sendEdit(bool sent)
{
    if (!sent)
        emit message(m_editor.lastRefusal(), 8000);
}

void OrderActions::setAutoRenewal(bool on)
{
    const QList<Order> orders = selectedOrders();
    if (orders.size() == 1) {
        sendEdit(m_editor.setAutoRenewal(orders.first().id, on));
        return;
    }
    QList<qint64> ids;
    for (const Order &o : orders)
        ids.append(o.id);
    runBulk(OrderEditor::Action::AutoRenew, ids, on);
}

void OrderActions::editTag()
{
    const QList<Order> orders = selectedOrders();
    if (orders.isEmpty())
        return;
    if (orders.size() == 1) {
        m_view->editTag(orders.first().id);
        return;
    }
    bool ok = false;
    const QString tag = QInputDialog::getText(
        m_window, tr("Tag %Ln order(s)", nullptr, int(orders.size())),
        tr("Tag for the %Ln selected order(s) (leave empty to remove their tags):", nullptr,
           int(orders.size())),
        QLineEdit::Normal, orders.first().tag, &ok);
    if (!ok)
        return;
    QList<qint64> ids;
    for (const Order &o : orders)
        ids.append(o.id);
    runBulk(OrderEditor::Action::Tag, ids, tag.trimmed());
}

void OrderActions::runBulk(OrderEditor::Action action, const QList<qint64> &ids,
                           const QVariant &value)
{
    if (ids.isEmpty() || m_bulkRunning)
        return;
    auto *dialog = new BulkActionDialog(m_editor, m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkRunning = true;
    connect(dialog, &BulkActionDialog::actionFinished, this, [this, action] {
        m_bulkRunning = false;
        if (action == OrderEditor::Action::Renew)
            emit refreshRequested();
    });
    connect(dialog, &QObject::destroyed, this, [this] { m_bulkRunning = false; });
    dialog->start(action, ids, value);
    dialog->open();
}

void OrderActions::changeCycle()
{
    const QList<qint64> ids = m_view->selectedOrderIds();
    if (ids.size() != 1)
        return;
    auto *dialog = new ChangeCycleDialog(m_editor, m_store, m_catalog, ids.first(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrderActions::renew()
{
    const QList<qint64> ids = m_view->selectedOrderIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new RenewDialog(m_orders, m_account, ids, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<qint64> confirmed = dialog->confirmedIds();
        if (confirmed.size() == 1)
            sendEdit(m_editor.renew(confirmed.first()));
        else
            runBulk(OrderEditor::Action::Renew, confirmed, QVariant());
    });
    dialog->open();
}

void OrderActions::showProxies()
{
    const QList<qint64> ids = m_view->selectedOrderIds();
    if (ids.size() != 1)
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Proxies of order %1").arg(ids.first()));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new ProxiesView(m_orders, m_store, dialog);
    if (m_checker && m_checkOrders) {
        view->setChecker(m_checker);
        connect(view, &ProxiesView::checkRequested, this,
                [this](qint64 id) { m_checkOrders({id}); });
    }
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 420);
    view->showOrder(ids.first());
    // Not modal: it is only a viewer, and the checker it can open must take input beside it.
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
}

void OrderActions::enableAddTraffic(QAction *action,
                                    std::function<BandwidthPurchase *(QObject *)> make)
{
    m_addTraffic = action;
    m_newBandwidthPurchase = std::move(make);
    connect(action, &QAction::triggered, this, &OrderActions::addTraffic);
    update();
}

void OrderActions::enableCheckProxies(QAction *action, const ProxyChecker *checker,
                                      std::function<void(const QList<qint64> &)> check)
{
    m_checkProxies = action;
    m_checker = checker;
    m_checkOrders = std::move(check);
    connect(action, &QAction::triggered, this, [this] {
        const QList<qint64> ids = checkable(selectedOrders());
        if (!ids.isEmpty() && m_checkOrders)
            m_checkOrders(ids);
    });
    update();
}

QList<qint64> OrderActions::checkable(const QList<Order> &orders)
{
    QList<qint64> ids;
    for (const Order &o : orders) {
        if (ProductKinds::mayManage(o.productName) && o.status != OrderStatus::Cancelled)
            ids.append(o.id);
    }
    return ids;
}

QString OrderActions::whyNoTraffic(const Order &order)
{
    if (!ProductKinds::mayAddBandwidth(order.productName))
        return tr("Traffic can only be added to Standard and Premium Residential orders.");
    if (order.status == OrderStatus::Cancelled)
        return tr("Order %1 is cancelled.").arg(order.id);
    return {};
}

void OrderActions::addTraffic()
{
    const QList<Order> orders = selectedOrders();
    if (orders.size() != 1 || !m_newBandwidthPurchase || !whyNoTraffic(orders.first()).isEmpty())
        return;
    const Order order = orders.first();
    auto *dialog = new AddBandwidthDialog(m_newBandwidthPurchase(nullptr), order.id,
                                          order.productName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddBandwidthDialog::trafficAdded, this, [this](qint64 id) {
        emit message(tr("Traffic added to order %1.").arg(id), 6000);
    });
    dialog->open();
}

void OrderActions::onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok,
                                  const QString &message, const ApiError &error)
{
    if (ok && action == OrderEditor::Action::Renew)
        m_account.refresh(); // the balance paid for it
    if (m_bulkRunning)
        return; // the bulk report tells each order's result
    if (ok) {
        emit this->message(tr("Order %1: %2").arg(orderId).arg(message), 6000);
        return;
    }
    if (error.kind() == ApiError::Kind::Unauthorized)
        return; // the sign-in dialog explains it
    // The person just asked for this change: say plainly that it did not happen and why.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Order %1 was not changed").arg(orderId),
                                error.message(), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
