#include "orderstableview.h"

#include "actions/tageditordelegate.h"
#include "cyclelabel.h"
#include "domain/money.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "relativetime.h"

#include <QClipboard>
#include <QDataStream>
#include <QIODevice>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <utility>

namespace {
QString widestText(const QFontMetrics &metrics, const QStringList &texts)
{
    QString widest;
    int widestWidth = -1;
    for (const QString &text : texts) {
        const int width = metrics.horizontalAdvance(text);
        if (width > widestWidth) {
            widestWidth = width;
            widest = text;
        }
    }
    return widest;
}
} // namespace

OrdersTableView::OrdersTableView(QWidget *parent)
    : QTableView(parent), m_screenTimer(new QTimer(this))
{
    // Tab leaves the table for the next control; the arrows move between cells.
    setTabKeyNavigation(false);
    // Zero: one look per pass of the event loop, however many scroll steps and model signals
    // came in it; no real-time delay.
    m_screenTimer->setSingleShot(true);
    m_screenTimer->setInterval(0);
    connect(m_screenTimer, &QTimer::timeout, this,
            [this] { emit ordersOnScreenChanged(orderIdsOnScreen()); });
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

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &OrdersTableView::scheduleScreenCheck);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OrdersTableView::scheduleScreenCheck);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OrdersTableView::scheduleScreenCheck);
    connect(model, &QAbstractItemModel::modelReset, this, &OrdersTableView::scheduleScreenCheck);
    connect(model, &QAbstractItemModel::layoutChanged, this, &OrdersTableView::scheduleScreenCheck);
    // A sync drops the details of orders that changed: the rows on screen may need them again.
    connect(model, &QAbstractItemModel::dataChanged, this, &OrdersTableView::scheduleScreenCheck);
}

void OrdersTableView::scheduleScreenCheck()
{
    if (!m_screenTimer->isActive())
        m_screenTimer->start();
}

void OrdersTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_fitDefaultColumns && isVisible() && !m_fitPending) {
        m_fitPending = true;
        // Once the window's layouts have settled: the first size a page in a tab gets is its
        // size hint, not the room it will have. A layout restored meanwhile wins.
        QTimer::singleShot(0, this, [this] {
            m_fitPending = false;
            if (std::exchange(m_fitDefaultColumns, false))
                fitDefaultColumns();
        });
    }
    scheduleScreenCheck();
}

void OrdersTableView::fitDefaultColumns()
{
    // Where every default column and a readable product do not fit (the Russian words in a
    // 1280 px window), the cycle starts hidden rather than the table scrolling sideways: the
    // details panel shows it, the search finds it and the header menu brings the column back.
    const QHeaderView *header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != OrdersModel::ProductColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int readableProduct = qMax(titleWidth(OrdersModel::ProductColumn),
                                     cellWidth(QString(14, u'n'), font()));
    if (others + readableProduct > viewport()->width() &&
        !header->isSectionHidden(OrdersModel::CycleColumn)) {
        horizontalHeader()->setSectionHidden(OrdersModel::CycleColumn, true);
        m_cycleHiddenToFit = true;
    }
}

void OrdersTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    scheduleScreenCheck();
}

QList<qint64> OrdersTableView::orderIdsOnScreen() const
{
    if (!m_model || !isVisible())
        return {};
    // Only the rows inside the viewport: a screenful, whatever the number of orders.
    const int first = rowAt(0);
    if (first < 0)
        return {};
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    QList<qint64> ids;
    ids.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        ids.append(m_model->orderIdAt(row));
    return ids;
}

void OrdersTableView::sizeColumns()
{
    QHeaderView *header = horizontalHeader();
    stretchProduct();
    for (int column = 0; column < header->count(); ++column) {
        if (column != OrdersModel::ProductColumn)
            header->resizeSection(column, minimumColumnWidth(column));
    }
}

void OrdersTableView::stretchProduct()
{
    // The product takes what the other columns leave, and elides: the defaults fit a 1280 px
    // window in every language without scrolling sideways.
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrdersModel::ProductColumn, QHeaderView::Stretch);
}

int OrdersTableView::cellWidth(const QString &text, const QFont &font, bool checkBox) const
{
    // What the item delegate asks of the style for such a cell (text margins, check box).
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    option.text = text;
    option.features |= QStyleOptionViewItem::HasDisplay;
    if (checkBox)
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
    return style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this).width();
}

int OrdersTableView::titleWidth(int column) const
{
    // "Автопродление" is longer than "Auto-renew". sectionSizeHint() is 0 for a hidden section,
    // so the style is asked as for a shown one, sorted (the arrow takes room too).
    const QHeaderView *header = horizontalHeader();
    QStyleOptionHeader option;
    option.initFrom(header);
    option.text = m_model->headerData(column, Qt::Horizontal).toString();
    option.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header)
        .width();
}

int OrdersTableView::minimumColumnWidth(int column) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    const QFontMetrics boldMetrics(bold);
    // What the details say while they load or after they failed (see OrdersModel).
    const QStringList missing{QCoreApplication::translate("OrdersModel", "Loading…"),
                              QCoreApplication::translate("OrdersModel", "—", "details failed")};
    int content = 0;
    switch (column) {
    case OrdersModel::IdColumn:
        // Seven digits, bold as for an order that needs attention.
        content = cellWidth(QStringLiteral("8888888"), bold);
        break;
    case OrdersModel::CycleColumn:
        content = cellWidth(widestText(metrics, CycleLabel::knownTexts()), font());
        break;
    case OrdersModel::StatusColumn: {
        QStringList statuses;
        for (OrderStatus status : {OrderStatus::Active, OrderStatus::OnHold,
                                   OrderStatus::Cancelled, OrderStatus::Unknown})
            statuses.append(OrdersModel::statusText(status));
        content = cellWidth(widestText(metrics, statuses), font());
        break;
    }
    case OrdersModel::ExpiresColumn:
        // Bold only for orders that need attention: those expire within the warning window.
        content = qMax(cellWidth(widestText(metrics, RelativeTime::sizingSamples()), font()),
                       cellWidth(widestText(boldMetrics,
                                            RelativeTime::sizingSamples(OrdersModel::warningDays())),
                                 bold));
        break;
    case OrdersModel::AutoRenewColumn: {
        const QStringList states{QCoreApplication::translate("OrdersModel", "On"),
                                 QCoreApplication::translate("OrdersModel", "Off")};
        content = cellWidth(widestText(metrics, states), font(), true);
        break;
    }
    case OrdersModel::QuantityColumn:
        content = cellWidth(widestText(metrics, missing + QStringList{QLocale().toString(10000)}),
                            font());
        break;
    case OrdersModel::PriceColumn:
        content = cellWidth(widestText(metrics, missing + QStringList{Money::format(999999)}),
                            font());
        break;
    case OrdersModel::TagColumn:
    case OrdersModel::LocationColumn:
        // Free text: room for a short word or two; longer ones elide (the tooltip has them).
        content = cellWidth(QString(12, u'n'), font());
        break;
    default:
        break;
    }
    return qMax(titleWidth(column), content);
}

void OrdersTableView::widenToFit(int column)
{
    QHeaderView *header = horizontalHeader();
    if (column == OrdersModel::ProductColumn || header->isSectionHidden(column))
        return; // the product stretches; a hidden section has no width to check
    const bool freeText = column == OrdersModel::TagColumn || column == OrdersModel::LocationColumn;
    // A free-text column the person narrowed keeps its width, as long as the title fits.
    const int needed = freeText ? titleWidth(column) : minimumColumnWidth(column);
    if (header->sectionSize(column) < needed)
        header->resizeSection(column, needed);
}

namespace {
// saveLayout(): this tag, the locale the widths were made for, whether the cycle was hidden to
// make room (not by the person), then the header's own state. A layout without the tag comes
// from before issue 14 (the header's state alone).
constexpr quint32 kLayoutTag = 0x5344'4c31; // "SDL1"
} // namespace

void OrdersTableView::restoreLayout(const QByteArray &layout)
{
    QByteArray state = layout;
    bool otherLanguage = false;
    QDataStream in(layout);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 tag = 0;
    in >> tag;
    if (tag == kLayoutTag) {
        QString locale;
        in >> locale >> m_cycleHiddenToFit >> state;
        if (in.status() != QDataStream::Ok)
            return;
        otherLanguage = locale != QLocale().name();
    }
    QHeaderView *header = horizontalHeader();
    if (!header->restoreState(state))
        return;
    sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (otherLanguage) {
        // Widths made for other words ("Expires" and "in 11 hours", "Истекает" and "через 11
        // часов") would clip, or crowd out the product: this language's widths, and the default
        // fit at the first size on screen. The person's order, hidden columns and sort stay.
        sizeColumns();
        // Hidden for the other language's words: this one may have room for it.
        if (std::exchange(m_cycleHiddenToFit, false))
            header->setSectionHidden(OrdersModel::CycleColumn, false);
        return;
    }
    // A layout saved before issue 14 stretched the last column; the product stretches now.
    stretchProduct();
    // The person's widths, widened only where this language's words would clip (a layout from
    // before the locale was saved with it, a new font).
    m_fitDefaultColumns = false;
    for (int column = 0; column < header->count(); ++column)
        widenToFit(column);
}

QByteArray OrdersTableView::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kLayoutTag << QLocale().name() << m_cycleHiddenToFit << horizontalHeader()->saveState();
    return layout;
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
        connect(action, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            widenToFit(column); // its saved width may come from another language
            if (column == OrdersModel::CycleColumn)
                m_cycleHiddenToFit = false; // the person's choice now
        });
    }
    menu.exec(header->mapToGlobal(pos));
}
