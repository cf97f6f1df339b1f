#include "activityview.h"

#include "ui_activityview.h"

#include "accessiblevalue.h"
#include "activityfiltermodel.h"
#include "activitymodel.h"
#include "storage/synchistory.h"

#include <QHeaderView>

#include <algorithm>

ActivityView::ActivityView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActivityView>())
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Every change"), -1);
    for (ActivityEntry::Kind kind : ActivityEntry::allKinds())
        m_ui->kindCombo->addItem(ActivityEntry::kindLabel(kind), int(kind));
    m_ui->hintLabel->setText(tr("ShardDesk compares each sync with the one before: changes made "
                                "on the web dashboard or by the server show here. Enter or a "
                                "double click on a row shows its order."));
    AccessibleValue::expose(m_ui->summaryLabel);
    // Ctrl+3 lands in the list: arrows and Enter work at once.
    setFocusProxy(m_ui->table);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

ActivityView::~ActivityView() = default;

void ActivityView::attach(SyncHistory *history)
{
    m_history = history;
    m_model = new ActivityModel(history, this);
    m_filter = new ActivityFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->table->sortByColumn(ActivityModel::WhenColumn, Qt::DescendingOrder);
    const int em = m_ui->table->fontMetrics().horizontalAdvance(u'M');
    m_ui->table->setColumnWidth(ActivityModel::WhenColumn, 12 * em);
    // As wide as the longest kind in this language ("Изменено автопродление").
    int kindWidth = 0;
    for (ActivityEntry::Kind kind : ActivityEntry::allKinds())
        kindWidth = std::max(kindWidth, m_ui->table->fontMetrics().horizontalAdvance(
                                            ActivityEntry::kindLabel(kind)));
    m_ui->table->setColumnWidth(ActivityModel::KindColumn, kindWidth + 2 * em);
    m_ui->table->setColumnWidth(ActivityModel::OrderColumn, 7 * em);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_ui->kindCombo->currentData().toInt();
        m_filter->setKind(kind < 0 ? std::nullopt
                                   : std::optional<ActivityEntry::Kind>(ActivityEntry::Kind(kind)));
    });
    connect(m_ui->orderEdit, &QLineEdit::textChanged, m_filter,
            &ActivityFilterModel::setOrderText);
    connect(m_ui->table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ActivityModel::OrderIdRole).toLongLong();
        if (id > 0)
            emit orderActivated(id);
    });
    connect(history, &SyncHistory::changesFound, this, &ActivityView::updateSummary);
    connect(history, &SyncHistory::recentReset, this, &ActivityView::updateSummary);
    updateSummary();
}

void ActivityView::updateSummary()
{
    if (!m_history->lastSummary().isEmpty())
        m_ui->summaryLabel->setText(tr("Last sync: %1").arg(m_history->lastSummary()));
    else if (m_history->recent().isEmpty())
        m_ui->summaryLabel->setText(tr("No changes seen yet: they show after the next sync."));
    else
        m_ui->summaryLabel->clear();
}
