#include "mockproxyserver.h"

#include "mockhttpproxysession.h"
#include "mocksocks5session.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {

// Enough for the benchmark's bursts of hundreds of connections: the default of 50 would leave
// the kernel dropping SYNs, and clients would wait a second for each retry.
constexpr int kBacklog = 1024;

} // namespace

MockProxyServer::MockProxyServer(QObject *parent) : QObject(parent) {}

MockProxyServer::~MockProxyServer()
{
    // While the policy the sessions read is still alive.
    close();
}

void MockProxyServer::setAuthenticator(Authenticator authenticator)
{
    m_policy.authenticator = std::move(authenticator);
}

QTcpServer *MockProxyServer::createListener(Protocol protocol)
{
    auto *listener = new QTcpServer(this);
    listener->setListenBacklogSize(kBacklog);
    listener->setMaxPendingConnections(kBacklog);
    connect(listener, &QTcpServer::newConnection, this,
            [this, listener, protocol] { onNewConnection(listener, protocol); });
    if (!listener->listen(m_address, 0)) {
        delete listener;
        return nullptr;
    }
    return listener;
}

bool MockProxyServer::listen(const QHostAddress &address)
{
    close();
    m_address = address;
    m_http = createListener(Protocol::Http);
    m_socks = m_http ? createListener(Protocol::Socks5) : nullptr;
    if (!m_http || !m_socks) {
        close();
        return false;
    }
    m_httpPort = m_http->serverPort();
    m_socksPort = m_socks->serverPort();
    return true;
}

void MockProxyServer::close()
{
    for (QTcpServer *listener : {m_http, m_socks}) {
        if (!listener)
            continue;
        listener->close();
        // Later: close() may run from one of its own signals.
        listener->deleteLater();
    }
    m_http = nullptr;
    m_socks = nullptr;
    m_httpPort = 0;
    m_socksPort = 0;
    const QList<MockProxySession *> sessions =
        findChildren<MockProxySession *>(Qt::FindDirectChildrenOnly);
    for (MockProxySession *session : sessions)
        session->abort();
}

quint16 MockProxyServer::unusedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void MockProxyServer::onNewConnection(QTcpServer *listener, Protocol protocol)
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        MockProxySession *session = nullptr;
        if (protocol == Protocol::Http)
            session = new MockHttpProxySession(socket, m_policy, this);
        else
            session = new MockSocks5Session(socket, m_policy, this);
        m_served.fetch_add(1, std::memory_order_relaxed);
        m_open.fetch_add(1, std::memory_order_relaxed);
        connect(session, &MockProxySession::finished, this,
                [this] { m_open.fetch_sub(1, std::memory_order_relaxed); });
        session->start();
    }
}
