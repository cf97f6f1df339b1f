#pragma once

#include <QHostAddress>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// What MockProxyServer's sessions ask of it: who may use the proxy, who is never answered, how
// long each new connection waits, and where traffic may go. A value owned by the server and read
// by its sessions (all in the server's thread), so a session needs no back pointer to it.
struct MockProxyPolicy
{
    using Authenticator = std::function<bool(const QString &user, const QString &password)>;

    // A client must send credentials, which the authenticator judges.
    bool requireAuth = true;
    Authenticator authenticator; // empty: every user name and password is accepted
    QSet<QString> hangUsers;
    int connectDelayMs = 0;

    // Whether these credentials (from Proxy-Authorization or RFC 1929) may use the proxy.
    bool admits(const QString &user, const QString &password) const;
    // Whether a client that sent no credentials at all may use the proxy.
    bool admitsAnonymous() const { return !requireAuth; }
    bool hangs(const QString &user) const { return !user.isEmpty() && hangUsers.contains(user); }

    // The address to connect to for a destination host, or nullopt when it is not loopback:
    // the mock proxy only ever talks to this machine. "localhost" is 127.0.0.1, without asking
    // any resolver; other names are refused rather than looked up.
    static std::optional<QHostAddress> loopbackDestination(const QString &host);
};
