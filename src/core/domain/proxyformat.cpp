#include "proxyformat.h"

#include <QUrl>

namespace {
// User names and passwords may hold ':' or '@'; in URLs they must be percent-encoded.
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

QList<ProxyFormat::Style> ProxyFormat::styles()
{
    return {Style::IpPortUserPass, Style::UserPassAtIpPort, Style::HttpUrl, Style::Socks5Url};
}

QString ProxyFormat::label(Style style)
{
    switch (style) {
    case Style::IpPortUserPass:
        return tr("ip:port:user:pass");
    case Style::UserPassAtIpPort:
        return tr("user:pass@ip:port");
    case Style::HttpUrl:
        return tr("http://user:pass@ip:port");
    case Style::Socks5Url:
        return tr("socks5://user:pass@ip:port");
    }
    return {};
}

QString ProxyFormat::format(const ActiveProxy &p, Style style)
{
    // A style needs its port; a proxy listed without it has no line in that style.
    const int port = style == Style::Socks5Url ? p.socksPort : p.httpPort;
    if (port <= 0)
        return {};
    const QString http = QString::number(p.httpPort);
    switch (style) {
    case Style::IpPortUserPass:
        return p.ip + u':' + http + u':' + p.username + u':' + p.password;
    case Style::UserPassAtIpPort:
        return p.username + u':' + p.password + u'@' + p.ip + u':' + http;
    case Style::HttpUrl:
        return QStringLiteral("http://") + encoded(p.username) + u':' + encoded(p.password) + u'@' +
               p.ip + u':' + http;
    case Style::Socks5Url:
        return QStringLiteral("socks5://") + encoded(p.username) + u':' + encoded(p.password) +
               u'@' + p.ip + u':' + QString::number(p.socksPort);
    }
    return {};
}

QString ProxyFormat::formatAll(const QList<ActiveProxy> &proxies, Style style)
{
    QString out;
    for (const ActiveProxy &p : proxies) {
        const QString line = format(p, style);
        if (!line.isEmpty())
            out += line + u'\n';
    }
    return out;
}
