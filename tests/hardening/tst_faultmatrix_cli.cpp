// The mock server's every fault kind through the real sharddesk-cli executable (QProcess), for
// every command that talks to the server: the reading ones and the changing ones (with their
// confirmation flag). A reading command meets the fault on every request; a changing command on
// its POST alone (buy and renew read first: the baseline a lost answer is reconciled against).
// The faults fire instead of the server handling the request. Each case checks that the CLI
// ends normally (no signal, no hang) with the exit code of ExitCodes::forError for the fault's
// error class, nothing on stdout, readable lines on stderr (no HTML, no JSON, no 17 MiB dump, no
// API key, no Qt noise or stack trace), the server's state untouched (a POST is sent exactly
// once, never retried), and that a run without the fault afterwards prints exactly what a run
// printed before (that run in-process but for `orders`: the executable's CliRunner, which
// initTestCase shows to print what the executable prints). Where the policy says otherwise:
// - tag, auto-renew, cycle and renew: a 200 whatever its body (isJunkSuccess) is a success,
//   exit 0 with the result on stdout;
// - buy, when the answer is lost or unusable: the orders and balance are read again, and the CLI
//   says "No order was made" and exits with the error's class;
// - renew, when the answer is lost: the order is read back, "not renewed", the error's class.
// moneyAnswerLostAfterTheServerActed has the server buy or renew before the answer is lost (the
// CLI finds the order, exit 0), moneyReconcileUnclear makes the reconcile fail too (exit 6).
// The matrix (command × fault → exit code and class) is printed at the end.
//
// Speed: the CLI has --timeout-ms but no way to change its retry policy (the client's defaults:
// 3 retries, 0.4 s … 1.6 s back-off). So that the transient cells do not each wait ~2 s of
// back-off, a GET command's retry budget is first used up by 429 answers with "Retry-After: 0"
// (retried at once), counted per request so that each of the calls `orders` has side by side
// gets its own, and the retry that is left meets the fault under test, whose error is the one
// reported. The 429 column itself answers "Retry-After: 0". The waits themselves are checked
// in-process (the same CliRunner the executable runs, its client's retry wait recorded and ended
// at once): retriesBackOffOnTransientFaults the back-off between tries,
// rateLimitWaitsForRetryAfter the server's "Retry-After". The only real time waited is a hang's
// timeout (kHangTimeoutMs): the executable's own timer must fire for a hang to become an error.

#include "api/apiclient.h"
#include "clirunner.h"
#include "exitcode.h"

#include "services/ordersync.h"
#if __has_include("session/appcontext.h")
#include "session/appcontext.h"
#endif

#include "mockcatalog.h"
#include "mockorder.h"
#include "mockproduct.h"
#include "mockresidentialpools.h"
#include "mockstate.h"
#include "../faultexpectations.h"
#include "mockserver.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MockFault::Kind)

namespace {

constexpr int kProcessWaitMs = 20000;
// The one real wait: a hang becomes an error only when the executable's own timer fires. The reads
// before a changing command's POST share it; one that is slow is retried (GETs are).
constexpr int kHangTimeoutMs = 150;
// Long enough that a slow machine still gets the 17 MiB answer's headers, which alone must stop
// the transfer; bounded so that nothing waits for the client's 20 s default.
constexpr int kTimeoutMs = 10000;
const QString kToken = u"fm-cli-key-5e0c2b7d91"_s;

QString shortName(MockFault::Kind fault)
{
    switch (fault) {
    case MockFault::Kind::Unauthorized401:
        return u"401"_s;
    case MockFault::Kind::Forbidden403:
        return u"403"_s;
    case MockFault::Kind::NotFound404:
        return u"404"_s;
    case MockFault::Kind::RateLimited429:
        return u"429"_s;
    case MockFault::Kind::Server500:
        return u"500"_s;
    case MockFault::Kind::BadGateway502:
        return u"502"_s;
    case MockFault::Kind::Unavailable503:
        return u"503"_s;
    case MockFault::Kind::Drop:
        return u"drop"_s;
    case MockFault::Kind::Hang:
        return u"hang"_s;
    case MockFault::Kind::TruncatedJson:
        return u"truncated"_s;
    case MockFault::Kind::WrongTypes:
        return u"wrongtypes"_s;
    case MockFault::Kind::HtmlPage:
        return u"html"_s;
    case MockFault::Kind::EmptyBody:
        return u"empty"_s;
    case MockFault::Kind::Oversized:
        return u"17MiB"_s;
    }
    return {};
}

// ExitCode (src/cli/exitcode.h) of the error class the fault must be reported as.
int expectedExitCode(MockFault::Kind fault)
{
    switch (fault) {
    case MockFault::Kind::Unauthorized401:
        return int(ExitCode::Unauthorized);
    case MockFault::Kind::Forbidden403:
    case MockFault::Kind::NotFound404:
    case MockFault::Kind::RateLimited429:
        return int(ExitCode::Refused); // 4xx other than 401
    case MockFault::Kind::Server500:
    case MockFault::Kind::BadGateway502:
    case MockFault::Kind::Unavailable503:
    case MockFault::Kind::Drop:
    case MockFault::Kind::Hang:
        return int(ExitCode::Unreachable); // network, timeout or 5xx
    case MockFault::Kind::TruncatedJson:
    case MockFault::Kind::WrongTypes:
    case MockFault::Kind::HtmlPage:
    case MockFault::Kind::EmptyBody:
    case MockFault::Kind::Oversized:
        return int(ExitCode::Unusable);
    }
    return -1;
}

// A purchase or renewal that met this fault may have gone through: no answer, a 5xx or an
// answer that could not be read (ApiError::leavesOutcomeUnknown).
bool leavesOutcomeUnknown(MockFault::Kind fault)
{
    const int code = expectedExitCode(fault);
    return code == int(ExitCode::Unreachable) || code == int(ExitCode::Unusable);
}

// Something of the message that shows it names this fault (and not just any failure).
QString expectedMessagePart(MockFault::Kind fault)
{
    // Where the fault's body carries the server's own words, the CLI shows them.
    if (const QString own = serverMessageOf(fault); !own.isEmpty())
        return own;
    switch (fault) {
    case MockFault::Kind::BadGateway502:
        return u"HTTP 502"_s;
    case MockFault::Kind::Drop:
        return u"connection"_s;
    case MockFault::Kind::Hang:
        return u"did not answer"_s;
    case MockFault::Kind::TruncatedJson:
        return u"not valid JSON"_s;
    case MockFault::Kind::WrongTypes:
        return u"cannot use"_s;
    case MockFault::Kind::HtmlPage:
        return u"web page"_s;
    case MockFault::Kind::EmptyBody:
        return u"empty"_s;
    case MockFault::Kind::Oversized:
        return u"larger than"_s;
    default: // the kinds whose body carries the server's words, above
        break;
    }
    return {};
}

// Retried by the client (GET only): 429, 5xx, network errors and timeouts.
bool isTransient(MockFault::Kind fault)
{
    return expectedExitCode(fault) == int(ExitCode::Unreachable) || fault == MockFault::Kind::RateLimited429;
}

QString exitClass(int code)
{
    switch (code) {
    case 0:
        return u"ok"_s;
    case 1:
        return u"refused"_s;
    case 2:
        return u"usage"_s;
    case 3:
        return u"unauth"_s;
    case 4:
        return u"unreach"_s;
    case 5:
        return u"unusable"_s;
    case 6:
        return u"unknown"_s;
    }
    return u"?"_s;
}

struct Command
{
    QString name;
    QStringList args;
    QByteArray method;      // "GET" or "POST"
    QString path;           // the endpoint it calls
    int parallelCalls = 1;  // requests it has in flight at once (orders: OrderSync's window)
    bool spendsMoney = false;
    QList<QStringList> readBack; // runs that show the data this command reads or changes
    QString orderId;             // the order a changing command acts on (buy: none)
};

// What a run of a command that met a fault must end in.
enum class Ending {
    Fails,       // the error's exit code, its one line on stderr
    Succeeds,    // exit 0, the result on stdout (an action endpoint's 2xx, whatever the body)
    NoOrderMade, // buy: the answer was lost, the reconcile shows no order
    NotRenewed,  // renew: the answer was lost, the order read back is not renewed
};

Ending endingOf(const Command &c, MockFault::Kind fault)
{
    if (c.method == "POST" && c.name != u"buy" && isJunkSuccess(fault))
        return Ending::Succeeds;
    if (c.name == u"buy" && leavesOutcomeUnknown(fault))
        return Ending::NoOrderMade;
    if (c.name == u"renew" && leavesOutcomeUnknown(fault))
        return Ending::NotRenewed;
    return Ending::Fails;
}

// What must never be on stderr: Qt's own warnings, a crash's or an assertion's words, a stack.
QString noiseIn(const QString &err)
{
    static const QStringList noise{u"QObject::"_s,  u"QNetwork"_s,   u"QSocket"_s,
                                   u"QThread"_s,    u"QEventLoop"_s, u"QTimer"_s,
                                   u"qt.network"_s, u"ASSERT"_s,     u"terminate called"_s,
                                   u"Segmentation"_s, u"#0 "_s,      u"0x0"_s};
    for (const QString &n : noise) {
        if (err.contains(n))
            return n;
    }
    return {};
}

// The requests recorded after the first `method` `path` one (none: -1 if it never came).
int requestsAfter(const MockServer &server, const QByteArray &method, const QString &path,
                  const QByteArray &afterMethod)
{
    const QList<RecordedRequest> all = server.recordedRequests();
    int n = -1;
    for (const RecordedRequest &r : all) {
        if (n < 0) {
            if (r.method == method && r.path == path)
                n = 0;
            continue;
        }
        if (r.method == afterMethod)
            ++n;
    }
    return n;
}

// Whether a read-back may run in-process. Not `orders`: the calls it has side by side leave
// read-ahead requests the server may take in after the runner has finished, when the next case
// is counting requests; the executable's exit, awaited, lets the server take in all it sent.
bool readsBackInProcess(const QStringList &args)
{
    return args.value(0) != u"orders";
}

// The runner's own client: through the context it builds its services in (CliRunner::context()),
// or, with a runner that has none yet, as its child. (Transitional: the second branch goes once
// the context has landed everywhere.)
template <typename Runner>
ApiClient &clientOf(Runner &runner)
{
    if constexpr (requires { runner.context().client(); })
        return runner.context().client();
    else
        return *runner.template findChild<ApiClient *>();
}

struct Run
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;

    QString describe() const
    {
        return u"finished %1, %2, exit %3, %4 ms\nstdout (%5 bytes): %6\nstderr (%7 bytes): %8"_s
            .arg(finished ? u"yes"_s : u"no"_s,
                 status == QProcess::NormalExit ? u"normal exit"_s : u"CRASHED"_s,
                 QString::number(code), QString::number(ms), QString::number(out.size()),
                 QString::fromUtf8(out.left(400)), QString::number(err.size()),
                 QString::fromUtf8(err.left(600)));
    }
};

void prepare(MockServer &server)
{
    server.resetDemoData(40);
    server.setToken(kToken);
}

QList<Command> commandsFor(const MockServer &server)
{
    const MockCatalog &catalog = server.backend().catalog();
    qint64 manageable = 0; // active Datacenter/ISP, monthly, quarterly offered, auto-renew switch
    QString otherCycle;
    bool autoRenewal = false;
    qint64 onHold = 0;
    for (const MockOrder &o : server.backend().state().orders()) {
        const MockProduct *p = catalog.productById(o.productId);
        if (!p || !p->isDatacenterOrIsp())
            continue;
        if (!manageable && o.status == MockOrder::Status::Active && o.autoRenewal &&
            o.cycleName == u"monthly" && p->offersCycle(o.location, u"quarterly"_s)) {
            manageable = o.orderId;
            otherCycle = u"quarterly"_s;
            autoRenewal = *o.autoRenewal;
        }
        if (!onHold && o.status == MockOrder::Status::OnHold &&
            o.pricePaidCents < server.balanceCents())
            onHold = o.orderId;
    }
    if (!manageable || !onHold)
        return {};
    const QString id = QString::number(manageable);
    const QString held = QString::number(onHold);
    const QString orders = u"/user/api/orders"_s;
    const QStringList offer{u"--product"_s, u"Datacenter Proxy"_s, u"--location"_s, u"US"_s,
                            u"--cycle"_s, u"monthly"_s};
    const QStringList orderRead{u"order"_s, id};
    const QStringList heldRead{u"order"_s, held};

    QList<Command> c;
    c.append({u"me"_s, {u"me"_s}, "GET", u"/user/api/me"_s, 1, false, {{u"me"_s}}, {}});
    c.append({u"products"_s, {u"products"_s}, "GET", u"/user/api/proxies/products"_s, 1, false,
              {{u"products"_s}}, {}});
    c.append({u"stock"_s, {u"stock"_s}, "GET", u"/user/api/proxies/available-count"_s, 1, false,
              {{u"stock"_s}}, {}});
    c.append({u"orders"_s, {u"orders"_s}, "GET", orders, OrderSync::Limits{}.maxInFlight, false,
              {{u"orders"_s}}, {}});
    c.append({u"order"_s, orderRead, "GET", orders + u'/' + id, 1, false, {orderRead}, {}});
    c.append({u"proxies"_s, {u"proxies"_s, id}, "GET", u"/user/api/proxies/active"_s, 1, false,
              {{u"proxies"_s, id}}, {}});
    c.append({u"price"_s, QStringList{u"price"_s} + offer, "GET", orders + u"/calculate"_s, 1,
              false, {QStringList{u"price"_s} + offer}, {}});
    c.append({u"buy"_s, QStringList{u"buy"_s} + offer + QStringList{u"--yes"_s}, "POST",
              orders + u"/purchase"_s, 1, true, {{u"me"_s}, {u"orders"_s}}, {}});
    c.append({u"renew"_s, {u"renew"_s, held, u"--yes"_s}, "POST", orders + u'/' + held + u"/renew"_s,
              1, true, {heldRead}, held});
    c.append({u"tag"_s, {u"tag"_s, id, u"fault-matrix"_s}, "POST", orders + u'/' + id + u"/tag"_s,
              1, false, {orderRead}, id});
    c.append({u"auto-renew"_s, {u"auto-renew"_s, id, autoRenewal ? u"off"_s : u"on"_s}, "POST",
              orders + u"/edit-auto-renewal/"_s + id, 1, false, {orderRead}, id});
    c.append({u"cycle"_s, {u"cycle"_s, id, otherCycle}, "POST",
              orders + u"/change-billing-cycle/"_s + id, 1, false, {orderRead}, id});
    return c;
}

// Everything a command could change on the server: balance, stock, every order field and the
// residential pools.
QString fingerprint(const MockServer &server)
{
    QString s = u"balance "_s + QString::number(server.balanceCents()) + u'\n';
    for (const MockCatalog::StockEntry &e : server.backend().catalog().stock())
        s += e.country + u'/' + e.product + u' ' + QString::number(e.amount) + u'\n';
    for (const MockOrder &o : server.backend().state().orders()) {
        const QStringList fields{
            QString::number(o.orderId),
            QString::number(o.productId),
            o.productName,
            o.location,
            QString::number(o.cycleId),
            o.cycleName,
            QString::number(o.quantity),
            QString::number(o.pricePaidCents),
            MockOrder::statusName(o.status),
            QString::number(o.createdAt),
            o.expiresAt ? QString::number(*o.expiresAt) : u"-"_s,
            o.promoCode,
            o.autoRenewal ? (*o.autoRenewal ? u"on"_s : u"off"_s) : u"-"_s,
            o.tag ? QString(u'"' + *o.tag + u'"') : u"null"_s};
        s += fields.join(u'|') + u'\n';
    }
    // The residential pools: what each sub-user holds, and the traffic bought per type.
    const MockResidentialPools &pools = server.backend().state().residential();
    for (const QString &type : MockResidentialPools::types()) {
        s += type + u" purchased "_s + QString::number(pools.purchasedGb(type)) + u'\n';
        for (const MockSubUser &u : pools.users(type))
            s += QStringList{u.userId, u.name, u.password, QString::number(u.dataGb),
                             QString::number(u.spentMb)}
                     .join(u'|') +
                 u'\n';
    }
    return s;
}

} // namespace

class TestFaultMatrixCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void commandsWorkWithoutFaults();
    void faultMatrix_data();
    void faultMatrix();
    void moneyAnswerLostAfterTheServerActed_data();
    void moneyAnswerLostAfterTheServerActed();
    void moneyReconcileUnclear_data();
    void moneyReconcileUnclear();
    void retriesBackOffOnTransientFaults();
    void rateLimitWaitsForRetryAfter();

private:
    Run cli(const MockServer &server, const QStringList &args, int timeoutMs = kTimeoutMs) const;
    // The same CliRunner the executable runs, in this process, its client's retry wait `wait`
    // (empty: the client's own timer).
    Run cliInProcess(const MockServer &server, const QStringList &args,
                     const ApiClient::RetryWait &wait = {}) const;
    // A retry wait that records each delay and ends at once; `ended` counts the waits ended.
    static ApiClient::RetryWait recordingWait(QList<int> *delays, int *ended);
    const Command *command(const QString &name) const;

    std::unique_ptr<MockServer> m_server;
    QList<Command> m_commands;
    QString m_fingerprint;
    QMap<QString, QByteArray> m_baseline; // read-back arguments joined by '\x1f' → stdout
    int m_maxRetries = 0;
    QElapsedTimer m_clock;
    qint64 m_matrixMs = 0;
    qint64 m_slowestMs = 0;
    QString m_slowest;
    // command → fault → "exit class"
    QMap<QString, QMap<QString, QString>> m_matrix;
    // fault → the message the CLI printed for it (first command seen)
    QMap<QString, QString> m_messages;
    // cells whose stderr had Qt's double-error warning besides the message
};

Run TestFaultMatrixCli::cli(const MockServer &server, const QStringList &args, int timeoutMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SHARDDESK_SERVER"_s);
    env.insert(u"SHARDDESK_TOKEN"_s, server.token());

    Run run;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QString::fromLocal8Bit(SHARDDESK_CLI_EXE));
    process.setArguments(QStringList{u"--server"_s, server.url().toString(), u"--timeout-ms"_s,
                                     QString::number(timeoutMs)} +
                         args);
    // The in-process server answers on this thread's event loop: wait on the signal, never
    // block in waitForFinished() while the CLI is talking to it.
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    if (finished.isEmpty() && !finished.wait(kProcessWaitMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.ms = clock.elapsed();
        return run;
    }
    run.finished = true;
    run.ms = clock.elapsed();
    run.status = process.exitStatus();
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run TestFaultMatrixCli::cliInProcess(const MockServer &server, const QStringList &args,
                                     const ApiClient::RetryWait &wait) const
{
    Run run;
    QString outText;
    QString errText;
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        CliRunner runner(out, err);
        // Only the wait is changed: the retry policy stays the one the CLI runs with.
        clientOf(runner).setRetryWait(wait);
        QSignalSpy finished(&runner, &CliRunner::finished);
        runner.start(QStringList{u"sharddesk-cli"_s, u"--server"_s, server.url().toString(),
                                 u"--timeout-ms"_s, QString::number(kTimeoutMs)} +
                         args,
                     server.token());
        if (finished.isEmpty())
            finished.wait(kProcessWaitMs);
        if (!finished.isEmpty()) {
            run.finished = true;
            run.code = finished.first().at(0).toInt();
        }
        out.flush();
        err.flush();
    }
    run.out = outText.toUtf8();
    run.err = errText.toUtf8();
    return run;
}

ApiClient::RetryWait TestFaultMatrixCli::recordingWait(QList<int> *delays, int *ended)
{
    return [delays, ended](int delayMs, QObject *context, std::function<void()> then) {
        delays->append(delayMs);
        QTimer::singleShot(0, context, [ended, then = std::move(then)] {
            ++*ended;
            then();
        });
    };
}

const Command *TestFaultMatrixCli::command(const QString &name) const
{
    for (const Command &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void TestFaultMatrixCli::initTestCase()
{
    // The CLI never sets a retry policy: it runs with the client's defaults.
    m_maxRetries = ApiClient::RetryPolicy{}.maxRetries;
    QVERIFY(m_maxRetries >= 0);

    m_server = std::make_unique<MockServer>();
    prepare(*m_server);
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_commands = commandsFor(*m_server);
    QVERIFY2(!m_commands.isEmpty(), "the demo data has the orders the commands need");
    m_fingerprint = fingerprint(*m_server);

    // The output of every read-back before any fault.
    for (const Command &c : std::as_const(m_commands)) {
        for (const QStringList &args : c.readBack) {
            const QString key = args.join(QChar(0x1f));
            if (m_baseline.contains(key))
                continue;
            const Run run = cli(*m_server, args);
            QVERIFY2(run.finished && run.status == QProcess::NormalExit && run.code == 0,
                     qPrintable(args.join(u' ') + u'\n' + run.describe()));
            QVERIFY2(!run.out.trimmed().isEmpty(), qPrintable(args.join(u' ')));
            QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
            // Most read-backs after a fault run in-process (no process to start each time):
            // the runner prints there exactly what the executable prints.
            if (readsBackInProcess(args)) {
                const Run inProcess = cliInProcess(*m_server, args);
                QVERIFY2(inProcess.finished && inProcess.code == 0,
                         qPrintable(inProcess.describe()));
                QVERIFY2(inProcess.err.isEmpty(), qPrintable(inProcess.describe()));
                QCOMPARE(inProcess.out, run.out);
            }
            m_baseline.insert(key, run.out);
        }
    }
    QCOMPARE(fingerprint(*m_server), m_fingerprint);
    m_server->clearRecorded();
}

void TestFaultMatrixCli::cleanup()
{
    if (!m_server)
        return;
    m_server->clearFaults();
    m_server->releaseHungConnections();
    m_server->clearRecorded();
}

void TestFaultMatrixCli::commandsWorkWithoutFaults()
{
    // On a server of its own with the same data: each command as the matrix runs it succeeds
    // there, so every failure in the matrix is the fault's doing. (The changing ones change
    // that server only.)
    MockServer server;
    prepare(server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QList<Command> commands = commandsFor(server);
    QCOMPARE(commands.size(), m_commands.size());
    for (const Command &c : commands) {
        const Run run = cli(server, c.args);
        QVERIFY2(run.finished && run.status == QProcess::NormalExit && run.code == 0,
                 qPrintable(c.name + u'\n' + run.describe()));
        QVERIFY2(!run.out.trimmed().isEmpty(), qPrintable(c.name));
        QVERIFY2(run.err.isEmpty(), qPrintable(c.name + u'\n' + run.describe()));
        QVERIFY2(server.requestCount(c.method, c.path) >= 1, qPrintable(c.name));
    }
}

void TestFaultMatrixCli::faultMatrix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<MockFault::Kind>("fault");
    for (const Command &c : std::as_const(m_commands)) {
        for (MockFault::Kind fault : MockFault::allKinds())
            QTest::addRow("%s, %s", qPrintable(c.name), qPrintable(shortName(fault))) << c.name
                                                                                  << fault;
    }
}

void TestFaultMatrixCli::faultMatrix()
{
    QFETCH(QString, name);
    QFETCH(MockFault::Kind, fault);
    const Command *c = command(name);
    QVERIFY(c);
    const bool get = c->method == "GET";
    const bool transient = isTransient(fault);
    if (!m_clock.isValid())
        m_clock.start();

    if (get && transient && fault != MockFault::Kind::RateLimited429 && m_maxRetries > 0) {
        // The retry budget spent at once (see the top of the file); the last try meets the fault.
        // Counted per request: each of the calls `orders` runs side by side spends its own.
        MockFault quick = MockFault::make(MockFault::Kind::RateLimited429, u"/user/api/"_s, "GET");
        quick.retryAfterSeconds = 0;
        quick.count = m_maxRetries;
        quick.countPerRequest = true;
        m_server->addFault(quick);
    }
    // A reading command meets the fault on every request; a changing one on its POST alone
    // (buy and renew read first, and read again when the answer is lost).
    MockFault f = get ? MockFault::make(fault, u"/user/api/"_s)
                      : MockFault::make(fault, QString(), "POST");
    if (!get)
        f.pathPattern = QRegularExpression(u'^' + QRegularExpression::escape(c->path) + u'$');
    f.count = -1;
    if (fault == MockFault::Kind::RateLimited429)
        f.retryAfterSeconds = 0; // retried at once; rateLimitWaitsForRetryAfter checks the wait
    m_server->addFault(f);

    const Run run = cli(*m_server, c->args,
                        fault == MockFault::Kind::Hang ? kHangTimeoutMs : kTimeoutMs);
    QString cell = QString::number(run.code) + u' ' + exitClass(run.code);
    if (!run.finished)
        cell = u"HUNG"_s;
    else if (run.status != QProcess::NormalExit)
        cell = u"CRASH"_s;
    m_matrix[name][shortName(fault)] = cell;
    if (run.ms > m_slowestMs) {
        m_slowestMs = run.ms;
        m_slowest = name + u", "_s + shortName(fault);
    }
    const QString err = QString::fromUtf8(run.err);
    if (!m_messages.contains(shortName(fault)) && !err.isEmpty())
        m_messages.insert(shortName(fault), err.trimmed());

    // It ends, on its own, with the exit code the policy gives the fault.
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.describe()));
    const Ending ending = endingOf(*c, fault);
    const int expectedCode = ending == Ending::Succeeds ? 0 : expectedExitCode(fault);
    QVERIFY2(run.code == expectedCode,
             qPrintable(u"expected exit %1\n"_s.arg(expectedCode) + run.describe()));

    // stderr: lines a person reads, each ending with a newline; never the key, markup, a piece
    // of a body, the usage text, Qt's own warnings or a stack trace.
    QVERIFY2(err.isEmpty() || err.endsWith(u'\n'), qPrintable(run.describe()));
    QVERIFY2(!err.contains(kToken), "the API key on stderr");
    QVERIFY2(noiseIn(err).isEmpty(), qPrintable(noiseIn(err) + u'\n' + run.describe()));
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString l = line.trimmed();
        QVERIFY2(l.size() >= 8 && l.size() < 300, qPrintable(run.describe()));
        QVERIFY2(!l.contains(u'<') && !l.contains(u'{'), qPrintable(run.describe()));
        QVERIFY2(!l.contains(u"xxxxxxxx"_s), "a piece of the 17 MiB body");
        QVERIFY2(!l.contains(u"Usage"_s), qPrintable(run.describe()));
    }

    switch (ending) {
    case Ending::Succeeds:
        // Confirmed by the server's 2xx: the result on stdout, nothing on stderr.
        QVERIFY2(err.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.out).contains(c->orderId), qPrintable(run.describe()));
        break;
    case Ending::Fails:
    case Ending::NoOrderMade:
    case Ending::NotRenewed: {
        // Nothing on stdout: a script must not mistake anything for data.
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        // The error's own line first; after a lost answer, what the read-back showed.
        const qsizetype expectedLines =
            ending == Ending::NoOrderMade ? 3 : (ending == Ending::NotRenewed ? 2 : 1);
        QVERIFY2(lines.size() == expectedLines, qPrintable(run.describe()));
        QVERIFY2(lines.first().contains(expectedMessagePart(fault)),
                 qPrintable(u"expected the message to mention \"%1\"\n"_s.arg(
                                expectedMessagePart(fault)) +
                            run.describe()));
        if (ending == Ending::NoOrderMade) {
            QVERIFY2(lines.at(1).contains(u"lost"_s), qPrintable(run.describe()));
            QVERIFY2(lines.at(2).contains(u"No order was made"_s), qPrintable(run.describe()));
        } else if (ending == Ending::NotRenewed) {
            QVERIFY2(lines.at(1).contains(u"not renewed"_s) && lines.at(1).contains(c->orderId),
                     qPrintable(run.describe()));
        }
        break;
    }
    }

    // The request reached the endpoint; GETs were retried only when the fault is transient,
    // and a changing command's POST was sent exactly once.
    const int gets = m_server->requestCount("GET", QString());
    const int posts = m_server->requestCount("POST", QString());
    QVERIFY2(m_server->requestCount(c->method, c->path) >= 1, qPrintable(c->path));
    if (get) {
        QCOMPARE(posts, 0);
        const int attempts = transient ? 1 + m_maxRetries : 1;
        // A connection dropped after it served a request: Qt sends a GET once more by itself on
        // a fresh connection before it reports the error.
        const int perCall = fault == MockFault::Kind::Drop
                                ? (c->parallelCalls == 1 ? attempts + 1 : 2 * attempts)
                                : attempts;
        QVERIFY2(gets >= attempts && gets <= perCall * c->parallelCalls,
                 qPrintable(u"%1 GETs, %2 tries per call"_s.arg(gets).arg(attempts)));
    } else {
        QCOMPARE(posts, 1);
        QCOMPARE(m_server->requestCount("POST", c->path), 1);
        const int getsAfter = requestsAfter(*m_server, "POST", c->path, "GET");
        if (c->name == u"buy") {
            // The baseline (balance and orders) before paying; read again after a lost answer.
            QVERIFY2(gets - getsAfter >= 2, qPrintable(QString::number(gets)));
            QCOMPARE(m_server->requestCount("GET", u"/user/api/me"_s) +
                         m_server->requestCount("GET", u"/user/api/orders"_s),
                     gets);
            if (ending == Ending::NoOrderMade)
                QVERIFY2(getsAfter >= 2, qPrintable(QString::number(getsAfter)));
            else
                QCOMPARE(getsAfter, 0);
        } else if (c->name == u"renew") {
            // The order read first (its status), read back after a lost answer or a 2xx.
            const QString orderPath = u"/user/api/orders/"_s + c->orderId;
            QCOMPARE(m_server->requestCount("GET", orderPath), gets);
            QCOMPARE(gets - getsAfter, 1);
            if (ending == Ending::NotRenewed)
                QCOMPARE(getsAfter, 1);
            else if (ending == Ending::Succeeds)
                QVERIFY(getsAfter <= 1); // the read-back may be cut short by the exit
            else
                QCOMPARE(getsAfter, 0);
        } else {
            // tag, auto-renew, cycle: the order read first (its product and status decide what
            // may be sent, by the window's rules); a changed cycle is read back, which the exit
            // may cut short.
            const QString orderPath = u"/user/api/orders/"_s + c->orderId;
            QCOMPARE(m_server->requestCount("GET", orderPath), gets);
            QCOMPARE(gets - getsAfter, 1);
            QVERIFY2(getsAfter <= (c->name == u"cycle" ? 1 : 0), qPrintable(QString::number(getsAfter)));
        }
    }

    // The server's state is as it was (the fault stood in for it), and so is what a run
    // without the fault shows.
    QVERIFY2(fingerprint(*m_server) == m_fingerprint, "the server state changed");
    m_server->clearFaults();
    m_server->releaseHungConnections();
    for (const QStringList &args : c->readBack) {
        const Run after =
            readsBackInProcess(args) ? cliInProcess(*m_server, args) : cli(*m_server, args);
        QVERIFY2(after.finished && after.status == QProcess::NormalExit && after.code == 0,
                 qPrintable(args.join(u' ') + u'\n' + after.describe()));
        QVERIFY2(after.err.isEmpty(), qPrintable(after.describe()));
        QVERIFY2(after.out == m_baseline.value(args.join(QChar(0x1f))),
                 qPrintable(u"'%1' prints something else than before the fault:\n"_s.arg(
                                args.join(u' ')) +
                            QString::fromUtf8(after.out.left(600))));
    }
    m_matrixMs = m_clock.elapsed();
}

void TestFaultMatrixCli::moneyAnswerLostAfterTheServerActed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<MockFault::Kind>("fault");
    for (const QString &name : {u"buy"_s, u"renew"_s}) {
        for (MockFault::Kind fault : MockFault::allKinds()) {
            if (leavesOutcomeUnknown(fault))
                QTest::addRow("%s, %s", qPrintable(name), qPrintable(shortName(fault)))
                    << name << fault;
        }
    }
}

void TestFaultMatrixCli::moneyAnswerLostAfterTheServerActed()
{
    // The server buys or renews (and charges), then the answer is lost or spoiled. The CLI finds
    // out what happened and says so: exit 0 and the order on stdout, as for an answered success.
    QFETCH(QString, name);
    QFETCH(MockFault::Kind, fault);
    MockServer server; // its state changes: a server of its own
    prepare(server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QList<Command> commands = commandsFor(server);
    const Command *c = nullptr;
    for (const Command &candidate : commands) {
        if (candidate.name == name)
            c = &candidate;
    }
    QVERIFY(c);
    QSet<qint64> ordersBefore;
    for (const MockOrder &o : server.backend().state().orders())
        ordersBefore.insert(o.orderId);
    const qint64 balanceBefore = server.balanceCents();

    MockFault f = MockFault::make(fault, QString(), "POST");
    f.pathPattern = QRegularExpression(u'^' + QRegularExpression::escape(c->path) + u'$');
    f.count = -1;
    f.afterHandling = true;
    server.addFault(f);
    const Run run = cli(server, c->args, fault == MockFault::Kind::Hang ? kHangTimeoutMs : kTimeoutMs);
    server.releaseHungConnections();
    QString cell = QString::number(run.code) + u' ' + exitClass(run.code);
    if (!run.finished)
        cell = u"HUNG"_s;
    else if (run.status != QProcess::NormalExit)
        cell = u"CRASH"_s;
    m_matrix[name + u" (server acted)"_s][shortName(fault)] = cell;

    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QString out = QString::fromUtf8(run.out);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.isEmpty() || err.endsWith(u'\n'), qPrintable(run.describe()));
    QVERIFY2(!err.contains(kToken), "the API key on stderr");
    QVERIFY2(noiseIn(err).isEmpty(), qPrintable(noiseIn(err) + u'\n' + run.describe()));
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QVERIFY2(line.trimmed().size() < 300, qPrintable(run.describe()));
        QVERIFY2(!line.contains(u'<') && !line.contains(u'{'), qPrintable(run.describe()));
    }
    // Sent once, never again; the server acted once.
    QCOMPARE(server.requestCount("POST", QString()), 1);
    QVERIFY(server.balanceCents() < balanceBefore);

    if (name == u"buy") {
        QCOMPARE(server.orderCount(), qsizetype(ordersBefore.size() + 1));
        qint64 made = 0;
        for (const MockOrder &o : server.backend().state().orders()) {
            if (!ordersBefore.contains(o.orderId))
                made = o.orderId;
        }
        QVERIFY(made);
        const QString id = QString::number(made);
        // Purchases are answered with JSON: every one of these left the outcome unknown, and
        // the reconcile found the order.
        QVERIFY2(out.contains(id), qPrintable(run.describe()));
        QVERIFY2(lines.size() == 3, qPrintable(run.describe()));
        QVERIFY2(lines.at(0).contains(expectedMessagePart(fault)), qPrintable(run.describe()));
        QVERIFY2(lines.at(1).contains(u"lost"_s), qPrintable(run.describe()));
        QVERIFY2(lines.at(2).contains(u"The order was made: #"_s + id), qPrintable(run.describe()));
        QVERIFY2(requestsAfter(server, "POST", c->path, "GET") >= 2, "the orders were not read again");
    } else {
        QVERIFY(server.order(c->orderId.toLongLong()));
        QCOMPARE(server.order(c->orderId.toLongLong())->status, MockOrder::Status::Active);
        QVERIFY2(out.contains(c->orderId), qPrintable(run.describe()));
        if (isJunkSuccess(fault)) {
            // A 2xx is the renewal's confirmation itself: nothing to reconcile, nothing to say.
            QVERIFY2(err.isEmpty(), qPrintable(run.describe()));
        } else {
            // Read back: renewed.
            QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
            QVERIFY2(lines.first().contains(u"was renewed"_s) && lines.first().contains(c->orderId),
                     qPrintable(run.describe()));
            QCOMPARE(requestsAfter(server, "POST", c->path, "GET"), 1);
        }
    }
}

void TestFaultMatrixCli::moneyReconcileUnclear_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("buy") << u"buy"_s;
    QTest::newRow("renew") << u"renew"_s;
}

void TestFaultMatrixCli::moneyReconcileUnclear()
{
    // The server acts, the answer is a 500, and from then on every read is refused (403, not
    // retried): what happened cannot be found out. Exit 6, and the person is told to check.
    QFETCH(QString, name);
    MockServer server;
    prepare(server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QList<Command> commands = commandsFor(server);
    const Command *c = nullptr;
    for (const Command &candidate : commands) {
        if (candidate.name == name)
            c = &candidate;
    }
    QVERIFY(c);
    MockFault f = MockFault::make(MockFault::Kind::Server500, QString(), "POST");
    f.pathPattern = QRegularExpression(u'^' + QRegularExpression::escape(c->path) + u'$');
    f.afterHandling = true;
    server.addFault(f);
    // Armed when the POST arrives (before it is handled): the reads before it are answered.
    connect(&server, &MockServer::requestReceived, this,
            [&server](const QByteArray &method, const QString &) {
                if (method != "POST")
                    return;
                MockFault refuse = MockFault::make(MockFault::Kind::Forbidden403, u"/user/api/"_s, "GET");
                refuse.count = -1;
                server.addFault(refuse);
            });
    const Run run = cli(server, c->args);
    disconnect(&server, &MockServer::requestReceived, this, nullptr);
    m_matrix[name + u" (unclear)"_s][shortName(MockFault::Kind::Server500)] =
        QString::number(run.code) + u' ' + exitClass(run.code);

    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.code == int(ExitCode::OutcomeUnknown), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.endsWith(u'\n'), qPrintable(run.describe()));
    QVERIFY2(noiseIn(err).isEmpty(), qPrintable(run.describe()));
    QVERIFY2(err.contains(u"Internal server error"_s), qPrintable(run.describe()));
    QVERIFY2(err.contains(u"not known"_s), qPrintable(run.describe()));
    QVERIFY2(!err.contains(u"No order was made"_s) && !err.contains(u"not renewed"_s) &&
                 !err.contains(u"was renewed"_s) && !err.contains(u"The order was made:"_s),
             qPrintable(run.describe()));
    QCOMPARE(server.requestCount("POST", QString()), 1);
    QVERIFY2(requestsAfter(server, "POST", c->path, "GET") >= 1, "nothing was read back");
}

void TestFaultMatrixCli::retriesBackOffOnTransientFaults()
{
    // A 500 on every try: the CLI retries with its client's back-off (the defaults: it sets no
    // policy of its own) and then reports the server error. In-process, the retry waits recorded
    // and ended at once: each is within the policy's bounds for its try, and each retry is sent
    // only once its wait has ended.
    const Command *c = command(u"me"_s);
    QVERIFY(c);
    QVERIFY(m_maxRetries >= 1);
    MockFault f = MockFault::make(MockFault::Kind::Server500, u"/user/api/"_s);
    f.count = -1;
    m_server->addFault(f);
    QList<int> waits;
    int waitsEnded = 0;
    QList<int> waitsEndedAtArrival; // per request: how many waits had ended when it came
    connect(m_server.get(), &MockServer::requestReceived, this,
            [&] { waitsEndedAtArrival.append(waitsEnded); });
    const Run run = cliInProcess(*m_server, c->args, recordingWait(&waits, &waitsEnded));
    disconnect(m_server.get(), &MockServer::requestReceived, this, nullptr);
    QStringList waitList;
    for (int ms : std::as_const(waits))
        waitList.append(QString::number(ms));
    qInfo("me, 500 on every try: exit %d, %d requests, waits %s ms", run.code,
          m_server->requestCount("GET", QString()), qPrintable(waitList.join(u", "_s)));
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.code, int(ExitCode::Unreachable));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(u"Internal server error"_s),
             qPrintable(run.describe()));
    QCOMPARE(m_server->requestCount("GET", QString()), 1 + m_maxRetries);
    // Exponential back-off with full jitter: try n waits [50 %, 100 %] of base × 2^n, capped.
    const ApiClient::RetryPolicy policy;
    QCOMPARE(waits.size(), m_maxRetries);
    for (int attempt = 0; attempt < int(waits.size()); ++attempt) {
        const int capped = int(qMin<qint64>(qint64(policy.baseDelayMs) << attempt, policy.maxDelayMs));
        QVERIFY2(waits.at(attempt) >= capped / 2 && waits.at(attempt) <= capped,
                 qPrintable(u"wait %1: %2 ms, expected %3 … %4"_s.arg(attempt).arg(waits.at(attempt))
                                .arg(capped / 2)
                                .arg(capped)));
    }
    QList<int> expectedArrivals;
    for (int i = 0; i <= m_maxRetries; ++i)
        expectedArrivals.append(i);
    QCOMPARE(waitsEndedAtArrival, expectedArrivals); // no retry before its wait ended
}

void TestFaultMatrixCli::rateLimitWaitsForRetryAfter()
{
    // A 429 on every try, each asking for another wait ("Retry-After: 1", then 2, …): the CLI
    // waits what each answer asked for (not its own back-off), retries only then, and after the
    // last try reports the refusal. In-process, the waits recorded and ended at once.
    const Command *c = command(u"me"_s);
    QVERIFY(c);
    QVERIFY(m_maxRetries >= 1);
    QList<int> expectedWaits;
    for (int i = 0; i <= m_maxRetries; ++i) {
        MockFault f = MockFault::make(MockFault::Kind::RateLimited429, u"/user/api/"_s);
        f.retryAfterSeconds = i + 1;
        f.count = i < m_maxRetries ? 1 : -1;
        m_server->addFault(f);
        if (i < m_maxRetries)
            expectedWaits.append((i + 1) * 1000);
    }
    QList<int> waits;
    int waitsEnded = 0;
    QList<int> waitsEndedAtArrival;
    connect(m_server.get(), &MockServer::requestReceived, this,
            [&] { waitsEndedAtArrival.append(waitsEnded); });
    const Run run = cliInProcess(*m_server, c->args, recordingWait(&waits, &waitsEnded));
    disconnect(m_server.get(), &MockServer::requestReceived, this, nullptr);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.code, int(ExitCode::Refused));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(u"Too many requests"_s), qPrintable(run.describe()));
    QCOMPARE(m_server->requestCount("GET", QString()), 1 + m_maxRetries);
    QCOMPARE(waits, expectedWaits); // the server's delays, not back-off
    QList<int> expectedArrivals;
    for (int i = 0; i <= m_maxRetries; ++i)
        expectedArrivals.append(i);
    QCOMPARE(waitsEndedAtArrival, expectedArrivals); // no retry before its wait ended
}

void TestFaultMatrixCli::cleanupTestCase()
{
    if (m_matrix.isEmpty())
        return;
    QStringList faults;
    for (MockFault::Kind k : MockFault::allKinds())
        faults.append(shortName(k));
    // The commands, then the money cases where the server acted before the answer was lost.
    QStringList rows;
    for (const Command &c : std::as_const(m_commands))
        rows.append(c.name);
    for (auto it = m_matrix.cbegin(); it != m_matrix.cend(); ++it) {
        if (!rows.contains(it.key()))
            rows.append(it.key());
    }
    qsizetype first = 10;
    for (const QString &r : std::as_const(rows))
        first = qMax(first, r.size());
    QList<qsizetype> widths;
    for (const QString &f : std::as_const(faults)) {
        qsizetype w = f.size();
        for (const QString &r : std::as_const(rows))
            w = qMax(w, m_matrix.value(r).value(f).size());
        widths.append(w);
    }
    auto row = [&](const QString &head, const QStringList &cells) -> QString {
        QString line = head.leftJustified(first) + u" |"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += u' ' + cells.at(i).leftJustified(widths.at(i)) + u" |"_s;
        return line;
    };
    qInfo("Fault matrix through sharddesk-cli (exit code and class; 0 ok, 1 refused, "
          "3 unauthorized, 4 unreachable, 5 unusable, 6 outcome unknown; output, stderr and "
          "server state checked in every cell that passed; '(server acted)': the fault came "
          "after the server bought or renewed):");
    qInfo("%s", qPrintable(row(u"command"_s, faults)));
    for (const QString &r : std::as_const(rows)) {
        QStringList cells;
        for (const QString &f : std::as_const(faults))
            cells.append(m_matrix.value(r).value(f, u"-"_s));
        qInfo("%s", qPrintable(row(r, cells)));
    }
    qInfo("What the CLI printed on stderr, per fault (first command):");
    for (const QString &f : std::as_const(faults)) {
        if (m_messages.contains(f))
            qInfo("  %-10s %s", qPrintable(f),
                  qPrintable(QString(m_messages.value(f)).replace(u'\n', u" / "_s)));
    }
    qInfo("Matrix: %lld ms in all; slowest case %s, %lld ms", qlonglong(m_matrixMs),
          qPrintable(m_slowest), qlonglong(m_slowestMs));
    m_server.reset();
}

QTEST_GUILESS_MAIN(TestFaultMatrixCli)
#include "tst_faultmatrix_cli.moc"
