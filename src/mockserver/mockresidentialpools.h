#pragma once

#include "mocksubuser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The residential traffic of the account, per proxy type ("standart", "premium": the product
// codes): the GB bought (purchased) and the sub-users it is shared out to. Allotted GB never
// exceed the purchased GB; free = purchased − allotted is what create and data/add may take.
class MockResidentialPools final
{
public:
    static constexpr qint64 kFirstUserId = 418201;

    // "standart" and "premium", the proxy_type values the API takes.
    static const QStringList &types();
    static bool isType(const QString &type) { return types().contains(type); }

    // The users of a pool in creation order (the order the list serves).
    QList<MockSubUser> users(const QString &type) const { return m_pools.value(type).users; }
    // The user and its pool type, or nullptr: ids are unique across both pools.
    const MockSubUser *find(const QString &userId, QString *type = nullptr) const;
    // Position of the user in its pool's list; -1 when absent.
    int indexOf(const QString &type, const QString &userId) const;

    // Adds a user (a new id and its first password), whatever the free traffic: callers that
    // must respect the pool check freeGb() first. Returns the new id.
    QString add(const QString &type, const QString &name, qint64 dataGb, qint64 spentMb = 0);
    // Replaces the stored user with the same id; false if there is none.
    bool update(const MockSubUser &user);
    bool remove(const QString &userId);

    qint64 purchasedGb(const QString &type) const { return m_pools.value(type).purchasedGb; }
    void setPurchasedGb(const QString &type, qint64 gb) { m_pools[type].purchasedGb = gb; }
    void addPurchasedGb(const QString &type, qint64 gb) { m_pools[type].purchasedGb += gb; }
    qint64 allottedGb(const QString &type) const;
    qint64 freeGb(const QString &type) const { return purchasedGb(type) - allottedGb(type); }

private:
    struct Pool
    {
        QList<MockSubUser> users;
        qint64 purchasedGb = 0;
    };
    QHash<QString, Pool> m_pools;
    qint64 m_nextId = kFirstUserId;
};
