#pragma once

#include "mockproxysession.h"

// The HTTP proxy side of MockProxyServer for one client connection. An absolute-form request
// ("GET http://127.0.0.1:8080/echo/ip HTTP/1.1") is sent on to its target in origin form with
// "Connection: close", and the answer relayed back until the target closes; CONNECT opens a
// tunnel ("200 Connection established", then bytes both ways). Proxy-Authorization: Basic is
// checked first: without acceptable credentials the answer is 407 with Proxy-Authenticate, on a
// connection kept open (when the request had no body to skip) so that the client can send the
// request again with credentials, as browsers and Qt do.
class MockHttpProxySession final : public MockProxySession
{
    Q_OBJECT

public:
    static constexpr const char *kRealm = "ShardDesk mock proxy";

    using MockProxySession::MockProxySession;

protected:
    void onHandshakeData() override;
    void onUpstreamConnected(const QHostAddress &boundAddress, quint16 boundPort) override;
    void onUpstreamFailed(QAbstractSocket::SocketError error) override;

private:
    // One request head (without its blank line); false when the connection is done with.
    bool handleHead(const QByteArray &head);
    // A plain-text answer; keepAlive leaves the connection open for the next request.
    void answer(int status, const QString &text, bool keepAlive = false,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QByteArray m_forwardHead; // the request as the target gets it; empty for CONNECT
    QString m_destination;    // host:port, for the 502 text
    qint64 m_bodyToSkip = 0;  // body bytes of a refused request still to come
};
