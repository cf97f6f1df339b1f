// ProxyChecker and ProxyCheckModel against real proxy daemons on loopback (issue 16): tinyproxy
// (HTTP, BasicAuth) and microsocks (SOCKS5, username/password), started from generated
// configurations (tests/checker/proxydaemons.h), with a loopback IP-echo target
// (echotarget.h). Every result kind: works over HTTP and SOCKS5 with the exit address and the
// country the target said, a wrong password, a refused port, a proxy that accepts and never
// answers, a target answering 503, a proxy name that does not resolve; 100 at once with a
// concurrency of 8; cancel; re-check failed only; the model under QAbstractItemModelTester while
// a run streams in and when the next run resets it.
//
// Traffic goes only to 127.0.0.1 (and one lookup of a name under .invalid, which never exists).
#include "domain/proxyendpoint.h"
#include "echotarget.h"
#include "proxycheckmodel.h"
#include "proxydaemons.h"
#include "services/proxychecker.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ProxyDaemons;
using Outcome = ProxyCheckResult::Outcome;

Q_DECLARE_METATYPE(ProxyProtocol)

namespace QTest {
template <>
inline char *toString(const Outcome &o)
{
    return qstrdup(qPrintable(ProxyCheckResult::outcomeName(o)));
}
} // namespace QTest

namespace {

const QString kUser = u"user"_s;
const QString kPassword = u"secret"_s;
// Distinct users of tinyproxy for the runs of many endpoints (each its own BasicAuth line).
constexpr int kBulkUsers = 120;
QString bulkUser(int i)
{
    return u"u" + QString::number(i);
}
QString bulkPassword(int i)
{
    return u"p" + QString::number(i);
}

ProxyEndpoint endpoint(ProxyProtocol protocol, quint16 port, const QString &user,
                       const QString &password, const QString &host = u"127.0.0.1"_s)
{
    return {protocol, host, int(port), user, password, 0};
}

// Every signal of a checker, in order, as text: "start", "result 3", "progress 4/10",
// "finished 0|1".
class Recorder
{
public:
    explicit Recorder(ProxyChecker *checker) : m_checker(checker)
    {
        QObject::connect(checker, &ProxyChecker::runStarted, checker,
                         [this] { log.append(u"start"_s); });
        QObject::connect(checker, &ProxyChecker::resultChanged, checker, [this](int i) {
            log.append(u"result " + QString::number(i));
            changed.append(i);
            const auto &results = m_checker->results();
            const int checking = int(std::count_if(results.cbegin(), results.cend(), [](const auto &r) {
                return r.outcome == Outcome::Checking;
            }));
            maxChecking = std::max(maxChecking, checking);
        });
        QObject::connect(checker, &ProxyChecker::progress, checker, [this](int done, int total) {
            log.append(u"progress " + QString::number(done) + u'/' + QString::number(total));
            progress.append({done, total});
        });
        QObject::connect(checker, &ProxyChecker::finished, checker, [this](bool cancelled) {
            log.append(u"finished " + QString::number(int(cancelled)));
            finished.append(cancelled);
        });
    }
    void clear()
    {
        log.clear();
        changed.clear();
        progress.clear();
        finished.clear();
        maxChecking = 0;
    }

    QStringList log;
    QList<int> changed;
    QList<QPair<int, int>> progress;
    QList<bool> finished;
    int maxChecking = 0;

private:
    ProxyChecker *m_checker;
};

QByteArray describe(const ProxyCheckResult &r)
{
    return (ProxyCheckResult::outcomeName(r.outcome) + u" (HTTP " + QString::number(r.httpStatus) +
            u", " + QString::number(r.connectMs) + u'/' + QString::number(r.totalMs) + u" ms): " +
            r.detail)
        .toUtf8();
}

int countOf(const ProxyChecker &checker, Outcome outcome)
{
    const auto &results = checker.results();
    return int(std::count_if(results.cbegin(), results.cend(),
                             [outcome](const ProxyCheckResult &r) { return r.outcome == outcome; }));
}

} // namespace

class TstProxyCheckerDaemons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void works_data();
    void works();
    void wrongPassword_data();
    void wrongPassword();
    void refusedPort_data();
    void refusedPort();
    void silentProxyTimesOut_data();
    void silentProxyTimesOut();
    void targetAnswers503_data();
    void targetAnswers503();
    void proxyNameDoesNotResolve_data();
    void proxyNameDoesNotResolve();
    void manyAtOnce();
    void cancelMidRun();
    void recheckFailedOnly();
    void modelWhileRunsStreamIn();

private:
    void addProtocolRows();
    quint16 portOf(ProxyProtocol protocol) const
    {
        return protocol == ProxyProtocol::Http ? m_tinyproxy->port() : m_microsocks->port();
    }
    ProxyChecker::Options options(int concurrency, int timeoutMs, const QString &path = u"/ip"_s)
    {
        return {concurrency, timeoutMs, m_echo.url(path)};
    }
    // One endpoint checked to the end; its result.
    ProxyCheckResult checkOne(const ProxyEndpoint &e, const ProxyChecker::Options &o);

    std::unique_ptr<Tinyproxy> m_tinyproxy;
    std::unique_ptr<Microsocks> m_microsocks;
    EchoTarget m_echo;
    SilentProxy m_silent;
};

void TstProxyCheckerDaemons::initTestCase()
{
    isolateFromEnvironmentProxies();
    QList<Credentials> users{{kUser, kPassword}};
    for (int i = 0; i < kBulkUsers; ++i)
        users.append({bulkUser(i), bulkPassword(i)});
    m_tinyproxy = std::make_unique<Tinyproxy>(users);
    m_microsocks = std::make_unique<Microsocks>(kUser, kPassword);
    START_PROXY_DAEMON(*m_tinyproxy);
    START_PROXY_DAEMON(*m_microsocks);
    QVERIFY(m_echo.listen());
    QVERIFY(m_silent.listen());
}

ProxyCheckResult TstProxyCheckerDaemons::checkOne(const ProxyEndpoint &e,
                                                   const ProxyChecker::Options &o)
{
    ProxyChecker checker;
    QSignalSpy finished(&checker, &ProxyChecker::finished);
    checker.start({e}, o);
    if (!finished.wait(o.timeoutMs + 5000)) {
        qWarning("the check of %s did not finish", qPrintable(e.key()));
        return {};
    }
    [&] {
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!checker.isRunning());
        QCOMPARE(checker.results().size(), 1);
    }();
    return checker.results().first();
}

void TstProxyCheckerDaemons::addProtocolRows()
{
    QTest::addColumn<ProxyProtocol>("protocol");
    QTest::newRow("http (tinyproxy)") << ProxyProtocol::Http;
    QTest::newRow("socks5 (microsocks)") << ProxyProtocol::Socks5;
}

void TstProxyCheckerDaemons::works_data()
{
    addProtocolRows();
}

void TstProxyCheckerDaemons::works()
{
    QFETCH(ProxyProtocol, protocol);
    const int servedBefore = m_echo.requestsServed();
    const ProxyCheckResult r =
        checkOne(endpoint(protocol, portOf(protocol), kUser, kPassword), options(4, 5000));
    QVERIFY2(r.works(), qPrintable(ProxyCheckResult::outcomeName(r.outcome) + u": " + r.detail));
    QCOMPARE(r.exitIp, u"127.0.0.1"_s);
    QCOMPARE(r.country, u"ZZ"_s);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(r.connectMs >= 0, qPrintable(QString::number(r.connectMs)));
    QVERIFY2(r.connectMs <= r.totalMs,
             qPrintable(QString::number(r.connectMs) + u" > " + QString::number(r.totalMs)));
    QVERIFY(r.detail.isEmpty());
    // The target really was asked, through the daemon.
    QCOMPARE(m_echo.requestsServed(), servedBefore + 1);
}

void TstProxyCheckerDaemons::wrongPassword_data()
{
    addProtocolRows();
}

void TstProxyCheckerDaemons::wrongPassword()
{
    QFETCH(ProxyProtocol, protocol);
    const int servedBefore = m_echo.requestsServed();
    const ProxyCheckResult r =
        checkOne(endpoint(protocol, portOf(protocol), kUser, u"wrong"_s), options(4, 5000));
    // tinyproxy answers wrong credentials with 401 and WWW-Authenticate, not 407.
    QVERIFY2(r.outcome == Outcome::AuthFailed, describe(r).constData());
    QVERIFY(r.exitIp.isEmpty());
    QVERIFY(!r.detail.isEmpty());
    QVERIFY(r.totalMs >= 0);
    QCOMPARE(m_echo.requestsServed(), servedBefore);
}

void TstProxyCheckerDaemons::refusedPort_data()
{
    addProtocolRows();
}

void TstProxyCheckerDaemons::refusedPort()
{
    QFETCH(ProxyProtocol, protocol);
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    const ProxyCheckResult r = checkOne(endpoint(protocol, port, kUser, kPassword), options(4, 5000));
    // (Qt 6.4 hands a refused SOCKS5 proxy port over as UnknownNetworkError, "Connection to
    // proxy refused": the checker reads its words.)
    QVERIFY2(r.outcome == Outcome::Refused, describe(r).constData());
    QCOMPARE(r.httpStatus, 0);
    QVERIFY(!r.detail.isEmpty());
    QVERIFY(r.totalMs >= 0);
}

void TstProxyCheckerDaemons::silentProxyTimesOut_data()
{
    addProtocolRows();
}

void TstProxyCheckerDaemons::silentProxyTimesOut()
{
    QFETCH(ProxyProtocol, protocol);
    const int acceptedBefore = m_silent.connectionsAccepted();
    const ProxyCheckResult r =
        checkOne(endpoint(protocol, m_silent.port(), kUser, kPassword), options(4, 300));
    QCOMPARE(r.outcome, Outcome::TimedOut);
    // Not before the deadline (a precise timer; 20 ms for the clock's granularity). No upper
    // bound: a loaded or sanitized machine may fire it later.
    QVERIFY2(r.totalMs >= 280, qPrintable(QString::number(r.totalMs)));
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.detail.contains(u"300"), qPrintable(r.detail));
    // It did get through to the silent proxy: a timeout, not a refusal.
    QVERIFY(m_silent.connectionsAccepted() > acceptedBefore);
}

void TstProxyCheckerDaemons::targetAnswers503_data()
{
    addProtocolRows();
}

void TstProxyCheckerDaemons::targetAnswers503()
{
    QFETCH(ProxyProtocol, protocol);
    const ProxyCheckResult r = checkOne(endpoint(protocol, portOf(protocol), kUser, kPassword),
                                        options(4, 5000, u"/503"_s));
    QCOMPARE(r.outcome, Outcome::BadAnswer);
    QCOMPARE(r.httpStatus, 503);
    QVERIFY2(r.detail.contains(u"503"), qPrintable(r.detail));
    QVERIFY(r.exitIp.isEmpty());
    QVERIFY(r.connectMs >= 0 && r.connectMs <= r.totalMs);
}

void TstProxyCheckerDaemons::proxyNameDoesNotResolve_data()
{
    addProtocolRows();
}

void TstProxyCheckerDaemons::proxyNameDoesNotResolve()
{
    QFETCH(ProxyProtocol, protocol);
    // .invalid never resolves (RFC 6761): no query leaves the machine with an answer.
    const ProxyCheckResult r =
        checkOne(endpoint(protocol, portOf(protocol), kUser, kPassword, u"nonexistent.invalid"_s),
                 options(4, 5000));
    QCOMPARE(r.outcome, Outcome::Dns);
    QVERIFY(!r.detail.isEmpty());
}

void TstProxyCheckerDaemons::manyAtOnce()
{
    // 100 endpoints, varied: 75 HTTP ones, each with its own user of the one tinyproxy, and 25
    // SOCKS5 ones, interleaved. microsocks knows one user, and Qt offers a SOCKS5 proxy only
    // username/password when it has credentials (an open microsocks refuses that), so each
    // SOCKS5 endpoint is a microsocks of its own with its own user.
    std::vector<std::unique_ptr<Microsocks>> socksDaemons;
    QList<ProxyEndpoint> endpoints;
    for (int i = 0; i < 100; ++i) {
        if (i % 4 < 3) {
            endpoints.append(endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(i),
                                      bulkPassword(i)));
        } else {
            const QString user = u"s" + QString::number(i);
            const QString password = u"p" + QString::number(i);
            socksDaemons.push_back(std::make_unique<Microsocks>(user, password));
            START_PROXY_DAEMON(*socksDaemons.back());
            endpoints.append(
                endpoint(ProxyProtocol::Socks5, socksDaemons.back()->port(), user, password));
        }
    }
    QSet<QString> keys;
    for (const ProxyEndpoint &e : endpoints)
        keys.insert(e.key());
    QCOMPARE(keys.size(), 100); // each its own endpoint

    const int servedBefore = m_echo.requestsServed();
    ProxyChecker checker;
    Recorder rec(&checker);
    checker.start(endpoints, options(8, 10'000));
    QVERIFY(checker.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(rec.finished.size(), 1, 15'000);
    QCOMPARE(rec.finished.first(), false);
    QVERIFY(!checker.isRunning());

    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const ProxyCheckResult &r = checker.results().at(i);
        QVERIFY2(r.works(), qPrintable(endpoints.at(i).key() + u": " +
                                       ProxyCheckResult::outcomeName(r.outcome) + u' ' + r.detail));
        QCOMPARE(r.exitIp, u"127.0.0.1"_s);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.connectMs >= 0 && r.connectMs <= r.totalMs);
        QCOMPARE(checker.resultFor(endpoints.at(i)), &r);
    }
    QCOMPARE(m_echo.requestsServed(), servedBefore + 100);

    // Never more than 8 at once, and 8 at once at some point.
    QCOMPARE(rec.maxChecking, 8);
    // Each endpoint changed twice (checking, then its result).
    QCOMPARE(rec.changed.size(), 200);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(rec.changed.count(i), 2);
    // Progress: from 0 of 100 up by one to 100 of 100, then finished, the last signal.
    QVERIFY(!rec.progress.isEmpty());
    QCOMPARE(rec.progress.first(), qMakePair(0, 100));
    QCOMPARE(rec.progress.last(), qMakePair(100, 100));
    for (qsizetype i = 1; i < rec.progress.size(); ++i)
        QCOMPARE(rec.progress.at(i).first, rec.progress.at(i - 1).first + 1);
    QCOMPARE(rec.log.last(), u"finished 0"_s);
    QCOMPARE(rec.log.first(), u"start"_s);

    const ProxyCheckSummary s = checker.summary();
    QCOMPARE(s.total, 100);
    QCOMPARE(s.works, 100);
    QVERIFY(s.allWork());
    QVERIFY2(s.text().startsWith(u"100 of 100 work, median "), qPrintable(s.text()));
    // Nothing failed: nothing to check again.
    QVERIFY(!checker.recheckFailed());
}

void TstProxyCheckerDaemons::cancelMidRun()
{
    // Four that work (done quickly), then twenty on a proxy that never answers: with four at
    // once, the silent ones hold every slot until the cancel.
    QList<ProxyEndpoint> endpoints;
    for (int i = 0; i < 4; ++i)
        endpoints.append(endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(i),
                                  bulkPassword(i)));
    for (int i = 0; i < 20; ++i)
        endpoints.append(endpoint(i % 2 ? ProxyProtocol::Socks5 : ProxyProtocol::Http,
                                  m_silent.port(), u"hang" + QString::number(i), u"x"_s));
    ProxyChecker checker;
    Recorder rec(&checker);
    checker.start(endpoints, options(4, 30'000));
    QTRY_COMPARE(countOf(checker, Outcome::Works), 4);
    QTRY_COMPARE(countOf(checker, Outcome::Checking), 4);
    QCOMPARE(countOf(checker, Outcome::Waiting), 16);
    QVERIFY(rec.finished.isEmpty());
    rec.clear();

    checker.cancel();
    QCOMPARE(rec.finished, QList<bool>{true});
    QVERIFY(!checker.isRunning());
    QCOMPARE(countOf(checker, Outcome::Works), 4);
    QCOMPARE(countOf(checker, Outcome::Cancelled), 20);
    for (int i = 4; i < 24; ++i)
        QCOMPARE(rec.changed.count(i), 1);
    QCOMPARE(rec.progress.last(), qMakePair(24, 24));
    QCOMPARE(checker.summary().cancelled, 20);
    QCOMPARE(checker.summary().text(), u"Stopped: 4 of 24 work, median "_s +
                                           QString::number(checker.summary().medianMs) +
                                           u" ms, 20 not checked");
    // finished(true) is the last word of the run: no progress after it.
    QCOMPARE(rec.log.last(), u"finished 1"_s);

    // Nothing more comes from the aborted checks, and a second cancel is nothing.
    rec.clear();
    checker.cancel();
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    QVERIFY2(rec.log.isEmpty(), qPrintable(rec.log.join(u", ")));
    QCOMPARE(countOf(checker, Outcome::Cancelled), 20);
}

void TstProxyCheckerDaemons::recheckFailedOnly()
{
    const quint16 refused = freeLoopbackPort();
    const QList<ProxyEndpoint> endpoints{
        endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(10), bulkPassword(10)),
        endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(11), u"wrong"_s),
        endpoint(ProxyProtocol::Socks5, m_microsocks->port(), kUser, kPassword),
        endpoint(ProxyProtocol::Socks5, m_microsocks->port(), u"nobody"_s, u"wrong"_s),
        endpoint(ProxyProtocol::Http, refused, kUser, kPassword),
        endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(12), bulkPassword(12)),
    };
    const QSet<int> failed{1, 3, 4};
    ProxyChecker checker;
    Recorder rec(&checker);
    checker.start(endpoints, options(8, 5000));
    QTRY_COMPARE_WITH_TIMEOUT(rec.finished.size(), 1, 10'000);
    for (int i = 0; i < endpoints.size(); ++i)
        QCOMPARE(checker.results().at(i).failed(), failed.contains(i));
    const QList<ProxyCheckResult> before = checker.results();

    rec.clear();
    const int servedBefore = m_echo.requestsServed();
    QVERIFY(checker.recheckFailed());
    QVERIFY(checker.isRunning());
    QVERIFY(!checker.recheckFailed()); // not while it runs
    QTRY_COMPARE_WITH_TIMEOUT(rec.finished.size(), 1, 10'000);
    QCOMPARE(rec.finished.first(), false);

    // Only the failed ones were touched: waiting, checking, their result again.
    QCOMPARE(QSet<int>(rec.changed.cbegin(), rec.changed.cend()), failed);
    for (int i : failed)
        QCOMPARE(rec.changed.count(i), 3);
    QVERIFY(!rec.log.contains(u"start"_s)); // the same run: views keep their rows
    QCOMPARE(rec.progress.first(), qMakePair(3, 6));
    QCOMPARE(rec.progress.last(), qMakePair(6, 6));
    for (int i = 0; i < endpoints.size(); ++i) {
        const ProxyCheckResult &r = checker.results().at(i);
        QCOMPARE(r.outcome, before.at(i).outcome);
        if (!failed.contains(i)) {
            // Kept as they were, not checked again.
            QCOMPARE(r.totalMs, before.at(i).totalMs);
            QCOMPARE(r.exitIp, u"127.0.0.1"_s);
        }
    }
    QCOMPARE(m_echo.requestsServed(), servedBefore); // no working one asked the target again
    QCOMPARE(checker.summary().works, 3);
    QCOMPARE(checker.summary().failed, 3);
}

void TstProxyCheckerDaemons::modelWhileRunsStreamIn()
{
    ProxyChecker checker;
    ProxyCheckModel model(&checker);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ProxyCheckModel::SortRole);
    sorted.sort(ProxyCheckModel::ResultColumn);
    QAbstractItemModelTester sortedTester(&sorted,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 0);

    // A first run, mixed, streaming in two at a time; the next run replaces it halfway.
    // No wrong password over HTTP while the run is replaced: tinyproxy's 401 makes Qt's HTTP
    // thread wait on this thread, and start() then waits up to 5 s for that thread (reported).
    const quint16 refusedFirst = freeLoopbackPort();
    QList<ProxyEndpoint> first;
    for (int i = 0; i < 30; ++i) {
        if (i % 5 == 0)
            first.append(endpoint(ProxyProtocol::Socks5, m_microsocks->port(),
                                  u"x" + QString::number(i), u"wrong"_s));
        else if (i % 5 == 1)
            first.append(endpoint(ProxyProtocol::Http, refusedFirst, bulkUser(20 + i), u"p"_s));
        else
            first.append(endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(20 + i),
                                  bulkPassword(20 + i)));
    }
    checker.start(first, options(2, 5000));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(sorted.rowCount(), 30);
    QTRY_VERIFY(checker.summary().done >= 6);
    QVERIFY(checker.isRunning());
    QVERIFY(changed.size() > 0);

    const quint16 refused = freeLoopbackPort();
    const QList<ProxyEndpoint> second{
        endpoint(ProxyProtocol::Http, m_tinyproxy->port(), bulkUser(60), bulkPassword(60)),
        endpoint(ProxyProtocol::Socks5, m_microsocks->port(), kUser, kPassword),
        endpoint(ProxyProtocol::Http, refused, kUser, kPassword),
        endpoint(ProxyProtocol::Socks5, m_microsocks->port(), u"other"_s, u"wrong"_s),
    };
    QSignalSpy finished(&checker, &ProxyChecker::finished);
    checker.start(second, options(4, 5000));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(sorted.rowCount(), 4);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1); // the replaced run never reports
    QCOMPARE(inserted.size(), 0); // rows come only with a reset

    // What the table shows.
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::ResultColumn)).toString(), u"Works"_s);
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::ProxyColumn)).toString(),
             u"127.0.0.1:" + QString::number(m_tinyproxy->port()));
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::ProtocolColumn)).toString(), u"HTTP"_s);
    QCOMPARE(model.data(model.index(1, ProxyCheckModel::ProtocolColumn)).toString(), u"SOCKS5"_s);
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::UserColumn)).toString(), bulkUser(60));
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::StatusColumn)).toString(), u"200"_s);
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::ExitIpColumn)).toString(), u"127.0.0.1"_s);
    QCOMPARE(model.data(model.index(0, ProxyCheckModel::CountryColumn)).toString(), u"ZZ"_s);
    QVERIFY(model.data(model.index(0, ProxyCheckModel::TotalColumn)).toString().endsWith(u" ms"));
    QCOMPARE(model.data(model.index(2, ProxyCheckModel::ResultColumn)).toString(),
             ProxyCheckResult::label(Outcome::Refused));
    QCOMPARE(model.data(model.index(2, 0), ProxyCheckModel::FailedRole).toBool(), true);
    QCOMPARE(model.data(model.index(0, 0), ProxyCheckModel::FailedRole).toBool(), false);
    // No password on screen.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.data(model.index(row, column)).toString();
            QVERIFY(!text.contains(kPassword));
            QVERIFY(!text.contains(bulkPassword(60)));
        }
    }
    // Sorted failed first: the two failures, then the two that work.
    for (int row = 0; row < 2; ++row)
        QVERIFY(sorted.data(sorted.index(row, 0), ProxyCheckModel::FailedRole).toBool());
    for (int row = 2; row < 4; ++row)
        QCOMPARE(sorted.data(sorted.index(row, 0), ProxyCheckModel::OutcomeRole).toInt(),
                 int(Outcome::Works));

    // Re-checking the failed ones streams into the same rows.
    QVERIFY(checker.recheckFailed());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TstProxyCheckerDaemons)

#include "tst_proxychecker_daemons.moc"
