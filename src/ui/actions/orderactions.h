#pragma once

#include "domain/order.h"
#include "services/ordereditor.h"

#include <QObject>

#include <functional>

class AccountService;
class BandwidthPurchase;
class ApiError;
class CatalogService;
class OrderService;
class OrderStore;
class OrdersModel;
class OrdersTableView;
class ProxyChecker;
class QAction;
class QWidget;

// The Order menu on the selected orders: which actions apply (and why not), the edits, their
// dialogs, bulk runs and the word on how each edit went.
class OrderActions final : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *autoRenewOn;
        QAction *autoRenewOff;
        QAction *editTag;
        QAction *changeCycle;
        QAction *renew;
        QAction *showProxies;
        QAction *copyId;
        QAction *copyRow;
    };

    // `window` parents the dialogs; `model`'s in-table edits become requests too.
    OrderActions(const Actions &actions, OrdersTableView *view, OrdersModel *model,
                 OrderEditor &editor, OrderStore &store, OrderService &orders,
                 AccountService &account, CatalogService &catalog, QWidget *window);

    void update();
    // Order → Add traffic: `make` gives each dialog its own money-safe purchase.
    void enableAddTraffic(QAction *action, std::function<BandwidthPurchase *(QObject *)> make);
    // Empty when traffic may be added to `order`; otherwise why not, for a person.
    static QString whyNoTraffic(const Order &order);
    // Order → Check proxies: `check` gets the selected orders that have proxies to check.
    // The proxies view shows `checker`'s results and checks its order the same way.
    void enableCheckProxies(QAction *action, const ProxyChecker *checker,
                            std::function<void(const QList<qint64> &)> check);
    // The orders among `orders` whose proxies can be checked (Datacenter/ISP, not cancelled).
    static QList<qint64> checkable(const QList<Order> &orders);

signals:
    // For the status bar.
    void message(const QString &text, int timeoutMs);
    // A renewal moved balances and expiry dates.
    void refreshRequested();

private:
    QList<Order> selectedOrders() const;
    void sendEdit(bool sent);
    void setAutoRenewal(bool on);
    void editTag();
    void changeCycle();
    void renew();
    void showProxies();
    void addTraffic();
    void runBulk(OrderEditor::Action action, const QList<qint64> &ids, const QVariant &value);
    void onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok, const QString &message,
                        const ApiError &error);

    Actions m_actions;
    OrdersTableView *m_view;
    OrderEditor &m_editor;
    OrderStore &m_store;
    OrderService &m_orders;
    AccountService &m_account;
    CatalogService &m_catalog;
    QWidget *m_window;
    bool m_bulkRunning = false;
    QAction *m_addTraffic = nullptr;
    QAction *m_checkProxies = nullptr;
    const ProxyChecker *m_checker = nullptr;
    std::function<void(const QList<qint64> &)> m_checkOrders;
    std::function<BandwidthPurchase *(QObject *)> m_newBandwidthPurchase;
};
