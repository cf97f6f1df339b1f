#include "purchaseresultpage.h"

#include "accessiblevalue.h"
#include "tone.h"
#include "ui_purchaseresultpage.h"

#include "domain/money.h"
#include "domain/purchaserequest.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "purchaseflow.h"

namespace {
void setHeadline(QLabel *label, const QString &text, std::optional<Tone::Kind> tone)
{
    label->setText(text);
    label->setStyleSheet(
        QStringLiteral("font-weight: bold;") + Tone::textStyle(tone));
}
} // namespace

PurchaseResultPage::PurchaseResultPage(const PurchaseContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::PurchaseResultPage>()), m_context(context)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    // "Purchase result" alone told a screen reader nothing of what became of the order.
    AccessibleValue::expose(m_ui->headlineLabel);
    AccessibleValue::expose(m_ui->detailLabel);
    QFont font = m_ui->headlineLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_ui->headlineLabel->setFont(font);

    PurchaseController *controller = context.controller;
    connect(controller, &PurchaseController::stateChanged, this, &PurchaseResultPage::updateView);
    connect(m_ui->fixButton, &QPushButton::clicked, this, [this] {
        if (m_fixPage >= 0)
            emit fixRequested(m_fixPage);
    });
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this,
            [this] { emit fixRequested(PurchaseFlow::ReviewPage); });
    connect(m_ui->checkAgainButton, &QPushButton::clicked, controller,
            &PurchaseController::reconcileAgain);
}

PurchaseResultPage::~PurchaseResultPage() = default;

void PurchaseResultPage::initializePage()
{
    updateView();
}

QString PurchaseResultPage::headline() const
{
    return m_ui->headlineLabel->text();
}

QString PurchaseResultPage::details() const
{
    return m_ui->detailLabel->text();
}

bool PurchaseResultPage::isComplete() const
{
    return !m_context.controller->isBusy();
}

void PurchaseResultPage::updateView()
{
    const PurchaseController *controller = m_context.controller;
    m_fixPage = -1;
    m_ui->fixButton->setVisible(false);
    m_ui->tryAgainButton->setVisible(false);
    m_ui->checkAgainButton->setVisible(false);
    m_ui->busyBar->setVisible(controller->isBusy());

    switch (controller->state()) {
    case PurchaseController::State::Idle:
        setHeadline(m_ui->headlineLabel, QString(), std::nullopt);
        m_ui->detailLabel->clear();
        break;
    case PurchaseController::State::Sending:
        setTitle(tr("Paying"));
        setHeadline(m_ui->headlineLabel, tr("Sending the order…"), std::nullopt);
        m_ui->detailLabel->setText(tr("The order is sent once and never re-sent automatically. "
                                      "Please wait for the server's answer."));
        break;
    case PurchaseController::State::Succeeded:
        setTitle(tr("Order placed"));
        //: %1 is an order number
        setHeadline(m_ui->headlineLabel, tr("Order %1 is placed.").arg(controller->orderId()),
                    Tone::Kind::Good);
        m_ui->detailLabel->setText(
            tr("%1\n\nThe order is selected in your order list once it has reloaded. New "
               "proxies can take a minute or two to appear.")
                .arg(controller->serverMessage()));
        break;
    case PurchaseController::State::Refused:
        showRefusal();
        break;
    case PurchaseController::State::Unknown:
    case PurchaseController::State::Reconciling:
        setTitle(tr("Checking the outcome"));
        setHeadline(m_ui->headlineLabel, tr("The outcome is not known yet."), Tone::Kind::Caution);
        m_ui->detailLabel->setText(
            tr("%1\n\nShardDesk does not send the order again. It is reloading your orders and "
               "balance to see whether the order went through…")
                .arg(controller->error().message()));
        break;
    case PurchaseController::State::Reconciled:
        showReconcile();
        break;
    }
    // The final page's Finish button follows isComplete(): closed while the outcome is open.
    emit completeChanged();
}

void PurchaseResultPage::showRefusal()
{
    const PurchaseController *controller = m_context.controller;
    const Product *product = m_context.catalog->product(controller->sentRequest().product());
    setTitle(tr("Order refused"));
    setHeadline(m_ui->headlineLabel, tr("The server refused the order. Nothing was charged."),
                Tone::Kind::Bad);
    QString hint;
    using PurchaseRefusal::Reason;
    switch (controller->refusalReason()) {
    case Reason::InsufficientBalance:
        hint = tr("Top up your ProxyShard balance, or buy less.");
        break;
    case Reason::OutOfStock:
        hint = tr("Choose another country or a smaller quantity.");
        break;
    case Reason::InvalidPromo:
        hint = tr("Correct the promo code or clear it.");
        break;
    case Reason::CycleUnavailable:
        hint = tr("Choose another billing cycle.");
        break;
    case Reason::SignInNeeded:
        hint = tr("Sign in again with a valid API key, then review the order and pay again.");
        break;
    case Reason::InvalidQuantity:
    case Reason::InvalidLocation:
    case Reason::Other:
        break;
    }
    //: %1 the server's own message, %2 a hint what to do
    m_ui->detailLabel->setText(
        tr("The server says: %1\n\n%2").arg(controller->error().message(), hint).trimmed());
    m_fixPage = PurchaseFlow::pageToFix(controller->refusalReason(), product);
    switch (m_fixPage) {
    case PurchaseFlow::LocationPage:
        m_ui->fixButton->setText(tr("Change the &location"));
        break;
    case PurchaseFlow::CyclePage:
        m_ui->fixButton->setText(tr("Change the billing &cycle"));
        break;
    case PurchaseFlow::OptionsPage:
        m_ui->fixButton->setText(tr("Change the &options"));
        break;
    default:
        m_ui->fixButton->setText(tr("Back to the &review"));
        break;
    }
    m_ui->fixButton->setAccessibleName(m_ui->fixButton->text().remove(u'&'));
    m_ui->fixButton->setVisible(true);
    m_ui->fixButton->setFocus(Qt::OtherFocusReason);
}

void PurchaseResultPage::showReconcile()
{
    const PurchaseController *controller = m_context.controller;
    const ReconcileReport &report = controller->report();
    const QString product = controller->sentRequest().product();
    // Why the answer was lost, in the client's words (e.g. "The server did not answer...").
    const QString lost = controller->error().message();
    QString balance;
    if (const auto change = report.balanceChangeCents()) {
        const QString after = Money::format(*report.balanceAfterCents);
        if (*change == 0)
            balance = tr("Your balance is unchanged at %1.").arg(after);
        else if (*change < 0)
            //: %1 an amount of money, %2 the new balance
            balance = tr("Your balance went down by %1 to %2.").arg(Money::format(-*change), after);
        else
            //: %1 an amount of money, %2 the new balance
            balance = tr("Your balance went up by %1 to %2.").arg(Money::format(*change), after);
    } else {
        balance = tr("Your balance could not be compared.");
    }

    switch (report.verdict) {
    case ReconcileReport::Verdict::OrderFound: {
        setTitle(tr("Order placed"));
        setHeadline(m_ui->headlineLabel,
                    tr("The order went through: order %1.").arg(report.orderId()), Tone::Kind::Good);
        QStringList ids;
        for (qint64 id : report.newOrderIds)
            ids.append(QString::number(id));
        //: %1 a sentence, %2 a product, %3 order numbers, %4 a sentence about the balance
        m_ui->detailLabel->setText(
            tr("%1\n\nYour reloaded order list shows a new %2 order (%3). %4\n\nNothing was "
               "sent twice.")
                .arg(lost, product, ids.join(QStringLiteral(", ")), balance));
        break;
    }
    case ReconcileReport::Verdict::NoOrder:
        setTitle(tr("No order was made"));
        setHeadline(m_ui->headlineLabel, tr("The order did not go through."), std::nullopt);
        m_ui->detailLabel->setText(tr("%1\n\nYour reloaded order list has no new %2 order. "
                                      "%3\n\nYou can review the order and try again.")
                                       .arg(lost, product, balance));
        m_ui->tryAgainButton->setVisible(true);
        m_ui->checkAgainButton->setVisible(true);
        m_ui->tryAgainButton->setFocus(Qt::OtherFocusReason);
        break;
    case ReconcileReport::Verdict::Unclear: {
        setTitle(tr("Outcome not known"));
        setHeadline(m_ui->headlineLabel,
                    tr("It is still not known whether the order went through."), Tone::Kind::Caution);
        QString why;
        if (report.ordersError.isError())
            why = tr("Your orders could not be reloaded: %1").arg(report.ordersError.message());
        else if (!report.baselineComplete)
            why = tr("Your orders had not been loaded before paying, so new ones cannot be told "
                     "apart.");
        else
            why = tr("No new %1 order is listed, but money left your wallet.").arg(product);
        m_ui->detailLabel->setText(tr("%1\n\n%2 %3\n\nTo avoid paying twice, do not buy "
                                      "again until you know. Check again in a minute, or look at "
                                      "your orders in ProxyShard.")
                                       .arg(lost, why, balance));
        m_ui->checkAgainButton->setVisible(true);
        m_ui->checkAgainButton->setFocus(Qt::OtherFocusReason);
        break;
    }
    }
}
