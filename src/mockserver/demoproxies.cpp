#include "demoproxies.h"

#include "mockproxyserver.h"
#include "mockreaders.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

quint16 DemoProxies::httpPort(qint64 orderId, int index) const
{
    return kind(orderId, index) == Kind::Dead ? m_deadPort : m_httpPort;
}

quint16 DemoProxies::socksPort(qint64 orderId, int index) const
{
    return kind(orderId, index) == Kind::Dead ? m_deadPort : m_socksPort;
}

DemoProxies::Kind DemoProxies::kind(qint64 orderId, int index)
{
    // Mixed rather than index % n, so that small orders have their share of bad rows too.
    quint64 x = quint64(orderId) * 0x9e3779b97f4a7c15ULL + quint64(index) * 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 31;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 29;
    switch (x % kBadOneIn) {
    case 0:
        return Kind::Dead;
    case 1:
        return Kind::WrongPassword;
    default:
        return Kind::Working;
    }
}

QString DemoProxies::username(qint64 orderId, int index)
{
    return u"sd"_s + QString::number(orderId) + u'-' + QString::number(index);
}

QString DemoProxies::listedPassword(qint64 orderId, int index)
{
    return MockReaders::password(orderId, index);
}

QString DemoProxies::acceptedPassword(qint64 orderId, int index)
{
    if (kind(orderId, index) == Kind::WrongPassword)
        return MockReaders::password(orderId, -1 - index);
    return listedPassword(orderId, index);
}

bool DemoProxies::accepts(const QString &user, const QString &password)
{
    if (!user.startsWith(u"sd"))
        return false;
    const qsizetype dash = user.indexOf(u'-');
    if (dash < 0)
        return false;
    const std::optional<qint64> orderId =
        MockReaders::parseInteger(QStringView(user).mid(2, dash - 2));
    const std::optional<qint64> index = MockReaders::parseInteger(QStringView(user).mid(dash + 1));
    if (!orderId || !index || *orderId <= 0 || *index < 0 ||
        *index > std::numeric_limits<int>::max())
        return false;
    return password == acceptedPassword(*orderId, int(*index));
}

std::optional<DemoProxies> DemoProxies::serve(MockProxyServer &server)
{
    server.setAuthenticator(&DemoProxies::accepts);
    server.setRequireAuth(true);
    if (!server.listen(QHostAddress(QHostAddress::LocalHost)))
        return std::nullopt;
    const quint16 dead = MockProxyServer::unusedLoopbackPort();
    if (dead == 0) {
        server.close();
        return std::nullopt;
    }
    return DemoProxies(server.httpPort(), server.socksPort(), dead);
}
