#pragma once

#include "domain/order.h"
#include "services/ordereditor.h"
#include "settings/preferences.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class ApiError;
class AppContext;
class OrderFilterModel;
class OrdersModel;
class QLabel;
class RecentErrors;
class QTimer;
class QToolButton;
class RenewalAlerts;
class TrayNotifier;
struct Account;

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
    // The failed API calls Help → "Copy diagnostics" lists; recorded by whoever builds the
    // services (main()). Optional: without it the report says there were none.
    void setRecentErrors(const RecentErrors *errors) { m_recentErrors = errors; }
    // What Help → "Copy diagnostics" puts on the clipboard (redacted).
    QString diagnosticsText() const;

signals:
    void preferencesChanged(const Preferences &preferences);
    void exported(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupHelpMenu();
    void copyDiagnostics();
    void setupView();
    void setupStatusBar();
    void connectServices();
    void refresh();
    void openPurchaseWizard();
    void onSyncFailed(const ApiError &error);
    void updateCountLabel();
    void onCurrentRowChanged();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void copyIds();
    void copyRows();
    void setAutoRefresh(bool on);
    void openSettings();
    void applyRefreshPreferences();
    void exportOrders();
    void onAlertsUpdated(const RenewalAlerts &alerts);
    void updateBannerStyle();
    void restoreSettings();
    void saveSettings() const;
    QList<qint64> selectedOrderIds() const;
    QList<Order> selectedOrders() const;
    void updateOrderActions();
    void sendEdit(bool sent);
    void setAutoRenewal(bool on);
    void editTag();
    void changeCycle();
    void renew();
    void showProxies();
    void runBulk(OrderEditor::Action action, const QList<qint64> &ids, const QVariant &value);
    void onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok, const QString &message,
                        const ApiError &error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext &m_context;
    OrdersModel *m_ordersModel;
    OrderFilterModel *m_filterModel;
    QLabel *m_syncLabel;
    QLabel *m_updatedLabel;
    QToolButton *m_retryButton;
    QTimer *m_autoRefresh;
    TrayNotifier *m_tray;
    QList<qint64> m_attentionIds;
    Preferences m_preferences;
    bool m_signInOpen = false;
    bool m_started = false;
    bool m_bulkRunning = false;
    bool m_demo = false;
    const RecentErrors *m_recentErrors = nullptr;
};
