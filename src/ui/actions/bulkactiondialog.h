#pragma once

#include "services/bulkaction.h"

#include <QDialog>
#include <QMap>
#include <QVariant>

#include <memory>

namespace Ui {
class BulkActionDialog;
}
class BulkReportModel;
class OrderStore;
class QPushButton;

// Runs one action over many orders (a BulkAction queue) with a progress bar and a Cancel button
// that stops between orders, then reports each order's result with the reason. After a bulk tag
// change, "Undo" puts the previous tags back (one queue per distinct previous tag) and the
// report then shows the undo's own result. Closing the dialog while a queue runs only asks it to
// stop; the dialog closes once the order in flight has been answered.
class BulkActionDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkActionDialog(OrderEditor &editor, OrderStore &store, QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    // `value` as for BulkAction::start(): the tag (QString), on/off (bool), the cycle (QString);
    // unused for Renew. Ignored while a queue runs.
    void start(OrderEditor::Action action, const QList<qint64> &orderIds, const QVariant &value);
    // Stops after the order in flight; the rest are reported as not sent.
    void cancel();
    // Restores the tags a finished bulk tag change replaced. False when there is nothing to undo.
    bool undo();

    bool isRunning() const;
    bool isUndoing() const { return m_undoing; }
    bool canUndo() const;
    OrderEditor::Action action() const { return m_action; }
    const QList<BulkAction::Result> &results() const { return m_bulk->results(); }
    const QList<BulkAction::Result> &undoResults() const { return m_undoResults; }
    BulkReportModel *reportModel() const { return m_model; }
    QString summaryText() const;
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *closeButton() const;

    void reject() override;

signals:
    // The queue ended (QDialog::finished is about closing the dialog).
    void actionFinished(bool cancelled);
    void undoFinished(bool cancelled);

private:
    void onProgressed(int done, int total);
    void onFinished(bool cancelled);
    void onUndoProgressed(int done, int total);
    void onUndoFinished(bool cancelled);
    void startNextUndoGroup();
    void showSummary(const QList<BulkAction::Result> &results, bool cancelled, bool undo);
    void setRunningUi(bool running);
    void fitColumns();
    QString titleFor(OrderEditor::Action action, int count, const QVariant &value) const;

    std::unique_ptr<Ui::BulkActionDialog> m_ui;
    OrderStore *m_store;
    BulkAction *m_bulk;
    BulkAction *m_undo;
    BulkReportModel *m_model;
    QPushButton *m_undoButton;
    OrderEditor::Action m_action = OrderEditor::Action::Tag;
    QList<qint64> m_orderIds;
    // Undo: previous tag -> orders, worked through one group at a time.
    QMap<QString, QList<qint64>> m_undoGroups;
    QList<BulkAction::Result> m_undoResults;
    int m_undoTotal = 0;
    bool m_undoing = false;
    bool m_undone = false;
    bool m_undoCancelled = false;
    bool m_cancelRequested = false;
};
