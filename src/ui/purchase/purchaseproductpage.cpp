#include "purchaseproductpage.h"

#include "ui_purchaseproductpage.h"

#include "domain/purchaserequest.h"
#include "productlistmodel.h"
#include "purchase/catalogservice.h"
#include "purchaseflow.h"

#include <QHeaderView>

PurchaseProductPage::PurchaseProductPage(const PurchaseContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::PurchaseProductPage>()), m_context(context),
      m_model(new ProductListModel(context.catalog, this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->productsView;
    view->setModel(m_model);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(ProductListModel::NameColumn,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(ProductListModel::DescriptionColumn,
                                                   QHeaderView::Stretch);
    // Descriptions wrap: let each row be as tall as its text.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->retryButton->setVisible(false);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchaseProductPage::onCurrentChanged);
    // Double-click is the mouse user's "Next". (Enter already reaches the wizard's default
    // button, so `activated` is deliberately not used: it would advance twice.)
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && isComplete() && wizard())
            wizard()->next();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        showLoading();
        m_context.catalog->load();
    });
    connect(context.catalog, &CatalogService::catalogLoaded, this,
            &PurchaseProductPage::onCatalogLoaded);
    connect(context.catalog, &CatalogService::catalogFailed, this,
            &PurchaseProductPage::onCatalogFailed);
}

PurchaseProductPage::~PurchaseProductPage() = default;

void PurchaseProductPage::initializePage()
{
    CatalogService *catalog = m_context.catalog;
    if (catalog->isLoading()) {
        showLoading();
    } else if (!catalog->isLoaded()) {
        showLoading();
        catalog->load();
    } else {
        onCatalogLoaded();
    }
    m_ui->productsView->setFocus(Qt::OtherFocusReason);
}

void PurchaseProductPage::showLoading()
{
    m_ui->statusLabel->setText(tr("Loading the products on sale…"));
    m_ui->statusLabel->setVisible(true);
    m_ui->retryButton->setVisible(false);
}

void PurchaseProductPage::onCatalogLoaded()
{
    if (m_context.catalog->catalog().isEmpty()) {
        m_ui->statusLabel->setText(tr("The server lists no products for sale right now."));
        m_ui->statusLabel->setVisible(true);
        m_ui->retryButton->setVisible(true);
    } else {
        m_ui->statusLabel->clear();
        m_ui->statusLabel->setVisible(false);
        m_ui->retryButton->setVisible(false);
    }
    // Back on this page, or the list reloaded: keep what was chosen.
    if (!m_context.draft->product().isEmpty())
        selectProduct(m_context.draft->product());
    emit completeChanged();
}

void PurchaseProductPage::onCatalogFailed(const ApiError &error)
{
    m_ui->statusLabel->setText(tr("The products could not be loaded: %1").arg(error.message()));
    m_ui->statusLabel->setVisible(true);
    m_ui->retryButton->setVisible(true);
    m_ui->retryButton->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

bool PurchaseProductPage::selectProduct(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_ui->productsView->selectionModel()->setCurrentIndex(
        m_model->index(row, ProductListModel::NameColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void PurchaseProductPage::onCurrentChanged()
{
    QItemSelectionModel *selection = m_ui->productsView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    // Keyboard focus makes a row current without selecting it; the row shown as current is
    // the choice.
    if (current.isValid() && !selection->isRowSelected(current.row()))
        selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Product *product = current.isValid() ? m_model->productAt(current.row()) : nullptr;
    PurchaseRequest &draft = *m_context.draft;
    if (product && product->name != draft.product()) {
        // Another product: its locations, cycles and options are its own. The promo code
        // is the person's and stays.
        const QString promo = draft.promoCode();
        draft = PurchaseRequest(product->name);
        draft.setPromoCode(promo);
    }
    emit completeChanged();
}

bool PurchaseProductPage::isComplete() const
{
    const QModelIndexList rows = m_ui->productsView->selectionModel()->selectedRows();
    return !rows.isEmpty() && m_model->productAt(rows.first().row()) != nullptr;
}

int PurchaseProductPage::nextId() const
{
    return PurchaseFlow::nextPage(PurchaseFlow::ProductPage,
                                  m_context.catalog->product(m_context.draft->product()));
}
