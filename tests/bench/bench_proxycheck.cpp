// The proxy checker at scale (issue 16): 1,000 endpoints (distinct users) behind one loopback
// MockProxyServer that delays every new connection by 100 ms, each checked with a GET of a
// loopback IP echo through it. The proxy and the echo each run in a thread of their own, as
// remote machines would; ProxyChecker (32 at once) runs in the main thread with the results
// table's model attached (ProxyCheckModel under a QSortFilterProxyModel sorted by its SortRole,
// as the window shows it).
//
//   bench_proxycheck [--protocol http|socks5]   (default http, the checker's default)
//
// Goals: wall time ≤ 1.3 × the floor (1,000 / 32 × 100 ms = 3,125 ms); ≥ 20 × faster than
// one at a time (50 endpoints with a concurrency of 1, scaled to 1,000); the main thread never
// stalls over 50 ms while the results stream in (a 1 ms timer probes it).
#include "benchsupport.h"
#include "domain/proxyendpoint.h"
#include "echotarget.h"
#include "mockproxyserver.h"
#include "proxycheckmodel.h"
#include "services/proxychecker.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QNetworkProxy>
#include <QSortFilterProxyModel>
#include <QThread>

#include <cstdio>
#include <memory>

namespace {

constexpr int kEndpoints = 1000;
constexpr int kConcurrency = 32;
constexpr int kDelayMs = 100;
constexpr int kSequentialSample = 50;

// A QObject living in a thread of its own, to run code there.
class WorkerThread final
{
public:
    WorkerThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    template <typename F>
    void run(F &&f)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_context;
};

struct Figures
{
    double wallMs = 0;
    double maxStallMs = 0;
    int works = 0;
    QString firstFailure;
};

Figures runChecks(const QList<ProxyEndpoint> &endpoints, int concurrency, const QUrl &target)
{
    ProxyChecker checker;
    ProxyCheckModel model(&checker);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ProxyCheckModel::SortRole);
    sorted.sort(ProxyCheckModel::ResultColumn);

    Bench::StallProbe probe;
    QEventLoop loop;
    QObject::connect(&checker, &ProxyChecker::finished, &loop, [&loop] { loop.quit(); });
    QElapsedTimer clock;
    probe.start();
    clock.start();
    checker.start(endpoints, {concurrency, 10'000, target});
    loop.exec();
    Figures f;
    f.wallMs = Bench::elapsedMs(clock);
    probe.stop();
    f.maxStallMs = probe.maxStallMs();
    f.works = checker.summary().works;
    for (qsizetype i = 0; i < checker.results().size() && f.firstFailure.isEmpty(); ++i) {
        const ProxyCheckResult &r = checker.results().at(i);
        if (!r.works())
            f.firstFailure = endpoints.at(i).key() + u": " +
                             ProxyCheckResult::outcomeName(r.outcome) + u' ' + r.detail;
    }
    // The sorted view followed every row.
    if (sorted.rowCount() != endpoints.size())
        f.firstFailure = QStringLiteral("the sorted model lost rows");
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));

    ProxyProtocol protocol = ProxyProtocol::Http;
    const QStringList args = app.arguments();
    const qsizetype p = args.indexOf(QStringLiteral("--protocol"));
    if (p >= 0 && p + 1 < args.size()) {
        if (args.at(p + 1) == u"socks5")
            protocol = ProxyProtocol::Socks5;
        else if (args.at(p + 1) != u"http") {
            std::fprintf(stderr, "usage: bench_proxycheck [--protocol http|socks5]\n");
            return 2;
        }
    }

    // The loopback proxy, 100 ms per new connection, in its own thread.
    WorkerThread proxyThread;
    MockProxyServer *proxy = nullptr;
    bool listening = false;
    proxyThread.run([&] {
        proxy = new MockProxyServer;
        proxy->setConnectDelayMs(kDelayMs);
        listening = proxy->listen();
    });
    // The IP echo, in its own thread.
    WorkerThread echoThread;
    EchoTarget *echo = nullptr;
    echoThread.run([&] {
        echo = new EchoTarget;
        listening = listening && echo->listen();
    });
    if (!listening) {
        std::fprintf(stderr, "bench_proxycheck: cannot listen on loopback\n");
        return 1;
    }
    const quint16 port = protocol == ProxyProtocol::Http ? proxy->httpPort() : proxy->socksPort();
    const QUrl target = echo->url(QStringLiteral("/ip"));

    QList<ProxyEndpoint> endpoints;
    for (int i = 0; i < kEndpoints; ++i)
        endpoints.append({protocol, QStringLiteral("127.0.0.1"), int(port),
                          u"user" + QString::number(i), u"pass" + QString::number(i), 0});

    // One at a time, on a sample (the full 1,000 would take minutes).
    const Figures sequential =
        runChecks(endpoints.mid(0, kSequentialSample), 1, target);
    const double sequentialScaled = sequential.wallMs * kEndpoints / kSequentialSample;

    const Figures concurrent = runChecks(endpoints, kConcurrency, target);
    const double floorMs = double(kEndpoints) / kConcurrency * kDelayMs;

    std::printf("bench_proxycheck: %d %s endpoints, %d at once, %d ms per proxy connection\n",
                kEndpoints, qPrintable(ProxyEndpoint::protocolName(protocol)), kConcurrency,
                kDelayMs);
    Bench::report("proxycheck_1000_wall_ms", concurrent.wallMs, "ms");
    Bench::report("proxycheck_floor_ms", floorMs, "ms");
    Bench::report("proxycheck_vs_floor", concurrent.wallMs / floorMs, "x");
    Bench::report("proxycheck_sequential_1000_ms", sequentialScaled, "ms");
    Bench::report("proxycheck_speedup_vs_sequential", sequentialScaled / concurrent.wallMs, "x");
    Bench::report("proxycheck_max_stall_ms", concurrent.maxStallMs, "ms");
    Bench::report("proxycheck_works", concurrent.works, "endpoints");
    std::printf("goals: vs floor <= 1.3 (%s), speed-up >= 20 (%s), max stall <= 50 ms (%s)\n",
                concurrent.wallMs / floorMs <= 1.3 ? "met" : "MISSED",
                sequentialScaled / concurrent.wallMs >= 20 ? "met" : "MISSED",
                concurrent.maxStallMs <= 50 ? "met" : "MISSED");
    for (const Figures *f : {&sequential, &concurrent}) {
        if (!f->firstFailure.isEmpty())
            std::fprintf(stderr, "bench_proxycheck: not every check worked: %s\n",
                         qPrintable(f->firstFailure));
    }
    std::fflush(stdout);

    echoThread.run([&] { delete echo; });
    proxyThread.run([&] {
        proxy->close();
        delete proxy;
    });
    return concurrent.works == kEndpoints && sequential.works == kSequentialSample ? 0 : 1;
}
