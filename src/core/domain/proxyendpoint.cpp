#include "proxyendpoint.h"

QString ProxyEndpoint::address() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

QString ProxyEndpoint::key() const
{
    return protocolName(protocol) + QStringLiteral("://") + username + u':' + password + u'@' +
           address();
}

ActiveProxy ProxyEndpoint::toActiveProxy() const
{
    ActiveProxy p;
    p.ip = host;
    p.username = username;
    p.password = password;
    if (protocol == ProxyProtocol::Http)
        p.httpPort = port;
    else
        p.socksPort = port;
    return p;
}

QString ProxyEndpoint::formatted(ProxyFormat::Style style) const
{
    if ((style == ProxyFormat::Style::HttpUrl && protocol != ProxyProtocol::Http) ||
        (style == ProxyFormat::Style::Socks5Url && protocol != ProxyProtocol::Socks5))
        return {};
    // The styles without a scheme take the port that was checked, whichever protocol it is.
    ActiveProxy p = toActiveProxy();
    p.httpPort = p.socksPort = port;
    return ProxyFormat::format(p, style);
}

QString ProxyEndpoint::protocolName(ProxyProtocol protocol)
{
    return protocol == ProxyProtocol::Http ? QStringLiteral("http") : QStringLiteral("socks5");
}

QString ProxyEndpoint::protocolLabel(ProxyProtocol protocol)
{
    return protocol == ProxyProtocol::Http ? tr("HTTP") : tr("SOCKS5");
}

std::optional<CheckProtocols> ProxyEndpoint::protocolsFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"http")
        return CheckProtocols::Http;
    if (n == u"socks5" || n == u"socks")
        return CheckProtocols::Socks5;
    if (n == u"both")
        return CheckProtocols::Both;
    return std::nullopt;
}

QList<ProxyProtocol> ProxyEndpoint::expand(CheckProtocols protocols)
{
    switch (protocols) {
    case CheckProtocols::Http:
        return {ProxyProtocol::Http};
    case CheckProtocols::Socks5:
        return {ProxyProtocol::Socks5};
    case CheckProtocols::Both:
        return {ProxyProtocol::Http, ProxyProtocol::Socks5};
    }
    return {};
}

QList<ProxyEndpoint> ProxyEndpoint::ofOrder(qint64 orderId, const QList<ActiveProxy> &proxies,
                                            CheckProtocols protocols)
{
    QList<ProxyEndpoint> out;
    const QList<ProxyProtocol> wanted = expand(protocols);
    for (const ActiveProxy &p : proxies) {
        for (ProxyProtocol protocol : wanted) {
            const int port = protocol == ProxyProtocol::Http ? p.httpPort : p.socksPort;
            if (port <= 0 || port > 65535 || p.ip.isEmpty())
                continue;
            out.append({protocol, p.ip, port, p.username, p.password, orderId});
        }
    }
    return out;
}
