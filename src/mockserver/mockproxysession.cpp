#include "mockproxysession.h"

#include "mockproxypolicy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

MockProxySession::MockProxySession(QTcpSocket *client, const MockProxyPolicy &policy,
                                   QObject *parent)
    : QObject(parent), m_policy(policy), m_client(client)
{
    m_client->setParent(this);
    // Bytes beyond this stay in the kernel until we read, so a client cannot fill our memory.
    m_client->setReadBufferSize(kRelayWindow);
    connect(m_client, &QTcpSocket::readyRead, this, &MockProxySession::onClientReadyRead);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Relaying)
            pump(m_upstream, m_client);
    });
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        if (m_phase == Phase::Relaying) {
            pump(m_client, m_upstream);
        } else if (m_upstream) {
            m_upstream->abort();
        }
        finishIfClosed();
    });
}

MockProxySession::~MockProxySession() = default;

void MockProxySession::start()
{
    const auto begin = [this] {
        if (m_phase != Phase::Waiting)
            return; // closed meanwhile
        m_phase = Phase::Handshake;
        onClientReadyRead();
    };
    if (m_policy.connectDelayMs <= 0) {
        begin();
        return;
    }
    // A timer, not a sleep: hundreds of delayed connections wait side by side in one thread.
    QTimer::singleShot(m_policy.connectDelayMs, Qt::PreciseTimer, this, begin);
}

void MockProxySession::abort()
{
    m_phase = Phase::Closing;
    if (m_upstream)
        m_upstream->abort();
    m_client->abort();
    finishIfClosed();
}

void MockProxySession::onClientReadyRead()
{
    if (m_phase == Phase::Relaying) {
        pump(m_client, m_upstream);
        return;
    }
    // While connecting upstream or hanging, bytes wait in the (bounded) socket buffer.
    if (m_phase != Phase::Handshake)
        return;
    m_buffer += m_client->readAll();
    if (m_buffer.size() > kMaxHandshakeBytes) {
        abort();
        return;
    }
    onHandshakeData();
}

void MockProxySession::connectUpstream(const QHostAddress &address, quint16 port)
{
    m_phase = Phase::Connecting;
    m_upstream = new QTcpSocket(this);
    m_upstream->setReadBufferSize(kRelayWindow);
    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        if (m_phase == Phase::Connecting)
            onUpstreamConnected(m_upstream->localAddress(), m_upstream->localPort());
    });
    connect(m_upstream, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_phase != Phase::Connecting)
                    return; // a relayed connection's end arrives as disconnected()
                m_phase = Phase::Closing;
                onUpstreamFailed(error);
                finishIfClosed();
            });
    connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
        if (m_phase == Phase::Relaying)
            pump(m_upstream, m_client);
    });
    connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Relaying)
            pump(m_client, m_upstream);
    });
    connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
        if (m_phase == Phase::Relaying)
            pump(m_upstream, m_client);
        finishIfClosed();
    });
    m_upstream->connectToHost(address, port);
}

void MockProxySession::startRelay()
{
    m_phase = Phase::Relaying;
    // What the client sent after its handshake (a request body, a pipelined request) goes first.
    if (!m_buffer.isEmpty()) {
        m_upstream->write(m_buffer);
        m_buffer.clear();
    }
    pump(m_client, m_upstream);
    pump(m_upstream, m_client);
}

void MockProxySession::hang()
{
    m_phase = Phase::Hanging;
    m_buffer.clear();
}

void MockProxySession::closeClient(const QByteArray &bytes)
{
    m_phase = Phase::Closing;
    if (m_upstream)
        m_upstream->abort();
    if (!bytes.isEmpty() && m_client->state() == QAbstractSocket::ConnectedState)
        m_client->write(bytes);
    m_client->disconnectFromHost(); // once the bytes above are sent
    finishIfClosed();
}

void MockProxySession::pump(QTcpSocket *from, QTcpSocket *to)
{
    if (!from || !to)
        return;
    if (to->state() != QAbstractSocket::ConnectedState) {
        // Nobody left to deliver to: drop what arrives and close this side as well.
        from->skip(from->bytesAvailable());
        if (from->state() == QAbstractSocket::ConnectedState)
            from->disconnectFromHost();
        return;
    }
    while (from->bytesAvailable() > 0 && to->bytesToWrite() < kRelayWindow)
        to->write(from->read(kRelayWindow - to->bytesToWrite()));
    // A side that closed hands its close on once everything it sent is passed along.
    if (from->state() == QAbstractSocket::UnconnectedState && from->bytesAvailable() == 0)
        to->disconnectFromHost();
}

void MockProxySession::finishIfClosed()
{
    if (m_finished || m_client->state() != QAbstractSocket::UnconnectedState)
        return;
    if (m_upstream && m_upstream->state() != QAbstractSocket::UnconnectedState)
        return;
    m_finished = true;
    m_phase = Phase::Closing;
    emit finished();
    deleteLater();
}
