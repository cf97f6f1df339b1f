#include "mainwindow.h"

#include "domain/serveraddress.h"
#include "ui_mainwindow.h"

#include "actions/orderactions.h"
#include "alertbanner.h"
#include "logindialog.h"
#include "offlinebanner.h"
#include "offlinegate.h"
#include "orderexportflow.h"
#include "orderstableview.h"
#include "activity/activityview.h"
#include "overview/overviewview.h"
#include "checker/proxycheckdialog.h"
#include "storage/localstore.h"
#include "storage/synchistory.h"
#include "services/proxychecker.h"
#include "settingsdialog.h"
#include "residential/subusersview.h"
#include "syncstatus.h"
#include "theme.h"
#include "traynotifier.h"
#include "alerts/renewalalerts.h"
#include "alerts/renewalwatch.h"
#include "tone.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "purchase/purchasecontroller.h"
#include "purchase/purchasewizard.h"
#include "services/accountservice.h"
#include "services/connectionstatus.h"
#include "services/missingprices.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/serverhealth.h"
#include "services/visibledetailsloader.h"
#include "session/appcontext.h"
#include "session/session.h"
#include "settings/windowstate.h"
#include "diagnostics/diagnosticsreport.h"
#include "sharddeskversion.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace {
// The saved category and the filter's are the same list; the core cannot see the filter.
OrderFilter::Category filterCategory(WindowState::Category category)
{
    using C = OrderFilter::Category;
    using S = WindowState::Category;
    static_assert(int(C::All) == int(S::All) && int(C::Active) == int(S::Active) &&
                  int(C::OnHold) == int(S::OnHold) && int(C::Cancelled) == int(S::Cancelled) &&
                  int(C::ExpiringSoon) == int(S::ExpiringSoon));
    return C(int(category));
}
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_context(context),
      m_ordersModel(new OrdersModel(&context.store(), this)),
      m_filterModel(new OrderFilterModel(m_ordersModel, this)), m_autoRefresh(new QTimer(this)),
      m_tray(nullptr)
{
    // The icons live in this static library; make sure the linker keeps them.
    Q_INIT_RESOURCE(resources);
    m_ui->setupUi(this);
    updateDemoBannerStyle();
    m_ui->accountBar->setAutoFillBackground(true);
    setupView();
    setupActions();
    m_syncStatus = new SyncStatus(context.orders(), context.store(), *m_filterModel, statusBar());
    connect(m_syncStatus, &SyncStatus::retryRequested, this, &MainWindow::refresh);
    m_tray = new TrayNotifier(this, {m_ui->actionRefresh, m_ui->actionQuit}, this);
    connect(m_tray, &TrayNotifier::showOrdersRequested, this, &MainWindow::showAttentionOrders);
    connect(m_tray, &TrayNotifier::showActivityRequested, m_ui->actionShowActivity,
            &QAction::trigger);
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
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    m_export = new OrderExportFlow(m_context.store(), *m_ui->ordersView, this);
    connect(m_ui->actionExport, &QAction::triggered, m_export, &OrderExportFlow::chooseFile);
    connect(m_export, &OrderExportFlow::message, statusBar(), &QStatusBar::showMessage);
    connect(m_export, &OrderExportFlow::exported, this, &MainWindow::exported);
    connect(m_ui->alertBanner, &AlertBanner::showOrdersRequested, this,
            &MainWindow::showAttentionOrders);
    connect(m_ui->actionCopyId, &QAction::triggered, m_ui->ordersView, &OrdersTableView::copyIds);
    connect(m_ui->actionCopyRow, &QAction::triggered, m_ui->ordersView, &OrdersTableView::copyRows);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->ordersPage);
        m_ui->actionShowFilters->setChecked(true);
        m_ui->filterPanel->focusSearch();
    });
    connect(m_ui->actionClearFilters, &QAction::triggered, this,
            [this] { m_ui->filterPanel->clearFilters(); });
    connect(m_ui->actionShowDetails, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->ordersPage);
        m_ui->actionShowDetailsPanel->setChecked(true);
        m_ui->detailsPanel->reload();
        m_ui->detailsPanel->focusDetails();
    });
    connect(m_ui->actionFocusOrders, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->ordersPage);
        m_ui->ordersView->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->actionShowFilters, &QAction::toggled, m_ui->filterPanel, &QWidget::setVisible);
    connect(m_ui->actionShowDetailsPanel, &QAction::toggled, m_ui->detailsPanel,
            &QWidget::setVisible);
    connect(m_ui->actionAutoRefresh, &QAction::toggled, this, &MainWindow::setAutoRefresh);
    m_orderActions = new OrderActions(
        {m_ui->actionAutoRenewOn, m_ui->actionAutoRenewOff, m_ui->actionEditTag,
         m_ui->actionChangeCycle, m_ui->actionRenew, m_ui->actionShowProxies, m_ui->actionCopyId,
         m_ui->actionCopyRow},
        m_ui->ordersView, m_ordersModel, m_context.editor(), m_context.store(), m_context.orders(),
        m_context.account(), m_context.catalog(), this);
    connect(m_orderActions, &OrderActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_orderActions, &OrderActions::refreshRequested, this, &MainWindow::refresh);
    m_orderActions->enableAddTraffic(m_ui->actionAddTraffic, [this](QObject *parent) {
        return m_context.newBandwidthPurchase(parent);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ShardDesk"),
                           tr("<h3>ShardDesk %1</h3><p>A desktop client for the ProxyShard "
                              "User API: every order at hand, safely.</p>")
                               .arg(QStringLiteral(SHARDDESK_VERSION)));
    });
    setupHelpMenu();
    setupSubUsers();
    setupProxyCheck();
    setupActivity();
    setupOverview();
    setupOffline();
}

// What changed between syncs: a page beside the orders, and one line in the status bar after a
// sync that changed something.
void MainWindow::setupActivity()
{
    m_ui->activityView->attach(&m_context.history());
    connect(m_ui->actionShowActivity, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->activityView);
        m_ui->activityView->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->activityView, &ActivityView::orderActivated, this, [this](qint64 id) {
        m_ui->actionFocusOrders->trigger();
        selectOrder(id);
    });
    connect(&m_context.history(), &SyncHistory::changesFound, this,
            [this](const QList<ActivityEntry> &, const QString &summary) {
                statusBar()->showMessage(tr("Since the last sync: %1").arg(summary), 15000);
                m_tray->notifyChanges(summary);
            });
    connect(&m_context.history(), &SyncHistory::storeMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

// Where the money goes: charts over the same store, account and activity log, drawn only while
// the page is on screen.
void MainWindow::setupOverview()
{
    m_ui->overviewView->attach(&m_context.store(), &m_context.account(), &m_context.history());
    m_ui->overviewView->setMissingPrices(new MissingPrices(&m_context.orders(), this));
    connect(m_ui->actionShowOverview, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->overviewView);
        m_ui->overviewView->setFocus(Qt::ShortcutFocusReason);
    });
}

// Offline: a strip says since when and what is on screen; the actions that need the server
// wait with the reason; reading, searching and export go on over the orders as last synced.
void MainWindow::setupOffline()
{
    m_offlineBanner = new OfflineBanner(this);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->accountBar),
                                      m_offlineBanner);
    connect(m_offlineBanner, &OfflineBanner::retryRequested, this, &MainWindow::refresh);
    QList<QAction *> needServer{m_ui->actionNewOrder,    m_ui->actionRenew,
                                m_ui->actionAutoRenewOn, m_ui->actionAutoRenewOff,
                                m_ui->actionEditTag,     m_ui->actionChangeCycle,
                                m_ui->actionAddTraffic,  m_ui->actionShowProxies,
                                m_ui->actionCheckProxies};
    needServer += m_ui->subUsersView->serverActions();
    ConnectionStatus *connection = &m_context.connection();
    m_offlineGate = new OfflineGate(*connection, needServer, this);
    const auto update = [this, connection] {
        m_ordersModel->setServerReachable(!connection->isOffline());
        if (!connection->isOffline()) {
            m_offlineBanner->hide();
            return;
        }
        m_offlineBanner->showOffline(connection->offlineSince(), m_context.store().lastSync(),
                                     connection->lastError().message());
        m_syncStatus->showOffline();
    };
    connect(connection, &ConnectionStatus::offlineChanged, this, update);
    // Each failed retry may say something new (refused now, a timeout before).
    connect(connection, &ConnectionStatus::stateChanged, this, update);
}

// Signing out forgets the key; the orders and activity stored on this computer are the
// person's to keep (an instant start next time) or to forget, so ask when there are any.
void MainWindow::signOut()
{
    SyncHistory &history = m_context.history();
    if (!history.store()) {
        m_context.session().signOut();
        return;
    }
    const QString email = m_context.account().account().email.trimmed();
    auto *question = new QMessageBox(QMessageBox::Question, tr("Sign out"),
                                     email.isEmpty() ? tr("Sign out of this account?")
                                                     : tr("Sign out of %1?").arg(email),
                                     {}, this);
    question->setTextFormat(Qt::PlainText);
    question->setObjectName(QStringLiteral("signOutQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(
        tr("This computer keeps the account's orders and activity, so the next start shows them "
           "at once and they can be read offline. The API key is forgotten either way."));
    QPushButton *keep = question->addButton(tr("Sign out, keep the data"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepData"));
    QPushButton *forget =
        question->addButton(tr("Sign out and forget the data"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetData"));
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::finished, this, [this, question, keep, forget] {
        const QAbstractButton *chosen = question->clickedButton();
        if (chosen != keep && chosen != forget)
            return;
        if (chosen == forget && !m_context.history().forgetCurrent())
            statusBar()->showMessage(
                tr("The stored data could not be deleted: remove the store files in %1 by hand.")
                    .arg(QDir::toNativeSeparators(m_context.history().folder())),
                15000);
        m_context.session().signOut();
    });
    question->open();
}

// One checker window for the session: the run and its results live in AppContext's
// ProxyChecker, so closing the window loses nothing and reopening it shows them.
void MainWindow::setupProxyCheck()
{
    m_orderActions->enableCheckProxies(
        m_ui->actionCheckProxies, &m_context.proxyChecker(), [this](const QList<qint64> &ids) {
        ProxyCheckDialog *dialog = proxyCheckDialog();
        if (m_context.proxyChecker().isRunning())
            statusBar()->showMessage(tr("A check is running: stop it before starting another."),
                                     6000);
        else
            dialog->checkOrders(ids);
    });
    connect(m_ui->actionCheckProxyList, &QAction::triggered, this, [this] {
        ProxyCheckDialog *dialog = proxyCheckDialog();
        if (!m_context.proxyChecker().isRunning())
            dialog->checkList();
    });
}

ProxyCheckDialog *MainWindow::proxyCheckDialog()
{
    if (!m_proxyCheck) {
        m_proxyCheck = new ProxyCheckDialog(m_context.proxyChecker(), m_context.orders(), this);
        m_proxyCheck->setObjectName(QStringLiteral("proxyCheckDialog"));
    }
    m_proxyCheck->show();
    m_proxyCheck->raise();
    m_proxyCheck->activateWindow();
    return m_proxyCheck;
}

// Sub-users are a page beside the orders: a hidden page costs no request, and the list loads
// the first time it is shown.
void MainWindow::setupSubUsers()
{
    m_ui->subUsersView->attach(&m_context.subUsers(), &m_context.subUserEditor(), &m_context.geo());
    connect(m_ui->actionShowSubUsers, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->subUsersView);
        m_ui->subUsersView->setFocus(Qt::ShortcutFocusReason);
    });
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
    connect(action, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(diagnosticsText());
        statusBar()->showMessage(tr("Diagnostics copied to the clipboard."), 5000);
    });
    m_ui->menuHelp->insertAction(m_ui->actionAbout, action);

    // "Is it me or the server?": the server's own probes, which need no key.
    auto *check = new QAction(tr("Check the &server"), this);
    check->setObjectName(QStringLiteral("actionCheckServer"));
    check->setStatusTip(tr("Ask the server whether it is up, without the API key."));
    check->setToolTip(check->statusTip());
    connect(check, &QAction::triggered, &m_context.health(), &ServerHealth::check);
    connect(&m_context.health(), &ServerHealth::checked, this,
            [this](const ServerHealth::Report &report) {
                QString text;
                if (report.liveFailure)
                    text = tr("The server could not be reached: %1")
                               .arg(report.liveFailure->message());
                else if (report.deepFailure)
                    text = tr("The server answers but reports a problem: %1")
                               .arg(report.deepFailure->message());
                else
                    text = tr("The server is up.");
                statusBar()->showMessage(text, 8000);
            });
    m_ui->menuHelp->insertAction(m_ui->actionAbout, check);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
}

QString MainWindow::diagnosticsText() const
{
    return DiagnosticsReport::text(
        DiagnosticsReport::currentFacts(m_context.session().server(),
                                         &m_context.recentErrors()));
}

void MainWindow::setupView()
{
    OrdersTableView *view = m_ui->ordersView;
    view->attach(m_filterModel, &m_context.store());
    view->setContextActions({m_ui->actionCopyId, m_ui->actionCopyRow, nullptr,
                             m_ui->actionShowDetails, m_ui->actionShowProxies,
                             m_ui->actionCheckProxies, nullptr,
                             m_ui->actionAutoRenewOn, m_ui->actionAutoRenewOff,
                             m_ui->actionEditTag, m_ui->actionChangeCycle, m_ui->actionRenew,
                             m_ui->actionAddTraffic});
    connect(view, &OrdersTableView::currentOrderChanged, m_ui->detailsPanel,
            &OrderDetailsPanel::showOrder);
    connect(view, &QTableView::activated, m_ui->actionShowDetails, &QAction::trigger);
    // Quantity and price paid come with each order's details: load them for the rows on screen.
    auto *detailsLoader = new VisibleDetailsLoader(&m_context.orders(), this);
    detailsLoader->setObjectName(QStringLiteral("detailsLoader"));
    m_ordersModel->setDetailsLoader(detailsLoader);
    connect(view, &OrdersTableView::ordersOnScreenChanged, detailsLoader,
            &VisibleDetailsLoader::setVisibleOrders);

    m_ui->filterPanel->attach(m_filterModel, &m_context.store());
    m_ui->detailsPanel->attach(&m_context.orders());
    m_ui->detailsPanel->setEditor(&m_context.editor(), {m_ui->actionChangeCycle, m_ui->actionRenew,
                                                        m_ui->actionShowProxies});
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 0);
    // The filters at least as wide as their longest category (it grows with the counts: see
    // filterpanel.ui), the details 240 px: at 1280 px the table keeps room for its columns.
    m_ui->splitter->setSizes({qMax(200, m_ui->filterPanel->sizeHint().width()), 800, 240});

    setTabOrder(m_ui->filterPanel, view);
    setTabOrder(view, m_ui->detailsPanel);
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
        else if (account->isRestored())
            m_ui->accountBar->setAccount(a, m_context.history().restoredAt());
        else
            m_ui->accountBar->clearAccount();
    });
    connect(account, &AccountService::refreshFailed, this, [this](const ApiError &e) {
        if (e.kind() != ApiError::Kind::Unauthorized)
            statusBar()->showMessage(tr("Could not refresh the account: %1").arg(e.message()),
                                     10000);
    });

    RenewalWatch *alerts = &m_context.alerts();
    connect(alerts, &RenewalWatch::alertsUpdated, m_ui->alertBanner, &AlertBanner::showAlerts);
    // Without a tray the strip in the window is the notification.
    connect(alerts, &RenewalWatch::notificationDue, m_tray,
            [this](const RenewalAlerts &a) { m_tray->notify(a); });

    Session *session = &m_context.session();
    connect(session, &Session::signInNeeded, this, &MainWindow::requestSignIn);
    connect(session, &Session::serverRemembered, this,
            [this](const QUrl &server) { m_preferences.serverUrl = server; });
    connect(session, &Session::accountDropped, this, [this] {
        m_tray->forget();
        m_syncStatus->clear();
    });
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
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
    m_syncStatus->showConnecting();
}

void MainWindow::showRestored(const QDateTime &asOf)
{
    m_syncStatus->showRestored(asOf);
    m_context.alerts().rememberShown(asOf);
}

void MainWindow::start()
{
    m_started = true;
    m_context.session().start();
}

void MainWindow::refresh()
{
    if (m_started)
        m_context.session().refresh();
    else
        emit signInRetryRequested();
}

QString MainWindow::syncStatusText() const
{
    return m_syncStatus->text();
}

void MainWindow::requestSignIn(const QString &reason, const QUrl &server)
{
    if (m_signInOpen)
        return;
    m_signInOpen = true;
    auto *dialog = new LoginDialog(m_context.signIn(), m_context.tokens(), this);
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
        tr("Auto-&refresh every %Ln minute(s)", nullptr, m_preferences.refreshMinutes));
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
    return m_ui->ordersView->visibleOrderIds();
}

void MainWindow::exportTo(const QString &fileName)
{
    m_export->exportTo(fileName);
}

QString MainWindow::alertText() const
{
    return m_ui->alertBanner->alertText();
}

void MainWindow::showAttentionOrders(const QList<qint64> &orderIds)
{
    if (orderIds.isEmpty())
        return;
    m_ui->actionShowFilters->setChecked(true);
    m_ui->filterPanel->showOnly(QSet<qint64>(orderIds.cbegin(), orderIds.cend()));
    selectOrder(orderIds.first());
}

void MainWindow::updateDemoBannerStyle()
{
    // A calm amber strip in either theme: pale on light windows, deep on dark ones.
    const bool dark = Tone::isDark(palette());
    m_ui->demoBanner->setStyleSheet(
        dark ? QStringLiteral("QLabel { background: #4a3b10; color: #ffe7a3; padding: 6px 10px; "
                              "border-bottom: 1px solid #6b5618; }")
             : QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px 10px; "
                              "border-bottom: 1px solid #e0c870; }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateDemoBannerStyle();
    QMainWindow::changeEvent(event);
}

qint64 MainWindow::currentOrderId() const
{
    return m_ui->ordersView->currentOrderId();
}

void MainWindow::selectOrder(qint64 orderId)
{
    if (m_ui->ordersView->selectOrder(orderId) || m_context.store().rowOf(orderId) < 0)
        return;
    // The filters hide it (a new order while "On hold" is shown): show everything instead.
    m_ui->filterPanel->clearFilters();
    m_ui->ordersView->selectOrder(orderId);
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
    const WindowState state = WindowState::load(settings);
    restoreGeometry(state.geometry);
    restoreState(state.state);
    m_ui->splitter->restoreState(state.splitter);
    m_ui->ordersView->restoreLayout(state.ordersHeader);
    m_ui->actionShowFilters->setChecked(state.showFilters);
    m_ui->actionShowDetailsPanel->setChecked(state.showDetails);
    m_preferences = Preferences::load(settings);
    applyRefreshPreferences();

    OrderFilter filter;
    filter.setCategory(filterCategory(state.filterCategory));
    filter.setProduct(state.filterProduct);
    filter.setTag(state.filterTag);
    filter.setText(state.filterText);
    m_ui->filterPanel->restoreFilter(filter);
}

void MainWindow::saveSettings() const
{
    WindowState state;
    state.geometry = saveGeometry();
    state.state = saveState();
    state.splitter = m_ui->splitter->saveState();
    state.ordersHeader = m_ui->ordersView->saveLayout();
    state.showFilters = m_ui->actionShowFilters->isChecked();
    state.showDetails = m_ui->actionShowDetailsPanel->isChecked();
    const OrderFilter filter = m_ui->filterPanel->currentFilter();
    state.filterCategory = WindowState::Category(int(filter.category()));
    state.filterProduct = filter.product();
    state.filterTag = filter.tag();
    state.filterText = filter.text();
    QSettings settings;
    state.save(settings);
    Preferences::saveAutoRefresh(settings, m_ui->actionAutoRefresh->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
