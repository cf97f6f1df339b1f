#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

namespace Ui {
class RenewDialog;
}
class AccountService;
class OrderService;
class OrderStore;
class RenewListModel;

// The confirmation before renewing one or several on-hold orders: each order with its product,
// cycle and price, the combined total, the wallet balance and the balance after. Orders that
// cannot be renewed (not on hold) are left out and counted. It sends no renewal itself: after
// exec() == Accepted, confirmedIds() are the orders the person agreed to renew.
//
// While open it loads what it lacks: the details (price) of orders not loaded yet and the
// current balance.
class RenewDialog final : public QDialog
{
    Q_OBJECT

public:
    RenewDialog(OrderService &orders, AccountService &account, const QList<qint64> &orderIds,
                QWidget *parent = nullptr);
    ~RenewDialog() override;

    // The orders listed (renewable ones, in the order given).
    QList<qint64> listedIds() const;
    // The orders left out, each with the reason.
    QList<QPair<qint64, QString>> excluded() const { return m_excluded; }
    // The checked orders: what the caller should renew once the dialog is accepted.
    QList<qint64> confirmedIds() const;
    RenewListModel *model() const { return m_model; }
    std::optional<qint64> totalCents() const;
    // The balance minus the total; nothing while either is unknown.
    std::optional<qint64> balanceAfterCents() const;
    QString totalText() const;
    QString balanceAfterText() const;
    bool isBalanceInsufficient() const;

private:
    void updateSummary();

    std::unique_ptr<Ui::RenewDialog> m_ui;
    OrderService *m_orders;
    OrderStore *m_store;
    AccountService *m_account;
    RenewListModel *m_model;
    QList<QPair<qint64, QString>> m_excluded;
};
