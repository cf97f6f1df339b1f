#pragma once

#include "mockproxypolicy.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>

class QTcpServer;

// Loopback proxies for the demo, the tests and the benchmark: an HTTP proxy (absolute-form
// requests and CONNECT, Proxy-Authorization: Basic, 407 when it is missing or refused) and a
// SOCKS5 proxy (RFC 1928 with RFC 1929 username/password, CONNECT by IPv4, domain or IPv6), each
// on its own random port. Traffic only ever goes to this machine: a destination that is not
// loopback (127.0.0.0/8, ::1, "localhost") is refused (HTTP 403, SOCKS reply 0x02).
//
// Everything is event-driven (hundreds of connections side by side in one thread, nothing
// sleeps), every buffer is bounded (a handshake over 64 KiB drops the client; relayed bytes
// follow the slower side), and each connection's objects are deleted once both of its sides
// have closed. Everything it owns is parented to it and it keeps no globals, so it can live in a
// worker thread (create it there, or moveToThread() before listen(); then configure and call it
// only from that thread, e.g. with QMetaObject::invokeMethod). connectionsServed() and
// openConnections() may be read from any thread.
class MockProxyServer final : public QObject
{
    Q_OBJECT

public:
    using Authenticator = MockProxyPolicy::Authenticator;

    explicit MockProxyServer(QObject *parent = nullptr);
    ~MockProxyServer() override;

    // Listens for both protocols on random ports of `address`. False (and nothing listening)
    // when either port cannot be bound.
    Q_INVOKABLE bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // Stops listening and closes every connection, hung ones included.
    Q_INVOKABLE void close();
    bool isListening() const { return m_httpPort != 0; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 socksPort() const { return m_socksPort; }
    QHostAddress address() const { return m_address; }

    // Who may use the proxies. By default credentials are required and the authenticator
    // judges them (an empty one, the default, accepts any); setRequireAuth(false) lets every
    // client in, with or without credentials.
    void setAuthenticator(Authenticator authenticator);
    void setRequireAuth(bool require) { m_policy.requireAuth = require; }
    bool requiresAuth() const { return m_policy.requireAuth; }
    // Each new client connection waits this long (a timer) before anything is read or answered:
    // the latency of a distant proxy, for the benchmark.
    void setConnectDelayMs(int ms) { m_policy.connectDelayMs = qMax(0, ms); }
    int connectDelayMs() const { return m_policy.connectDelayMs; }
    // Connections of these users are accepted and never answered (for timeout tests): over HTTP
    // once the request with their Proxy-Authorization is read, over SOCKS5 after the
    // username/password sub-negotiation succeeded (whatever the password). The HTTP side learns
    // the user only from a client that sends credentials, e.g. after a 407.
    void setHangUsers(const QSet<QString> &users) { m_policy.hangUsers = users; }
    QSet<QString> hangUsers() const { return m_policy.hangUsers; }

    // A loopback port nothing listens on (bound, then closed at once): a "dead proxy" for the
    // demo and the tests. Something else may take it later, though rarely. 0 on failure.
    static quint16 unusedLoopbackPort();

    // Client connections accepted on either port since the first listen().
    int connectionsServed() const { return m_served.load(std::memory_order_relaxed); }
    // Client connections not yet closed on both sides.
    int openConnections() const { return m_open.load(std::memory_order_relaxed); }

private:
    enum class Protocol { Http, Socks5 };
    QTcpServer *createListener(Protocol protocol);
    void onNewConnection(QTcpServer *listener, Protocol protocol);

    MockProxyPolicy m_policy;      // read by the sessions, which are our children
    QTcpServer *m_http = nullptr;  // child
    QTcpServer *m_socks = nullptr; // child
    QHostAddress m_address;
    quint16 m_httpPort = 0;
    quint16 m_socksPort = 0;
    std::atomic<int> m_served = 0;
    std::atomic<int> m_open = 0;
};
