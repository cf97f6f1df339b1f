#pragma once

#include "domain/cyclechangeresult.h"
#include "domain/productcatalog.h"
#include "services/ordereditor.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ChangeCycleDialog;
}
class ApiClient;
class OrderStore;

// "Change billing cycle…" for one Datacenter/ISP order: the cycles the catalogue offers for the
// order's product (at its location when ShardDesk knows it, otherwise every cycle of the
// product), the current one preselected. "Change" sends the request once through OrderEditor;
// the dialog stays open to show the server's answer (the new price, or its refusal) inline.
//
// The catalogue: setCatalog() right after construction uses one already loaded; without it the
// dialog loads GET /proxies/products itself on the next turn of the event loop.
class ChangeCycleDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeCycleDialog(OrderEditor *editor, OrderStore *store, ApiClient *client, qint64 orderId,
                      QWidget *parent = nullptr);
    ~ChangeCycleDialog() override;

    qint64 orderId() const { return m_orderId; }
    void setCatalog(const ProductCatalog &catalog);
    // The cycles offered in the combo, current one included.
    QStringList offeredCycles() const;
    QString selectedCycle() const;
    // Picks a cycle in the combo; false when it is not offered.
    bool selectCycle(const QString &cycle);
    bool isPending() const { return m_pending; }
    // The server's answer to a successful change.
    std::optional<CycleChangeResult> result() const { return m_result; }

signals:
    // The server confirmed the change; the store already shows the new cycle.
    void cycleChanged(qint64 orderId, const QString &cycle, const CycleChangeResult &result);

private:
    void loadCatalog();
    void fillCycles();
    void onChangeClicked();
    void onCycleChanged(qint64 orderId, const CycleChangeResult &result);
    void onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok,
                        const QString &message, const ApiError &error);
    void updatePromoWarning();
    void updateButtons();
    QString resultText(const QString &cycle, const CycleChangeResult &result) const;

    std::unique_ptr<Ui::ChangeCycleDialog> m_ui;
    OrderEditor *m_editor;
    OrderStore *m_store;
    ApiClient *m_client;
    qint64 m_orderId;
    QString m_currentCycle;
    QString m_promoBefore;
    QString m_sentCycle;
    QString m_refusal; // why the cycle of this order cannot be changed at all
    ProductCatalog m_catalog;
    std::optional<CycleChangeResult> m_result;
    bool m_catalogKnown = false;
    bool m_catalogLoading = false;
    bool m_pending = false;
    bool m_done = false;
};
