#include "purchaselocationpage.h"

#include "ui_purchaselocationpage.h"

#include "countrystockmodel.h"
#include "domain/product.h"
#include "domain/purchaserequest.h"
#include "purchase/catalogservice.h"
#include "purchaseflow.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

PurchaseLocationPage::PurchaseLocationPage(const PurchaseContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::PurchaseLocationPage>()), m_context(context),
      m_model(new CountryStockModel(context.catalog, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CountryStockModel::SortRole);
    m_proxy->setFilterRole(CountryStockModel::SearchRole);
    m_proxy->setFilterKeyColumn(CountryStockModel::CountryColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QTableView *view = m_ui->countriesView;
    view->setModel(m_proxy);
    view->sortByColumn(CountryStockModel::CountryColumn, Qt::AscendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(CountryStockModel::CountryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CountryStockModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CountryStockModel::StockColumn, QHeaderView::ResizeToContents);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        emit completeChanged(); // the chosen country may have been filtered out
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchaseLocationPage::onCurrentChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PurchaseLocationPage::onCurrentChanged);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && isComplete() && wizard())
            wizard()->next();
    });
    connect(m_ui->refreshStockButton, &QPushButton::clicked, context.catalog,
            &CatalogService::reloadStock);
    connect(context.catalog, &CatalogService::stockUpdated, this,
            &PurchaseLocationPage::onStockChanged);
    connect(context.catalog, &CatalogService::stockFailed, this,
            &PurchaseLocationPage::onStockChanged);
}

PurchaseLocationPage::~PurchaseLocationPage() = default;

void PurchaseLocationPage::initializePage()
{
    const Product *product = m_context.catalog->product(m_context.draft->product());
    m_model->setProduct(product);
    m_ui->stockLabel->setText(tr("Checking the stock…"));
    // Stock is live: ask again every time the page is shown.
    m_context.catalog->reloadStock();
    if (!m_context.draft->location().isEmpty())
        selectCountry(m_context.draft->location());
    // The search box first: typing narrows the list at once, and nothing is chosen by merely
    // arriving here.
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

bool PurchaseLocationPage::selectCountry(const QString &code)
{
    const int sourceRow = m_model->rowOf(code);
    if (sourceRow < 0)
        return false;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(sourceRow, CountryStockModel::CountryColumn));
    if (!index.isValid() || !(index.flags() & Qt::ItemIsSelectable))
        return false;
    m_ui->countriesView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->countriesView->scrollTo(index);
    return true;
}

QString PurchaseLocationPage::selectedCode() const
{
    const QModelIndexList rows = m_ui->countriesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex index = rows.first();
    if (!(index.flags() & Qt::ItemIsSelectable))
        return {};
    return index.data(CountryStockModel::CodeRole).toString();
}

void PurchaseLocationPage::onCurrentChanged()
{
    // Keyboard focus makes a row current without selecting it; the row shown as current is
    // the choice (sold-out rows can never become current).
    QItemSelectionModel *selection = m_ui->countriesView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && (current.flags() & Qt::ItemIsSelectable) &&
        !selection->isRowSelected(current.row()))
        selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString code = selectedCode();
    if (!code.isEmpty() && code != m_context.draft->location()) {
        m_context.draft->setLocation(code);
        // Cycles differ per country; one not offered here must be chosen again.
        const Product *product = m_context.catalog->product(m_context.draft->product());
        if (product && !product->cyclesFor(code).contains(m_context.draft->cycle()))
            m_context.draft->setCycle(QString());
    }
    emit completeChanged();
}

void PurchaseLocationPage::onStockChanged()
{
    CatalogService *catalog = m_context.catalog;
    if (catalog->isStockKnown())
        m_ui->stockLabel->setText(tr("Stock as of now. Sold-out countries cannot be chosen."));
    else
        m_ui->stockLabel->setText(tr("The stock could not be loaded (%1). You can still choose; "
                                     "the server checks the stock when you pay.")
                                      .arg(catalog->stockError().message()));
    // A country that just sold out cannot stay chosen.
    const QModelIndexList rows = m_ui->countriesView->selectionModel()->selectedRows();
    if (!rows.isEmpty() && !(rows.first().flags() & Qt::ItemIsSelectable))
        m_ui->countriesView->selectionModel()->clearSelection();
    emit completeChanged();
}

bool PurchaseLocationPage::isComplete() const
{
    return !selectedCode().isEmpty();
}

int PurchaseLocationPage::nextId() const
{
    return PurchaseFlow::nextPage(PurchaseFlow::LocationPage,
                                  m_context.catalog->product(m_context.draft->product()));
}
