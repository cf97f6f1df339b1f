// ProxyListText::parse (issue 16): every format of its header comment, IPv6 in brackets,
// passwords with ':' and '@', URL-encoded credentials, the scheme choosing the protocol,
// schemeless lines checked with the chosen protocols, each endpoint once, bad lines with their
// 1-based numbers and reasons, blank and # lines ignored.
#include "domain/proxylisttext.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CheckProtocols)
Q_DECLARE_METATYPE(ProxyEndpoint)

namespace {

ProxyEndpoint http(const QString &host, int port, const QString &user = {},
                   const QString &password = {})
{
    return {ProxyProtocol::Http, host, port, user, password, 0};
}

ProxyEndpoint socks(const QString &host, int port, const QString &user = {},
                    const QString &password = {})
{
    return {ProxyProtocol::Socks5, host, port, user, password, 0};
}

} // namespace

// Readable QCOMPARE output (found by argument-dependent lookup).
char *toString(const ProxyEndpoint &e)
{
    return qstrdup(qPrintable(e.key() + u" password=" + e.password + u" order=" +
                              QString::number(e.orderId)));
}

class TstProxyListText : public QObject
{
    Q_OBJECT

private slots:
    void oneLine_data();
    void oneLine();
    void schemelessUsesTheChosenProtocols_data();
    void schemelessUsesTheChosenProtocols();
    void eachEndpointOnce();
    void badLine_data();
    void badLine();
    void badLinesNumberedAmongGoodOnes();
    void blankAndCommentLinesIgnored();
    void emptyText();
    void tooManyLines();
};

void TstProxyListText::oneLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<ProxyEndpoint>("expected");

    // The five formats of the header comment.
    QTest::newRow("ip:port:user:pass")
        << u"203.0.113.5:8000:user:pass"_s << http(u"203.0.113.5"_s, 8000, u"user"_s, u"pass"_s);
    QTest::newRow("user:pass@ip:port")
        << u"user:pass@203.0.113.5:8000"_s << http(u"203.0.113.5"_s, 8000, u"user"_s, u"pass"_s);
    QTest::newRow("ip:port") << u"203.0.113.5:8000"_s << http(u"203.0.113.5"_s, 8000);
    QTest::newRow("http://user:pass@ip:port")
        << u"http://user:pass@203.0.113.5:8000"_s
        << http(u"203.0.113.5"_s, 8000, u"user"_s, u"pass"_s);
    QTest::newRow("socks5://user:pass@ip:port")
        << u"socks5://user:pass@203.0.113.5:9000"_s
        << socks(u"203.0.113.5"_s, 9000, u"user"_s, u"pass"_s);

    // Host names, the ends of the port range, spaces around the line, CRLF.
    QTest::newRow("host name") << u"proxy.example.net:3128:u:p"_s
                               << http(u"proxy.example.net"_s, 3128, u"u"_s, u"p"_s);
    QTest::newRow("port 1") << u"203.0.113.5:1"_s << http(u"203.0.113.5"_s, 1);
    QTest::newRow("port 65535") << u"203.0.113.5:65535"_s << http(u"203.0.113.5"_s, 65535);
    QTest::newRow("spaces and CR") << u"  \t203.0.113.5:8000:u:p \r"_s
                                   << http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s);
    QTest::newRow("user only before @")
        << u"user@203.0.113.5:8000"_s << http(u"203.0.113.5"_s, 8000, u"user"_s, QString());

    // IPv6 in brackets, in each format; the host is kept without them.
    QTest::newRow("[v6]:port:user:pass") << u"[2001:db8::1]:8000:user:pass"_s
                                         << http(u"2001:db8::1"_s, 8000, u"user"_s, u"pass"_s);
    QTest::newRow("user:pass@[v6]:port") << u"user:pass@[2001:db8::1]:8000"_s
                                         << http(u"2001:db8::1"_s, 8000, u"user"_s, u"pass"_s);
    QTest::newRow("[v6]:port") << u"[::1]:8000"_s << http(u"::1"_s, 8000);
    QTest::newRow("socks5://user:pass@[v6]:port")
        << u"socks5://user:pass@[2001:db8::1]:9000"_s
        << socks(u"2001:db8::1"_s, 9000, u"user"_s, u"pass"_s);

    // Passwords holding ':' and '@'.
    QTest::newRow("ip:port:user:pa:ss") << u"203.0.113.5:8000:user:pa:ss"_s
                                        << http(u"203.0.113.5"_s, 8000, u"user"_s, u"pa:ss"_s);
    QTest::newRow("ip:port:user:p@ss") << u"203.0.113.5:8000:user:p@ss"_s
                                       << http(u"203.0.113.5"_s, 8000, u"user"_s, u"p@ss"_s);
    QTest::newRow("user:p@:ss@ip:port") << u"user:p@:ss@203.0.113.5:8000"_s
                                        << http(u"203.0.113.5"_s, 8000, u"user"_s, u"p@:ss"_s);
    QTest::newRow("user:p@ss@[v6]:port") << u"user:p@ss@[2001:db8::1]:8000"_s
                                         << http(u"2001:db8::1"_s, 8000, u"user"_s, u"p@ss"_s);

    // URL-encoded credentials are decoded.
    QTest::newRow("url-encoded credentials")
        << u"http://us%40er:p%3As%40s%20w@203.0.113.5:8000"_s
        << http(u"203.0.113.5"_s, 8000, u"us@er"_s, u"p:s@s w"_s);
    QTest::newRow("socks5 url-encoded")
        << u"socks5://u%3Au:%2F%3F%23@203.0.113.5:9000"_s
        << socks(u"203.0.113.5"_s, 9000, u"u:u"_s, u"/?#"_s);
    QTest::newRow("url without credentials")
        << u"http://203.0.113.5:8000"_s << http(u"203.0.113.5"_s, 8000);
    QTest::newRow("url with a trailing slash")
        << u"http://u:p@203.0.113.5:8000/"_s << http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s);

    // The scheme picks the protocol (the chosen protocols are SOCKS5 only here).
    QTest::newRow("https is HTTP") << u"https://u:p@203.0.113.5:8000"_s
                                   << http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s);
    QTest::newRow("HTTP upper case") << u"HTTP://u:p@203.0.113.5:8000"_s
                                     << http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s);
    QTest::newRow("socks5h") << u"socks5h://u:p@203.0.113.5:9000"_s
                             << socks(u"203.0.113.5"_s, 9000, u"u"_s, u"p"_s);
    QTest::newRow("socks") << u"socks://u:p@203.0.113.5:9000"_s
                           << socks(u"203.0.113.5"_s, 9000, u"u"_s, u"p"_s);
}

void TstProxyListText::oneLine()
{
    QFETCH(QString, line);
    QFETCH(ProxyEndpoint, expected);
    // A line with a scheme keeps its own protocol whatever is chosen; the others get the
    // chosen one.
    const bool hasScheme = line.contains(u"://");
    const CheckProtocols chosen = expected.protocol == ProxyProtocol::Http
                                      ? (hasScheme ? CheckProtocols::Socks5 : CheckProtocols::Http)
                                      : (hasScheme ? CheckProtocols::Http : CheckProtocols::Socks5);
    const ProxyListText::Parsed parsed = ProxyListText::parse(line, chosen);
    for (const ProxyListText::BadLine &bad : parsed.bad)
        qWarning("bad line %d: %s", bad.line, qPrintable(bad.reason));
    QVERIFY(parsed.bad.isEmpty());
    QCOMPARE(parsed.endpoints.size(), 1);
    QCOMPARE(parsed.endpoints.first(), expected);
}

void TstProxyListText::schemelessUsesTheChosenProtocols_data()
{
    QTest::addColumn<CheckProtocols>("chosen");
    QTest::addColumn<QList<ProxyEndpoint>>("expected");
    const ProxyEndpoint h = http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s);
    const ProxyEndpoint s = socks(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s);
    const ProxyEndpoint fromUrl = socks(u"198.51.100.1"_s, 9000, u"v"_s, u"w"_s);
    QTest::newRow("http") << CheckProtocols::Http << QList<ProxyEndpoint>{h, fromUrl};
    QTest::newRow("socks5") << CheckProtocols::Socks5 << QList<ProxyEndpoint>{s, fromUrl};
    // Both: HTTP then SOCKS5 for the schemeless line, in the order of the lines.
    QTest::newRow("both") << CheckProtocols::Both << QList<ProxyEndpoint>{h, s, fromUrl};
}

void TstProxyListText::schemelessUsesTheChosenProtocols()
{
    QFETCH(CheckProtocols, chosen);
    QFETCH(QList<ProxyEndpoint>, expected);
    const auto parsed =
        ProxyListText::parse(u"203.0.113.5:8000:u:p\nsocks5://v:w@198.51.100.1:9000\n"_s, chosen);
    QVERIFY(parsed.bad.isEmpty());
    QCOMPARE(parsed.endpoints, expected);
}

void TstProxyListText::eachEndpointOnce()
{
    // The same endpoint written three ways, and again: once. Another password, another user,
    // another protocol or another port is another endpoint (two lines that differ only in the
    // password are two things to check).
    const QString text = u"203.0.113.5:8000:u:p\n"
                         u"u:p@203.0.113.5:8000\n"
                         u"http://u:p@203.0.113.5:8000\n"
                         u"203.0.113.5:8000:u:p\n"
                         u"203.0.113.5:8000:u:other\n"
                         u"203.0.113.5:8000:u2:p\n"
                         u"socks5://u:p@203.0.113.5:8000\n"
                         u"203.0.113.5:8001:u:p\n"_s;
    const auto parsed = ProxyListText::parse(text, CheckProtocols::Http);
    QVERIFY(parsed.bad.isEmpty());
    QCOMPARE(parsed.endpoints,
             (QList<ProxyEndpoint>{http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s),
                                   http(u"203.0.113.5"_s, 8000, u"u"_s, u"other"_s),
                                   http(u"203.0.113.5"_s, 8000, u"u2"_s, u"p"_s),
                                   socks(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s),
                                   http(u"203.0.113.5"_s, 8001, u"u"_s, u"p"_s)}));

    // With both protocols the schemeless line adds only what the URL lines did not.
    const auto both = ProxyListText::parse(
        u"socks5://u:p@203.0.113.5:8000\n203.0.113.5:8000:u:p\n"_s, CheckProtocols::Both);
    QCOMPARE(both.endpoints, (QList<ProxyEndpoint>{socks(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s),
                                                   http(u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s)}));
}

void TstProxyListText::badLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reason");
    const QString noPort = u"no port"_s;
    const QString portRange = u"the port is not a number from 1 to 65535"_s;
    QTest::newRow("address only") << u"203.0.113.5"_s << noPort;
    QTest::newRow("word") << u"hello"_s << noPort;
    QTest::newRow("port 0") << u"203.0.113.5:0"_s << portRange;
    QTest::newRow("port 65536") << u"203.0.113.5:65536"_s << portRange;
    QTest::newRow("port negative") << u"203.0.113.5:-1"_s << portRange;
    QTest::newRow("port text") << u"203.0.113.5:http"_s << portRange;
    QTest::newRow("port empty") << u"203.0.113.5:"_s << portRange;
    QTest::newRow("no address") << u":8000"_s << u"no address"_s;
    QTest::newRow("no address, credentials") << u"u:p@:8000"_s << u"no address"_s;
    QTest::newRow("v6 without ]") << u"[2001:db8::1:8000"_s
                                  << u"an IPv6 address without its closing ]"_s;
    QTest::newRow("v6 without port") << u"[2001:db8::1]"_s << noPort;
    QTest::newRow("v6 unbracketed") << u"2001:db8::1:8000"_s << portRange;
    QTest::newRow("user without password") << u"203.0.113.5:8000:user"_s
                                           << u"a user name without a password"_s;
    QTest::newRow("text after the port") << u"u:p@203.0.113.5:8000:x"_s
                                         << u"text after the port"_s;
    QTest::newRow("space in the host") << u"my proxy:8000"_s
                                       << u"the address is not a host name or an IP address"_s;
    QTest::newRow("slash in the host") << u"a/b:8000:u:p"_s
                                       << u"the address is not a host name or an IP address"_s;
    QTest::newRow("unknown scheme") << u"ftp://u:p@203.0.113.5:21"_s
                                    << u"an unknown scheme \"ftp\" (http or socks5)"_s;
    QTest::newRow("socks4") << u"socks4://203.0.113.5:1080"_s
                            << u"an unknown scheme \"socks4\" (http or socks5)"_s;
    QTest::newRow("url without port") << u"http://u:p@203.0.113.5"_s << noPort;
    QTest::newRow("url without host") << u"http://:8000"_s << u"not a proxy address"_s;
    QTest::newRow("url port too large") << u"http://203.0.113.5:70000"_s
                                        << u"not a proxy address"_s;
}

void TstProxyListText::badLine()
{
    QFETCH(QString, line);
    QFETCH(QString, reason);
    const auto parsed = ProxyListText::parse(line, CheckProtocols::Both);
    QVERIFY2(parsed.endpoints.isEmpty(), qPrintable(parsed.endpoints.value(0).key()));
    QCOMPARE(parsed.bad.size(), 1);
    QCOMPARE(parsed.bad.first().line, 1);
    QCOMPARE(parsed.bad.first().text, line.trimmed());
    QCOMPARE(parsed.bad.first().reason, reason);
}

void TstProxyListText::badLinesNumberedAmongGoodOnes()
{
    // The numbers are the lines of the text as the person sees it (1-based, blank and comment
    // lines counted), and the good lines still count.
    const QString text = u"# my proxies\n"   // 1
                         u"203.0.113.5:8000\n" // 2
                         u"\n"                 // 3
                         u"nonsense\n"         // 4
                         u"203.0.113.6:8000\n" // 5
                         u"   \n"              // 6
                         u"203.0.113.7:99999\r\n" // 7
                         u"203.0.113.8:8000"_s;   // 8
    const auto parsed = ProxyListText::parse(text, CheckProtocols::Http);
    QCOMPARE(parsed.endpoints, (QList<ProxyEndpoint>{http(u"203.0.113.5"_s, 8000),
                                                     http(u"203.0.113.6"_s, 8000),
                                                     http(u"203.0.113.8"_s, 8000)}));
    QCOMPARE(parsed.bad.size(), 2);
    QCOMPARE(parsed.bad.at(0).line, 4);
    QCOMPARE(parsed.bad.at(0).text, u"nonsense"_s);
    QCOMPARE(parsed.bad.at(0).reason, u"no port"_s);
    QCOMPARE(parsed.bad.at(1).line, 7);
    QCOMPARE(parsed.bad.at(1).text, u"203.0.113.7:99999"_s);
    QCOMPARE(parsed.bad.at(1).reason, u"the port is not a number from 1 to 65535"_s);
}

void TstProxyListText::blankAndCommentLinesIgnored()
{
    const auto parsed = ProxyListText::parse(
        u"\n\n# a comment: 203.0.113.5:8000\n   # indented comment\n\t\n\r\n#\n"_s,
        CheckProtocols::Both);
    QVERIFY(parsed.endpoints.isEmpty());
    QVERIFY(parsed.bad.isEmpty());
}

void TstProxyListText::emptyText()
{
    const auto parsed = ProxyListText::parse(QString(), CheckProtocols::Http);
    QVERIFY(parsed.endpoints.isEmpty());
    QVERIFY(parsed.bad.isEmpty());
}

void TstProxyListText::tooManyLines()
{
    // kMaxLines lines are read; the rest is one bad line, not an endless wait.
    QString text;
    text.reserve(ProxyListText::kMaxLines * 24);
    for (int i = 0; i < ProxyListText::kMaxLines + 50; ++i)
        text += u"10.0.0.1:8000:u" % QString::number(i) % u":p\n";
    const auto parsed = ProxyListText::parse(text, CheckProtocols::Http);
    QCOMPARE(parsed.endpoints.size(), ProxyListText::kMaxLines);
    QCOMPARE(parsed.bad.size(), 1);
    QCOMPARE(parsed.bad.first().line, ProxyListText::kMaxLines + 1);
    QVERIFY(parsed.bad.first().reason.contains(u"more than"));
}

QTEST_GUILESS_MAIN(TstProxyListText)

#include "tst_proxylisttext.moc"
