#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OrderDetailsPanel;
}
class ApiError;
class OrderService;
class OrderEditor;
class OrderStore;
class QAction;

// The selected order in full. What the list knows shows at once; the rest (quantity, price,
// creation date, promo code) loads lazily with GET /orders/{id}, is cached by the store and
// can be reloaded.
class OrderDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailsPanel(QWidget *parent = nullptr);
    ~OrderDetailsPanel() override;

    void attach(OrderService *service);
    // Editing controls (auto-renew, tag) and buttons for the window's order actions.
    void setEditor(OrderEditor *editor, const QList<QAction *> &orderActions);
    void showOrder(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    void reload();
    // Keyboard users land on the first value, from where Tab walks the fields.
    void focusDetails();
    QString loadStateText() const;

private:
    void render();
    void onDetailsFailed(qint64 orderId, const ApiError &error);

    std::unique_ptr<Ui::OrderDetailsPanel> m_ui;
    OrderService *m_service = nullptr;
    OrderStore *m_store = nullptr;
    void applyTag();

    OrderEditor *m_editor = nullptr;
    qint64 m_orderId = 0;
};
