#pragma once

#include "proxylist.h"

#include <QCoreApplication>

// The ways people paste proxies into their tools.
class ProxyFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyFormat)

public:
    enum class Style {
        IpPortUserPass,  // 203.0.113.5:8000:user:pass
        UserPassAtIpPort, // user:pass@203.0.113.5:8000
        HttpUrl,          // http://user:pass@203.0.113.5:8000
        Socks5Url,        // socks5://user:pass@203.0.113.5:9000
    };

    static QList<Style> styles();
    static QString label(Style style);
    static QString format(const ActiveProxy &proxy, Style style);
    // One proxy a line, with a trailing newline (ready for a file).
    static QString formatAll(const QList<ActiveProxy> &proxies, Style style);
};
