#include "addbandwidthdialog.h"

#include "accessiblevalue.h"
#include "actionmessage.h"
#include "ui_actionaddbandwidthdialog.h"

#include "domain/money.h"

#include <QLocale>
#include <QPushButton>

AddBandwidthDialog::AddBandwidthDialog(BandwidthPurchase *purchase, qint64 orderId,
                                       const QString &product, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddBandwidthDialog>()), m_purchase(purchase),
      m_orderId(orderId)
{
    m_ui->setupUi(this);
    m_purchase->setParent(this);
    for (QLabel *value : {m_ui->currentValue, m_ui->priceValue, m_ui->balanceValue, m_ui->afterValue,
                          m_ui->stateLabel, m_ui->resultLabel, m_ui->errorLabel})
        AccessibleValue::expose(value);
    setWindowTitle(tr("Add traffic to order %1").arg(orderId));
    m_ui->titleLabel->setText(
        tr("Buy more traffic for order %1 (%2). It is charged to your balance at once.")
            .arg(orderId)
            .arg(product.isEmpty() ? tr("residential") : product));
    m_ui->amountSpin->setMaximum(int(BandwidthRequest::kMaxGb));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddBandwidthDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddBandwidthDialog::reject);
    connect(m_ui->amountSpin, &QSpinBox::valueChanged, this, &AddBandwidthDialog::askQuote);
    connect(m_ui->promoEdit, &QLineEdit::editingFinished, this, &AddBandwidthDialog::askQuote);
    connect(m_purchase, &BandwidthPurchase::stateChanged, this, &AddBandwidthDialog::onStateChanged);
    connect(m_purchase, &BandwidthPurchase::quoted, this, &AddBandwidthDialog::onQuoted);
    connect(m_purchase, &BandwidthPurchase::prepared, this, &AddBandwidthDialog::askQuote);

    m_purchase->prepare(orderId, product);
    updateSummary();
}

AddBandwidthDialog::~AddBandwidthDialog() = default;

std::optional<qint64> AddBandwidthDialog::priceCents() const
{
    if (!m_quote || m_quotedGb != m_ui->amountSpin->value())
        return std::nullopt;
    return m_quote->totalCents;
}

QString AddBandwidthDialog::confirmText() const
{
    const int gb = m_ui->amountSpin->value();
    if (const auto price = priceCents())
        return tr("Add %L1 GB for %2").arg(gb).arg(Money::format(*price));
    return tr("Add %L1 GB").arg(gb);
}

void AddBandwidthDialog::askQuote()
{
    if (m_purchase->state() != BandwidthPurchase::State::Ready)
        return;
    m_quote.reset();
    m_quoteProblem.clear();
    m_purchase->requestQuote(m_ui->amountSpin->value(), m_ui->promoEdit->text());
    updateSummary();
}

void AddBandwidthDialog::onQuoted(qint64 gb, const ApiResult<PriceQuote> &quote)
{
    if (gb != m_ui->amountSpin->value())
        return;
    m_quotedGb = gb;
    if (quote.ok()) {
        m_quote = quote.value();
        m_quoteProblem.clear();
    } else {
        m_quote.reset();
        m_quoteProblem = quote.error().message();
    }
    updateSummary();
}

void AddBandwidthDialog::updateSummary()
{
    const BandwidthPurchase::State state = m_purchase->state();
    const auto quantity = m_purchase->quantityAfter() ? m_purchase->quantityAfter()
                                                      : m_purchase->quantityBefore();
    m_ui->currentValue->setText(quantity ? tr("%L1 GB").arg(*quantity) : tr("unknown"));
    const auto balance = m_purchase->balanceAfterCents() ? m_purchase->balanceAfterCents()
                                                         : m_purchase->balanceBeforeCents();
    m_ui->balanceValue->setText(balance ? Money::format(*balance) : tr("unknown"));

    const auto price = priceCents();
    if (state == BandwidthPurchase::State::Preparing)
        m_ui->priceValue->setText(tr("Loading…"));
    else if (price)
        m_ui->priceValue->setText(Money::format(*price));
    else if (!m_quoteProblem.isEmpty())
        m_ui->priceValue->setText(tr("not calculated: %1").arg(m_quoteProblem));
    else
        m_ui->priceValue->setText(tr("Calculating…"));

    const bool shortfall = price && m_purchase->balanceBeforeCents() &&
                           *price > *m_purchase->balanceBeforeCents();
    if (price && m_purchase->balanceBeforeCents() && state == BandwidthPurchase::State::Ready)
        m_ui->afterValue->setText(Money::format(*m_purchase->balanceBeforeCents() - *price));
    else
        m_ui->afterValue->setText(state == BandwidthPurchase::State::Ready ? tr("unknown") : QString());
    if (state == BandwidthPurchase::State::Ready) {
        ActionMessage::showError(m_ui->errorLabel,
                                 shortfall ? tr("Your balance does not cover this. Top up first, "
                                                "or add less traffic.")
                                           : m_problem);
    }

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (ok) {
        ok->setText(confirmText());
        ok->setAccessibleName(confirmText());
        ok->setEnabled(state == BandwidthPurchase::State::Ready && !shortfall);
    }
    const bool busy = m_purchase->isBusy() || state == BandwidthPurchase::State::Preparing;
    m_ui->amountSpin->setEnabled(state == BandwidthPurchase::State::Ready);
    m_ui->promoEdit->setEnabled(state == BandwidthPurchase::State::Ready);
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!m_purchase->isBusy());
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setEnabled(!busy);
}

void AddBandwidthDialog::send()
{
    const QString confirmed = confirmText();
    m_problem.clear();
    m_ui->resultLabel->hide();
    if (!m_purchase->send(m_ui->amountSpin->value(), m_ui->promoEdit->text()))
        return;
    ActionMessage::showInfo(m_ui->stateLabel, tr("%1: sending…").arg(confirmed));
}

void AddBandwidthDialog::onStateChanged(BandwidthPurchase::State state)
{
    using State = BandwidthPurchase::State;
    const int gb = m_ui->amountSpin->value();
    switch (state) {
    case State::Preparing:
        ActionMessage::showInfo(m_ui->stateLabel, tr("Reading the order's traffic and your balance…"));
        break;
    case State::Ready:
        ActionMessage::showInfo(m_ui->stateLabel, QString());
        if (m_purchase->preparationError().kind() != ApiError::Kind::None) {
            ActionMessage::showWarning(
                m_ui->stateLabel,
                tr("Could not read everything before sending (%1). If the answer is lost, "
                   "ShardDesk may not be able to tell whether the traffic was added.")
                    .arg(m_purchase->preparationError().message()));
        }
        break;
    case State::Sending:
        ActionMessage::showError(m_ui->errorLabel, QString());
        break;
    case State::Succeeded: {
        ActionMessage::showInfo(m_ui->stateLabel, QString());
        const QString words = m_purchase->serverMessage();
        ActionMessage::showInfo(m_ui->resultLabel,
                                words.isEmpty()
                                    ? tr("Added %L1 GB to order %2.").arg(gb).arg(m_orderId)
                                    : tr("Added %L1 GB to order %2. The server said: %3")
                                          .arg(gb).arg(m_orderId).arg(words));
        m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
        emit trafficAdded(m_orderId);
        break;
    }
    case State::Refused:
        ActionMessage::showInfo(m_ui->stateLabel, QString());
        m_problem = tr("Nothing was added: %1").arg(m_purchase->error().message());
        m_purchase->acknowledge();
        break;
    case State::Reconciling:
        ActionMessage::showWarning(m_ui->stateLabel,
                                   tr("The answer was lost (%1). Checking the order and your "
                                      "balance before anything else is sent…")
                                       .arg(m_purchase->error().message()));
        break;
    case State::Reconciled:
        ActionMessage::showInfo(m_ui->stateLabel, QString());
        switch (m_purchase->verdict()) {
        case BandwidthPurchase::Verdict::Added:
            ActionMessage::showInfo(m_ui->resultLabel,
                                    tr("The answer was lost, but the order shows the traffic: "
                                       "%L1 GB were added.").arg(gb));
            m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
            emit trafficAdded(m_orderId);
            break;
        case BandwidthPurchase::Verdict::NotAdded:
            m_problem = tr("The answer was lost. The order and your balance show nothing was "
                           "added; you can try again.");
            m_purchase->acknowledge();
            break;
        case BandwidthPurchase::Verdict::Unclear:
            ActionMessage::showError(m_ui->resultLabel,
                                     tr("The answer was lost and ShardDesk cannot tell whether the "
                                        "traffic was added. Check the order and your balance "
                                        "before trying again."));
            m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
            break;
        }
        break;
    case State::Idle:
        break;
    }
    updateSummary();
}

void AddBandwidthDialog::reject()
{
    // Closing while the request is on its way would hide how it ended.
    if (m_purchase->isBusy())
        return;
    QDialog::reject();
}
