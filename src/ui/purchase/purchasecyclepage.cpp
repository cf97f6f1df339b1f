#include "purchasecyclepage.h"

#include "ui_purchasecyclepage.h"

#include "cyclelabel.h"
#include "domain/product.h"
#include "domain/purchaserequest.h"
#include "purchase/catalogservice.h"
#include "purchaseflow.h"

#include <QStandardItemModel>

namespace {
constexpr int kCycleRole = Qt::UserRole + 1; // the API name of the cycle
}

PurchaseCyclePage::PurchaseCyclePage(const PurchaseContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::PurchaseCyclePage>()), m_context(context),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->cyclesView->setModel(m_model);
    connect(m_ui->cyclesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PurchaseCyclePage::onCurrentChanged);
    connect(m_ui->cyclesView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (index.isValid() && isComplete() && wizard())
                    wizard()->next();
            });
}

PurchaseCyclePage::~PurchaseCyclePage() = default;

void PurchaseCyclePage::initializePage()
{
    const PurchaseRequest &draft = *m_context.draft;
    const Product *product = m_context.catalog->product(draft.product());
    const QStringList cycles = product ? product->cyclesFor(draft.location()) : QStringList();
    m_model->clear();
    for (const QString &cycle : cycles) {
        auto *item = new QStandardItem(CycleLabel::text(cycle));
        item->setData(cycle, kCycleRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (cycles.isEmpty())
        m_ui->noteLabel->setText(tr("The server offers no billing cycle for this choice."));
    else if (!draft.location().isEmpty())
        //: %1 is a product, %2 a country
        m_ui->noteLabel->setText(
            tr("Cycles offered for %1 in %2.").arg(draft.product(), draft.location()));
    else
        m_ui->noteLabel->setText(tr("Cycles offered for %1.").arg(draft.product()));
    if (!draft.cycle().isEmpty())
        selectCycle(draft.cycle());
    m_ui->cyclesView->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

QStringList PurchaseCyclePage::offeredCycles() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->item(row)->data(kCycleRole).toString());
    return out;
}

bool PurchaseCyclePage::selectCycle(const QString &cycle)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(kCycleRole).toString() == cycle) {
            m_ui->cyclesView->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect);
            return true;
        }
    }
    return false;
}

void PurchaseCyclePage::onCurrentChanged()
{
    const QModelIndex current = m_ui->cyclesView->currentIndex();
    // Keyboard focus makes a row current without selecting it; the current row is the choice.
    QItemSelectionModel *selection = m_ui->cyclesView->selectionModel();
    if (current.isValid() && !selection->isSelected(current))
        selection->select(current, QItemSelectionModel::ClearAndSelect);
    if (current.isValid()) {
        const QString cycle = current.data(kCycleRole).toString();
        if (cycle != m_context.draft->cycle())
            m_context.draft->setCycle(cycle);
    }
    emit completeChanged();
}

bool PurchaseCyclePage::isComplete() const
{
    const QModelIndexList selected = m_ui->cyclesView->selectionModel()->selectedIndexes();
    return !selected.isEmpty();
}

int PurchaseCyclePage::nextId() const
{
    return PurchaseFlow::nextPage(PurchaseFlow::CyclePage,
                                  m_context.catalog->product(m_context.draft->product()));
}
