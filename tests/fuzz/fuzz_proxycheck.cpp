// The proxy checker's readers of untrusted text (issue 16): ProxyListText::parse on any pasted
// or loaded text, with each choice of protocols for lines without a scheme, and
// EchoAnswer::read on any answer an IP-echo target (or a proxy posing as one) sends back.
// parse never fails as a whole: every endpoint kept has a host and a port from 1 to 65535,
// appears once, and the bad lines are numbered in increasing order within the text. An echo's
// address is empty or an address QHostAddress reads back the same.

#include "fuzzsupport.h"

#include "domain/echoanswer.h"
#include "domain/proxylisttext.h"

#include <QHostAddress>
#include <QSet>

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    const qsizetype lineCount = text.count(u'\n') + 1;

    for (CheckProtocols protocols :
         {CheckProtocols::Http, CheckProtocols::Socks5, CheckProtocols::Both}) {
        const ProxyListText::Parsed parsed = ProxyListText::parse(text, protocols);
        QSet<QString> keys;
        for (const ProxyEndpoint &e : parsed.endpoints) {
            FUZZ_CHECK(!e.host.isEmpty());
            FUZZ_CHECK(e.port >= 1 && e.port <= 65535);
            FUZZ_CHECK(e.orderId == 0);
            FUZZ_CHECK(!keys.contains(e.key()));
            keys.insert(e.key());
        }
        int previous = 0;
        for (const ProxyListText::BadLine &bad : parsed.bad) {
            FUZZ_CHECK(bad.line > previous);
            FUZZ_CHECK(bad.line <= lineCount);
            FUZZ_CHECK(!bad.reason.trimmed().isEmpty());
            previous = bad.line;
        }
        // Each line gives at most two endpoints (HTTP and SOCKS5) or one bad line.
        FUZZ_CHECK(parsed.endpoints.size() + parsed.bad.size() <= 2 * lineCount);
    }

    const EchoAnswer echo = EchoAnswer::read(bytes);
    if (!echo.ip.isEmpty()) {
        QHostAddress address;
        FUZZ_CHECK(address.setAddress(echo.ip));
        FUZZ_CHECK(echo.ip == echo.ip.trimmed());
        // Never the mapped form: ::ffff:a.b.c.d is given as a.b.c.d.
        bool isV4 = false;
        address.toIPv4Address(&isV4);
        FUZZ_CHECK(!isV4 || address.protocol() == QAbstractSocket::IPv4Protocol);
    }
    FUZZ_CHECK(echo.country.size() <= 60);
    return 0;
}
