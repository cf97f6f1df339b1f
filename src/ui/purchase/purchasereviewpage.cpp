#include "purchasereviewpage.h"

#include "tone.h"
#include "ui_purchasereviewpage.h"

#include "countrystockmodel.h"
#include "cyclelabel.h"
#include "domain/money.h"
#include "domain/product.h"
#include "domain/purchaserequest.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "purchaseflow.h"

#include <QAbstractButton>

namespace {
enum Row {
    ProductRow,
    LocationRow,
    CycleRow,
    QuantityRow,
    P0fRow,
    PromoRow,
    AutoRenewRow,
    SeparatorRow,
    OriginalRow,
    DiscountRow,
    AddonsRow,
    TotalRow,
    BalanceRow,
    AfterRow
};

// "−$2.50" rather than the accounting style "($2.50)" some locales use for negative amounts.
QString signedMoney(qint64 cents)
{
    return cents < 0 ? QString(u'−' + Money::format(-cents)) : Money::format(cents);
}

} // namespace

PurchaseReviewPage::PurchaseReviewPage(const PurchaseContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::PurchaseReviewPage>()), m_context(context)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    QFont bold = m_ui->totalValue->font();
    bold.setBold(true);
    m_ui->totalValue->setFont(bold);
    connect(context.controller, &PurchaseController::quoted, this, &PurchaseReviewPage::onQuoted);
    connect(context.controller, &PurchaseController::reviewPrepared, this,
            &PurchaseReviewPage::updateView);
    connect(context.controller, &PurchaseController::stateChanged, this,
            &PurchaseReviewPage::updateView);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &PurchaseReviewPage::check);
    // The preview is advice: when it fails, buying stays possible after this explicit "yes".
    connect(m_ui->confirmWithoutPrice, &QCheckBox::toggled, this, &PurchaseReviewPage::updateView);
}

PurchaseReviewPage::~PurchaseReviewPage() = default;

void PurchaseReviewPage::initializePage()
{
    fillSummary();
    check();
}

void PurchaseReviewPage::check()
{
    m_answer = QuoteAnswer();
    m_quoting = true;
    m_ui->confirmWithoutPrice->setChecked(false);
    m_context.controller->requestQuote(*m_context.draft);
    m_context.controller->prepareReview();
    updateView();
}

void PurchaseReviewPage::fillSummary()
{
    const PurchaseRequest &draft = *m_context.draft;
    const Product *product = m_context.catalog->product(draft.product());
    const ProductKind kind = draft.kind();
    QFormLayout *form = m_ui->summaryLayout;

    m_ui->productValue->setText(draft.product());
    form->setRowVisible(LocationRow, !draft.location().isEmpty());
    m_ui->locationValue->setText(
        //: %1 a country name, %2 its ISO code
        tr("%1 (%2)").arg(CountryStockModel::countryName(draft.location()), draft.location()));
    m_ui->cycleValue->setText(PurchaseFlow::needsCycle(product)
                                  ? CycleLabel::text(draft.cycle())
                                  //: The billing cycle of products paid once
                                  : tr("Lifetime (paid once)"));
    form->setRowVisible(QuantityRow, ProductKinds::takesQuantity(kind));
    m_ui->quantityValue->setText(QLocale().toString(draft.quantity()));
    form->setRowVisible(P0fRow, draft.p0fSlots() > 0);
    m_ui->p0fValue->setText(QLocale().toString(draft.p0fSlots()));
    form->setRowVisible(AddonsRow, draft.p0fSlots() > 0);
    m_ui->promoValue->setText(draft.promoCode().isEmpty() ? tr("none") : draft.promoCode());
    form->setRowVisible(AutoRenewRow, ProductKinds::takesAutoRenewalAtPurchase(kind));
    m_ui->autoRenewValue->setText(draft.autoRenewal() ? tr("On") : tr("Off"));
}

void PurchaseReviewPage::onQuoted(const QuoteAnswer &answer)
{
    if (!wizard() || wizard()->currentPage() != this)
        return;
    if (!answer.answers(*m_context.draft))
        return;
    m_quoting = false;
    m_answer = answer;
    updateView();
}

bool PurchaseReviewPage::isChecking() const
{
    return m_quoting || m_context.controller->isPreparing();
}

QString PurchaseReviewPage::message() const
{
    return m_ui->messageLabel->text();
}

void PurchaseReviewPage::updateView()
{
    const PurchaseController *controller = m_context.controller;
    const bool priced = m_answer.status == QuoteAnswer::Status::Priced;
    const bool unknownPrice = m_answer.status == QuoteAnswer::Status::Unavailable;
    // The preview failed or the server refused to preview (its calculate endpoint may be
    // stricter than its purchase): say so, and let the person buy after an explicit "yes".
    const bool previewFailed = !isChecking() && (m_answer.status == QuoteAnswer::Status::Failed ||
                                                 m_answer.status == QuoteAnswer::Status::Refused);
    const bool confirmedBlind = previewFailed && m_ui->confirmWithoutPrice->isChecked();
    const bool balanceKnown = controller->isBalanceKnown() && !controller->isPreparing();
    const PriceQuote &q = m_answer.quote;

    const QString notKnown = tr("not known in advance");
    const QString checking = tr("checking…");
    if (priced) {
        m_ui->originalValue->setText(Money::format(q.originalCents));
        m_ui->discountValue->setText(q.discountPercent > 0
                                         //: %1 a percentage, %2 an amount of money
                                         ? tr("%1 % (−%2)")
                                               .arg(Money::percent(q.discountPercent))
                                               .arg(Money::format(q.originalCents - q.finalCents))
                                         : tr("none"));
        m_ui->addonsValue->setText(Money::format(q.addonsCents));
        m_ui->totalValue->setText(Money::format(q.totalCents));
    } else {
        const QString text =
            unknownPrice || previewFailed ? notKnown : m_quoting ? checking : QStringLiteral("—");
        m_ui->originalValue->setText(text);
        m_ui->discountValue->setText(text);
        m_ui->addonsValue->setText(text);
        m_ui->totalValue->setText(text);
    }
    m_ui->balanceValue->setText(balanceKnown ? Money::format(controller->balanceCents())
                                : controller->isPreparing() ? checking
                                                            : QStringLiteral("—"));
    const bool shortfall = priced && balanceKnown && q.totalCents > controller->balanceCents();
    if (priced && balanceKnown)
        m_ui->afterValue->setText(signedMoney(controller->balanceCents() - q.totalCents));
    else if (unknownPrice || previewFailed)
        m_ui->afterValue->setText(notKnown);
    else
        m_ui->afterValue->setText(isChecking() ? checking : QStringLiteral("—"));
    m_ui->afterValue->setStyleSheet(shortfall ? Tone::textStyle(Tone::Kind::Bad) : QString());

    // One message, the most important first.
    QString message;
    std::optional<Tone::Kind> tone;
    bool offerRetry = false;
    if (isChecking()) {
        message = tr("Checking the price and your balance…");
    } else if (controller->preparationError().isError()) {
        message = tr("Your balance or your order list could not be loaded: %1 ShardDesk needs "
                     "both to check the purchase afterwards.")
                      .arg(controller->preparationError().message());
        tone = Tone::Kind::Bad;
        offerRetry = true;
    } else if (previewFailed) {
        const Product *product = m_context.catalog->product(m_context.draft->product());
        QString words = m_answer.error.message().trimmed();
        if (!words.isEmpty() && !words.back().isPunct())
            words += u'.';
        message = m_answer.status == QuoteAnswer::Status::Refused
                      //: %1 the server's own words
                      ? tr("The server did not preview this order: %1").arg(words)
                      : tr("The price could not be previewed: %1").arg(words);
        message += u' ' + tr("You can still buy the order shown above: the server charges its "
                             "current price and refuses the order if it cannot be made. Tick “Buy "
                             "without a price preview” to confirm.");
        // The catalogue's own words say what is being bought without a price.
        if (product && !product->description.isEmpty())
            message += u' ' + tr("%1: %2").arg(product->name, product->description);
        tone = confirmedBlind ? Tone::Kind::Caution : Tone::Kind::Bad;
        offerRetry = true;
    } else if (shortfall) {
        message = tr("Not enough money in your wallet: the order costs %1, the balance is %2. "
                     "Top up your ProxyShard balance, or go back and buy less.")
                      .arg(Money::format(q.totalCents), Money::format(controller->balanceCents()));
        tone = Tone::Kind::Bad;
    } else if (unknownPrice) {
        message = tr("The price is not known in advance: this server does not preview prices. "
                     "Buying takes the price from your balance; the result shows the order.");
        tone = Tone::Kind::Caution;
    } else if (priced) {
        message = tr("Press “Pay %1” to buy. Exactly one order is sent.")
                      .arg(Money::format(q.totalCents));
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(Tone::textStyle(tone));
    m_ui->retryButton->setVisible(offerRetry);
    m_ui->confirmWithoutPrice->setVisible(previewFailed);

    setButtonText(QWizard::CommitButton, priced ? tr("Pay %1").arg(Money::format(q.totalCents))
                                         : unknownPrice || previewFailed
                                             ? tr("Buy")
                                             //: The commit button while the price is being checked
                                             : tr("Pay"));
    emit completeChanged();
}

bool PurchaseReviewPage::isComplete() const
{
    const PurchaseController *controller = m_context.controller;
    if (controller->state() != PurchaseController::State::Idle || isChecking())
        return false;
    if (!m_context.draft->isValid() || controller->preparationError().isError() ||
        !controller->isBalanceKnown() || !controller->hasOrderBaseline())
        return false;
    switch (m_answer.status) {
    case QuoteAnswer::Status::Priced:
        return m_answer.quote.totalCents <= controller->balanceCents();
    case QuoteAnswer::Status::Unavailable:
        return true; // the server decides; the result page says what it did
    case QuoteAnswer::Status::Refused:
    case QuoteAnswer::Status::Failed:
        return m_ui->confirmWithoutPrice->isChecked();
    }
    return false;
}

bool PurchaseReviewPage::validatePage()
{
    // The button goes grey before anything is sent, so a second click has nothing to press.
    if (wizard()) {
        if (QAbstractButton *commit = wizard()->button(QWizard::CommitButton))
            commit->setEnabled(false);
    }
    if (!isComplete())
        return false;
    return m_context.controller->purchase(*m_context.draft);
}

int PurchaseReviewPage::nextId() const
{
    return PurchaseFlow::nextPage(PurchaseFlow::ReviewPage,
                                  m_context.catalog->product(m_context.draft->product()));
}
