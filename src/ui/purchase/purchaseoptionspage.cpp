#include "purchaseoptionspage.h"

#include "countrystockmodel.h"
#include "tone.h"
#include "ui_purchaseoptionspage.h"

#include "domain/money.h"
#include "domain/product.h"
#include "domain/purchaserequest.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "purchase/purchaserefusal.h"
#include "purchaseflow.h"

#include <QTimer>

namespace {
// Rows of the form, in the order of the .ui file.
enum Row { QuantityRow, P0fRow, PromoRow, PromoStatusRow, AutoRenewRow, PriceRow };
// Without a known stock the spin box still needs a bound; the server has the last word.
constexpr int kUnknownStockMaximum = 100000;
constexpr int kQuantityDelayMs = 300;
constexpr int kPromoDelayMs = 700;

} // namespace

PurchaseOptionsPage::PurchaseOptionsPage(const PurchaseContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::PurchaseOptionsPage>()), m_context(context),
      m_quoteDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_quoteDelay->setSingleShot(true);
    connect(m_quoteDelay, &QTimer::timeout, this, &PurchaseOptionsPage::requestQuoteNow);

    connect(m_ui->quantitySpin, &QSpinBox::valueChanged, this, [this](int value) {
        // Enter in the spin box emits valueChanged for the same value: re-asking the price then
        // sent a duplicate preview and kept the page incomplete, so Enter never reached Next.
        if (m_initializing || value == m_context.draft->quantity())
            return;
        m_context.draft->setQuantity(value);
        // At most one slot per proxy.
        m_fittingP0fSlots = true;
        m_ui->p0fSpin->setMaximum(value);
        m_ui->p0fSpin->setValue(qMin(m_chosenP0fSlots, value));
        m_fittingP0fSlots = false;
        scheduleQuote(kQuantityDelayMs);
    });
    connect(m_ui->p0fSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_initializing)
            return;
        if (!m_fittingP0fSlots)
            m_chosenP0fSlots = value;
        if (value == m_context.draft->p0fSlots())
            return;
        m_context.draft->setP0fSlots(value);
        scheduleQuote(kQuantityDelayMs);
    });
    connect(m_ui->promoEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_context.draft->setPromoCode(text);
        m_ui->promoStatusLabel->setStyleSheet(QString());
        m_ui->promoStatusLabel->setText(text.trimmed().isEmpty() ? QString()
                                                                 : tr("Checking the code…"));
        scheduleQuote(kPromoDelayMs);
    });
    // Return in the promo field checks the code at once (the wizard then ignores it: the page
    // is incomplete while the check runs).
    connect(m_ui->promoEdit, &QLineEdit::returnPressed, this,
            &PurchaseOptionsPage::requestQuoteNow);
    connect(m_ui->checkPromoButton, &QPushButton::clicked, this,
            &PurchaseOptionsPage::requestQuoteNow);
    connect(m_ui->autoRenewCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_initializing)
            m_context.draft->setAutoRenewal(on);
    });
    connect(context.controller, &PurchaseController::quoted, this, &PurchaseOptionsPage::onQuoted);
}

PurchaseOptionsPage::~PurchaseOptionsPage() = default;

bool PurchaseOptionsPage::isCurrentPage() const
{
    return wizard() && wizard()->currentPage() == this;
}

void PurchaseOptionsPage::initializePage()
{
    PurchaseRequest &draft = *m_context.draft;
    const Product *product = m_context.catalog->product(draft.product());
    const ProductKind kind = product ? product->kind : draft.kind();
    const bool quantity = ProductKinds::takesQuantity(kind);
    const bool autoRenew = ProductKinds::takesAutoRenewalAtPurchase(kind);
    const bool p0f = ProductKinds::takesP0fSlots(kind);

    m_initializing = true;
    m_ui->formLayout->setRowVisible(QuantityRow, quantity);
    m_ui->formLayout->setRowVisible(P0fRow, p0f);
    m_ui->formLayout->setRowVisible(AutoRenewRow, autoRenew);
    const qint64 stock = PurchaseFlow::needsLocation(product)
                             ? m_context.catalog->stockFor(kind, draft.location())
                             : -1;
    const int maximum =
        stock > 0 ? int(qMin<qint64>(stock, kUnknownStockMaximum)) : kUnknownStockMaximum;
    m_ui->quantitySpin->setRange(1, maximum);
    m_ui->quantitySpin->setValue(int(qBound(qint64(1), draft.quantity(), qint64(maximum))));
    draft.setQuantity(m_ui->quantitySpin->value());
    m_ui->p0fSpin->setRange(0, m_ui->quantitySpin->value());
    m_ui->p0fSpin->setValue(int(qBound(qint64(0), draft.p0fSlots(), qint64(m_ui->p0fSpin->maximum()))));
    draft.setP0fSlots(p0f ? m_ui->p0fSpin->value() : 0);
    m_chosenP0fSlots = int(draft.p0fSlots());
    if (stock > 0)
        //: %1 is a number of proxies, %2 a country's name ("GB" alone read as gigabytes)
        m_ui->quantityHintLabel->setText(
            tr("up to %1 in stock in %2")
                .arg(QLocale().toString(stock), CountryStockModel::countryName(draft.location())));
    else
        m_ui->quantityHintLabel->clear();
    m_ui->promoEdit->setText(draft.promoCode());
    m_ui->autoRenewCheck->setChecked(draft.autoRenewal());
    if (!autoRenew)
        draft.setAutoRenewal(false);
    m_initializing = false;

    m_ui->promoStatusLabel->clear();
    m_ui->priceLabel->setText(tr("Checking the price…"));
    m_ui->priceLabel->setStyleSheet(QString());
    m_answer = QuoteAnswer();
    requestQuoteNow();
    (quantity ? static_cast<QWidget *>(m_ui->quantitySpin) : m_ui->promoEdit)
        ->setFocus(Qt::OtherFocusReason);
}

void PurchaseOptionsPage::scheduleQuote(int delayMs)
{
    m_waiting = true;
    m_quoteDelay->start(delayMs);
    emit completeChanged();
}

void PurchaseOptionsPage::requestQuoteNow()
{
    m_quoteDelay->stop();
    m_waiting = true;
    m_context.controller->requestQuote(*m_context.draft);
    emit completeChanged();
}

bool PurchaseOptionsPage::isCheckingPrice() const
{
    return m_waiting || m_quoteDelay->isActive();
}

void PurchaseOptionsPage::onQuoted(const QuoteAnswer &answer)
{
    if (!isCurrentPage() || m_quoteDelay->isActive())
        return;
    // An answer for an earlier choice says nothing about this one.
    if (!answer.answers(*m_context.draft))
        return;
    m_waiting = false;
    m_answer = answer;
    showAnswer();
    emit completeChanged();
}

void PurchaseOptionsPage::showAnswer()
{
    const QString promo = m_context.draft->promoCode();
    QLabel *price = m_ui->priceLabel;
    QLabel *promoStatus = m_ui->promoStatusLabel;
    price->setStyleSheet(QString());
    promoStatus->setStyleSheet(QString());
    promoStatus->clear();

    switch (m_answer.status) {
    case QuoteAnswer::Status::Priced: {
        const PriceQuote &q = m_answer.quote;
        // The discount is on the proxies; add-ons are priced apart and named apart.
        const bool addons = q.addonsCents > 0;
        QString text = Money::format(addons ? q.finalCents : q.totalCents);
        if (q.discountPercent > 0 && q.originalCents != q.finalCents)
            //: %1 the price to pay, %2 the price before the discount, %3 the discount in percent
            text = tr("%1 (instead of %2, %3 % off)")
                       .arg(text, Money::format(q.originalCents))
                       .arg(Money::percent(q.discountPercent));
        if (addons)
            //: %1 the total, %2 the proxies' price (with any discount), %3 the p0f slots' price
            text = tr("%1 in all: %2 for the proxies and %3 for the p0f slots")
                       .arg(Money::format(q.totalCents), text, Money::format(q.addonsCents));
        price->setText(text);
        if (!promo.isEmpty()) {
            promoStatus->setStyleSheet(Tone::textStyle(Tone::Kind::Good));
            //: %1 a promo code, %2 a percentage
            promoStatus->setText(tr("%1 is valid: %2 % off.").arg(promo, Money::percent(q.discountPercent)));
        }
        break;
    }
    case QuoteAnswer::Status::Refused: {
        const bool aboutPromo = !promo.isEmpty() && PurchaseRefusal::reasonFor(m_answer.error) ==
                                                        PurchaseRefusal::Reason::InvalidPromo;
        QLabel *where = aboutPromo ? promoStatus : price;
        where->setStyleSheet(Tone::textStyle(Tone::Kind::Bad));
        // The server's own words: it knows why.
        where->setText(m_answer.error.message());
        if (aboutPromo)
            price->setText(tr("Correct or clear the promo code to see the price."));
        break;
    }
    case QuoteAnswer::Status::Unavailable:
        price->setText(tr("Not known in advance: this server does not preview prices. "
                          "The amount is taken from your balance when you buy."));
        if (!promo.isEmpty())
            promoStatus->setText(tr("The server checks the code when you buy."));
        break;
    case QuoteAnswer::Status::Failed:
        price->setStyleSheet(Tone::textStyle(Tone::Kind::Caution));
        price->setText(tr("The price could not be checked (%1). It is checked again before "
                          "you pay.")
                           .arg(m_answer.error.message()));
        break;
    }
}

bool PurchaseOptionsPage::isComplete() const
{
    if (!m_context.draft->isValid() || isCheckingPrice())
        return false;
    // The server already said it would refuse this: fix it here first.
    return m_answer.status != QuoteAnswer::Status::Refused;
}

int PurchaseOptionsPage::nextId() const
{
    return PurchaseFlow::nextPage(PurchaseFlow::OptionsPage,
                                  m_context.catalog->product(m_context.draft->product()));
}
