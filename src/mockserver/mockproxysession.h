#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>

class QHostAddress;
class QTcpSocket;
struct MockProxyPolicy;

// One client connection of MockProxyServer, from accept to close: the protocol subclasses read
// their handshake out of buffer(), ask for an upstream connection and answer the client; this
// base class owns both sockets, applies the connect delay, bounds every buffer, relays bytes both
// ways once the tunnel stands, and deletes itself (deleteLater) when both sides are closed.
class MockProxySession : public QObject
{
    Q_OBJECT

public:
    // Handshake bytes kept before the client is dropped (a request head, a SOCKS message).
    static constexpr qsizetype kMaxHandshakeBytes = 64 * 1024;
    // What each socket reads ahead and what may wait to be written to the other side: a slow
    // reader holds the faster peer back (TCP flow control) instead of filling memory.
    static constexpr qsizetype kRelayWindow = 64 * 1024;

    // Takes `client` over (reparents it). `policy` belongs to the server, which outlives us.
    MockProxySession(QTcpSocket *client, const MockProxyPolicy &policy, QObject *parent);
    ~MockProxySession() override;

    // Waits policy().connectDelayMs, then starts reading the handshake.
    void start();
    // Closes both sides now (the server is closing).
    void abort();

signals:
    // Both sides are closed; the session deletes itself later.
    void finished();

protected:
    const MockProxyPolicy &policy() const { return m_policy; }
    QTcpSocket *client() const { return m_client; }
    // Handshake bytes read so far; subclasses remove what they consumed.
    QByteArray &buffer() { return m_buffer; }

    // New handshake bytes are in buffer() (or, after a pause, the same bytes again).
    virtual void onHandshakeData() = 0;
    // The connection asked for with connectUpstream() stands / failed.
    virtual void onUpstreamConnected(const QHostAddress &boundAddress, quint16 boundPort) = 0;
    virtual void onUpstreamFailed(QAbstractSocket::SocketError error) = 0;

    void connectUpstream(const QHostAddress &address, quint16 port);
    // Sends what is left in buffer() upstream and relays both ways until either side closes.
    void startRelay();
    // The client gets no answer, ever: the session stops reading and waits for it to leave.
    void hang();
    // Writes `bytes` (if any), then closes the client once they are sent.
    void closeClient(const QByteArray &bytes = {});

private:
    void onClientReadyRead();
    // Moves bytes from `from` to `to` while `to` has room; passes a close on once drained.
    void pump(QTcpSocket *from, QTcpSocket *to);
    void finishIfClosed();

    const MockProxyPolicy &m_policy;
    QTcpSocket *m_client;             // child
    QTcpSocket *m_upstream = nullptr; // child
    QByteArray m_buffer;
    enum class Phase { Waiting, Handshake, Connecting, Relaying, Hanging, Closing };
    Phase m_phase = Phase::Waiting;
    bool m_finished = false;
};
