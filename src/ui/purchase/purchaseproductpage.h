#pragma once

#include "purchasecontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PurchaseProductPage;
}
class ApiError;
class ProductListModel;

// Step 1: which product. Loads the catalogue; if that fails, says why and offers a retry.
class PurchaseProductPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseProductPage(const PurchaseContext &context, QWidget *parent = nullptr);
    ~PurchaseProductPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // For tests and keyboard users: selects a product by name; false when it is not on sale.
    bool selectProduct(const QString &name);

private:
    void onCatalogLoaded();
    void onCatalogFailed(const ApiError &error);
    void onCurrentChanged();
    void showLoading();

    std::unique_ptr<Ui::PurchaseProductPage> m_ui;
    PurchaseContext m_context;
    ProductListModel *m_model;
};
