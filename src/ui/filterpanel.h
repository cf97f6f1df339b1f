#pragma once

#include "orderfilter.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FilterPanel;
}
class OrderCategoriesModel;
class OrderFilterModel;
class OrderStore;
class QLineEdit;
class QTimer;

// The filter sidebar: categories with live counts, product and tag choices and the search
// field. Every change becomes an OrderFilter for the proxy model.
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    void attach(OrderFilterModel *filterModel, OrderStore *store);
    QLineEdit *searchField() const;
    void focusSearch();
    void clearFilters();
    // Only these orders, every other filter cleared (a click on an alert); clearFilters() or
    // "Show all orders" ends it.
    void showOnly(const QSet<qint64> &orderIds);
    OrderFilter currentFilter() const;
    void restoreFilter(const OrderFilter &filter);
    OrderCategoriesModel *categoriesModel() const { return m_categories; }

private:
    void apply();
    void refreshChoices();
    void scheduleCounts();
    void updateCounts();
    static void fillCombo(class QComboBox *combo, const QString &anyText,
                          const QList<QPair<QString, QString>> &items, const QString &keep);

    std::unique_ptr<Ui::FilterPanel> m_ui;
    OrderCategoriesModel *m_categories;
    OrderFilterModel *m_filterModel = nullptr;
    OrderStore *m_store = nullptr;
    QTimer *m_countTimer;
    QSet<qint64> m_pinned;
    bool m_updating = false;
};
