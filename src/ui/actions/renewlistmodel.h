#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

class OrderStore;

// The orders a renewal confirmation lists, each with a check box (all checked at first). The
// price is what was last paid for the order (from its loaded details): the renewal costs the
// same unless prices or promo codes changed. Unknown until the details are loaded.
class RenewListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ProductColumn, CycleColumn, PriceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { OrderIdRole = Qt::UserRole + 1, PriceCentsRole };

    RenewListModel(OrderStore *store, const QList<qint64> &orderIds, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<qint64> &orderIds() const { return m_ids; }
    // In list order.
    QList<qint64> checkedIds() const;
    void setChecked(qint64 orderId, bool checked);
    std::optional<qint64> priceCents(qint64 orderId) const;
    // The sum over the checked orders; nothing while a checked order's price is unknown.
    std::optional<qint64> totalCents() const;
    int unknownPriceCount() const;
    // The store has details (or a changed row) for this order: its row is drawn again.
    void refreshOrder(qint64 orderId);

signals:
    void checkedChanged();

private:
    OrderStore *m_store;
    QList<qint64> m_ids;
    QSet<qint64> m_checked;
};
