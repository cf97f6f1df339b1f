// sharddesk-mock-server: the demo/test backend as a process. Prints
// "listening on http://HOST:PORT" once ready (the last line; with --demo-proxies the proxies'
// lines come first) and serves until SIGINT/SIGTERM.

#include "demoproxies.h"
#include "mockbackend.h"
#include "mockproxyserver.h"
#include "mockserver.h"
#include "sharddeskversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Self-pipe: the signal handler may only write(); the event loop reads and quits cleanly.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}

std::optional<qint64> intOption(const QCommandLineParser &parser, const QString &name,
                                qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < minimum || v > maximum)
        return std::nullopt;
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sharddesk-mock-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A ProxyShard User API compatible server with seeded demo data."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"host"_s, u"Address to listen on (default: 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s},
        {u"port"_s, u"Port to listen on (0: any free port)."_s, u"port"_s, u"0"_s},
        {u"token"_s, u"The API key clients must send as a Bearer token (default: demo)."_s,
         u"token"_s, u"demo"_s},
        {u"orders"_s, u"Number of demo orders to generate (default: 240)."_s, u"count"_s,
         QString::number(MockBackend::kDefaultOrderCount)},
        {u"seed"_s, u"Seed of the demo data (default: 1)."_s, u"seed"_s,
         QString::number(MockBackend::kDefaultSeed)},
        {u"latency-ms"_s, u"Delay before every answer, in milliseconds."_s, u"ms"_s, u"0"_s},
        {u"balance-cents"_s, u"Initial wallet balance in cents (default: 250000)."_s, u"cents"_s,
         QString::number(MockBackend::kDefaultBalanceCents)},
        {u"no-calculate"_s, u"Answer 404 on /user/api/orders/calculate (pre-1.1.0 servers)."_s},
        {u"demo-proxies"_s,
         u"Serve HTTP and SOCKS5 proxies on 127.0.0.1 and list them in proxies/active (a few "
         "dead or with a wrong password), for trying the proxy checker; check them against "
         "/echo/ip."_s},
        {u"drift"_s,
         u"Change the account on its own before every sync after the first (auto-renewals "
         "charged, orders on hold, a tag and an auto-renewal changed, now and then a new order "
         "or a top-up), deterministically from --seed."_s},
        {u"profile"_s,
         u"strict: a tidy, validating server (default). realistic: the rough edges of a "
         "production deployment (plain-text framework errors, {\"detail\"} errors, pages capped "
         "at 50 rows, nulls and odd types, unreadable rows, 204 and success-less action "
         "answers, lenient purchase bodies)."_s,
         u"strict|realistic"_s, u"strict"_s},
    });
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "sharddesk-mock-server: " << message << Qt::endl;
        return 2;
    };
    const std::optional<qint64> port = intOption(parser, u"port"_s, 0, 65535);
    const std::optional<qint64> orders = intOption(parser, u"orders"_s, 0, 10'000'000);
    const std::optional<qint64> seed = intOption(parser, u"seed"_s, 0, 0xffffffffLL);
    const std::optional<qint64> latency = intOption(parser, u"latency-ms"_s, 0, 600'000);
    const std::optional<qint64> balance =
        intOption(parser, u"balance-cents"_s, 0, 1'000'000'000'000LL);
    if (!port)
        return fail(u"--port must be between 0 and 65535"_s);
    if (!orders)
        return fail(u"--orders must be between 0 and 10000000"_s);
    if (!seed)
        return fail(u"--seed must be an unsigned 32-bit integer"_s);
    if (!latency)
        return fail(u"--latency-ms must be between 0 and 600000"_s);
    if (!balance)
        return fail(u"--balance-cents must be a non-negative integer"_s);
    const QString hostText = parser.value(u"host"_s);
    QHostAddress host(hostText);
    if (hostText == u"localhost")
        host = QHostAddress(QHostAddress::LocalHost);
    if (host.isNull())
        return fail(u"--host must be an IP address"_s);
    const QString token = parser.value(u"token"_s);
    if (token.isEmpty())
        return fail(u"--token must not be empty"_s);
    const std::optional<MockBackend::Profile> profile =
        MockBackend::profileFromName(parser.value(u"profile"_s));
    if (!profile)
        return fail(u"--profile must be strict or realistic"_s);

    if (!installSignalHandlers(app))
        return fail(u"cannot install signal handlers"_s);

    MockServer server;
    // The option decides, not SHARDDESK_MOCK_PROFILE (that one is for the test suite).
    server.setProfile(*profile);
    server.setToken(token);
    server.resetDemoData(int(*orders), quint32(*seed));
    server.setBalanceCents(*balance);
    server.setLatency(int(*latency));
    server.setCalculateEnabled(!parser.isSet(u"no-calculate"_s));
    server.backend().setDrift(parser.isSet(u"drift"_s));
    // A long-running demo server must not grow without bound.
    server.setRecordingEnabled(false);
    QTextStream out(stdout);
    MockProxyServer proxies;
    if (parser.isSet(u"demo-proxies"_s)) {
        const std::optional<DemoProxies> demo = DemoProxies::serve(proxies);
        if (!demo)
            return fail(u"cannot listen for the demo proxies on 127.0.0.1"_s);
        server.backend().setDemoProxies(*demo);
        out << "http proxy on 127.0.0.1:" << demo->httpPort() << '\n'
            << "socks5 proxy on 127.0.0.1:" << demo->socksPort() << '\n'
            << "dead proxy port 127.0.0.1:" << demo->deadPort() << '\n';
    }
    if (!server.listen(host, quint16(*port)))
        return fail(u"cannot listen on "_s + hostText + u':' + QString::number(*port));

    out << "listening on " << server.url().toString() << Qt::endl; // endl flushes
    const int rc = app.exec();
    server.close();
    proxies.close();
    return rc;
}
