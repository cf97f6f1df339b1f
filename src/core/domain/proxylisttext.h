#pragma once

#include "proxyendpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A pasted or loaded list of proxies, one a line, in any of the formats people keep them in:
//   203.0.113.5:8000:user:pass      user:pass@203.0.113.5:8000      203.0.113.5:8000
//   http://user:pass@203.0.113.5:8000      socks5://user:pass@203.0.113.5:9000
// A line with a scheme is checked with that protocol; one without, with the protocols chosen.
// A line that cannot be read is reported with its number and why, and the rest still count.
class ProxyListText final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyListText)

public:
    struct BadLine
    {
        int line = 0; // 1-based
        QString text;
        QString reason;
    };
    struct Parsed
    {
        QList<ProxyEndpoint> endpoints; // in the order of the lines, each endpoint once
        QList<BadLine> bad;
    };

    // More lines than anyone checks at once: the rest is one bad line, not an endless wait.
    static constexpr int kMaxLines = 100'000;

    static Parsed parse(const QString &text, CheckProtocols schemeless);
};
