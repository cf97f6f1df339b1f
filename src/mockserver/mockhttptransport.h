#pragma once

#include "mockrequest.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

// The socket side of BackendHttpServer (and so of MockServer). Qt 6.4's QHttpServer routes
// through responders that always answer; the mock needs raw control of the connection (drop,
// hang, late or malformed answers), so it derives from QAbstractHttpServer, copies each request
// into a MockRequest at once and hands it on together with the socket.
class MockHttpTransport final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(MockRequest &&request, QTcpSocket *socket)>;

    explicit MockHttpTransport(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
