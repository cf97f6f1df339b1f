#pragma once

#include "purchase/quoteanswer.h"
#include "purchasecontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PurchaseReviewPage;
}

// Step 5, the commit page: everything chosen, the price from the server (original, discount,
// final), the wallet balance and the balance after. Paying is possible only when the balance
// covers the price; the button names the amount ("Pay $12.00"), or says "Buy" when the server
// cannot tell the price in advance. One click sends one order.
class PurchaseReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseReviewPage(const PurchaseContext &context, QWidget *parent = nullptr);
    ~PurchaseReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // What the page says about the purchase (a refusal, a shortfall, the price not known...).
    QString message() const;
    QString commitText() const { return buttonText(QWizard::CommitButton); }
    bool isChecking() const;

private:
    void check();
    void onQuoted(const QuoteAnswer &answer);
    void updateView();
    void fillSummary();

    std::unique_ptr<Ui::PurchaseReviewPage> m_ui;
    PurchaseContext m_context;
    QuoteAnswer m_answer;
    bool m_quoting = false;
};
