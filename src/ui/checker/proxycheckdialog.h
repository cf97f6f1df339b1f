#pragma once

#include "domain/proxyendpoint.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProxyCheckDialog;
}
class OrderProxies;
class OrderService;
class ProxyCheckModel;
class ProxyChecker;
class QSortFilterProxyModel;
class QTimer;

// "Do my proxies work?": checks the proxies of the selected orders, or a pasted or loaded list,
// many at once, with live results, cancel, a second go for the failed ones, and the working
// ones copied or saved in any proxy format. The run lives in the session's ProxyChecker, so the
// results stay (in the proxies view too) after the window closes, until the next check.
class ProxyCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Source { Orders, List };
    Q_ENUM(Source)

    ProxyCheckDialog(ProxyChecker &checker, OrderService &orders, QWidget *parent = nullptr);
    ~ProxyCheckDialog() override;

    // Loads the orders' proxies, then checks them at once.
    void checkOrders(const QList<qint64> &orderIds);
    // Shows the list box for a pasted or loaded list; Start checks it.
    void checkList(const QString &text = {});

    Source source() const { return m_source; }
    // Starts a check with the options on screen (what Start does). False when there is
    // nothing to check or a check is running.
    bool start();
    ProxyCheckModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_filter; }
    QString summaryText() const;
    QString sourceText() const;
    QString badLinesText() const;
    // The working proxies of the run in the chosen format, one a line.
    QString workingText() const;
    bool saveWorking(const QString &path);

signals:
    void copied(int count);

private:
    void loadSettings();
    void saveSettings() const;
    CheckProtocols protocols() const;
    void setSource(Source source);
    void onOrdersLoaded();
    void updateButtons();
    void updateSummary();
    void applyFilter();
    void copyWorking();
    void chooseFileAndSave();
    void loadListFile();

    std::unique_ptr<Ui::ProxyCheckDialog> m_ui;
    ProxyChecker &m_checker;
    OrderService &m_orders;
    ProxyCheckModel *m_model;
    QSortFilterProxyModel *m_filter;
    OrderProxies *m_orderProxies = nullptr;
    QTimer *m_summaryTimer;
    Source m_source = Source::List;
    QList<qint64> m_orderIds;
    bool m_loadingOrders = false;
    QString m_ordersNote; // orders whose list could not be read, in the server's words
};
