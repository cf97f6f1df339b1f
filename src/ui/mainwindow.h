#pragma once

#include "settings/preferences.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class AppContext;
class OfflineBanner;
class OfflineGate;
class OrderActions;
class ProxyCheckDialog;
class OrderExportFlow;
class OrderFilterModel;
class OrdersModel;
class QTimer;
class SyncStatus;
class TrayNotifier;

// The main window: account bar, filters, every order, the selected order's details.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoMode(bool demo);
    // Loads the account and all orders; the sign-in already happened.
    void start();
    // Shown before the sign-in completes (demo mode): say we are connecting.
    void showConnecting();
    // The stored orders are on screen before the first sync: say as of when.
    void showRestored(const QDateTime &asOf);
    // Asks for a key (again); `reason` explains why. `server`: preset in the dialog, when it is
    // not the one in use.
    void requestSignIn(const QString &reason, const QUrl &server = QUrl());

    OrdersModel *ordersModel() const { return m_ordersModel; }
    OrderFilterModel *filterModel() const { return m_filterModel; }
    QString syncStatusText() const;
    int autoRefreshMinutes() const { return m_preferences.refreshMinutes; }
    const Preferences &preferences() const { return m_preferences; }
    // Saves and applies new preferences (the Settings dialog's OK).
    void applyPreferences(const Preferences &preferences);
    void selectOrder(qint64 orderId);
    qint64 currentOrderId() const;
    // The ids of the rows in view, in their order: what Export writes.
    QList<qint64> visibleOrderIds() const;
    // Writes the rows in view to `fileName` (.csv or .json) in the background; says what
    // happened in the status bar or a message box, then emits exported().
    void exportTo(const QString &fileName);
    // Filters the table to these orders (a click on an alert).
    void showAttentionOrders(const QList<qint64> &orderIds);
    QString alertText() const;
    TrayNotifier *tray() const { return m_tray; }
    // What Help → "Copy diagnostics" puts on the clipboard (redacted).
    QString diagnosticsText() const;

signals:
    void preferencesChanged(const Preferences &preferences);
    void exported(bool ok);
    // Refresh (F5, "Try again") before the first sign-in succeeded, e.g. a start from the
    // local store while the server was down: the startup asks again.
    void signInRetryRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupHelpMenu();
    void setupSubUsers();
    void setupProxyCheck();
    void setupActivity();
    void setupOverview();
    void setupOffline();
    void signOut();
    ProxyCheckDialog *proxyCheckDialog();
    void setupView();
    void connectServices();
    void refresh();
    void openPurchaseWizard();
    void setAutoRefresh(bool on);
    void openSettings();
    void applyRefreshPreferences();
    void updateDemoBannerStyle();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext &m_context;
    OrdersModel *m_ordersModel;
    OrderFilterModel *m_filterModel;
    QTimer *m_autoRefresh;
    TrayNotifier *m_tray;
    SyncStatus *m_syncStatus = nullptr;
    OrderActions *m_orderActions = nullptr;
    OrderExportFlow *m_export = nullptr;
    ProxyCheckDialog *m_proxyCheck = nullptr;
    OfflineBanner *m_offlineBanner = nullptr;
    OfflineGate *m_offlineGate = nullptr;
    Preferences m_preferences;
    bool m_signInOpen = false;
    bool m_started = false;
    bool m_demo = false;
};
