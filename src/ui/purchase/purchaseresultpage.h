#pragma once

#include "purchasecontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PurchaseResultPage;
}

// Step 6: what became of the order. The new order's ID; or the server's refusal with a way back
// to the page that can fix it; or, when the answer was lost, what the reloaded orders and
// balance show. While the outcome is open the wizard cannot be finished or closed.
class PurchaseResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseResultPage(const PurchaseContext &context, QWidget *parent = nullptr);
    ~PurchaseResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QString headline() const;
    QString details() const;
    // The page a refusal sends the person back to (PurchaseFlow::Page), -1 when none.
    int fixPage() const { return m_fixPage; }

signals:
    // The person asked to go back to `page` (a PurchaseFlow::Page) to change something.
    void fixRequested(int page);

private:
    void updateView();
    void showRefusal();
    void showReconcile();

    std::unique_ptr<Ui::PurchaseResultPage> m_ui;
    PurchaseContext m_context;
    int m_fixPage = -1;
};
