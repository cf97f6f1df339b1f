#include "orderdetailspanel.h"

#include "accessiblevalue.h"
#include "clearbutton.h"
#include "cyclelabel.h"
#include "ui_orderdetailspanel.h"

#include "domain/money.h"
#include "domain/productkind.h"
#include "ordersmodel.h"
#include "relativetime.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QCompleter>
#include <QLocale>
#include <QToolButton>

namespace {
QString dateText(const QDateTime &dt)
{
    if (!dt.isValid())
        return OrderDetailsPanel::tr("—");
    // Two explicit lines: a wrapped label in a form layout may be given too little height.
    //: A date, then how far it is from now on a second line
    return OrderDetailsPanel::tr("%1\n%2")
        .arg(QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat),
             RelativeTime::describe(dt, QDateTime::currentDateTimeUtc()));
}
// The add-ons an order holds, one line each: p0f slots in use, what changes at the next renewal
// and what they cost. Empty when the order has none.
QString addonsText(const OrderDetails &d)
{
    QStringList lines;
    const qint64 slotCount = d.p0fSlotsAvailable.value_or(0);
    if (slotCount > 0) {
        //: %1 how many of the slots signed proxies occupy
        lines.append(OrderDetailsPanel::tr("%Ln p0f slot(s), %1 in use", nullptr, int(slotCount))
                         .arg(QLocale().toString(d.p0fSlotsUsed.value_or(0))));
        if (d.p0fSlotsNext && *d.p0fSlotsNext != slotCount) {
            lines.append(*d.p0fSlotsNext == 0
                             ? OrderDetailsPanel::tr("Cancelled from the next renewal")
                             : OrderDetailsPanel::tr("%Ln slot(s) from the next renewal",
                                                     nullptr, int(*d.p0fSlotsNext)));
        }
    }
    for (const AddonLine &line : d.addons) {
        if (line.isP0fSlots() && slotCount > 0)
            continue; // said above, from the order's own counts
        //: An add-on of an order: its name as the server gives it, then how many
        lines.append(OrderDetailsPanel::tr("%1 × %2")
                         .arg(line.isP0fSlots() ? OrderDetailsPanel::tr("p0f slots") : line.key,
                              line.quantity ? QLocale().toString(*line.quantity)
                                            : OrderDetailsPanel::tr("—")));
    }
    if (!lines.isEmpty() && d.addonsPricePaidCents && *d.addonsPricePaidCents > 0)
        //: What the order's add-ons cost when it was last paid
        lines.append(OrderDetailsPanel::tr("%1 paid for the add-ons")
                         .arg(Money::format(*d.addonsPricePaidCents)));
    return lines.join(u'\n');
}

} // namespace

OrderDetailsPanel::OrderDetailsPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OrderDetailsPanel>())
{
    m_ui->setupUi(this);
    // Each value is named by its caption in the form and read with its value ("Product: ISP
    // Proxy"), also when Tab lands on it.
    for (QLabel *value : {m_ui->productValue, m_ui->locationValue, m_ui->cycleValue,
                          m_ui->statusValue, m_ui->createdValue, m_ui->expiresValue,
                          m_ui->quantityValue, m_ui->priceValue, m_ui->addonsValue,
                          m_ui->promoValue,
                          m_ui->autoRenewValue, m_ui->tagValue})
        AccessibleValue::expose(value);
    ClearButton::name(m_ui->tagEdit, tr("Clear tag"));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OrderDetailsPanel::reload);
    m_ui->editBox->setVisible(false);
    render();
}

void OrderDetailsPanel::setEditor(OrderEditor *editor, const QList<QAction *> &orderActions)
{
    m_editor = editor;
    // toggled, not clicked: a screen reader's or switch device's toggle action never clicks.
    // render() sets the box under a QSignalBlocker, so only a person's change sends.
    connect(m_ui->autoRenewCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_editor && m_orderId > 0 && !m_editor->setAutoRenewal(m_orderId, on))
            render(); // refused locally: show the order as it is
    });
    connect(m_ui->applyTagButton, &QPushButton::clicked, this, &OrderDetailsPanel::applyTag);
    connect(m_ui->tagEdit, &QLineEdit::returnPressed, this, &OrderDetailsPanel::applyTag);
    for (QAction *action : orderActions) {
        auto *button = new QToolButton(m_ui->actionButtons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // One per line, full width: side by side they were cut off in a narrow panel.
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_ui->actionButtonsLayout->addWidget(button);
    }
    render();
}

void OrderDetailsPanel::applyTag()
{
    if (!m_editor || m_orderId <= 0)
        return;
    const Order *order = m_store->find(m_orderId);
    const QString tag = m_ui->tagEdit->text().trimmed();
    if (order && order->tag != tag)
        m_editor->setTag(m_orderId, tag);
}

OrderDetailsPanel::~OrderDetailsPanel() = default;

void OrderDetailsPanel::attach(OrderService *service)
{
    m_service = service;
    m_store = service->store();
    connect(m_store, &OrderStore::detailsLoaded, this, [this](qint64 id) {
        if (id == m_orderId)
            render();
    });
    connect(m_store, &OrderStore::rowsChanged, this, [this](qsizetype first, qsizetype last) {
        const qsizetype row = m_store->rowOf(m_orderId);
        if (row >= first && row <= last)
            render();
    });
    connect(m_store, &OrderStore::synced, this, [this] { render(); });
    connect(service, &OrderService::detailsFailed, this, &OrderDetailsPanel::onDetailsFailed);
}

void OrderDetailsPanel::showOrder(qint64 orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    if (m_service && orderId > 0)
        m_service->loadDetails(orderId);
    render();
}

void OrderDetailsPanel::reload()
{
    if (m_service && m_orderId > 0) {
        m_service->loadDetails(m_orderId, true);
        render();
    }
}

void OrderDetailsPanel::focusDetails()
{
    if (m_ui->fieldsWidget->isVisible())
        m_ui->productValue->setFocus(Qt::ShortcutFocusReason);
    else
        m_ui->placeholderLabel->setFocus(Qt::ShortcutFocusReason);
}

QString OrderDetailsPanel::loadStateText() const
{
    return m_ui->loadStateLabel->text();
}

void OrderDetailsPanel::onDetailsFailed(qint64 orderId, const ApiError &error)
{
    if (orderId != m_orderId)
        return;
    render();
    m_ui->loadStateLabel->setText(
        tr("Could not load the details: %1").arg(error.message()));
}

void OrderDetailsPanel::render()
{
    const Order *order = m_store ? m_store->find(m_orderId) : nullptr;
    const bool hasOrder = order != nullptr;
    m_ui->placeholderLabel->setVisible(!hasOrder);
    m_ui->fieldsWidget->setVisible(hasOrder);
    m_ui->refreshButton->setVisible(hasOrder);
    m_ui->noteLabel->setVisible(false);
    m_ui->editBox->setVisible(false);
    if (!hasOrder) {
        m_ui->titleLabel->setText(tr("Order details"));
        m_ui->loadStateLabel->clear();
        return;
    }
    const OrderDetails *details = m_store->details(m_orderId);
    const QString pending = tr("…", "value not loaded yet");
    m_ui->titleLabel->setText(tr("Order %1").arg(order->id));
    m_ui->productValue->setText(order->productName);
    const QString location = m_store->location(order->id);
    m_ui->locationValue->setText(location.isEmpty() ? tr("Not reported by the server") : location);
    m_ui->cycleValue->setText(CycleLabel::text(order->cycleName));
    const QString status = order->status == OrderStatus::Unknown && details
                               ? details->statusText
                               : OrdersModel::statusText(order->status);
    m_ui->statusValue->setText(status);
    m_ui->createdValue->setText(details ? dateText(details->createdAt) : pending);
    m_ui->expiresValue->setText(order->expiresAt.isValid() ? dateText(order->expiresAt)
                                                           : tr("Does not expire"));
    m_ui->quantityValue->setText(details ? (details->quantity ? QLocale().toString(*details->quantity)
                                                              : tr("—"))
                                         : pending);
    m_ui->priceValue->setText(details ? (details->pricePaidCents
                                             ? Money::format(*details->pricePaidCents)
                                             : tr("—"))
                                      : pending);
    const QString addons = details ? addonsText(*details) : QString();
    m_ui->fieldsLayout->setRowVisible(m_ui->addonsValue, !addons.isEmpty());
    m_ui->addonsValue->setText(addons);
    m_ui->promoValue->setText(details ? (details->promoCode.isEmpty() ? tr("None")
                                                                      : details->promoCode)
                                      : pending);
    if (!order->autoRenewal)
        m_ui->autoRenewValue->setText(tr("Not available for this product"));
    else
        m_ui->autoRenewValue->setText(*order->autoRenewal ? tr("On") : tr("Off"));
    m_ui->tagValue->setText(order->tag.isEmpty() ? tr("None") : order->tag);

    if (order->status == OrderStatus::OnHold) {
        m_ui->noteLabel->setText(tr("This order is on hold because it was not paid at expiry. "
                                    "Renew it within three days of expiry, or it will be "
                                    "cancelled."));
        m_ui->noteLabel->setVisible(true);
    } else if (order->status == OrderStatus::Cancelled) {
        m_ui->noteLabel->setText(tr("This order is cancelled and can no longer be renewed."));
        m_ui->noteLabel->setVisible(true);
    }

    if (m_editor) {
        m_ui->editBox->setVisible(true);
        const bool busy = m_store->isPending(order->id) || m_editor->isBusy(order->id);
        const QString why = OrderEditor::whyNot(*order, OrderEditor::Action::AutoRenew);
        const QSignalBlocker block(m_ui->autoRenewCheck);
        m_ui->autoRenewCheck->setChecked(order->autoRenewal.value_or(false));
        m_ui->autoRenewCheck->setEnabled(why.isEmpty() && order->autoRenewal && !busy);
        m_ui->autoRenewCheck->setToolTip(why);
        if (!m_ui->tagEdit->hasFocus())
            m_ui->tagEdit->setText(order->tag);
        m_ui->tagEdit->setEnabled(!busy);
        m_ui->applyTagButton->setEnabled(!busy);
        if (!m_ui->tagEdit->completer()) {
            auto *completer = new QCompleter(m_store->tagsInUse(), m_ui->tagEdit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_ui->tagEdit->setCompleter(completer);
        }
    }

    const bool loading = m_service && m_service->isLoadingDetails(m_orderId);
    if (loading)
        m_ui->loadStateLabel->setText(tr("Loading details…"));
    else if (details)
        m_ui->loadStateLabel->clear();
    m_ui->refreshButton->setEnabled(!loading);
}
