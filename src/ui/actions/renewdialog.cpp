#include "renewdialog.h"

#include "accessiblevalue.h"
#include "ui_actionrenewdialog.h"

#include "actionmessage.h"
#include "renewlistmodel.h"

#include "domain/money.h"
#include "services/accountservice.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

RenewDialog::RenewDialog(OrderService &orders, AccountService &account,
                         const QList<qint64> &orderIds, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RenewDialog>()), m_orders(&orders),
      m_store(orders.store()), m_account(&account)
{
    m_ui->setupUi(this);
    // "Total price" alone hid the amount from a screen reader.
    for (QLabel *value : {m_ui->totalValue, m_ui->balanceValue, m_ui->afterValue})
        AccessibleValue::expose(value);
    QList<qint64> renewable;
    for (const qint64 id : orderIds) {
        const Order *order = m_store->find(id);
        const QString why = order ? OrderEditor::whyNot(*order, OrderEditor::Action::Renew)
                                  : tr("Order %1 is not known.").arg(id);
        if (why.isEmpty()) {
            if (!renewable.contains(id))
                renewable.append(id);
        } else {
            m_excluded.append({id, why});
        }
    }
    m_model = new RenewListModel(m_store, renewable, this);
    m_ui->ordersView->setModel(m_model);
    QHeaderView *header = m_ui->ordersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RenewListModel::ProductColumn, QHeaderView::Stretch);
    m_ui->ordersView->verticalHeader()->setDefaultSectionSize(
        m_ui->ordersView->fontMetrics().height() + 10);
    m_ui->ordersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QPushButton *renewButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    renewButton->setAccessibleName(tr("Renew the checked orders"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    setWindowTitle(tr("Renew %Ln order(s)", nullptr, int(renewable.size())));
    if (renewable.isEmpty()) {
        m_ui->introLabel->setText(tr("None of the selected orders can be renewed: only orders "
                                     "on hold can."));
    } else {
        m_ui->introLabel->setText(tr("Renew these orders now? Uncheck the ones to leave as "
                                     "they are."));
    }
    if (!m_excluded.isEmpty()) {
        QStringList ids;
        for (const auto &[id, why] : std::as_const(m_excluded))
            ids.append(QString::number(id));
        ActionMessage::showInfo(m_ui->excludedLabel,
                                tr("%Ln selected order(s) are not on hold and are left out: %1.",
                                   nullptr, int(m_excluded.size()))
                                    .arg(ids.join(QStringLiteral(", "))));
        m_ui->excludedLabel->setToolTip(m_excluded.first().second);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &RenewListModel::checkedChanged, this, &RenewDialog::updateSummary);
    connect(m_store, &OrderStore::detailsLoaded, this, [this](qint64 id) {
        m_model->refreshOrder(id);
        updateSummary();
    });
    connect(m_orders, &OrderService::detailsFailed, this, [this](qint64 id, const ApiError &) {
        m_model->refreshOrder(id);
        updateSummary();
    });
    connect(m_account, &AccountService::accountChanged, this, &RenewDialog::updateSummary);
    connect(m_account, &AccountService::refreshFailed, this, &RenewDialog::updateSummary);

    // The price of each order and the balance are worth reading fresh before spending money.
    for (const qint64 id : std::as_const(renewable)) {
        if (!m_store->details(id))
            m_orders->loadDetails(id);
    }
    if (!m_account->isRefreshing())
        m_account->refresh();
    updateSummary();
}

RenewDialog::~RenewDialog() = default;

QList<qint64> RenewDialog::listedIds() const
{
    return m_model->orderIds();
}

QList<qint64> RenewDialog::confirmedIds() const
{
    return m_model->checkedIds();
}

std::optional<qint64> RenewDialog::totalCents() const
{
    return m_model->totalCents();
}

std::optional<qint64> RenewDialog::balanceAfterCents() const
{
    const std::optional<qint64> total = totalCents();
    if (!total || !m_account->hasAccount() || !m_account->account().walletBalanceCents)
        return std::nullopt;
    return *m_account->account().walletBalanceCents - *total;
}

QString RenewDialog::totalText() const
{
    return m_ui->totalValue->text();
}

QString RenewDialog::balanceAfterText() const
{
    return m_ui->afterValue->text();
}

bool RenewDialog::isBalanceInsufficient() const
{
    const std::optional<qint64> after = balanceAfterCents();
    return after && *after < 0;
}

void RenewDialog::updateSummary()
{
    const int checked = int(m_model->checkedIds().size());
    QPushButton *renewButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    renewButton->setText(checked > 0 ? tr("&Renew %Ln order(s)", nullptr, checked) : tr("&Renew"));
    renewButton->setEnabled(checked > 0);

    const std::optional<qint64> total = totalCents();
    if (checked == 0) {
        m_ui->totalValue->setText(Money::format(0));
    } else if (total) {
        m_ui->totalValue->setText(Money::format(*total));
    } else {
        const int unknown = m_model->unknownPriceCount();
        m_ui->totalValue->setText(
            tr("Not known: the price of %Ln order(s) has not loaded", nullptr, unknown));
    }

    if (m_account->hasAccount() && m_account->account().walletBalanceCents)
        m_ui->balanceValue->setText(Money::format(*m_account->account().walletBalanceCents));
    else if (m_account->isRefreshing())
        m_ui->balanceValue->setText(tr("Loading…"));
    else
        m_ui->balanceValue->setText(tr("Not known"));

    const std::optional<qint64> after = balanceAfterCents();
    if (!after)
        m_ui->afterValue->setText(tr("Not known"));
    else if (*after < 0)
        // A plain minus sign: the currency format's accounting brackets read like a typo here.
        m_ui->afterValue->setText(QLocale().negativeSign() + Money::format(-*after));
    else
        m_ui->afterValue->setText(Money::format(*after));
    if (after && *after < 0) {
        ActionMessage::showWarning(
            m_ui->warningLabel,
            tr("Your balance is %1 short of the total. The server refuses each renewal it cannot "
               "pay for: top up first, or renew fewer orders.")
                .arg(Money::format(-*after)));
    } else {
        m_ui->warningLabel->setVisible(false);
    }
}
