#include "bulkactiondialog.h"

#include "accessiblevalue.h"
#include "cyclelabel.h"
#include "ui_actionbulkactiondialog.h"

#include "bulkreportmodel.h"

#include "services/orderstore.h"

#include <QHeaderView>
#include <QPushButton>

BulkActionDialog::BulkActionDialog(OrderEditor &editor, OrderStore &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkActionDialog>()), m_store(&store),
      m_bulk(new BulkAction(&editor, &store, this)), m_undo(new BulkAction(&editor, &store, this)),
      m_model(new BulkReportModel(&store, this))
{
    m_ui->setupUi(this);
    // The form's names are captions: a screen reader hears them with the text.
    AccessibleValue::expose(m_ui->progressLabel);
    AccessibleValue::expose(m_ui->summaryLabel);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->reportView->setModel(m_model);
    QHeaderView *header = m_ui->reportView->horizontalHeader();
    // Sized by fitColumns() as rows arrive: ResizeToContents alone misses rows appended
    // without a scroll bar change.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BulkReportModel::MessageColumn, QHeaderView::Stretch);
    m_ui->reportView->verticalHeader()->setDefaultSectionSize(
        m_ui->reportView->fontMetrics().height() + 10);
    m_ui->reportView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_undoButton = m_ui->buttonBox->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undoButton->setAccessibleName(tr("Restore the previous tags"));
    m_undoButton->setToolTip(tr("Give every changed order its previous tag again"));
    m_undoButton->setVisible(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkActionDialog::reject);
    connect(m_undoButton, &QPushButton::clicked, this, &BulkActionDialog::undo);
    connect(m_bulk, &BulkAction::progressed, this, &BulkActionDialog::onProgressed);
    connect(m_bulk, &BulkAction::finished, this, &BulkActionDialog::onFinished);
    connect(m_undo, &BulkAction::progressed, this, &BulkActionDialog::onUndoProgressed);
    connect(m_undo, &BulkAction::finished, this, &BulkActionDialog::onUndoFinished);
    setRunningUi(false);
}

BulkActionDialog::~BulkActionDialog() = default;

QPushButton *BulkActionDialog::closeButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Close);
}

bool BulkActionDialog::isRunning() const
{
    return m_bulk->isRunning() || m_undoing;
}

bool BulkActionDialog::canUndo() const
{
    return m_action == OrderEditor::Action::Tag && !isRunning() && !m_undone &&
           !m_bulk->previousTags().isEmpty();
}

void BulkActionDialog::start(OrderEditor::Action action, const QList<qint64> &orderIds,
                             const QVariant &value)
{
    if (isRunning())
        return;
    m_action = action;
    m_orderIds = orderIds;
    m_undone = false;
    m_undoResults.clear();
    m_cancelRequested = false;
    m_model->setResults({});
    const QString title = titleFor(action, int(orderIds.size()), value);
    setWindowTitle(title);
    m_ui->titleLabel->setText(title);
    // The bar counts orders dealt with; the ones a cancel leaves out never fill it.
    m_ui->progressBar->setRange(0, qMax(1, int(orderIds.size())));
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(
        tr("Sending one order at a time: 0 of %Ln done.", nullptr, int(orderIds.size())));
    m_ui->summaryLabel->setVisible(false);
    setRunningUi(true);
    m_bulk->start(action, orderIds, value);
}

void BulkActionDialog::cancel()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_ui->progressLabel->setText(tr("Stopping after the order in flight…"));
    closeButton()->setEnabled(false);
    if (m_undoing) {
        m_undoCancelled = true;
        m_undo->cancel();
    } else {
        m_bulk->cancel();
    }
}

void BulkActionDialog::reject()
{
    // Closing while orders are being sent means "stop": the answer in flight still arrives and
    // is reported before the dialog can go.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

bool BulkActionDialog::undo()
{
    if (!canUndo())
        return false;
    const QHash<qint64, QString> previous = m_bulk->previousTags();
    m_undoGroups.clear();
    // In the order of the report, so the undo walks the orders the way the change did.
    for (const BulkAction::Result &r : m_bulk->results()) {
        const auto it = previous.constFind(r.orderId);
        if (it != previous.cend())
            m_undoGroups[it.value()].append(r.orderId);
    }
    m_undoTotal = int(previous.size());
    m_undoResults.clear();
    m_undoing = true;
    m_undoCancelled = false;
    m_cancelRequested = false;
    m_model->setResults({});
    const QString title = tr("Restoring the previous tags of %Ln order(s)", nullptr, m_undoTotal);
    setWindowTitle(title);
    m_ui->titleLabel->setText(title);
    m_ui->progressBar->setRange(0, qMax(1, m_undoTotal));
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(
        tr("Sending one order at a time: 0 of %Ln done.", nullptr, m_undoTotal));
    m_ui->summaryLabel->setVisible(false);
    setRunningUi(true);
    startNextUndoGroup();
    return true;
}

void BulkActionDialog::startNextUndoGroup()
{
    if (m_undoGroups.isEmpty()) {
        m_undoing = false;
        m_undone = true;
        m_model->setResults(m_undoResults);
        fitColumns();
        setRunningUi(false);
        showSummary(m_undoResults, m_undoCancelled, true);
        emit undoFinished(m_undoCancelled);
        return;
    }
    const QString tag = m_undoGroups.firstKey();
    const QList<qint64> ids = m_undoGroups.take(tag);
    if (m_undoCancelled) {
        // Cancelled between groups: the rest are reported as not sent, like BulkAction does.
        for (const qint64 id : ids)
            m_undoResults.append({id, false, true, BulkAction::tr("Not sent: cancelled.")});
        startNextUndoGroup();
        return;
    }
    m_undo->start(OrderEditor::Action::Tag, ids, tag);
}

void BulkActionDialog::onProgressed(int done, int total)
{
    m_ui->progressBar->setValue(done);
    if (!m_cancelRequested)
        m_ui->progressLabel->setText(
            tr("Sending one order at a time: %L1 of %Ln done.", nullptr, total).arg(done));
    m_model->setResults(m_bulk->results());
    fitColumns();
}

void BulkActionDialog::onFinished(bool cancelled)
{
    m_model->setResults(m_bulk->results());
    fitColumns();
    setRunningUi(false);
    showSummary(m_bulk->results(), cancelled, false);
    emit actionFinished(cancelled);
}

void BulkActionDialog::onUndoProgressed(int done, int)
{
    const int all = int(m_undoResults.size()) + done;
    m_ui->progressBar->setValue(all);
    if (!m_cancelRequested)
        m_ui->progressLabel->setText(
            tr("Sending one order at a time: %L1 of %Ln done.", nullptr, m_undoTotal).arg(all));
    QList<BulkAction::Result> shown = m_undoResults;
    shown += m_undo->results();
    m_model->setResults(shown);
    fitColumns();
}

void BulkActionDialog::fitColumns()
{
    // Only the rows in view are measured, so this stays cheap for long queues.
    for (const int column : {BulkReportModel::IdColumn, BulkReportModel::ProductColumn,
                             BulkReportModel::OutcomeColumn})
        m_ui->reportView->resizeColumnToContents(column);
}

void BulkActionDialog::onUndoFinished(bool cancelled)
{
    m_undoResults += m_undo->results();
    if (cancelled)
        m_undoCancelled = true;
    startNextUndoGroup();
}

void BulkActionDialog::showSummary(const QList<BulkAction::Result> &results, bool cancelled,
                                   bool undo)
{
    int ok = 0;
    int failed = 0;
    int notSent = 0;
    for (const BulkAction::Result &r : results) {
        if (r.ok)
            ++ok;
        else if (r.skipped)
            ++notSent;
        else
            ++failed;
    }
    QStringList parts;
    parts.append(tr("%Ln succeeded", nullptr, ok));
    parts.append(tr("%Ln failed", nullptr, failed));
    if (notSent > 0)
        parts.append(tr("%Ln not sent", nullptr, notSent));
    QString text = parts.join(QStringLiteral(", ")) + u'.';
    if (undo)
        //: Summary after undoing a bulk tag change; %1 is e.g. "48 succeeded, 2 failed."
        text = tr("Undo: %1").arg(text);
    if (cancelled)
        text = tr("Cancelled. %1").arg(text);
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->setVisible(true);
    QFont font = m_ui->summaryLabel->font();
    font.setBold(true);
    m_ui->summaryLabel->setFont(font);
    // Failures are what the person has to read: bring the first one into view.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!results.at(row).ok) {
            m_ui->reportView->scrollTo(m_model->index(row, 0));
            break;
        }
    }
    if (failed + notSent > 0)
        m_ui->progressLabel->setText(undo ? tr("The orders marked ✗ keep the new tag; the reason "
                                               "is next to each.")
                                          : tr("What succeeded stays. The orders marked ✗ were "
                                               "not changed; the reason is next to each."));
    else
        m_ui->progressLabel->setText(undo ? tr("Every order has its previous tag again.")
                                          : tr("Every order was changed."));
}

void BulkActionDialog::setRunningUi(bool running)
{
    QPushButton *close = closeButton();
    close->setEnabled(true);
    close->setText(running ? tr("&Cancel") : tr("&Close"));
    close->setAccessibleName(running ? tr("Cancel the remaining orders") : tr("Close"));
    m_undoButton->setVisible(canUndo());
    m_undoButton->setEnabled(canUndo());
}

QString BulkActionDialog::titleFor(OrderEditor::Action action, int count,
                                   const QVariant &value) const
{
    switch (action) {
    case OrderEditor::Action::Tag: {
        const QString tag = value.toString().trimmed();
        if (tag.isEmpty())
            return tr("Clearing the tag of %Ln order(s)", nullptr, count);
        return tr("Setting the tag “%1” on %Ln order(s)", nullptr, count).arg(tag);
    }
    case OrderEditor::Action::AutoRenew:
        return value.toBool() ? tr("Turning auto-renewal on for %Ln order(s)", nullptr, count)
                              : tr("Turning auto-renewal off for %Ln order(s)", nullptr, count);
    case OrderEditor::Action::Renew:
        return tr("Renewing %Ln order(s)", nullptr, count);
    case OrderEditor::Action::Cycle:
        return tr("Changing the billing cycle of %Ln order(s) to %1", nullptr, count)
            .arg(CycleLabel::text(value.toString()));
    }
    return {};
}
