#include "purchasewizard.h"

#include "session/appcontext.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "purchasecontext.h"
#include "purchasecyclepage.h"
#include "purchaseflow.h"
#include "purchaselocationpage.h"
#include "purchaseoptionspage.h"
#include "purchaseproductpage.h"
#include "purchaseresultpage.h"
#include "purchasereviewpage.h"

#include <QAbstractButton>

PurchaseWizard::PurchaseWizard(AppContext &app, QWidget *parent)
    : QWizard(parent), m_catalog(&app.catalog()), m_controller(app.newPurchase(this))
{
    setWindowTitle(tr("New order"));
    setAccessibleName(tr("New order"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    // Once the order is sent there is nothing left to cancel: Finish alone closes the result.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(640, 520);

    const PurchaseContext context{m_catalog, m_controller, &m_draft};
    m_productPage = new PurchaseProductPage(context, this);
    m_locationPage = new PurchaseLocationPage(context, this);
    m_cyclePage = new PurchaseCyclePage(context, this);
    m_optionsPage = new PurchaseOptionsPage(context, this);
    m_reviewPage = new PurchaseReviewPage(context, this);
    m_resultPage = new PurchaseResultPage(context, this);
    setPage(PurchaseFlow::ProductPage, m_productPage);
    setPage(PurchaseFlow::LocationPage, m_locationPage);
    setPage(PurchaseFlow::CyclePage, m_cyclePage);
    setPage(PurchaseFlow::OptionsPage, m_optionsPage);
    setPage(PurchaseFlow::ReviewPage, m_reviewPage);
    setPage(PurchaseFlow::ResultPage, m_resultPage);
    setStartId(PurchaseFlow::ProductPage);

    connect(m_resultPage, &PurchaseResultPage::fixRequested, this, &PurchaseWizard::returnToPage);
    connect(m_controller, &PurchaseController::stateChanged, this, &PurchaseWizard::updateButtons);
    connect(m_controller, &PurchaseController::succeeded, this, &PurchaseWizard::orderPlaced);
    connect(m_controller, &PurchaseController::reconciled, this,
            [this](const ReconcileReport &report) {
                if (report.verdict == ReconcileReport::Verdict::OrderFound)
                    emit orderPlaced(report.orderId());
            });
}

PurchaseWizard::~PurchaseWizard() = default;

void PurchaseWizard::updateButtons()
{
    // While the outcome is open, closing would lose it: no Cancel, no Escape, no close box.
    const bool busy = m_controller->isBusy();
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!busy);
}

bool PurchaseWizard::returnToPage(int page)
{
    if (!visitedIds().contains(page) || !m_controller->acknowledge())
        return false;
    // back() one step at a time: each page left is cleaned up the way Back would do it.
    while (currentId() != page && currentId() != startId())
        back();
    // Going back does not re-run initializePage(); the page must reflect the fresh state
    // (stock, price) before the person changes something.
    if (QWizardPage *target = currentPage())
        target->initializePage();
    return currentId() == page;
}

void PurchaseWizard::done(int result)
{
    if (m_controller->isBusy())
        return; // the answer, or the reconcile, is still to come
    QWizard::done(result);
}
