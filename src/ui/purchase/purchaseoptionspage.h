#pragma once

#include "purchase/quoteanswer.h"
#include "purchasecontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PurchaseOptionsPage;
}
class QTimer;

// Step 4: quantity (1..stock where known; none for Unmetered), promo code (checked with the
// server's price preview, its refusal shown inline) and auto-renew (where the product has it).
class PurchaseOptionsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseOptionsPage(const PurchaseContext &context, QWidget *parent = nullptr);
    ~PurchaseOptionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The latest price preview answer for the current choice (status Failed before any).
    const QuoteAnswer &lastAnswer() const { return m_answer; }
    bool isCheckingPrice() const;

private:
    void scheduleQuote(int delayMs);
    void requestQuoteNow();
    void onQuoted(const QuoteAnswer &answer);
    void showAnswer();
    bool isCurrentPage() const;

    std::unique_ptr<Ui::PurchaseOptionsPage> m_ui;
    PurchaseContext m_context;
    QTimer *m_quoteDelay;
    QuoteAnswer m_answer;
    bool m_waiting = false;
    bool m_initializing = false;
    // The slots the person chose: a quantity typed digit by digit ("12" passes through 1) may
    // lower the bound for a moment, and raising it again gives the choice back.
    int m_chosenP0fSlots = 0;
    bool m_fittingP0fSlots = false;
};
