#include "proxiesview.h"

#include "ui_actionproxiesview.h"

#include "actionmessage.h"
#include "proxyfilesave.h"
#include "proxytablemodel.h"
#include "services/proxychecker.h"

#include "domain/productkind.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "settings/enumsetting.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>

#include <algorithm>

namespace {
// Stored by name; the numbers older versions wrote are still read.
const EnumSetting<ProxyFormat::Style> kFormat{
    QStringLiteral("proxies/format"),
    ProxyFormat::Style::IpPortUserPass,
    {{ProxyFormat::Style::IpPortUserPass, "ip:port:user:pass"},
     {ProxyFormat::Style::UserPassAtIpPort, "user:pass@ip:port"},
     {ProxyFormat::Style::HttpUrl, "http-url"},
     {ProxyFormat::Style::Socks5Url, "socks5-url"}}};
} // namespace

ProxiesView::ProxiesView(OrderService &orders, OrderStore &store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProxiesView>()), m_orders(orders),
      m_store(store), m_model(new ProxyTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->proxiesView->setModel(m_model);
    m_ui->proxiesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->proxiesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->proxiesView->verticalHeader()->setDefaultSectionSize(
        m_ui->proxiesView->fontMetrics().height() + 10);
    m_ui->proxiesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    for (const ProxyFormat::Style style : ProxyFormat::styles())
        m_ui->formatCombo->addItem(ProxyFormat::label(style), int(style));
    // The format people paste into their tools rarely changes: remember it.
    const int saved = m_ui->formatCombo->findData(int(kFormat.read(QSettings())));
    m_ui->formatCombo->setCurrentIndex(saved >= 0 ? saved : 0);

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings settings;
        kFormat.write(settings, style());
        m_ui->feedbackLabel->clear();
    });
    connect(m_ui->showPasswordsCheck, &QCheckBox::toggled, m_model,
            &ProxyTableModel::setPasswordsVisible);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ProxiesView::reload);
    connect(m_ui->copySelectedButton, &QPushButton::clicked, this, &ProxiesView::copySelected);
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, &ProxiesView::copyAll);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProxiesView::chooseFileAndSave);
    connect(m_ui->checkButton, &QPushButton::clicked, this,
            [this] { emit checkRequested(m_orderId); });
    // No check result yet: the column appears with the first one.
    m_ui->proxiesView->setColumnHidden(ProxyTableModel::CheckColumn, true);
    connect(m_ui->proxiesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProxiesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProxiesView::updateButtons);
    // Only orders with p0f slots have signatures: an empty column is noise elsewhere.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QList<ActiveProxy> &list = m_model->proxies();
        const bool anySigned = std::any_of(list.cbegin(), list.cend(), [](const ActiveProxy &p) {
            return !p.signature.isEmpty();
        });
        m_ui->proxiesView->setColumnHidden(ProxyTableModel::SignatureColumn, !anySigned);
    });
    setState(State::NoOrder, tr("No order selected."));
}

ProxiesView::~ProxiesView() = default;

void ProxiesView::setChecker(const ProxyChecker *checker)
{
    m_model->setChecker(checker);
    m_ui->checkButton->setVisible(true);
    const auto showColumn = [this, checker] {
        m_ui->proxiesView->setColumnHidden(ProxyTableModel::CheckColumn,
                                           checker->results().isEmpty());
    };
    connect(checker, &ProxyChecker::runStarted, this, showColumn);
    showColumn();
}

void ProxiesView::showOrder(qint64 orderId)
{
    if (orderId == m_orderId && m_state != State::NoOrder)
        return;
    m_orderId = orderId;
    ++m_request;
    m_model->setProxies({});
    m_ui->feedbackLabel->clear();
    if (orderId <= 0) {
        setState(State::NoOrder, tr("No order selected."));
        return;
    }
    if (isVisible())
        load();
    else
        m_loadWhenShown = true;
}

void ProxiesView::reload()
{
    if (m_orderId <= 0)
        return;
    if (isVisible())
        load();
    else
        m_loadWhenShown = true;
}

void ProxiesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown)
        load();
}

void ProxiesView::load()
{
    m_loadWhenShown = false;
    const quint64 request = ++m_request;
    m_lastError = ApiError();
    const Order *order = m_store.find(m_orderId);
    if (order && !ProductKinds::mayManage(order->productName)) {
        m_model->setProxies({});
        setState(State::Unavailable,
                 tr("Proxy lists are available only for Datacenter and ISP proxies."));
        return;
    }
    setState(State::Loading, tr("Loading the proxies…"));
    const qint64 orderId = m_orderId;
    m_orders.proxies(orderId, this, [this, request, orderId](ApiResult<ProxyList> r) {
        if (request != m_request)
            return; // another order was chosen meanwhile
        if (!r.ok()) {
            m_lastError = r.error();
            m_model->setProxies({});
            QString text;
            switch (r.error().kind()) {
            case ApiError::Kind::Forbidden:
                text = tr("The server offers no proxy list for this order: %1")
                           .arg(r.error().message());
                break;
            case ApiError::Kind::Unauthorized:
                text = tr("The server no longer accepts the API key: %1")
                           .arg(r.error().message());
                break;
            default:
                text = tr("Could not load the proxies: %1").arg(r.error().message());
                break;
            }
            setState(State::Failed, text);
            emit loadFailed(orderId, r.error());
            return;
        }
        const QList<ActiveProxy> &list = r.value().proxies;
        m_model->setProxies(list);
        const Order *current = m_store.find(orderId);
        if (!list.isEmpty()) {
            setState(State::Loaded, tr("%Ln proxy(s).", nullptr, int(list.size())));
        } else if (current && current->status != OrderStatus::Active) {
            setState(State::Loaded, tr("This order is not active, so it has no working proxies."));
        } else {
            setState(State::Loaded, tr("No proxies yet. New or renewed proxies take a minute or "
                                       "two to appear."));
        }
        emit proxiesLoaded(orderId, int(list.size()));
    });
}

void ProxiesView::setState(State state, const QString &text)
{
    m_state = state;
    if (state == State::Failed)
        ActionMessage::showError(m_ui->stateLabel, text);
    else if (state == State::Unavailable)
        ActionMessage::showInfo(m_ui->stateLabel, text);
    else {
        m_ui->stateLabel->setStyleSheet(QString());
        m_ui->stateLabel->setText(text);
        m_ui->stateLabel->setVisible(true);
    }
    m_ui->retryButton->setVisible(state == State::Failed ||
                                  (state == State::Loaded && m_model->rowCount() == 0));
    m_ui->retryButton->setText(state == State::Failed ? tr("&Retry") : tr("&Reload"));
    // Without proxies there is nothing to copy: the message alone says why.
    m_ui->contentWidget->setVisible(state == State::Loaded && m_model->rowCount() > 0);
    updateButtons();
}

QString ProxiesView::stateText() const
{
    return m_ui->stateLabel->text();
}

QString ProxiesView::feedbackText() const
{
    return m_ui->feedbackLabel->text();
}

const QList<ActiveProxy> &ProxiesView::proxies() const
{
    return m_model->proxies();
}

ProxyFormat::Style ProxiesView::style() const
{
    return ProxyFormat::Style(m_ui->formatCombo->currentData().toInt());
}

void ProxiesView::setStyle(ProxyFormat::Style style)
{
    const int index = m_ui->formatCombo->findData(int(style));
    if (index >= 0)
        m_ui->formatCombo->setCurrentIndex(index);
}

QList<int> ProxiesView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->proxiesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ProxiesView::selectedText() const
{
    QStringList lines;
    for (const int row : selectedRows())
        lines.append(ProxyFormat::format(m_model->proxyAt(row), style()));
    return lines.join(u'\n');
}

QString ProxiesView::allText() const
{
    QStringList lines;
    for (const ActiveProxy &p : m_model->proxies())
        lines.append(ProxyFormat::format(p, style()));
    return lines.join(u'\n');
}

void ProxiesView::copySelected()
{
    copyText(selectedText(), int(selectedRows().size()));
}

void ProxiesView::copyAll()
{
    copyText(allText(), m_model->rowCount());
}

void ProxiesView::copyText(const QString &text, int count)
{
    if (count == 0)
        return;
    QGuiApplication::clipboard()->setText(text);
    //: %1 is the format, e.g. ip:port:user:pass
    ActionMessage::showInfo(m_ui->feedbackLabel,
                            tr("Copied %Ln proxy(s) as %1.", nullptr, count)
                                .arg(ProxyFormat::label(style())));
    emit copied(count);
}

bool ProxiesView::saveToFile(const QString &path)
{
    const QList<ActiveProxy> &list = m_model->proxies();
    if (!ProxyFileSave::write(m_ui->feedbackLabel, path, ProxyFormat::formatAll(list, style()),
                              tr("Saved %Ln proxy(s) to %1.", nullptr, int(list.size()))))
        return false;
    emit saved(path, int(list.size()));
    return true;
}

void ProxiesView::chooseFileAndSave()
{
    if (m_model->rowCount() == 0)
        return;
    ProxyFileSave::askWhere(this, tr("Save proxies"), QStringLiteral("saveProxiesDialog"),
                            QStringLiteral("proxies-%1.txt").arg(m_orderId),
                            [this](const QString &path) { saveToFile(path); });
}

void ProxiesView::updateButtons()
{
    const bool any = m_state == State::Loaded && m_model->rowCount() > 0;
    m_ui->copyAllButton->setEnabled(any);
    m_ui->saveButton->setEnabled(any);
    m_ui->checkButton->setEnabled(any);
    m_ui->copySelectedButton->setEnabled(
        any && m_ui->proxiesView->selectionModel()->hasSelection());
}
