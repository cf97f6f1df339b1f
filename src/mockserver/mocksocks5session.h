#pragma once

#include "mockproxysession.h"

#include <QString>

// The SOCKS5 side of MockProxyServer for one client connection: the RFC 1928 greeting (method
// 0x02, username/password, whenever the client offers it, so that we learn who it is; 0x00 only
// when the server does not require credentials), the RFC 1929 sub-negotiation (status 0x01 and
// close on refusal), then CONNECT to an IPv4, domain or IPv6 destination, the reply with the
// bound address, and bytes both ways. Other commands get 0x07, other address types 0x08,
// destinations that are not loopback 0x02 (not allowed by ruleset).
class MockSocks5Session final : public MockProxySession
{
    Q_OBJECT

public:
    using MockProxySession::MockProxySession;

    // RFC 1928 reply codes used here.
    enum Reply : quint8 {
        Succeeded = 0x00,
        GeneralFailure = 0x01,
        NotAllowed = 0x02,
        HostUnreachable = 0x04,
        ConnectionRefused = 0x05,
        CommandNotSupported = 0x07,
        AddressTypeNotSupported = 0x08,
    };

protected:
    void onHandshakeData() override;
    void onUpstreamConnected(const QHostAddress &boundAddress, quint16 boundPort) override;
    void onUpstreamFailed(QAbstractSocket::SocketError error) override;

private:
    // Each reads one message from the front of buffer(); false while it is incomplete or once
    // the connection is done with.
    bool readGreeting();
    bool readCredentials();
    bool readRequest();
    void refuse(Reply reply);

    enum class Step { Greeting, Credentials, Request };
    Step m_step = Step::Greeting;
};
