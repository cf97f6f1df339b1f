#pragma once

#include "mockorder.h"
#include "mockresidentialpools.h"

#include <QList>
#include <QString>

#include <optional>

// The account behind the API key: email, wallet, orders and residential pools (sub-users).
// Orders are kept sorted by id (lookups are binary searches) and the per-status lists the order
// endpoint pages through are cached and rebuilt only after a change, so serving a page costs the
// page, not the whole list.
class MockState final
{
public:
    static constexpr qint64 kFirstOrderId = 100001;

    QString email() const { return m_email; }
    void setEmail(const QString &email) { m_email = email; }
    qint64 balanceCents() const { return m_balanceCents; }
    void setBalanceCents(qint64 cents) { m_balanceCents = cents; }

    const QList<MockOrder> &orders() const { return m_orders; }
    // Replaces every order (they are sorted by id here).
    void setOrders(QList<MockOrder> orders);
    const MockOrder *order(qint64 orderId) const;
    // Replaces the stored order with the same id; false if there is none.
    bool updateOrder(const MockOrder &order);
    // Assigns the next free id (from kFirstOrderId up) and stores the order; returns the id.
    qint64 addOrder(MockOrder order);

    // The residential traffic per proxy type and its sub-users; tests seed and inspect it here.
    MockResidentialPools &residential() { return m_residential; }
    const MockResidentialPools &residential() const { return m_residential; }

    // Indexes into orders(), by order id descending; nullopt: every status.
    const QList<int> &rowsWithStatus(std::optional<MockOrder::Status> status) const;
    int countWithStatus(MockOrder::Status status) const;

private:
    int indexOf(qint64 orderId) const;
    void rebuildIndex() const;

    QString m_email;
    qint64 m_balanceCents = 0;
    QList<MockOrder> m_orders;
    MockResidentialPools m_residential;
    // Cache: rows per status (active, on-hold, cancelled) and all rows, newest first.
    mutable QList<int> m_byStatus[3];
    mutable QList<int> m_all;
    mutable bool m_indexValid = false;
};
