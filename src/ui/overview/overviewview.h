#pragma once

#include "domain/overviewfigures.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewView;
}
class AccountService;
class MissingPrices;
class OrderStore;
class QChart;
class QChartView;
class QTimer;
class SyncHistory;

// The Overview page: where the money goes, as pictures. Three charts — spend per month by
// product family, the auto-renewals of the next 30 days against the balance (the day it runs
// out marked), and the orders by status and product — each with an accessible name and a
// one-sentence description, and "Copy as table" (Ctrl+Shift+C) as their text alternative.
// The figures are recomputed only while the page is on screen, once per burst of changes: a
// sync of a large account does not pay for charts nobody sees.
class OverviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget *parent = nullptr);
    ~OverviewView() override;

    void attach(OrderStore *store, AccountService *account, SyncHistory *history);
    // Offers to load the prices the charts lack, all at once ("Load 209 missing prices").
    void setMissingPrices(MissingPrices *prices);

    // The figures the charts show now.
    const OverviewFigures::SpendByMonth &spend() const { return m_spend; }
    const OverviewFigures::RenewalForecast &forecast() const { return m_forecast; }
    const OverviewFigures::OrderBreakdown &breakdown() const { return m_breakdown; }
    // The three charts as tab-separated tables, each under its title line: what "Copy as
    // table" puts on the clipboard.
    QString tableText() const;
    // For the family series and the table headers: "Datacenter", "ISP", …
    static QString familyLabel(ProductKind family);

signals:
    // The charts were drawn from fresh figures.
    void figuresUpdated();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleUpdate();
    void recompute();
    void render();
    QChart *newChart(QChartView *view, const QString &title) const;
    void renderSpend();
    void renderForecast();
    void renderBreakdown();
    void copyTable();
    void updatePriceButton();

    std::unique_ptr<Ui::OverviewView> m_ui;
    OrderStore *m_store = nullptr;
    AccountService *m_account = nullptr;
    SyncHistory *m_history = nullptr;
    MissingPrices *m_prices = nullptr;
    QTimer *m_update;
    bool m_dirty = true;
    OverviewFigures::SpendByMonth m_spend;
    OverviewFigures::RenewalForecast m_forecast;
    OverviewFigures::OrderBreakdown m_breakdown;
};
