#include "filterpanel.h"

#include "clearbutton.h"
#include "ui_filterpanel.h"

#include "ordercategoriesmodel.h"
#include "orderfiltermodel.h"
#include "services/orderstore.h"

#include <QTimer>

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FilterPanel>()),
      m_categories(new OrderCategoriesModel(this)), m_countTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    ClearButton::name(m_ui->searchEdit, tr("Clear search"));
    m_ui->categoryView->setModel(m_categories);
    m_ui->categoryView->setCurrentIndex(m_categories->index(0));
    // Counts walk every order: batch bursts of changes (typing, a sync) into one pass.
    m_countTimer->setObjectName(QStringLiteral("countTimer"));
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(60);
    connect(m_countTimer, &QTimer::timeout, this, &FilterPanel::updateCounts);

    connect(m_ui->categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { apply(); });
    connect(m_ui->productCombo, &QComboBox::currentIndexChanged, this, [this] { apply(); });
    connect(m_ui->tagCombo, &QComboBox::currentIndexChanged, this, [this] { apply(); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { apply(); });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &FilterPanel::clearFilters);
    connect(m_ui->unpinButton, &QPushButton::clicked, this, [this] {
        OrderFilter filter = currentFilter();
        filter.setOrderIds({});
        restoreFilter(filter);
    });
    refreshChoices();
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::attach(OrderFilterModel *filterModel, OrderStore *store)
{
    m_filterModel = filterModel;
    m_store = store;
    connect(store, &OrderStore::synced, this, [this] {
        refreshChoices();
        scheduleCounts();
    });
    connect(store, &OrderStore::rowsChanged, this, [this] { scheduleCounts(); });
    connect(store, &OrderStore::rowsInserted, this, [this] { scheduleCounts(); });
    connect(store, &OrderStore::rowsRemoved, this, [this] { scheduleCounts(); });
    connect(store, &OrderStore::cleared, this, [this] {
        // The orders of an alert belonged to the account that just went.
        if (!m_pinned.isEmpty()) {
            OrderFilter filter = currentFilter();
            filter.setOrderIds({});
            restoreFilter(filter);
        }
        refreshChoices();
        scheduleCounts();
    });
    refreshChoices();
    apply();
}

QLineEdit *FilterPanel::searchField() const
{
    return m_ui->searchEdit;
}

void FilterPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void FilterPanel::clearFilters()
{
    restoreFilter(OrderFilter());
}

void FilterPanel::showOnly(const QSet<qint64> &orderIds)
{
    OrderFilter filter;
    filter.setOrderIds(orderIds);
    restoreFilter(filter);
}

OrderFilter FilterPanel::currentFilter() const
{
    OrderFilter f;
    f.setCategory(OrderCategoriesModel::categoryAt(m_ui->categoryView->currentIndex().row()));
    f.setProduct(m_ui->productCombo->currentData().toString());
    f.setTag(m_ui->tagCombo->currentData().toString());
    f.setText(m_ui->searchEdit->text());
    f.setOrderIds(m_pinned);
    return f;
}

void FilterPanel::restoreFilter(const OrderFilter &filter)
{
    m_updating = true;
    m_ui->categoryView->setCurrentIndex(
        m_categories->index(OrderCategoriesModel::rowOf(filter.category())));
    // A product or tag that is not (yet) in use still gets an entry, so the filter survives
    // a restart before the first sync.
    auto select = [](QComboBox *combo, const QString &value, const QString &label) {
        int i = combo->findData(value);
        if (i < 0) {
            combo->addItem(label, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    };
    select(m_ui->productCombo, filter.product(), filter.product());
    select(m_ui->tagCombo, filter.tag(),
           filter.tag() == OrderFilter::untaggedTag() ? tr("Untagged") : filter.tag());
    m_ui->searchEdit->setText(filter.text());
    m_pinned = filter.orderIds();
    m_ui->pinnedLabel->setText(tr("Showing the %Ln order(s) of an alert.", nullptr,
                                  int(m_pinned.size())));
    m_ui->pinnedFrame->setVisible(!m_pinned.isEmpty());
    m_updating = false;
    apply();
}

void FilterPanel::apply()
{
    if (m_updating || !m_filterModel)
        return;
    m_filterModel->setFilter(currentFilter());
    scheduleCounts();
}

void FilterPanel::fillCombo(QComboBox *combo, const QString &anyText,
                            const QList<QPair<QString, QString>> &items, const QString &keep)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    int i = combo->findData(keep);
    if (i < 0 && !keep.isEmpty()) {
        combo->addItem(keep == OrderFilter::untaggedTag() ? tr("Untagged") : keep, keep);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, i));
}

void FilterPanel::refreshChoices()
{
    QList<QPair<QString, QString>> products;
    QList<QPair<QString, QString>> tags{{tr("Untagged"), OrderFilter::untaggedTag()}};
    if (m_store) {
        for (const QString &p : m_store->productsInUse())
            products.append({p, p});
        for (const QString &t : m_store->tagsInUse())
            tags.append({t, t});
    }
    fillCombo(m_ui->productCombo, tr("All products"), products,
              m_ui->productCombo->currentData().toString());
    fillCombo(m_ui->tagCombo, tr("All tags"), tags, m_ui->tagCombo->currentData().toString());
}

void FilterPanel::scheduleCounts()
{
    // A pass already due is not postponed: a first sync inserts rows more often than the
    // interval, and restarting the timer each time left "Active (0)" beside a full table.
    if (!m_countTimer->isActive())
        m_countTimer->start();
}

void FilterPanel::updateCounts()
{
    if (m_filterModel)
        m_categories->setCounts(m_filterModel->categoryCounts());
}
