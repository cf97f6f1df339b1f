#include "mockresidentialpools.h"

using namespace Qt::Literals::StringLiterals;

const QStringList &MockResidentialPools::types()
{
    static const QStringList list{u"standart"_s, u"premium"_s}; // sic: the provider's spelling
    return list;
}

const MockSubUser *MockResidentialPools::find(const QString &userId, QString *type) const
{
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it) {
        for (const MockSubUser &u : it->users) {
            if (u.userId == userId) {
                if (type)
                    *type = it.key();
                return &u;
            }
        }
    }
    return nullptr;
}

int MockResidentialPools::indexOf(const QString &type, const QString &userId) const
{
    const auto it = m_pools.constFind(type);
    if (it == m_pools.cend())
        return -1;
    for (qsizetype i = 0; i < it->users.size(); ++i) {
        if (it->users.at(i).userId == userId)
            return int(i);
    }
    return -1;
}

QString MockResidentialPools::add(const QString &type, const QString &name, qint64 dataGb,
                                  qint64 spentMb)
{
    MockSubUser user;
    user.userId = QString::number(m_nextId++);
    user.name = name;
    user.password = MockSubUser::passwordFor(user.userId, 0);
    user.dataGb = dataGb;
    user.spentMb = spentMb;
    m_pools[type].users.append(user);
    return user.userId;
}

bool MockResidentialPools::update(const MockSubUser &user)
{
    QString type;
    if (!find(user.userId, &type))
        return false;
    m_pools[type].users[indexOf(type, user.userId)] = user;
    return true;
}

bool MockResidentialPools::remove(const QString &userId)
{
    QString type;
    if (!find(userId, &type))
        return false;
    m_pools[type].users.removeAt(indexOf(type, userId));
    return true;
}

qint64 MockResidentialPools::allottedGb(const QString &type) const
{
    qint64 sum = 0;
    for (const MockSubUser &u : m_pools.value(type).users)
        sum += u.dataGb;
    return sum;
}
