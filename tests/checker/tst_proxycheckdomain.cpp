// The checker's small value types (issue 16): ProxyEndpoint (ofOrder, address, key, protocol
// names), ProxyCheckSummary (counts, median, the one-line text), ProxyCheckResult (names,
// JSON) and ProxyChecker::clamped.
#include "domain/proxycheckresult.h"
#include "domain/proxychecksummary.h"
#include "domain/proxyendpoint.h"
#include "services/proxychecker.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Outcome = ProxyCheckResult::Outcome;

Q_DECLARE_METATYPE(CheckProtocols)

char *toString(const ProxyEndpoint &e)
{
    return qstrdup(qPrintable(e.key() + u" password=" + e.password + u" order=" +
                              QString::number(e.orderId)));
}

namespace {

ActiveProxy proxy(const QString &ip, int httpPort, int socksPort, const QString &user = u"u"_s,
                  const QString &password = u"p"_s)
{
    ActiveProxy p;
    p.ip = ip;
    p.httpPort = httpPort;
    p.socksPort = socksPort;
    p.username = user;
    p.password = password;
    return p;
}

ProxyCheckResult result(Outcome outcome, int totalMs = -1)
{
    ProxyCheckResult r;
    r.outcome = outcome;
    r.totalMs = totalMs;
    return r;
}

} // namespace

class TstProxyCheckDomain : public QObject
{
    Q_OBJECT

private slots:
    void ofOrder_data();
    void ofOrder();
    void ofOrderSkipsMissingPorts();
    void addressAndKey();
    void protocolNames();
    void toActiveProxy();
    void summaryCounts();
    void summaryMedian_data();
    void summaryMedian();
    void summaryText_data();
    void summaryText();
    void summaryTextStopped();
    void resultNamesAndJson();
    void clamped();
};

void TstProxyCheckDomain::ofOrder_data()
{
    QTest::addColumn<CheckProtocols>("protocols");
    QTest::addColumn<QList<ProxyEndpoint>>("expected");
    const ProxyEndpoint aHttp{ProxyProtocol::Http, u"203.0.113.1"_s, 8000, u"u1"_s, u"p1"_s, 42};
    const ProxyEndpoint aSocks{ProxyProtocol::Socks5, u"203.0.113.1"_s, 9000, u"u1"_s, u"p1"_s,
                               42};
    const ProxyEndpoint bHttp{ProxyProtocol::Http, u"2001:db8::2"_s, 8001, u"u2"_s, u"p2"_s, 42};
    const ProxyEndpoint bSocks{ProxyProtocol::Socks5, u"2001:db8::2"_s, 9001, u"u2"_s, u"p2"_s,
                               42};
    QTest::newRow("http") << CheckProtocols::Http << QList<ProxyEndpoint>{aHttp, bHttp};
    QTest::newRow("socks5") << CheckProtocols::Socks5 << QList<ProxyEndpoint>{aSocks, bSocks};
    // Both: each proxy on its HTTP port, then its SOCKS5 port, proxy by proxy.
    QTest::newRow("both") << CheckProtocols::Both
                          << QList<ProxyEndpoint>{aHttp, aSocks, bHttp, bSocks};
}

void TstProxyCheckDomain::ofOrder()
{
    QFETCH(CheckProtocols, protocols);
    QFETCH(QList<ProxyEndpoint>, expected);
    const QList<ActiveProxy> proxies{proxy(u"203.0.113.1"_s, 8000, 9000, u"u1"_s, u"p1"_s),
                                     proxy(u"2001:db8::2"_s, 8001, 9001, u"u2"_s, u"p2"_s)};
    QCOMPARE(ProxyEndpoint::ofOrder(42, proxies, protocols), expected);
}

void TstProxyCheckDomain::ofOrderSkipsMissingPorts()
{
    const QList<ActiveProxy> proxies{
        proxy(u"203.0.113.1"_s, 8000, 0),     // HTTP only
        proxy(u"203.0.113.2"_s, 0, 9000),     // SOCKS5 only
        proxy(QString(), 8000, 9000),         // no address: nothing
        proxy(u"203.0.113.3"_s, 70000, -1),   // no real port: nothing
        proxy(u"203.0.113.4"_s, 65535, 1),    // the ends of the range
    };
    const QList<ProxyEndpoint> both = ProxyEndpoint::ofOrder(7, proxies, CheckProtocols::Both);
    QCOMPARE(both,
             (QList<ProxyEndpoint>{
                 {ProxyProtocol::Http, u"203.0.113.1"_s, 8000, u"u"_s, u"p"_s, 7},
                 {ProxyProtocol::Socks5, u"203.0.113.2"_s, 9000, u"u"_s, u"p"_s, 7},
                 {ProxyProtocol::Http, u"203.0.113.4"_s, 65535, u"u"_s, u"p"_s, 7},
                 {ProxyProtocol::Socks5, u"203.0.113.4"_s, 1, u"u"_s, u"p"_s, 7},
             }));
    QCOMPARE(ProxyEndpoint::ofOrder(7, proxies, CheckProtocols::Http).size(), 2);
    QCOMPARE(ProxyEndpoint::ofOrder(7, proxies, CheckProtocols::Socks5).size(), 2);
    QVERIFY(ProxyEndpoint::ofOrder(7, {}, CheckProtocols::Both).isEmpty());
}

void TstProxyCheckDomain::addressAndKey()
{
    const ProxyEndpoint v4{ProxyProtocol::Http, u"203.0.113.5"_s, 8000, u"u"_s, u"secret"_s, 1};
    QCOMPARE(v4.address(), u"203.0.113.5:8000"_s);
    QCOMPARE(v4.key(), u"http://u:secret@203.0.113.5:8000"_s);
    const ProxyEndpoint v6{ProxyProtocol::Socks5, u"2001:db8::1"_s, 9000, u"u"_s, u"p"_s, 0};
    QCOMPARE(v6.address(), u"[2001:db8::1]:9000"_s);
    QCOMPARE(v6.key(), u"socks5://u:p@[2001:db8::1]:9000"_s);
    // The protocol, address, user and password make the identity; the order does not.
    ProxyEndpoint other = v4;
    other.orderId = 99;
    QCOMPARE(other.key(), v4.key());
    const QList<std::function<void(ProxyEndpoint &)>> changes{
        [](ProxyEndpoint &e) { e.password = u"else"_s; },
        [](ProxyEndpoint &e) { e.username = u"v"_s; },
        [](ProxyEndpoint &e) { e.protocol = ProxyProtocol::Socks5; },
        [](ProxyEndpoint &e) { e.port = 8001; },
        [](ProxyEndpoint &e) { e.host = u"203.0.113.6"_s; }};
    for (const auto &change : changes) {
        ProxyEndpoint changed = v4;
        change(changed);
        QVERIFY(changed.key() != v4.key());
    }
}

void TstProxyCheckDomain::protocolNames()
{
    QCOMPARE(ProxyEndpoint::protocolName(ProxyProtocol::Http), u"http"_s);
    QCOMPARE(ProxyEndpoint::protocolName(ProxyProtocol::Socks5), u"socks5"_s);
    QCOMPARE(ProxyEndpoint::protocolLabel(ProxyProtocol::Http), u"HTTP"_s);
    QCOMPARE(ProxyEndpoint::protocolLabel(ProxyProtocol::Socks5), u"SOCKS5"_s);
    QCOMPARE(ProxyEndpoint::protocolsFromName(u"http"_s), CheckProtocols::Http);
    QCOMPARE(ProxyEndpoint::protocolsFromName(u" SOCKS5 "_s), CheckProtocols::Socks5);
    QCOMPARE(ProxyEndpoint::protocolsFromName(u"socks"_s), CheckProtocols::Socks5);
    QCOMPARE(ProxyEndpoint::protocolsFromName(u"Both"_s), CheckProtocols::Both);
    QCOMPARE(ProxyEndpoint::protocolsFromName(u"ftp"_s), std::nullopt);
    QCOMPARE(ProxyEndpoint::protocolsFromName(QString()), std::nullopt);
    QCOMPARE(ProxyEndpoint::expand(CheckProtocols::Both),
             (QList<ProxyProtocol>{ProxyProtocol::Http, ProxyProtocol::Socks5}));
}

void TstProxyCheckDomain::toActiveProxy()
{
    const ActiveProxy h =
        ProxyEndpoint{ProxyProtocol::Http, u"203.0.113.5"_s, 8000, u"u"_s, u"p"_s, 3}
            .toActiveProxy();
    QCOMPARE(h.ip, u"203.0.113.5"_s);
    QCOMPARE(h.username, u"u"_s);
    QCOMPARE(h.password, u"p"_s);
    QCOMPARE(h.httpPort, 8000);
    QCOMPARE(h.socksPort, 0);
    const ActiveProxy s =
        ProxyEndpoint{ProxyProtocol::Socks5, u"203.0.113.5"_s, 9000, u"u"_s, u"p"_s, 3}
            .toActiveProxy();
    QCOMPARE(s.httpPort, 0);
    QCOMPARE(s.socksPort, 9000);
}

void TstProxyCheckDomain::summaryCounts()
{
    const ProxyCheckSummary s = ProxyCheckSummary::of(
        {result(Outcome::Works, 100), result(Outcome::Works, 300), result(Outcome::AuthFailed),
         result(Outcome::Cancelled), result(Outcome::Checking), result(Outcome::Waiting)});
    QCOMPARE(s.total, 6);
    QCOMPARE(s.done, 4);
    QCOMPARE(s.works, 2);
    QCOMPARE(s.failed, 2); // a cancelled one did not work
    QCOMPARE(s.cancelled, 1);
    QVERIFY(!s.allWork());

    const ProxyCheckSummary all =
        ProxyCheckSummary::of({result(Outcome::Works, 5), result(Outcome::Works, 7)});
    QVERIFY(all.allWork());
    QVERIFY(!ProxyCheckSummary::of({}).allWork());
    QCOMPARE(ProxyCheckSummary::of({}).medianMs, -1);
}

void TstProxyCheckDomain::summaryMedian_data()
{
    QTest::addColumn<QList<int>>("worksMs");
    QTest::addColumn<int>("median");
    QTest::newRow("none") << QList<int>{} << -1;
    QTest::newRow("one") << QList<int>{240} << 240;
    QTest::newRow("odd") << QList<int>{900, 100, 240} << 240;
    // Even: the upper of the middle two.
    QTest::newRow("even") << QList<int>{400, 100, 300, 200} << 300;
    QTest::newRow("equal") << QList<int>{5, 5, 5} << 5;
}

void TstProxyCheckDomain::summaryMedian()
{
    QFETCH(QList<int>, worksMs);
    QFETCH(int, median);
    QList<ProxyCheckResult> results;
    for (int ms : worksMs)
        results.append(result(Outcome::Works, ms));
    // Failed ones' times never count.
    results.append(result(Outcome::TimedOut, 10'000));
    results.append(result(Outcome::Refused, 1));
    QCOMPARE(ProxyCheckSummary::of(results).medianMs, median);
}

void TstProxyCheckDomain::summaryText_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("works");
    QTest::addColumn<int>("medianMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << 0 << 0 << 0 << -1 << u"No proxies to check."_s;
    QTest::newRow("the issue's example") << 200 << 200 << 187 << 240
                                         << u"187 of 200 work, median 240 ms"_s;
    QTest::newRow("running") << 200 << 40 << 38 << 240 << u"Checked 40 of 200: 38 work"_s;
    QTest::newRow("running, none done") << 5 << 0 << 0 << -1 << u"Checked 0 of 5: 0 work"_s;
    QTest::newRow("none works") << 3 << 3 << 0 << -1 << u"0 of 3 work"_s;
    QTest::newRow("one") << 1 << 1 << 1 << 12 << u"1 of 1 work, median 12 ms"_s;
}

void TstProxyCheckDomain::summaryText()
{
    QFETCH(int, total);
    QFETCH(int, done);
    QFETCH(int, works);
    QFETCH(int, medianMs);
    QFETCH(QString, text);
    ProxyCheckSummary s;
    s.total = total;
    s.done = done;
    s.works = works;
    s.failed = done - works;
    s.medianMs = medianMs;
    QCOMPARE(s.text(), text);

    // And from results, the way the window and the CLI make it.
    QList<ProxyCheckResult> results;
    for (int i = 0; i < total; ++i) {
        if (i < works)
            results.append(result(Outcome::Works, medianMs));
        else if (i < done)
            results.append(result(Outcome::Refused));
        else
            results.append(result(Outcome::Waiting));
    }
    QCOMPARE(ProxyCheckSummary::of(results).text(), text);
}

void TstProxyCheckDomain::summaryTextStopped()
{
    // A stopped run says so, with how many were never checked.
    QList<ProxyCheckResult> results{result(Outcome::Works, 100), result(Outcome::Works, 300),
                                    result(Outcome::Refused)};
    for (int i = 0; i < 5; ++i)
        results.append(result(Outcome::Cancelled));
    const ProxyCheckSummary s = ProxyCheckSummary::of(results);
    QCOMPARE(s.cancelled, 5);
    QCOMPARE(s.failed, 6);
    QCOMPARE(s.text(), u"Stopped: 2 of 8 work, median 300 ms, 5 not checked"_s);
    const ProxyCheckSummary none =
        ProxyCheckSummary::of({result(Outcome::Cancelled), result(Outcome::Refused)});
    QCOMPARE(none.text(), u"Stopped: 0 of 2 work, 1 not checked"_s);
}

void TstProxyCheckDomain::resultNamesAndJson()
{
    QSet<QString> names;
    QSet<QString> labels;
    for (Outcome o : ProxyCheckResult::outcomes()) {
        names.insert(ProxyCheckResult::outcomeName(o));
        labels.insert(ProxyCheckResult::label(o));
    }
    QCOMPARE(names.size(), ProxyCheckResult::outcomes().size());
    QCOMPARE(labels.size(), ProxyCheckResult::outcomes().size());
    QVERIFY(!names.contains(QString()));

    ProxyCheckResult works = result(Outcome::Works, 240);
    works.connectMs = 120;
    works.httpStatus = 200;
    works.exitIp = u"203.0.113.7"_s;
    works.country = u"NL"_s;
    const QJsonObject json = works.toJson();
    QCOMPARE(json.value(u"result"_s).toString(), u"works"_s);
    QCOMPARE(json.value(u"connect_ms"_s).toInt(), 120);
    QCOMPARE(json.value(u"total_ms"_s).toInt(), 240);
    QCOMPARE(json.value(u"http_status"_s).toInt(), 200);
    QCOMPARE(json.value(u"exit_ip"_s).toString(), u"203.0.113.7"_s);
    QCOMPARE(json.value(u"country"_s).toString(), u"NL"_s);
    QVERIFY(json.value(u"detail"_s).isNull());

    // Unknowns are null, never -1 or 0.
    const QJsonObject refused = result(Outcome::Refused).toJson();
    QCOMPARE(refused.value(u"result"_s).toString(), u"refused"_s);
    for (const char *key : {"connect_ms", "total_ms", "http_status", "exit_ip", "country"})
        QVERIFY2(refused.value(QLatin1String(key)).isNull(), key);
}

void TstProxyCheckDomain::clamped()
{
    const ProxyChecker::Options low = ProxyChecker::clamped({0, 5, QUrl()});
    QCOMPARE(low.concurrency, ProxyChecker::kMinConcurrency);
    QCOMPARE(low.timeoutMs, ProxyChecker::kMinTimeoutMs);
    QCOMPARE(low.target, ProxyChecker::defaultTarget());
    const ProxyChecker::Options high =
        ProxyChecker::clamped({100'000, 10'000'000, QUrl(u"ftp://example.org/"_s)});
    QCOMPARE(high.concurrency, ProxyChecker::kMaxConcurrency);
    QCOMPARE(high.timeoutMs, ProxyChecker::kMaxTimeoutMs);
    QCOMPARE(high.target, ProxyChecker::defaultTarget());
    const QUrl mine(u"http://127.0.0.1:8080/echo/ip"_s);
    QCOMPARE(ProxyChecker::clamped({8, 3000, mine}), (ProxyChecker::Options{8, 3000, mine}));
}

QTEST_GUILESS_MAIN(TstProxyCheckDomain)

#include "tst_proxycheckdomain.moc"
