#include "orderstableview.h"

#include "actions/tageditordelegate.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>

OrdersTableView::OrdersTableView(QWidget *parent) : QTableView(parent)
{
    // Tab leaves the table for the next control; the arrows move between cells.
    setTabKeyNavigation(false);
}

void OrdersTableView::attach(OrderFilterModel *model, OrderStore *store)
{
    m_model = model;
    setModel(model);
    sortByColumn(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    sizeColumns();
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // The server does not report locations; the column fills only for orders bought here.
    // Hidden until someone asks for it (header menu); a saved layout overrides this.
    header->setSectionHidden(OrdersModel::LocationColumn, true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Uniform rows let the view skip measuring 100,000 of them.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &OrdersTableView::showHeaderMenu);
    connect(this, &QTableView::customContextMenuRequested, this,
            &OrdersTableView::showContextMenu);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentOrderChanged(currentOrderId()); });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersTableView::selectedOrdersChanged);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    auto *tagDelegate = new TagEditorDelegate(*store, this);
    setItemDelegateForColumn(OrdersModel::TagColumn, tagDelegate);
    connect(tagDelegate, &TagEditorDelegate::tagEdited, this, &OrdersTableView::tagEdited);
}

void OrdersTableView::sizeColumns()
{
    QHeaderView *header = horizontalHeader();
    header->setDefaultSectionSize(110);
    header->resizeSection(OrdersModel::IdColumn, 72);
    header->resizeSection(OrdersModel::ProductColumn, 175);
    header->resizeSection(OrdersModel::LocationColumn, 70);
    header->resizeSection(OrdersModel::CycleColumn, 80);
    header->resizeSection(OrdersModel::StatusColumn, 75);
    header->resizeSection(OrdersModel::ExpiresColumn, 105);
    header->resizeSection(OrdersModel::AutoRenewColumn, 85);
    header->resizeSection(OrdersModel::TagColumn, 100);
    header->resizeSection(OrdersModel::QuantityColumn, 70);
    // Never narrower than the title: "Автопродление" is longer than "Auto-renew". (Not
    // sectionSizeHint(): it also reserves room for a sort arrow on every column.)
    const int margins = 4 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + margins;
        header->resizeSection(column, qMax(header->sectionSize(column), needed));
    }
}

void OrdersTableView::restoreLayout(const QByteArray &layout)
{
    QHeaderView *header = horizontalHeader();
    if (header->restoreState(layout))
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

QByteArray OrdersTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

qint64 OrdersTableView::currentOrderId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->orderIdAt(current.row()) : 0;
}

bool OrdersTableView::selectOrder(qint64 orderId)
{
    const QModelIndex index = m_model->indexOfOrder(orderId);
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void OrdersTableView::editTag(qint64 orderId)
{
    const QModelIndex index = m_model->indexOfOrder(orderId, OrdersModel::TagColumn);
    setCurrentIndex(index);
    edit(index);
}

QList<qint64> OrdersTableView::selectedOrderIds() const
{
    // The selection's own order is the order of clicking.
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_model->orderIdAt(index.row()));
    return ids;
}

QList<qint64> OrdersTableView::visibleOrderIds() const
{
    QList<qint64> ids;
    const int rows = m_model->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_model->orderIdAt(row));
    return ids;
}

void OrdersTableView::copyIds() const
{
    QStringList ids;
    for (qint64 id : selectedOrderIds())
        ids.append(QString::number(id));
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
}

void OrdersTableView::copyRows() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QHeaderView *header = horizontalHeader();
    QStringList lines;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            titles.append(m_model->headerData(logical, Qt::Horizontal).toString());
    }
    lines.append(titles.join(u'\t'));
    QList<int> proxyRows;
    for (const QModelIndex &index : rows)
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int row : proxyRows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (header->isSectionHidden(logical))
                continue;
            QString cell = m_model->index(row, logical).data().toString();
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
            cells.append(cell);
        }
        lines.append(cells.join(u'\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void OrdersTableView::showContextMenu(const QPoint &pos)
{
    if (!indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

void OrdersTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        QAction *action =
            menu.addAction(m_model->sourceModel()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The ID column identifies the row: it stays.
        action->setEnabled(column != OrdersModel::IdColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}
