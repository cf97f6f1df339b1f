#pragma once

#include "domain/order.h"
#include "services/visibledetailsloader.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

class OrderStore;
class QTimer;

// Every order of the store as a table. It mirrors OrderStore row for row and forwards its
// precise row signals; it never talks to the network.
class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ProductColumn,
        LocationColumn,
        CycleColumn,
        StatusColumn,
        ExpiresColumn,
        AutoRenewColumn,
        TagColumn,
        QuantityColumn,
        PriceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Typed value for sorting and scripts: qint64 ids/money/msecs, QString text, int status.
        RawValueRole = Qt::UserRole + 1,
        OrderIdRole,
        StatusRole,
        // Active, expires within the warning window and does not renew itself.
        NeedsAttentionRole,
        PendingRole,
    };

    explicit OrdersModel(OrderStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits are requests: nothing is written here. The signals ask the window to send them;
    // the row changes when the store does (pending first, then the server's answer).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    OrderStore *store() const { return m_store; }
    // Says which rows' quantity and price are on their way ("Loading…") or failed ("—").
    void setDetailsLoader(const VisibleDetailsLoader *loader);
    // The server out of reach: details waiting their turn are not "Loading…" (nothing is on
    // its way) but not loaded, and say so.
    void setServerReachable(bool reachable);
    const Order &orderAt(int row) const;
    QModelIndex indexOfOrder(qint64 orderId, int column = IdColumn) const;

    // Time is a parameter so tests and screenshots are repeatable.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    qint64 nowMsecs() const { return m_nowMsecs; }
    bool needsAttention(const Order &order) const;
    // The status words every view uses.
    static QString statusText(OrderStatus status);
    static int warningDays() { return 7; }

    // A typed sort key for a cell, without building a QVariant per comparison.
    int compare(int leftRow, int rightRow, int column) const;
    // The same order as compare() as one number, for the non-text columns (text columns: 0).
    qint64 sortKey(int row, int column) const;

signals:
    void tagEditRequested(qint64 orderId, const QString &tag);
    void autoRenewalToggleRequested(qint64 orderId, bool on);

private:
    QVariant displayData(const Order &order, int column) const;
    QVariant rawData(const Order &order, int column) const;

    QString toolTip(const Order &order, int column) const;
    // The quantity or price paid (by `column`) from the order's loaded details, else from those
    // the store kept from the last run. False when neither is there.
    bool detailValue(const Order &order, int column, std::optional<qint64> *value) const;
    // Where the quantity and price cells of an order without details stand (Idle for any other
    // cell, or once the details, loaded or kept, are in the store), and what they say meanwhile.
    VisibleDetailsLoader::State detailsState(const Order &order, int column) const;
    QString missingDetailsText(const Order &order, int column) const;

    OrderStore *m_store;
    QDateTime m_now;
    qint64 m_nowMsecs = 0;
    QTimer *m_clock;
    const VisibleDetailsLoader *m_detailsLoader = nullptr;
    bool m_serverReachable = true;
};
