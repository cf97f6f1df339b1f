#pragma once

#include "proxyformat.h"
#include "proxylist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How a proxy is spoken to: an order's proxy has one port for each.
enum class ProxyProtocol { Http, Socks5 };
// What a check covers: an order's proxy is checked on one port or both.
enum class CheckProtocols { Http, Socks5, Both };

// One proxy as the checker sees it: an address, its credentials and the protocol to speak. The
// same proxy checked over HTTP and SOCKS5 is two endpoints.
struct ProxyEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ProxyEndpoint)

public:
    ProxyProtocol protocol = ProxyProtocol::Http;
    QString host;
    int port = 0;
    QString username;
    QString password;
    qint64 orderId = 0; // 0: from a pasted or loaded list

    // "203.0.113.5:8000"; an IPv6 host in brackets.
    QString address() const;
    // Identifies the endpoint in a run: protocol, address, user and password (two lines that
    // differ only in the password are two things to check).
    QString key() const;
    // The endpoint as an order's proxy, for the export formats (the port it was checked on is
    // the HTTP or the SOCKS5 port).
    ActiveProxy toActiveProxy() const;
    // The endpoint as a line in `style`; empty when the style names the other protocol (a
    // working HTTP port is no socks5:// proxy).
    QString formatted(ProxyFormat::Style style) const;

    static QString protocolName(ProxyProtocol protocol); // "http" / "socks5" (CLI, JSON, CSV)
    static QString protocolLabel(ProxyProtocol protocol); // "HTTP" / "SOCKS5"
    static std::optional<CheckProtocols> protocolsFromName(const QString &name); // http|socks5|both
    static QList<ProxyProtocol> expand(CheckProtocols protocols);
    // Every proxy of an order on the ports the protocols ask for (a port the order lacks is
    // skipped).
    static QList<ProxyEndpoint> ofOrder(qint64 orderId, const QList<ActiveProxy> &proxies,
                                        CheckProtocols protocols);

    friend bool operator==(const ProxyEndpoint &, const ProxyEndpoint &) = default;
};
