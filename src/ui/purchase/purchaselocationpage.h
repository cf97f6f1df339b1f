#pragma once

#include "purchasecontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PurchaseLocationPage;
}
class CountryStockModel;
class QSortFilterProxyModel;

// Step 2, for products sold per country (Datacenter, ISP): the countries with live stock, a
// search box, sold-out countries shown but not selectable.
class PurchaseLocationPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseLocationPage(const PurchaseContext &context, QWidget *parent = nullptr);
    ~PurchaseLocationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Selects a country by ISO code; false when it is not listed, filtered out or sold out.
    bool selectCountry(const QString &code);
    CountryStockModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void onCurrentChanged();
    void onStockChanged();
    QString selectedCode() const;

    std::unique_ptr<Ui::PurchaseLocationPage> m_ui;
    PurchaseContext m_context;
    CountryStockModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
