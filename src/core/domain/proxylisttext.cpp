#include "proxylisttext.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace {

struct Address
{
    std::optional<ProxyProtocol> scheme;
    QString host;
    int port = 0;
    QString username;
    QString password;
};

using Reading = std::variant<Address, QString>; // the address, or why not

// "host:port" with an optional [IPv6] host; the rest after the port (":user:pass") is returned.
std::optional<QString> takeHostPort(QString text, Address &a, QString &rest, QString &why)
{
    QString hostPart;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            why = ProxyListText::tr("an IPv6 address without its closing ]");
            return std::nullopt;
        }
        hostPart = text.mid(1, close - 1);
        text = text.mid(close + 1);
        if (!text.startsWith(u':')) {
            why = ProxyListText::tr("no port");
            return std::nullopt;
        }
        text = text.mid(1);
    } else {
        const qsizetype colon = text.indexOf(u':');
        if (colon < 0) {
            why = ProxyListText::tr("no port");
            return std::nullopt;
        }
        hostPart = text.left(colon);
        text = text.mid(colon + 1);
    }
    const qsizetype colon = text.indexOf(u':');
    const QString portText = colon < 0 ? text : text.left(colon);
    rest = colon < 0 ? QString() : text.mid(colon + 1);
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (hostPart.isEmpty()) {
        why = ProxyListText::tr("no address");
        return std::nullopt;
    }
    if (!ok || port < 1 || port > 65535) {
        why = ProxyListText::tr("the port is not a number from 1 to 65535");
        return std::nullopt;
    }
    if (hostPart.contains(u' ') || hostPart.contains(u'/') || hostPart.contains(u'@')) {
        why = ProxyListText::tr("the address is not a host name or an IP address");
        return std::nullopt;
    }
    a.host = hostPart;
    a.port = port;
    return hostPart;
}

Reading readUrl(const QString &line)
{
    const qsizetype sep = line.indexOf(u"://");
    const QString scheme = line.left(sep).toLower();
    Address a;
    if (scheme == u"http" || scheme == u"https")
        a.scheme = ProxyProtocol::Http;
    else if (scheme == u"socks5" || scheme == u"socks5h" || scheme == u"socks")
        a.scheme = ProxyProtocol::Socks5;
    else
        return ProxyListText::tr("an unknown scheme \"%1\" (http or socks5)").arg(scheme);
    const QUrl url(line, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return ProxyListText::tr("not a proxy address");
    if (url.port() < 1)
        return ProxyListText::tr("no port");
    a.host = url.host();
    a.port = url.port();
    a.username = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    return a;
}

// host:port[:user:pass]: a password may hold ':', so it is everything after the user.
Reading readHostFirst(const QString &line)
{
    Address a;
    QString rest;
    QString why;
    if (!takeHostPort(line, a, rest, why))
        return why;
    if (!rest.isEmpty()) {
        const qsizetype colon = rest.indexOf(u':');
        if (colon < 0)
            return ProxyListText::tr("a user name without a password");
        a.username = rest.left(colon);
        a.password = rest.mid(colon + 1);
    }
    return a;
}

// user:pass@host:port: the last '@' splits, a password may hold one.
Reading readCredentialsFirst(const QString &line, qsizetype at)
{
    Address a;
    QString rest;
    QString why;
    const QString credentials = line.left(at);
    const qsizetype colon = credentials.indexOf(u':');
    a.username = colon < 0 ? credentials : credentials.left(colon);
    a.password = colon < 0 ? QString() : credentials.mid(colon + 1);
    if (!takeHostPort(line.mid(at + 1), a, rest, why))
        return why;
    if (!rest.isEmpty())
        return ProxyListText::tr("text after the port");
    return a;
}

Reading readLine(const QString &line)
{
    if (line.contains(u"://"))
        return readUrl(line);
    const qsizetype at = line.lastIndexOf(u'@');
    if (at < 0)
        return readHostFirst(line);
    // An '@' may be the credentials' end or part of a user or password after the port
    // ("203.0.113.5:8000:user:p@ss"): host first when that reads as an address with a user.
    const Reading hostFirst = readHostFirst(line);
    if (const Address *a = std::get_if<Address>(&hostFirst); a && !a->username.isEmpty())
        return hostFirst;
    return readCredentialsFirst(line, at);
}

} // namespace

ProxyListText::Parsed ProxyListText::parse(const QString &text, CheckProtocols schemeless)
{
    Parsed parsed;
    QSet<QString> seen;
    const QList<ProxyProtocol> chosen = ProxyEndpoint::expand(schemeless);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int number = int(i) + 1;
        if (number > kMaxLines) {
            parsed.bad.append({number, line,
                               tr("more than %1 lines: the rest was not read").arg(kMaxLines)});
            break;
        }
        const Reading reading = readLine(line);
        if (const QString *why = std::get_if<QString>(&reading)) {
            parsed.bad.append({number, line, *why});
            continue;
        }
        const Address &a = std::get<Address>(reading);
        const QList<ProxyProtocol> protocols = a.scheme ? QList<ProxyProtocol>{*a.scheme} : chosen;
        for (ProxyProtocol protocol : protocols) {
            ProxyEndpoint e{protocol, a.host, a.port, a.username, a.password, 0};
            if (seen.contains(e.key()))
                continue;
            seen.insert(e.key());
            parsed.endpoints.append(e);
        }
    }
    return parsed;
}
