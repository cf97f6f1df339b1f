#pragma once

#include "purchasecontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PurchaseCyclePage;
}
class QStandardItemModel;

// Step 3: the billing cycles offered for the product (at the chosen location). Skipped for the
// lifetime products.
class PurchaseCyclePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseCyclePage(const PurchaseContext &context, QWidget *parent = nullptr);
    ~PurchaseCyclePage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Selects a cycle by its API name; false when it is not offered.
    bool selectCycle(const QString &cycle);
    QStringList offeredCycles() const;

private:
    void onCurrentChanged();

    std::unique_ptr<Ui::PurchaseCyclePage> m_ui;
    PurchaseContext m_context;
    QStandardItemModel *m_model;
};
