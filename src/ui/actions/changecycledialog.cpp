#include "changecycledialog.h"

#include "accessiblevalue.h"
#include "cyclelabel.h"
#include "ui_actionchangecycledialog.h"

#include "actionmessage.h"

#include "domain/money.h"
#include "purchase/catalogservice.h"
#include "services/orderstore.h"

#include <QPushButton>

ChangeCycleDialog::ChangeCycleDialog(OrderEditor &editor, OrderStore &store,
                                     CatalogService &catalog, qint64 orderId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangeCycleDialog>()), m_editor(editor),
      m_store(store), m_catalog(catalog), m_orderId(orderId)
{
    m_ui->setupUi(this);
    // The form's names are captions: a screen reader hears them with the value.
    for (QLabel *value : {m_ui->currentValue, m_ui->priceValue, m_ui->promoWarningLabel,
                          m_ui->stateLabel, m_ui->resultLabel, m_ui->errorLabel})
        AccessibleValue::expose(value);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Change the billing cycle"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close"));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    const Order *order = m_store.find(orderId);
    if (order) {
        //: Dialog heading: order number, then the product
        m_ui->titleLabel->setText(tr("Order %1 · %2").arg(orderId).arg(order->productName));
        m_currentCycle = order->cycleName;
        m_refusal = OrderEditor::whyNot(*order, OrderEditor::Action::Cycle);
    } else {
        m_ui->titleLabel->setText(tr("Order %1").arg(orderId));
        m_refusal = tr("Order %1 is not known. Refresh the list and try again.").arg(orderId);
    }
    m_ui->currentValue->setText(m_currentCycle.isEmpty() ? tr("—") : m_currentCycle);
    if (const OrderDetails *details = m_store.details(orderId))
        m_promoBefore = details->promoCode;

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this,
            &ChangeCycleDialog::onChangeClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->cycleCombo, &QComboBox::currentIndexChanged, this,
            &ChangeCycleDialog::updateButtons);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ChangeCycleDialog::loadCatalog);
    connect(&m_editor, &OrderEditor::cycleChanged, this, &ChangeCycleDialog::onCycleChanged);
    connect(&m_editor, &OrderEditor::editFinished, this, &ChangeCycleDialog::onEditFinished);
    // The catalogue is shared: `this` as the context, so a closed dialog leaves no connection.
    connect(&m_catalog, &CatalogService::catalogLoaded, this,
            &ChangeCycleDialog::onCatalogLoaded);
    connect(&m_catalog, &CatalogService::catalogFailed, this,
            &ChangeCycleDialog::onCatalogFailed);
    // Details may arrive while the dialog is open (the panel loads them): the price and the
    // promo code then become known.
    connect(&m_store, &OrderStore::detailsLoaded, this, [this](qint64 id) {
        if (id != m_orderId || m_pending || m_done)
            return;
        if (const OrderDetails *details = m_store.details(id))
            m_promoBefore = details->promoCode;
        updatePromoWarning();
    });

    if (!m_refusal.isEmpty()) {
        ActionMessage::showWarning(m_ui->stateLabel, m_refusal);
        m_ui->cycleCombo->setEnabled(false);
    } else if (m_catalog.isLoaded()) {
        // Loaded already (by the wizard, or an earlier dialog): no need to ask again.
        m_catalogKnown = true;
        fillCycles();
    } else {
        loadCatalog();
    }
    updatePromoWarning();
    updateButtons();
}

ChangeCycleDialog::~ChangeCycleDialog() = default;

QStringList ChangeCycleDialog::offeredCycles() const
{
    QStringList out;
    for (int i = 0; i < m_ui->cycleCombo->count(); ++i)
        out.append(m_ui->cycleCombo->itemData(i).toString());
    return out;
}

QString ChangeCycleDialog::selectedCycle() const
{
    return m_ui->cycleCombo->currentData().toString();
}

bool ChangeCycleDialog::selectCycle(const QString &cycle)
{
    const int index = m_ui->cycleCombo->findData(cycle);
    if (index < 0)
        return false;
    m_ui->cycleCombo->setCurrentIndex(index);
    return true;
}

void ChangeCycleDialog::loadCatalog()
{
    if (!m_refusal.isEmpty())
        return;
    m_catalogLoading = true;
    m_ui->retryButton->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    ActionMessage::showInfo(m_ui->stateLabel, tr("Loading the cycles on offer…"));
    updateButtons();
    // Ignored by the service while a load (someone else's) runs: its answer is ours too.
    m_catalog.load();
}

void ChangeCycleDialog::onCatalogLoaded()
{
    // Only the answer the dialog is waiting for: a later reload (the wizard's) does not change
    // the cycles under the person's hand.
    if (!m_catalogLoading)
        return;
    m_catalogLoading = false;
    m_catalogKnown = true;
    fillCycles();
}

void ChangeCycleDialog::onCatalogFailed(const ApiError &error)
{
    if (!m_catalogLoading)
        return;
    m_catalogLoading = false;
    m_ui->stateLabel->setVisible(false);
    ActionMessage::showError(m_ui->errorLabel,
                             tr("Could not load the cycles on offer: %1").arg(error.message()));
    m_ui->retryButton->setVisible(true);
    updateButtons();
}

void ChangeCycleDialog::fillCycles()
{
    m_ui->stateLabel->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    m_ui->retryButton->setVisible(false);
    const Order *order = m_store.find(m_orderId);
    const Product *product = order ? m_catalog.product(order->productName) : nullptr;
    QStringList cycles;
    if (product) {
        // The list does not say where an order is; without a location every cycle of the
        // product is offered, and the server refuses one the location does not have.
        const QString location = m_store.location(m_orderId);
        cycles = product->cyclesFor(location);
        if (cycles.isEmpty() && !location.isEmpty())
            cycles = product->cyclesFor(QString());
    }
    if (!m_currentCycle.isEmpty() && !cycles.contains(m_currentCycle))
        cycles.prepend(m_currentCycle);

    const QSignalBlocker blocker(m_ui->cycleCombo);
    m_ui->cycleCombo->clear();
    for (const QString &cycle : std::as_const(cycles)) {
        //: A billing cycle in the list, marked as the one the order has now
        const QString label = CycleLabel::text(cycle);
        const QString text = cycle == m_currentCycle ? tr("%1 (current)").arg(label) : label;
        m_ui->cycleCombo->addItem(text, cycle);
    }
    m_ui->cycleCombo->setCurrentIndex(m_ui->cycleCombo->findData(m_currentCycle));
    if (!product && order) {
        ActionMessage::showWarning(m_ui->stateLabel,
                                   tr("The catalogue does not offer %1 any more, so no other "
                                      "cycle can be chosen.")
                                       .arg(order->productName));
    } else if (cycles.size() < 2) {
        ActionMessage::showInfo(m_ui->stateLabel,
                                tr("The catalogue offers no other cycle for this product."));
    }
    updateButtons();
}

void ChangeCycleDialog::onChangeClicked()
{
    // The button is disabled while a request is out; this guards against a queued second click.
    if (m_pending || m_done)
        return;
    const QString cycle = selectedCycle();
    if (cycle.isEmpty() || cycle == m_currentCycle)
        return;
    m_ui->errorLabel->setVisible(false);
    m_pending = true;
    m_sentCycle = cycle;
    m_result.reset();
    updateButtons();
    if (!m_editor.changeCycle(m_orderId, cycle)) {
        m_pending = false;
        ActionMessage::showError(m_ui->errorLabel, m_editor.lastRefusal());
        updateButtons();
        return;
    }
    ActionMessage::showInfo(m_ui->stateLabel, tr("Waiting for the server…"));
}

void ChangeCycleDialog::onCycleChanged(qint64 orderId, const CycleChangeResult &result)
{
    if (orderId == m_orderId && m_pending)
        m_result = result;
}

void ChangeCycleDialog::onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok,
                                       const QString &, const ApiError &error)
{
    if (orderId != m_orderId || action != OrderEditor::Action::Cycle || !m_pending)
        return;
    m_pending = false;
    m_ui->stateLabel->setVisible(false);
    if (ok) {
        m_done = true;
        m_currentCycle = m_sentCycle;
        m_ui->currentValue->setText(m_currentCycle);
        // The choice is made: what is left to read is the result.
        m_ui->formLayout->setRowVisible(m_ui->cycleCombo, false);
        m_ui->formLayout->setRowVisible(m_ui->priceValue, false);
        m_ui->promoWarningLabel->setVisible(false);
        ActionMessage::showInfo(m_ui->resultLabel,
                                resultText(m_sentCycle, m_result.value_or(CycleChangeResult())));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setVisible(false);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
        updateButtons();
        emit cycleChanged(m_orderId, m_sentCycle, m_result.value_or(CycleChangeResult()));
        return;
    }
    QString text;
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Server:
        // The request may have arrived even though its answer did not.
        //: %1 is the error, e.g. "The server did not answer within 20 seconds."
        text = tr("No clear answer from the server: %1\nThe cycle may still have changed; "
                  "refresh the order to see.")
                   .arg(error.message());
        break;
    default:
        text = tr("The server did not change the cycle: %1").arg(error.message());
        break;
    }
    ActionMessage::showError(m_ui->errorLabel, text);
    updateButtons();
}

void ChangeCycleDialog::updatePromoWarning()
{
    if (!m_refusal.isEmpty() || m_done) {
        m_ui->promoWarningLabel->setVisible(false);
        m_ui->formLayout->setRowVisible(m_ui->priceValue, false);
        return;
    }
    const OrderDetails *details = m_store.details(m_orderId);
    // The last price only helps when known; an empty row would only raise a question.
    const bool priceKnown = details && details->pricePaidCents;
    m_ui->formLayout->setRowVisible(m_ui->priceValue, priceKnown);
    if (priceKnown)
        m_ui->priceValue->setText(Money::format(*details->pricePaidCents));
    if (!details) {
        ActionMessage::showWarning(m_ui->promoWarningLabel,
                                   tr("If the order has a promo code that is not valid for the "
                                      "new cycle, the server drops it and the full price of the "
                                      "new cycle applies."));
    } else if (!details->promoCode.isEmpty()) {
        ActionMessage::showWarning(m_ui->promoWarningLabel,
                                   tr("This order uses the promo code %1. If it is not valid for "
                                      "the new cycle, the server drops it and the full price of "
                                      "the new cycle applies.")
                                       .arg(details->promoCode));
    } else {
        m_ui->promoWarningLabel->setVisible(false);
    }
}

void ChangeCycleDialog::updateButtons()
{
    QPushButton *change = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const QString cycle = selectedCycle();
    change->setEnabled(!m_pending && !m_done && m_refusal.isEmpty() && m_catalogKnown &&
                       !cycle.isEmpty() && cycle != m_currentCycle);
    change->setText(m_pending ? tr("Changing…") : tr("&Change"));
    m_ui->cycleCombo->setEnabled(!m_pending && !m_done && m_refusal.isEmpty() && m_catalogKnown);
}

QString ChangeCycleDialog::resultText(const QString &cycle, const CycleChangeResult &r) const
{
    QString text = tr("The billing cycle is now %1.").arg(CycleLabel::text(cycle));
    if (r.finalCents && r.originalCents && r.discountPercent && *r.discountPercent > 0 &&
        *r.originalCents != *r.finalCents) {
        //: New price after a cycle change: final price, price before discount, discount
        text += u' ' + tr("New price: %1 (%2 before the %3% discount).")
                           .arg(Money::format(*r.finalCents), Money::format(*r.originalCents))
                           .arg(Money::percent(*r.discountPercent));
    } else if (r.finalCents) {
        text += u' ' + tr("New price: %1.").arg(Money::format(*r.finalCents));
    } else if (r.originalCents) {
        text += u' ' + tr("New price: %1.").arg(Money::format(*r.originalCents));
    }
    if (!m_promoBefore.isEmpty() && r.discountPercent && *r.discountPercent == 0)
        text += u' ' + tr("The promo code %1 is not valid for this cycle and was dropped.")
                           .arg(m_promoBefore);
    return text;
}
