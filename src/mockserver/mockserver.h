#pragma once

#include "backendhttpserver.h"
#include "mockbackend.h"
#include "mockfault.h"
#include "mockfaultplan.h"
#include "mockorder.h"
#include "mockrequest.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;

// A request as the server received it (before any fault or validation).
using RecordedRequest = MockRequest;

// A ProxyShard-compatible HTTP/1.1 server on loopback for tests: a BackendHttpServer (MockBackend
// behind a socket) whose requests it takes over to add global latency, fault injection and a
// record of every request. Everything it owns is parented to it and it keeps no globals, so it
// can live in a worker thread (create it there, or moveToThread() before listen(); then call it
// only from that thread, e.g. with QMetaObject::invokeMethod). Tests only: the app's demo mode
// runs a plain BackendHttpServer, so none of this ships.
class MockServer final : public QObject
{
    Q_OBJECT

public:
    using PagingMode = MockBackend::PagingMode;
    using Profile = MockBackend::Profile;

    // The environment variable that makes every new MockServer start in the Realistic profile
    // ("realistic"; anything else, or unset: Strict). CTest runs the integration suites a second
    // time with it set.
    static constexpr const char *kProfileEnvironmentVariable = "SHARDDESK_MOCK_PROFILE";

    // The demo account: MockBackend's defaults (240 orders from seed 1, token "demo",
    // balance $2,500.00), in the Strict profile unless SHARDDESK_MOCK_PROFILE=realistic.
    // Nothing listens before listen().
    explicit MockServer(QObject *parent = nullptr);
    ~MockServer() override;

    // Port 0 picks a free port. Returns false if the address cannot be bound.
    Q_INVOKABLE bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                            quint16 port = 0);
    // Stops listening and closes every connection, hung ones included.
    Q_INVOKABLE void close();
    bool isListening() const { return m_http->isListening(); }
    quint16 port() const { return m_http->port(); }
    QUrl url() const { return m_http->url(); } // e.g. http://127.0.0.1:40123

    QString token() const { return backend().token(); }
    void setToken(const QString &token) { backend().setToken(token); }
    // Delay before every answer (faults included), in milliseconds.
    int latency() const { return m_latencyMs; }
    void setLatency(int ms) { m_latencyMs = qMax(0, ms); }
    // How the latency holds an answer back: `send` is to run after `delayMs`, unless `context`
    // (the request's connection) is gone first. The default is a precise QTimer. Tests put in
    // one that records the delay and runs `send` when they choose, so the latency is checked
    // without waiting on real time (`send` may run late: after the client left or the server
    // was destroyed it does nothing). An empty function restores the default.
    using DelayScheduler =
        std::function<void(int delayMs, QObject *context, std::function<void()> send)>;
    void setDelayScheduler(DelayScheduler scheduler);
    Profile profile() const { return backend().profile(); }
    void setProfile(Profile profile) { backend().setProfile(profile); }
    bool isRealistic() const { return backend().isRealistic(); }
    // The profile SHARDDESK_MOCK_PROFILE asks for (Strict when unset or unknown).
    static Profile profileFromEnvironment();
    PagingMode pagingMode() const { return backend().pagingMode(); }
    void setPagingMode(PagingMode mode) { backend().setPagingMode(mode); }
    bool calculateEnabled() const { return backend().calculateEnabled(); }
    void setCalculateEnabled(bool enabled) { backend().setCalculateEnabled(enabled); }
    // Fresh demo data: catalogue, stock and balance back to their defaults, `orderCount` orders.
    void resetDemoData(int orderCount, quint32 seed = MockBackend::kDefaultSeed);

    void addFault(const MockFault &fault) { m_faults.add(fault); }
    void clearFaults() { m_faults.clear(); }
    qsizetype armedFaultCount() const { return m_faults.size(); }

    QList<RecordedRequest> recordedRequests() const { return m_recorded; }
    // Requests with this method (empty: any) whose path starts with pathPrefix (empty: any).
    int requestCount(const QByteArray &method, const QString &pathPrefix) const;
    void clearRecorded() { m_recorded.clear(); }
    // Benchmarks switch recording off so that millions of requests do not pile up.
    void setRecordingEnabled(bool enabled) { m_recording = enabled; }

    // Shortcuts into the state for tests.
    qint64 balanceCents() const { return backend().state().balanceCents(); }
    void setBalanceCents(qint64 cents) { backend().state().setBalanceCents(cents); }
    int stock(const QString &country, const QString &productCode) const;
    void setStock(const QString &country, const QString &productCode, int amount);
    std::optional<MockOrder> order(qint64 orderId) const;
    // Replaces the stored order with the same id (e.g. to put one on hold); false if unknown.
    bool updateOrder(const MockOrder &order) { return backend().state().updateOrder(order); }
    qsizetype orderCount() const { return backend().state().orders().size(); }
    MockBackend &backend() { return m_http->backend(); }
    const MockBackend &backend() const { return m_http->backend(); }

    // TCP connections accepted since listen(): shows whether clients reuse keep-alive connections.
    int connectionCount() const { return m_http->connectionCount(); }

    // Connections held open by Hang faults and not yet released.
    int hungConnectionCount() const;
    void releaseHungConnections();

Q_SIGNALS:
    // A complete request arrived (before faults and latency).
    void requestReceived(const QByteArray &method, const QString &path);
    // The answer went out; status 0 when the connection was dropped on purpose. Hung requests
    // never emit it.
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    void onRequest(MockRequest &&request, QTcpSocket *socket);

    BackendHttpServer *m_http; // child: moves to a worker thread with us
    MockFaultPlan m_faults;
    QList<RecordedRequest> m_recorded;
    QList<QPointer<QTcpSocket>> m_hung;
    int m_latencyMs = 0;
    DelayScheduler m_delay;
    bool m_recording = true;
};
