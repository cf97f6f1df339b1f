#pragma once

#include "domain/cyclechangeresult.h"
#include "services/ordereditor.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ChangeCycleDialog;
}
class CatalogService;
class OrderStore;

// "Change billing cycle…" for one Datacenter/ISP order: the cycles the catalogue offers for the
// order's product (at its location when ShardDesk knows it, otherwise every cycle of the
// product), the current one preselected. "Change" sends the request once through OrderEditor;
// the dialog stays open to show the server's answer (the new price, or its refusal) inline.
//
// The catalogue is the app's shared CatalogService (the purchase wizard's too): one already
// loaded is used at once, without asking the server again; otherwise the dialog asks the service
// to load it (or waits for the load under way) and offers Retry when it fails.
class ChangeCycleDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeCycleDialog(OrderEditor &editor, OrderStore &store, CatalogService &catalog,
                      qint64 orderId, QWidget *parent = nullptr);
    ~ChangeCycleDialog() override;

    qint64 orderId() const { return m_orderId; }
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
    void onCatalogLoaded();
    void onCatalogFailed(const ApiError &error);
    void fillCycles();
    void onChangeClicked();
    void onCycleChanged(qint64 orderId, const CycleChangeResult &result);
    void onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok,
                        const QString &message, const ApiError &error);
    void updatePromoWarning();
    void updateButtons();
    QString resultText(const QString &cycle, const CycleChangeResult &result) const;

    std::unique_ptr<Ui::ChangeCycleDialog> m_ui;
    OrderEditor &m_editor;
    OrderStore &m_store;
    CatalogService &m_catalog;
    qint64 m_orderId;
    QString m_currentCycle;
    QString m_promoBefore;
    QString m_sentCycle;
    QString m_refusal; // why the cycle of this order cannot be changed at all
    std::optional<CycleChangeResult> m_result;
    bool m_catalogKnown = false;
    bool m_catalogLoading = false;
    bool m_pending = false;
    bool m_done = false;
};
