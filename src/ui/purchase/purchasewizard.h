#pragma once

#include "domain/purchaserequest.h"

#include <QWizard>

class AppContext;
class CatalogService;
class PurchaseController;
class PurchaseCyclePage;
class PurchaseLocationPage;
class PurchaseOptionsPage;
class PurchaseProductPage;
class PurchaseResultPage;
class PurchaseReviewPage;

// "New order…": product, location, cycle, options, review, result. A view over a
// PurchaseController, which makes every call and spends the money at most once per
// confirmation. The wizard cannot be closed while a purchase is on its way or being checked.
class PurchaseWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit PurchaseWizard(AppContext &app, QWidget *parent = nullptr);
    ~PurchaseWizard() override;

    CatalogService *catalog() const { return m_catalog; }
    PurchaseController *controller() const { return m_controller; }
    const PurchaseRequest &draft() const { return m_draft; }

    PurchaseProductPage *productPage() const { return m_productPage; }
    PurchaseLocationPage *locationPage() const { return m_locationPage; }
    PurchaseCyclePage *cyclePage() const { return m_cyclePage; }
    PurchaseOptionsPage *optionsPage() const { return m_optionsPage; }
    PurchaseReviewPage *reviewPage() const { return m_reviewPage; }
    PurchaseResultPage *resultPage() const { return m_resultPage; }

    // Goes back to an earlier page (a PurchaseFlow::Page) after a refusal or an unknown outcome
    // that turned out to be no order; the controller is reset for a new confirmation.
    bool returnToPage(int page);

    void done(int result) override;

signals:
    // An order was bought: answered by the server, or found by the reconcile after a lost
    // answer. The wizard has already started reloading the order list.
    void orderPlaced(qint64 orderId);

private:
    void updateButtons();

    CatalogService *m_catalog;
    PurchaseController *m_controller;
    PurchaseRequest m_draft;
    PurchaseProductPage *m_productPage;
    PurchaseLocationPage *m_locationPage;
    PurchaseCyclePage *m_cyclePage;
    PurchaseOptionsPage *m_optionsPage;
    PurchaseReviewPage *m_reviewPage;
    PurchaseResultPage *m_resultPage;
};
