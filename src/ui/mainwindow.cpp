#include "mainwindow.h"

#include "domain/serveraddress.h"
#include "ui_mainwindow.h"

#include "auth/tokenstore.h"
#include "actions/bulkactiondialog.h"
#include "actions/changecycledialog.h"
#include "actions/proxiesview.h"
#include "actions/renewdialog.h"
#include "actions/tageditordelegate.h"
#include "logindialog.h"
#include "settingsdialog.h"
#include "theme.h"
#include "traynotifier.h"
#include "alerts/renewalalerts.h"
#include "alerts/renewalwatch.h"
#include "alerttext.h"
#include "export/orderexport.h"
#include "tone.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "purchase/purchasecontroller.h"
#include "purchase/purchasewizard.h"
#include "services/accountservice.h"
#include "services/connectionstatus.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/signinservice.h"
#include "session/appcontext.h"
#include "session/session.h"
#include "diagnostics/diagnosticsreport.h"
#include "sharddeskversion.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_context(context),
      m_ordersModel(new OrdersModel(&context.store(), this)),
      m_filterModel(new OrderFilterModel(m_ordersModel, this)), m_syncLabel(new QLabel(this)),
      m_updatedLabel(new QLabel(this)), m_retryButton(new QToolButton(this)),
      m_autoRefresh(new QTimer(this)), m_tray(nullptr)
{
    // The icons live in this static library; make sure the linker keeps them.
    Q_INIT_RESOURCE(resources);
    m_ui->setupUi(this);
    updateBannerStyle();
    m_ui->accountBar->setAutoFillBackground(true);
    setupActions();
    setupView();
    setupStatusBar();
    m_tray = new TrayNotifier(this, {m_ui->actionRefresh, m_ui->actionQuit}, this);
    connect(m_tray, &TrayNotifier::showOrdersRequested, this, &MainWindow::showAttentionOrders);
    connectServices();
    restoreSettings();
    // Asking the desktop for a tray may cost a D-Bus round trip: well after the first paint.
    QTimer::singleShot(300, m_tray, [this] { m_tray->setEnabled(m_preferences.trayEnabled); });
    m_context.alerts().setWarningDays(m_preferences.expiryWarningDays);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    // Our own SVGs: they look the same everywhere and cost no icon-theme search at startup.
    m_ui->actionRefresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->actionNewOrder->setIcon(QIcon(QStringLiteral(":/icons/new-order.svg")));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);

    connect(m_ui->actionNewOrder, &QAction::triggered, this, &MainWindow::openPurchaseWizard);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSignOut, &QAction::triggered, &m_context.session(), &Session::signOut);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportOrders);
    connect(m_ui->alertBanner, &QLabel::linkActivated, this,
            [this] { showAttentionOrders(m_attentionIds); });
    connect(m_ui->actionCopyId, &QAction::triggered, this, &MainWindow::copyIds);
    connect(m_ui->actionCopyRow, &QAction::triggered, this, &MainWindow::copyRows);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->actionShowFilters->setChecked(true);
        m_ui->filterPanel->focusSearch();
    });
    connect(m_ui->actionClearFilters, &QAction::triggered, this,
            [this] { m_ui->filterPanel->clearFilters(); });
    connect(m_ui->actionShowDetails, &QAction::triggered, this, [this] {
        m_ui->actionShowDetailsPanel->setChecked(true);
        m_ui->detailsPanel->reload();
        m_ui->detailsPanel->focusDetails();
    });
    connect(m_ui->actionFocusOrders, &QAction::triggered, this,
            [this] { m_ui->ordersView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionShowFilters, &QAction::toggled, m_ui->filterPanel, &QWidget::setVisible);
    connect(m_ui->actionShowDetailsPanel, &QAction::toggled, m_ui->detailsPanel,
            &QWidget::setVisible);
    connect(m_ui->actionAutoRefresh, &QAction::toggled, this, &MainWindow::setAutoRefresh);
    connect(m_ui->actionAutoRenewOn, &QAction::triggered, this, [this] { setAutoRenewal(true); });
    connect(m_ui->actionAutoRenewOff, &QAction::triggered, this, [this] { setAutoRenewal(false); });
    connect(m_ui->actionEditTag, &QAction::triggered, this, &MainWindow::editTag);
    connect(m_ui->actionChangeCycle, &QAction::triggered, this, &MainWindow::changeCycle);
    connect(m_ui->actionRenew, &QAction::triggered, this, &MainWindow::renew);
    connect(m_ui->actionShowProxies, &QAction::triggered, this, &MainWindow::showProxies);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ShardDesk"),
                           tr("<h3>ShardDesk %1</h3><p>A desktop client for the ProxyShard "
                              "User API: every order at hand, safely.</p>")
                               .arg(QStringLiteral(SHARDDESK_VERSION)));
    });
    setupHelpMenu();
}

// Help → "Copy diagnostics" (issue 12), made here rather than in the .ui so the whole feature
// stays in one place next to the report it copies.
void MainWindow::setupHelpMenu()
{
    auto *action = new QAction(tr("Copy &diagnostics"), this);
    action->setObjectName(QStringLiteral("actionCopyDiagnostics"));
    // A QAction has no accessible name of its own: screen readers read the menu item's text,
    // so the status tip carries the description.
    action->setStatusTip(tr("Copy the version, system, server and recent errors for a support "
                            "request. The key and passwords are left out."));
    action->setToolTip(action->statusTip());
    connect(action, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, action);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
}

QString MainWindow::diagnosticsText() const
{
    return DiagnosticsReport::text(
        DiagnosticsReport::currentFacts(m_context.session().server(), m_recentErrors));
}

void MainWindow::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnosticsText());
    statusBar()->showMessage(tr("Diagnostics copied to the clipboard."), 5000);
}

void MainWindow::setupView()
{
    QTableView *view = m_ui->ordersView;
    view->setModel(m_filterModel);
    view->sortByColumn(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(110);
    header->resizeSection(OrdersModel::IdColumn, 72);
    header->resizeSection(OrdersModel::ProductColumn, 175);
    header->resizeSection(OrdersModel::LocationColumn, 70);
    header->resizeSection(OrdersModel::CycleColumn, 80);
    header->resizeSection(OrdersModel::StatusColumn, 75);
    header->resizeSection(OrdersModel::ExpiresColumn, 105);
    header->resizeSection(OrdersModel::AutoRenewColumn, 85);
    header->resizeSection(OrdersModel::TagColumn, 100);
    header->resizeSection(OrdersModel::QuantityColumn, 70);
    // Never narrower than the title: "Автопродление" is longer than "Auto-renew". (Not
    // sectionSizeHint(): it also reserves room for a sort arrow on every column.)
    const int margins = 4 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        const QString title = m_filterModel->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + margins;
        header->resizeSection(column, qMax(header->sectionSize(column), needed));
    }
    // The server does not report locations; the column fills only for orders bought here.
    // Hidden until someone asks for it (header menu); a saved layout overrides this.
    header->setSectionHidden(OrdersModel::LocationColumn, true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Uniform rows let the view skip measuring 100,000 of them.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateOrderActions);
    // Changes to orders made inside the table are requests to the server.
    connect(m_ordersModel, &OrdersModel::tagEditRequested, this,
            [this](qint64 id, const QString &tag) { sendEdit(m_context.editor().setTag(id, tag)); });
    connect(m_ordersModel, &OrdersModel::autoRenewalToggleRequested, this,
            [this](qint64 id, bool on) { sendEdit(m_context.editor().setAutoRenewal(id, on)); });
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::SelectedClicked);
    auto *tagDelegate = new TagEditorDelegate(&m_context.store(), view);
    view->setItemDelegateForColumn(OrdersModel::TagColumn, tagDelegate);
    connect(tagDelegate, &TagEditorDelegate::tagEdited, this,
            [this](qint64 id, const QString &tag) { sendEdit(m_context.editor().setTag(id, tag)); });
    connect(view, &QTableView::activated, this, [this] { m_ui->actionShowDetails->trigger(); });

    m_ui->filterPanel->attach(m_filterModel, &m_context.store());
    m_ui->detailsPanel->attach(&m_context.orders());
    m_ui->detailsPanel->setEditor(&m_context.editor(), {m_ui->actionChangeCycle, m_ui->actionRenew,
                                                        m_ui->actionShowProxies});
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 0);
    m_ui->splitter->setSizes({200, 800, 280});

    setTabOrder(m_ui->filterPanel, view);
    setTabOrder(view, m_ui->detailsPanel);
}

void MainWindow::setupStatusBar()
{
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setAccessibleName(tr("Retry refresh"));
    m_retryButton->setVisible(false);
    connect(m_retryButton, &QToolButton::clicked, this, &MainWindow::refresh);
    m_syncLabel->setAccessibleName(tr("Sync status"));
    m_updatedLabel->setAccessibleName(tr("Last update"));
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_retryButton);
    statusBar()->addPermanentWidget(m_updatedLabel);
}

void MainWindow::connectServices()
{
    ConnectionStatus *connection = &m_context.connection();
    connect(connection, &ConnectionStatus::stateChanged, this, [this, connection] {
        m_ui->accountBar->setConnectionState(connection->state(),
                                             connection->lastError().message());
    });
    AccountService *account = &m_context.account();
    connect(account, &AccountService::accountChanged, this, [this, account](const Account &a) {
        if (account->hasAccount())
            m_ui->accountBar->setAccount(a);
        else
            m_ui->accountBar->clearAccount();
    });
    connect(account, &AccountService::refreshFailed, this, [this](const ApiError &e) {
        if (e.kind() != ApiError::Kind::Unauthorized)
            statusBar()->showMessage(tr("Could not refresh the account: %1").arg(e.message()),
                                     10000);
    });

    RenewalWatch *alerts = &m_context.alerts();
    connect(alerts, &RenewalWatch::alertsUpdated, this, &MainWindow::onAlertsUpdated);
    // Without a tray the strip in the window is the notification.
    connect(alerts, &RenewalWatch::notificationDue, m_tray,
            [this](const RenewalAlerts &a) { m_tray->notify(a); });

    OrderService *orders = &m_context.orders();
    connect(orders, &OrderService::syncStarted, this, [this] {
        m_retryButton->setVisible(false);
        m_syncLabel->setText(tr("Syncing orders…"));
    });
    connect(orders, &OrderService::syncProgressed, this, [this](qsizetype rows, int) {
        m_syncLabel->setText(
            tr("Syncing orders… %1 loaded").arg(QLocale().toString(qint64(rows))));
    });
    connect(orders, &OrderService::synced, this, [this](const QDateTime &when) {
        updateCountLabel();
        m_updatedLabel->setText(
            tr("Updated %1").arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)));
        m_updatedLabel->setToolTip(QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
        // Rows the server sent but nobody could read: left out, and the person is told why.
        const SkippedRows &skipped = m_context.orders().skippedRows();
        if (!skipped.isEmpty())
            statusBar()->showMessage(skipped.summary());
    });
    connect(orders, &OrderService::syncFailed, this, &MainWindow::onSyncFailed);
    connect(&m_context.editor(), &OrderEditor::editFinished, this, &MainWindow::onEditFinished);
    connect(&m_context.store(), &OrderStore::rowsChanged, this, &MainWindow::updateOrderActions);
    Session *session = &m_context.session();
    connect(session, &Session::signInNeeded, this, &MainWindow::requestSignIn);
    connect(session, &Session::serverRemembered, this,
            [this](const QUrl &server) { m_preferences.serverUrl = server; });
    connect(session, &Session::accountDropped, this, [this] {
        m_tray->forget();
        m_syncLabel->clear();
        m_updatedLabel->clear();
    });
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filterModel, signal, this, &MainWindow::updateCountLabel);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCountLabel);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_context.session().setDemo(demo);
    m_ui->demoBanner->setVisible(demo);
    setWindowTitle(demo ? tr("ShardDesk — Demo") : tr("ShardDesk"));
    m_ui->actionSignOut->setVisible(!demo);
}

void MainWindow::showConnecting()
{
    m_context.session().setConnecting();
    m_syncLabel->setText(tr("Connecting…"));
}

void MainWindow::start()
{
    m_started = true;
    m_context.session().start();
}

void MainWindow::refresh()
{
    m_context.session().refresh();
}

QString MainWindow::syncStatusText() const
{
    return m_syncLabel->text();
}

void MainWindow::updateCountLabel()
{
    if (m_context.orders().isSyncing())
        return;
    const int total = int(m_context.store().count());
    const int shown = m_filterModel->rowCount();
    m_syncLabel->setText(shown == total ? tr("%n order(s)", nullptr, total)
                                        : tr("Showing %1 of %n order(s)", nullptr, total)
                                              .arg(QLocale().toString(shown)));
}

void MainWindow::onSyncFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized)
        return; // the sign-in dialog explains it
    // The orders already on screen stay; say what happened and offer to try again.
    m_syncLabel->setText(tr("Refresh failed: %1").arg(error.message()));
    m_retryButton->setVisible(true);
}

void MainWindow::requestSignIn(const QString &reason, const QUrl &server)
{
    if (m_signInOpen)
        return;
    m_signInOpen = true;
    auto *dialog = new LoginDialog(&m_context.signIn(), &m_context.tokens(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(server.isValid() ? server : m_context.session().server());
    dialog->setMessage(reason);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_signInOpen = false;
        if (result != QDialog::Accepted)
            return;
        m_context.session().keyAccepted(dialog->server(), dialog->key(), dialog->rememberKey());
    });
    dialog->open();
}

void MainWindow::applyRefreshPreferences()
{
    m_ui->actionAutoRefresh->setText(
        tr("&Auto-refresh every %n minute(s)", nullptr, m_preferences.refreshMinutes));
    const bool on = m_preferences.autoRefresh;
    m_ui->actionAutoRefresh->setChecked(on);
    setAutoRefresh(on);
}

void MainWindow::openSettings()
{
    SettingsDialog::Context context;
    context.demo = m_demo;
    context.trayAvailable = TrayNotifier::trayAvailable();
    auto *dialog = new SettingsDialog(m_preferences, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyPreferences(dialog->preferences()); });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const Preferences before = m_preferences;
    m_preferences = preferences;
    QSettings settings;
    preferences.save(settings);
    if (preferences.theme != before.theme)
        Theme::apply(preferences.theme);
    applyRefreshPreferences(); // the interval may have changed too
    m_tray->setEnabled(preferences.trayEnabled);
    m_context.alerts().setWarningDays(preferences.expiryWarningDays);
    emit preferencesChanged(preferences);
    const bool newServer =
        ServerAddress::canonical(preferences.serverUrl) != m_context.session().server();
    if (!m_demo && m_started && newServer)
        m_context.session().switchServer(preferences.serverUrl);
}

QList<qint64> MainWindow::visibleOrderIds() const
{
    QList<qint64> ids;
    const int rows = m_filterModel->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_filterModel->orderIdAt(row));
    return ids;
}

void MainWindow::exportOrders()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csvFilter = tr("CSV, for spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON, for scripts (*.json)");
    auto *dialog = new QFileDialog(this, tr("Export %n order(s)", nullptr, m_filterModel->rowCount()),
                                   folder, csvFilter + QStringLiteral(";;") + jsonFilter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // The dialog adds the suffix itself, before it asks whether to replace an existing file.
    dialog->setDefaultSuffix(OrderExport::fileSuffix(OrderExport::Format::Csv));
    const QString baseName = QStringLiteral("sharddesk-orders-%1")
                                 .arg(QDate::currentDate().toString(Qt::ISODate));
    dialog->selectFile(baseName + QStringLiteral(".csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonFilter, baseName](const QString &filter) {
        const QString suffix = OrderExport::fileSuffix(
            filter == jsonFilter ? OrderExport::Format::Json : OrderExport::Format::Csv);
        dialog->setDefaultSuffix(suffix);
        dialog->selectFile(baseName + u'.' + suffix);
    });
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportTo);
    dialog->open();
}

void MainWindow::exportTo(const QString &fileName)
{
    const auto format = OrderExport::formatForFileName(fileName).value_or(OrderExport::Format::Csv);
    // Copying the rows is quick and needs the store; encoding and writing 100,000 of them is
    // not, and happens off the GUI thread.
    const QList<ExportRow> rows = OrderExport::rowsFromStore(*&m_context.store(), visibleOrderIds());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, fileName, count = int(rows.size())] {
                watcher->deleteLater();
                const QString error = watcher->result();
                if (!error.isEmpty()) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error,
                                                QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                } else {
                    statusBar()->showMessage(tr("Exported %n order(s) to %1", nullptr, count)
                                                 .arg(QDir::toNativeSeparators(fileName)),
                                             8000);
                }
                emit exported(error.isEmpty());
            });
    watcher->setFuture(QtConcurrent::run([fileName, rows, format]() -> QString {
        QString error;
        return OrderExport::writeFile(fileName, rows, format, &error) ? QString() : error;
    }));
}

void MainWindow::onAlertsUpdated(const RenewalAlerts &alerts)
{
    m_attentionIds = alerts.attentionIds();
    if (!alerts.hasWarnings()) {
        m_ui->alertBanner->hide();
        m_ui->alertBanner->clear();
        return;
    }
    QStringList lines;
    for (const QString &line : AlertText::lines(alerts))
        lines.append(line.toHtmlEscaped());
    m_ui->alertBanner->setText(QStringLiteral("%1 <a href=\"#show\">%2</a>")
                                   .arg(lines.join(QStringLiteral("<br>")),
                                        tr("Show these orders").toHtmlEscaped()));
    m_ui->alertBanner->show();
}

QString MainWindow::alertText() const
{
    return m_ui->alertBanner->isVisible() ? m_ui->alertBanner->text() : QString();
}

void MainWindow::showAttentionOrders(const QList<qint64> &orderIds)
{
    if (orderIds.isEmpty())
        return;
    m_ui->actionShowFilters->setChecked(true);
    m_ui->filterPanel->showOnly(QSet<qint64>(orderIds.cbegin(), orderIds.cend()));
    selectOrder(orderIds.first());
}

void MainWindow::updateBannerStyle()
{
    // Calm strips in either theme: pale on light windows, deep on dark ones. Amber for the
    // demo, red-brown for alerts about money and expiry.
    const bool dark = Tone::isDark(palette());
    m_ui->demoBanner->setStyleSheet(
        dark ? QStringLiteral("QLabel { background: #4a3b10; color: #ffe7a3; padding: 6px 10px; "
                              "border-bottom: 1px solid #6b5618; }")
             : QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px 10px; "
                              "border-bottom: 1px solid #e0c870; }"));
    m_ui->alertBanner->setStyleSheet(
        dark ? QStringLiteral("QLabel { background: #4d2020; color: #ffd7d3; padding: 6px 10px; "
                              "border-bottom: 1px solid #7a3030; } a { color: #ffffff; }")
             : QStringLiteral("QLabel { background: #fde7e5; color: #6b1010; padding: 6px 10px; "
                              "border-bottom: 1px solid #f0b8b2; }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateBannerStyle();
    QMainWindow::changeEvent(event);
}

void MainWindow::onCurrentRowChanged()
{
    m_ui->detailsPanel->showOrder(currentOrderId());
}

qint64 MainWindow::currentOrderId() const
{
    const QModelIndex current = m_ui->ordersView->currentIndex();
    return current.isValid() ? m_filterModel->orderIdAt(current.row()) : 0;
}

void MainWindow::selectOrder(qint64 orderId)
{
    QModelIndex index = m_filterModel->indexOfOrder(orderId);
    if (!index.isValid() && m_context.store().rowOf(orderId) >= 0) {
        // The filters hide it (a new order while "On hold" is shown): show everything instead.
        m_ui->filterPanel->clearFilters();
        index = m_filterModel->indexOfOrder(orderId);
    }
    if (!index.isValid())
        return;
    m_ui->ordersView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->ordersView->scrollTo(index);
}

QList<qint64> MainWindow::selectedOrderIds() const
{
    // In table order, as Copy rows and Export give them (the selection's own order is the order
    // of clicking).
    QModelIndexList rows = m_ui->ordersView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_filterModel->orderIdAt(index.row()));
    return ids;
}

void MainWindow::copyIds()
{
    QStringList ids;
    for (qint64 id : selectedOrderIds())
        ids.append(QString::number(id));
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
}

void MainWindow::copyRows()
{
    const QModelIndexList rows = m_ui->ordersView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QHeaderView *header = m_ui->ordersView->horizontalHeader();
    QStringList lines;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            titles.append(m_filterModel->headerData(logical, Qt::Horizontal).toString());
    }
    lines.append(titles.join(u'\t'));
    QList<int> proxyRows;
    for (const QModelIndex &index : rows)
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int row : proxyRows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (header->isSectionHidden(logical))
                continue;
            QString cell = m_filterModel->index(row, logical).data().toString();
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
            cells.append(cell);
        }
        lines.append(cells.join(u'\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_ui->ordersView->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_ui->actionCopyId);
    menu.addAction(m_ui->actionCopyRow);
    menu.addSeparator();
    menu.addAction(m_ui->actionShowDetails);
    menu.addAction(m_ui->actionShowProxies);
    menu.addSeparator();
    menu.addAction(m_ui->actionAutoRenewOn);
    menu.addAction(m_ui->actionAutoRenewOff);
    menu.addAction(m_ui->actionEditTag);
    menu.addAction(m_ui->actionChangeCycle);
    menu.addAction(m_ui->actionRenew);
    menu.exec(m_ui->ordersView->viewport()->mapToGlobal(pos));
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_ui->ordersView->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        QAction *action =
            menu.addAction(m_ordersModel->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The ID column identifies the row: it stays.
        action->setEnabled(column != OrdersModel::IdColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::openPurchaseWizard()
{
    auto *wizard = new PurchaseWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard reloads the orders itself: a reconciled order is listed already, a freshly
    // bought one by the next sync to complete (the wizard may be closed by then).
    connect(wizard, &PurchaseWizard::orderPlaced, this, [this, wizard](qint64 orderId) {
        // The list never says where an order is; the purchase did, so remember it.
        const QString location = wizard->controller()->sentRequest().location();
        if (!location.isEmpty())
            m_context.store().setLocation(orderId, location);
        if (m_context.store().rowOf(orderId) >= 0) {
            selectOrder(orderId);
            return;
        }
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(&m_context.orders(), &OrderService::synced, this, [this, orderId, once, location] {
            disconnect(*once);
            if (!location.isEmpty())
                m_context.store().setLocation(orderId, location);
            selectOrder(orderId);
        });
    });
    wizard->open();
}

QList<Order> MainWindow::selectedOrders() const
{
    QList<Order> out;
    for (qint64 id : selectedOrderIds()) {
        if (const Order *o = m_context.store().find(id))
            out.append(*o);
    }
    return out;
}

void MainWindow::updateOrderActions()
{
    const QList<Order> orders = selectedOrders();
    auto anyAllows = [&](OrderEditor::Action action) {
        return std::any_of(orders.cbegin(), orders.cend(), [action](const Order &o) {
            return OrderEditor::whyNot(o, action).isEmpty();
        });
    };
    const bool one = orders.size() == 1;
    m_ui->actionAutoRenewOn->setEnabled(anyAllows(OrderEditor::Action::AutoRenew));
    m_ui->actionAutoRenewOff->setEnabled(anyAllows(OrderEditor::Action::AutoRenew));
    m_ui->actionEditTag->setEnabled(!orders.isEmpty());
    m_ui->actionChangeCycle->setEnabled(one && anyAllows(OrderEditor::Action::Cycle));
    m_ui->actionRenew->setEnabled(anyAllows(OrderEditor::Action::Renew));
    m_ui->actionShowProxies->setEnabled(one && anyAllows(OrderEditor::Action::Cycle));
    m_ui->actionCopyId->setEnabled(!orders.isEmpty());
    m_ui->actionCopyRow->setEnabled(!orders.isEmpty());
    // Say why an action is unavailable for a single selected order, right where it is looked for.
    if (one) {
        const Order &o = orders.first();
        m_ui->actionAutoRenewOn->setToolTip(
            OrderEditor::whyNot(o, OrderEditor::Action::AutoRenew).isEmpty()
                ? tr("Turn auto-renewal on")
                : OrderEditor::whyNot(o, OrderEditor::Action::AutoRenew));
        m_ui->actionRenew->setToolTip(OrderEditor::whyNot(o, OrderEditor::Action::Renew).isEmpty()
                                          ? tr("Renew this order now (spends balance)")
                                          : OrderEditor::whyNot(o, OrderEditor::Action::Renew));
    }
}

void MainWindow::sendEdit(bool sent)
{
    if (!sent)
        statusBar()->showMessage(m_context.editor().lastRefusal(), 8000);
}

void MainWindow::setAutoRenewal(bool on)
{
    const QList<Order> orders = selectedOrders();
    if (orders.size() == 1) {
        sendEdit(m_context.editor().setAutoRenewal(orders.first().id, on));
        return;
    }
    QList<qint64> ids;
    for (const Order &o : orders)
        ids.append(o.id);
    runBulk(OrderEditor::Action::AutoRenew, ids, on);
}

void MainWindow::editTag()
{
    const QList<Order> orders = selectedOrders();
    if (orders.isEmpty())
        return;
    if (orders.size() == 1) {
        const QModelIndex index = m_filterModel->indexOfOrder(orders.first().id, OrdersModel::TagColumn);
        m_ui->ordersView->setCurrentIndex(index);
        m_ui->ordersView->edit(index);
        return;
    }
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Tag %n order(s)", nullptr, int(orders.size())),
        tr("Tag for the %n selected order(s) (leave empty to remove their tags):", nullptr,
           int(orders.size())),
        QLineEdit::Normal, orders.first().tag, &ok);
    if (!ok)
        return;
    QList<qint64> ids;
    for (const Order &o : orders)
        ids.append(o.id);
    runBulk(OrderEditor::Action::Tag, ids, tag.trimmed());
}

void MainWindow::runBulk(OrderEditor::Action action, const QList<qint64> &ids,
                         const QVariant &value)
{
    if (ids.isEmpty() || m_bulkRunning)
        return;
    auto *dialog = new BulkActionDialog(&m_context.editor(), &m_context.store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkRunning = true;
    connect(dialog, &BulkActionDialog::actionFinished, this, [this, action] {
        m_bulkRunning = false;
        if (action == OrderEditor::Action::Renew)
            refresh(); // balances and expiry dates moved
    });
    connect(dialog, &QObject::destroyed, this, [this] { m_bulkRunning = false; });
    dialog->start(action, ids, value);
    dialog->open();
}

void MainWindow::changeCycle()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.size() != 1)
        return;
    auto *dialog = new ChangeCycleDialog(m_context.editor(), m_context.store(), m_context.catalog(),
                                         ids.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::renew()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new RenewDialog(&m_context.orders(), &m_context.account(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<qint64> confirmed = dialog->confirmedIds();
        if (confirmed.size() == 1)
            sendEdit(m_context.editor().renew(confirmed.first()));
        else
            runBulk(OrderEditor::Action::Renew, confirmed, QVariant());
    });
    dialog->open();
}

void MainWindow::showProxies()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.size() != 1)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Proxies of order %1").arg(ids.first()));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new ProxiesView(m_context.orders(), m_context.store(), dialog);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 420);
    view->showOrder(ids.first());
    dialog->open();
}

void MainWindow::onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok,
                                const QString &message, const ApiError &error)
{
    if (ok && action == OrderEditor::Action::Renew)
        m_context.account().refresh(); // the balance paid for it
    if (m_bulkRunning)
        return; // the bulk report tells each order's result
    if (ok) {
        statusBar()->showMessage(tr("Order %1: %2").arg(orderId).arg(message), 6000);
        return;
    }
    if (error.kind() == ApiError::Kind::Unauthorized)
        return; // the sign-in dialog explains it
    // The person just asked for this change: say plainly that it did not happen and why.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Order %1 was not changed").arg(orderId),
                                error.message(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setAutoRefresh(bool on)
{
    m_preferences.autoRefresh = on;
    if (on)
        m_autoRefresh->start(m_preferences.refreshMinutes * 60 * 1000);
    else
        m_autoRefresh->stop();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView *header = m_ui->ordersView->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("orders/header")).toByteArray()))
        m_ui->ordersView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->actionShowFilters->setChecked(
        settings.value(QStringLiteral("window/showFilters"), true).toBool());
    m_ui->actionShowDetailsPanel->setChecked(
        settings.value(QStringLiteral("window/showDetails"), true).toBool());
    m_preferences = Preferences::load(settings);
    applyRefreshPreferences();

    OrderFilter filter;
    // First start: what is running, soonest expiry first.
    filter.setCategory(OrderFilter::Category(
        qBound(0, settings.value(QStringLiteral("filter/category"), int(OrderFilter::Category::Active)).toInt(),
               int(OrderFilter::Category::ExpiringSoon))));
    filter.setProduct(settings.value(QStringLiteral("filter/product")).toString());
    filter.setTag(settings.value(QStringLiteral("filter/tag")).toString());
    filter.setText(settings.value(QStringLiteral("filter/text")).toString());
    m_ui->filterPanel->restoreFilter(filter);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("orders/header"),
                      m_ui->ordersView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/showFilters"), m_ui->actionShowFilters->isChecked());
    settings.setValue(QStringLiteral("window/showDetails"),
                      m_ui->actionShowDetailsPanel->isChecked());
    settings.setValue(QStringLiteral("refresh/auto"), m_ui->actionAutoRefresh->isChecked());
    const OrderFilter filter = m_ui->filterPanel->currentFilter();
    settings.setValue(QStringLiteral("filter/category"), int(filter.category()));
    settings.setValue(QStringLiteral("filter/product"), filter.product());
    settings.setValue(QStringLiteral("filter/tag"), filter.tag());
    settings.setValue(QStringLiteral("filter/text"), filter.text());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
