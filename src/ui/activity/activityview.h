#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ActivityView;
}
class ActivityFilterModel;
class ActivityModel;
class SyncHistory;

// The Activity page: what changed between syncs, newest first — renewals, expiries, orders put
// on hold or cancelled, tags, auto-renew and cycles changed elsewhere, balance moves —
// filterable by kind and order. Enter or a double click on an order's row goes to that order.
class ActivityView final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(QWidget *parent = nullptr);
    ~ActivityView() override;

    void attach(SyncHistory *history);
    ActivityModel *model() const { return m_model; }
    ActivityFilterModel *filterModel() const { return m_filter; }

signals:
    // The person asked to see this order.
    void orderActivated(qint64 orderId);

private:
    void updateSummary();

    std::unique_ptr<Ui::ActivityView> m_ui;
    SyncHistory *m_history = nullptr;
    ActivityModel *m_model = nullptr;
    ActivityFilterModel *m_filter = nullptr;
};
