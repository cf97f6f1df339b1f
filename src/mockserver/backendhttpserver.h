#pragma once

#include "mockbackend.h"
#include "mockrequest.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>

class MockHttpTransport;
struct MockResponse;
class QTcpSocket;

// The backend on a loopback socket, and nothing else: every request is answered at once with
// MockBackend::handle() (no latency, no faults, no recording), keep-alive as HTTP/1.1 asks. This
// is what the app's demo mode ships; MockServer, the test double, listens through one of these
// and takes the requests over with setRequestHandler(). Everything it owns is parented to it and
// it keeps no globals, so it can live in a worker thread (create it there, or moveToThread()
// before listen(); then call it only from that thread, e.g. with QMetaObject::invokeMethod).
class BackendHttpServer final : public QObject
{
    Q_OBJECT

public:
    // Takes over a complete request; whoever handles it answers on the socket (or not).
    using RequestHandler = std::function<void(MockRequest &&request, QTcpSocket *socket)>;

    // The demo account: MockBackend's defaults (240 orders from seed 1, token "demo", the Strict
    // profile). Nothing listens before listen().
    explicit BackendHttpServer(QObject *parent = nullptr);
    ~BackendHttpServer() override;

    // Port 0 picks a free port. Returns false if the address cannot be bound.
    Q_INVOKABLE bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                            quint16 port = 0);
    // Stops listening and closes every connection.
    Q_INVOKABLE void close();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url() const; // e.g. http://127.0.0.1:40123
    // TCP connections accepted since listen(): shows whether clients reuse keep-alive connections.
    int connectionCount() const { return m_connections; }

    MockBackend &backend() { return m_backend; }
    const MockBackend &backend() const { return m_backend; }
    QString token() const { return m_backend.token(); }
    void setToken(const QString &token) { m_backend.setToken(token); }
    MockBackend::Profile profile() const { return m_backend.profile(); }
    void setProfile(MockBackend::Profile profile) { m_backend.setProfile(profile); }
    // Fresh demo data: catalogue, stock and balance back to their defaults, `orderCount` orders.
    void resetDemoData(int orderCount, quint32 seed = MockBackend::kDefaultSeed)
    {
        m_backend.resetDemoData(orderCount, seed);
    }

    // Replaces the plain answer (empty: back to it). Kept as a hook rather than a virtual so that
    // the class stays final and the test double composes it instead of deriving from it.
    void setRequestHandler(RequestHandler handler) { m_handler = std::move(handler); }

    // Whether the client asked to keep the connection open (anything but "Connection: close").
    static bool wantsKeepAlive(const MockRequest &request);
    // Writes the answer and, unless keepAlive, closes the connection once it is sent.
    static void writeResponse(QTcpSocket *socket, const MockResponse &response, bool keepAlive);

private:
    void createTransport();
    void onRequest(MockRequest &&request, QTcpSocket *socket);

    MockBackend m_backend;
    RequestHandler m_handler;
    MockHttpTransport *m_transport = nullptr; // child
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_connections = 0;
};
