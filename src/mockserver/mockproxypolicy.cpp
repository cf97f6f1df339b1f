#include "mockproxypolicy.h"

bool MockProxyPolicy::admits(const QString &user, const QString &password) const
{
    if (!requireAuth || !authenticator)
        return true;
    return authenticator(user, password);
}

std::optional<QHostAddress> MockProxyPolicy::loopbackDestination(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QString literal = host;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (!address.setAddress(literal))
        return std::nullopt;
    // ::ffff:127.0.0.1 is loopback too; connect to it in its IPv4 form.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4);
    if (!address.isLoopback())
        return std::nullopt;
    return address;
}
