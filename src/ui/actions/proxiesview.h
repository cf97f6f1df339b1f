#pragma once

#include "domain/apierror.h"
#include "domain/proxyformat.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProxiesView;
}
class OrderService;
class OrderStore;
class ProxyChecker;
class ProxyTableModel;
class QFileDialog;

// The proxies of one Datacenter/ISP order (GET /proxies/active): a table with masked passwords,
// copied one, several or all in the format chosen, or saved to a file. For other products it
// says why there is no list. The list loads when the view is visible (a hidden tab costs no
// request), shows its loading state, and shows failures inline with Retry.
//
// The clipboard gets one proxy a line without a trailing newline (pasting into a field); a file
// gets one a line with a trailing newline, UTF-8.
class ProxiesView final : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoOrder, Unavailable, Loading, Loaded, Failed };
    Q_ENUM(State)

    ProxiesView(OrderService &orders, OrderStore &store, QWidget *parent = nullptr);
    ~ProxiesView() override;

    void showOrder(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    // Loads the list again (also what Retry does).
    void reload();

    State state() const { return m_state; }
    QString stateText() const;
    QString feedbackText() const;
    ApiError lastError() const { return m_lastError; }
    const QList<ActiveProxy> &proxies() const;
    ProxyTableModel *model() const { return m_model; }

    ProxyFormat::Style style() const;
    void setStyle(ProxyFormat::Style style);
    // The selected proxies (in list order) in the current style; empty when none is selected.
    QString selectedText() const;
    QString allText() const;
    void copySelected();
    void copyAll();
    // Writes every proxy, one a line, UTF-8, whole or not at all (AtomicFile: an existing file is
    // replaced only once everything is written). False (with the reason shown) when it cannot.
    bool saveToFile(const QString &path);
    // Opens the save dialog (non-blocking) for the file name.
    void chooseFileAndSave();
    // Shows the session's check results beside each proxy, and a button to check this order.
    void setChecker(const ProxyChecker *checker);

signals:
    void proxiesLoaded(qint64 orderId, int count);
    void loadFailed(qint64 orderId, const ApiError &error);
    void copied(int count);
    void saved(const QString &path, int count);
    void checkRequested(qint64 orderId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void setState(State state, const QString &text);
    void updateButtons();
    void copyText(const QString &text, int count);
    QList<int> selectedRows() const;

    std::unique_ptr<Ui::ProxiesView> m_ui;
    OrderService &m_orders;
    OrderStore &m_store;
    ProxyTableModel *m_model;
    qint64 m_orderId = 0;
    quint64 m_request = 0; // answers of an earlier request (another order) are dropped
    State m_state = State::NoOrder;
    ApiError m_lastError;
    bool m_loadWhenShown = false;
};
