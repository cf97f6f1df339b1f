#pragma once

#include <QObject>
#include <QUrl>

class BackendHttpServer;
class MockProxyServer;
class QThread;

// Demo mode's server: the ProxyShard-compatible backend with seeded sample data, on loopback, in
// its own thread so serving pages never competes with painting. A plain BackendHttpServer, not
// the tests' MockServer: the app ships no latency, fault injection or request recording. Next
// to it, in the same thread, a MockProxyServer that the demo's Datacenter/ISP proxies point at
// (see DemoProxies: a few of them dead or with a wrong password), and the IP-echo target to
// check them against, so the proxy checker works without an account. Drift is on
// (MockBackend::setDrift): every refresh after the first finds a few orders renewed, on hold or
// edited, so the Activity panel has something to show.
class DemoServer final : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Generates `orders` sample orders and listens on a random loopback port. Empty on failure.
    QUrl start(int orders);
    // The same without waiting: started() or failedToStart() follows.
    void startInBackground(int orders);
    QString token() const;
    // The demo's IP-echo target (server URL + /echo/ip), the checker's target in demo mode; empty
    // until started. Without its proxies (they could not listen) the demo lists the usual
    // documentation addresses instead.
    QUrl echoUrl() const { return m_echoUrl; }

signals:
    void started(const QUrl &url, const QString &token);
    void failedToStart();

private:
    // Creates the servers and moves them to the thread.
    void create();
    // In the servers' thread: sample data, the proxies, then listening. The URL, empty on failure.
    QUrl serve(int orders);
    void setUrl(const QUrl &url);

    QThread *m_thread;
    BackendHttpServer *m_server = nullptr;
    MockProxyServer *m_proxies = nullptr; // child of m_server, created in its thread
    QUrl m_echoUrl;
};
