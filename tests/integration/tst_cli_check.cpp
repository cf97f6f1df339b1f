// Issue 16: sharddesk-cli check against loopback proxies (MockProxyServer, HTTP and SOCKS5) and
// the mock's IP echo (/echo/ip), in both profiles: a list in a file (good lines of both
// protocols, a bad line said on stderr and not fatal), a wrong password, a refused port and a
// proxy that never answers in the rows and exit 7 (a refused SOCKS5 port reads "failed": an
// expected failure, reported), the JSON and CSV outputs parsed, the proxies
// of a demo order, a residential order refused in the server's words, bad values that read and
// send nothing, and a list on standard input through the real executable (no key needed).
// Passwords never appear in any output. No sleeps: every wait is on a signal.

#include "clirun.h"
#include "integrationsupport.h"

#include "../export/csvreader.h"

#include "demoproxies.h"
#include "mockproxyserver.h"
#include "mockserver.h"
#include "mockstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

namespace {
const QString kUser = u"alice"_s;
const QString kPassword = u"alice-secret-1"_s;
const QString kOtherUser = u"bob"_s;
const QString kOtherPassword = u"bob-secret-22"_s;
const QString kWrongPassword = u"not-the-password-3"_s;
const QString kSleepy = u"sleepy"_s;
const QString kSleepyPassword = u"sleepy-secret-4"_s;

const QStringList kColumns{u"result"_s,      u"proxy"_s,    u"protocol"_s, u"user"_s,
                           u"order"_s,       u"connect_ms"_s, u"total_ms"_s, u"http_status"_s,
                           u"exit_ip"_s,     u"country"_s,  u"detail"_s};

// One table row of the output: its cells by column name.
using Row = QHash<QString, QString>;
} // namespace

class TestCliCheck final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fileAllWork();
    void someFailed();
    void jsonAndCsv_data();
    void jsonAndCsv();
    void targetFails();
    void demoOrder();
    void timeoutIsEachProxys();
    void residentialOrderRefused();
    void badValuesSendNothing_data();
    void badValuesSendNothing();
    void noReadableLine();
    void standardInputThroughTheExecutable();

private:
    CliResult cli(const QStringList &args) const;
    QString echoUrl() const { return m_server->url().toString() + u"/echo/ip"_s; }
    // The list in a file of the test's folder; its path.
    QString writeList(const QStringList &lines);
    // A loopback port where nothing listens.
    static quint16 deadPort();
    // The table's rows (the first line is the header).
    static QList<Row> tableRows(const QString &out);
    int apiRequests() const { return m_server->requestCount("", u"/user/api"_s); }
    // The proxy becomes the demo's (DemoProxies' authenticator, listening afresh), and the
    // server's Datacenter/ISP orders list it.
    bool useDemoProxies();
    void verifyNoPassword(const CliResult &r, const QStringList &passwords) const;
    // The lines with a working HTTP and SOCKS5 proxy, a wrong password, a refused port and a
    // proxy that never answers.
    QStringList mixedLines();

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MockProxyServer> m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliCheck::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
    m_proxy = std::make_unique<MockProxyServer>();
    m_proxy->setAuthenticator([](const QString &user, const QString &password) {
        return (user == kUser && password == kPassword) ||
               (user == kOtherUser && password == kOtherPassword) || user == kSleepy;
    });
    m_proxy->setHangUsers({kSleepy});
    QVERIFY(m_proxy->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliCheck::cleanup()
{
    if (m_proxy)
        m_proxy->close();
    m_proxy.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
    m_dir.reset();
}

CliResult TestCliCheck::cli(const QStringList &args) const
{
    return runCli(QStringList{u"--server"_s, m_server->url().toString()} + args,
                  m_server->token(), 2000);
}

QString TestCliCheck::writeList(const QStringList &lines)
{
    const QString path = m_dir->filePath(u"proxies.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    return path;
}

quint16 TestCliCheck::deadPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QList<Row> TestCliCheck::tableRows(const QString &out)
{
    QList<Row> rows;
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return rows;
    // Columns start where the header's words start; the last one (detail) takes the rest.
    const QString header = lines.first();
    QList<qsizetype> starts;
    for (const QString &column : kColumns)
        starts << header.indexOf(column);
    for (const QString &line : lines.mid(1)) {
        Row row;
        for (qsizetype c = 0; c < kColumns.size(); ++c) {
            const qsizetype from = starts.at(c);
            const qsizetype to = c + 1 < starts.size() ? starts.at(c + 1) : line.size();
            row.insert(kColumns.at(c), line.mid(from, to - from).trimmed());
        }
        rows << row;
    }
    return rows;
}

bool TestCliCheck::useDemoProxies()
{
    m_proxy->close();
    m_proxy->setHangUsers({});
    const std::optional<DemoProxies> demo = DemoProxies::serve(*m_proxy);
    if (demo)
        m_server->backend().setDemoProxies(*demo);
    return demo.has_value();
}

void TestCliCheck::verifyNoPassword(const CliResult &r, const QStringList &passwords) const
{
    for (const QString &password : passwords) {
        QVERIFY2(!r.out.contains(password), qPrintable(r.out));
        QVERIFY2(!r.err.contains(password), qPrintable(r.err));
    }
}

QStringList TestCliCheck::mixedLines()
{
    const QString http = QString::number(m_proxy->httpPort());
    const QString socks = QString::number(m_proxy->socksPort());
    const QString dead = QString::number(deadPort());
    return {
        u"127.0.0.1:%1:%2:%3"_s.arg(http, kUser, kPassword),                      // works
        u"http://%1:%2@127.0.0.1:%3"_s.arg(kOtherUser, kWrongPassword, http),     // auth_failed
        u"socks5://%1:%2@127.0.0.1:%3"_s.arg(kOtherUser, kWrongPassword, socks),  // auth_failed
        u"%1:%2@127.0.0.1:%3"_s.arg(kUser, kPassword, dead),                      // refused
        u"socks5://%1:%2@127.0.0.1:%3"_s.arg(kSleepy, kSleepyPassword, socks),    // timed_out
        u"socks5://%1:%2@127.0.0.1:%3"_s.arg(kUser, kPassword, dead),             // refused
    };
}

void TestCliCheck::fileAllWork()
{
    const QString http = QString::number(m_proxy->httpPort());
    const QString socks = QString::number(m_proxy->socksPort());
    const QString path = writeList({
        u"# my proxies"_s,
        u"http://%1:%2@127.0.0.1:%3"_s.arg(kUser, kPassword, http),
        u"127.0.0.1"_s, // line 3: no port
        u"socks5://%1:%2@127.0.0.1:%3"_s.arg(kUser, kPassword, socks),
        u""_s,
        u"%1:%2@127.0.0.1:%3"_s.arg(kOtherUser, kOtherPassword, http),
    });
    const CliResult r = cli({u"check"_s, u"--file"_s, path, u"--url"_s, echoUrl(),
                             u"--timeout-ms"_s, u"5000"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"line 3: no port"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"3 of 3 work"_s), qPrintable(r.err));

    const QList<Row> rows = tableRows(r.out);
    QCOMPARE(rows.size(), 3);
    // In the order of the lines.
    QCOMPARE(rows.at(0).value(u"protocol"_s), u"http"_s);
    QCOMPARE(rows.at(1).value(u"protocol"_s), u"socks5"_s);
    QCOMPARE(rows.at(2).value(u"protocol"_s), u"http"_s);
    QCOMPARE(rows.at(2).value(u"user"_s), kOtherUser);
    for (const Row &row : rows) {
        QCOMPARE(row.value(u"result"_s), u"works"_s);
        QCOMPARE(row.value(u"exit_ip"_s), u"127.0.0.1"_s);
        QCOMPARE(row.value(u"http_status"_s), u"200"_s);
        QCOMPARE(row.value(u"order"_s), u"-"_s);
        QVERIFY(row.value(u"total_ms"_s).toInt() >= 0);
        QVERIFY(row.value(u"proxy"_s).startsWith(u"127.0.0.1:"_s));
    }
    verifyNoPassword(r, {kPassword, kOtherPassword});
    // Through the proxies, not around them; the API was never asked.
    QVERIFY(m_proxy->connectionsServed() >= 3);
    QCOMPARE(apiRequests(), 0);
}

void TestCliCheck::someFailed()
{
    const CliResult r = cli({u"check"_s, u"--file"_s, writeList(mixedLines()), u"--url"_s,
                             echoUrl(), u"--timeout-ms"_s, u"600"_s});
    QVERIFY2(r.done && r.code == 7, qPrintable(r.describe()));
    const QList<Row> rows = tableRows(r.out);
    QCOMPARE(rows.size(), 6);
    const QStringList expected{u"works"_s,   u"auth_failed"_s, u"auth_failed"_s,
                               u"refused"_s, u"timed_out"_s};
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(rows.at(i).value(u"result"_s) == expected.at(i), qPrintable(r.out));
    QCOMPARE(rows.at(2).value(u"protocol"_s), u"socks5"_s);
    QCOMPARE(rows.at(0).value(u"exit_ip"_s), u"127.0.0.1"_s);
    QCOMPARE(rows.at(3).value(u"exit_ip"_s), u"-"_s);
    QVERIFY2(r.err.contains(u"1 of 6 work"_s), qPrintable(r.err));
    verifyNoPassword(r, {kPassword, kWrongPassword, kSleepyPassword});
    // Qt reports a SOCKS5 proxy whose port refuses as UnknownNetworkError ("Connection to proxy
    // refused"): ProxyChecker reads its words.
    QCOMPARE(rows.at(5).value(u"protocol"_s), u"socks5"_s);
    QCOMPARE(rows.at(5).value(u"result"_s), u"refused"_s);
}

void TestCliCheck::jsonAndCsv_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCliCheck::jsonAndCsv()
{
    QFETCH(QString, format);
    const CliResult r = cli({u"--format"_s, format, u"check"_s, u"--file"_s,
                             writeList(mixedLines()), u"--url"_s, echoUrl(), u"--timeout-ms"_s,
                             u"600"_s});
    QVERIFY2(r.done && r.code == 7, qPrintable(r.describe()));
    // The summary is the table's; scripts reading JSON or CSV get an empty stderr.
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    verifyNoPassword(r, {kPassword, kWrongPassword, kSleepyPassword});

    QList<Row> rows;
    if (format == u"json") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            const QStringList keys = o.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                     QSet<QString>(kColumns.cbegin(), kColumns.cend()));
            QVERIFY(o.value(u"order"_s).isNull());
            QVERIFY(o.value(u"proxy"_s).toString().startsWith(u"127.0.0.1:"_s));
            const bool works = o.value(u"result"_s).toString() == u"works";
            // Unknowns are null, never a -1 or "-" a script would take for a value.
            QCOMPARE(o.value(u"exit_ip"_s).isNull(), !works);
            QCOMPARE(o.value(u"detail"_s).isNull(), works);
            if (works) {
                QVERIFY(o.value(u"total_ms"_s).isDouble());
                QCOMPARE(o.value(u"http_status"_s).toInt(), 200);
            }
            Row row;
            row.insert(u"result"_s, o.value(u"result"_s).toString());
            row.insert(u"protocol"_s, o.value(u"protocol"_s).toString());
            row.insert(u"user"_s, o.value(u"user"_s).toString());
            rows << row;
        }
    } else {
        QVERIFY(r.out.endsWith(u"\r\n"_s));
        const CsvReader::Result csv = CsvReader::read(r.out.toUtf8());
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.records.value(0), kColumns);
        for (const QStringList &record : csv.records.mid(1)) {
            QCOMPARE(record.size(), kColumns.size());
            Row row;
            for (qsizetype c = 0; c < kColumns.size(); ++c)
                row.insert(kColumns.at(c), record.at(c));
            rows << row;
        }
    }
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).value(u"result"_s), u"works"_s);
    QCOMPARE(rows.at(1).value(u"result"_s), u"auth_failed"_s);
    QCOMPARE(rows.at(1).value(u"user"_s), kOtherUser);
    QCOMPARE(rows.at(2).value(u"protocol"_s), u"socks5"_s);
    QCOMPARE(rows.at(3).value(u"result"_s), u"refused"_s);
    QCOMPARE(rows.at(4).value(u"result"_s), u"timed_out"_s);
}

void TestCliCheck::targetFails()
{
    const QString http = QString::number(m_proxy->httpPort());
    const CliResult r = cli({u"check"_s, u"--file"_s,
                             writeList({u"127.0.0.1:%1:%2:%3"_s.arg(http, kUser, kPassword)}),
                             u"--url"_s, m_server->url().toString() + u"/echo/status/503"_s});
    QVERIFY2(r.done && r.code == 7, qPrintable(r.describe()));
    const QList<Row> rows = tableRows(r.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).value(u"result"_s), u"bad_answer"_s);
    QCOMPARE(rows.at(0).value(u"http_status"_s), u"503"_s);
    QVERIFY2(rows.at(0).value(u"detail"_s).contains(u"503"_s), qPrintable(r.out));
}

void TestCliCheck::demoOrder()
{
    QVERIFY(useDemoProxies());
    // A small running Datacenter/ISP order whose proxies all work, and one with a bad row.
    std::optional<MockOrder> allGood;
    std::optional<MockOrder> someBad;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status != MockOrder::Status::Active || !isDatacenterOrIsp(o) || o.quantity > 60)
            continue;
        bool bad = false;
        for (int i = 0; i < o.quantity; ++i)
            bad = bad || DemoProxies::kind(o.orderId, i) != DemoProxies::Kind::Working;
        if (!bad && o.quantity >= 2 && !allGood)
            allGood = o;
        if (bad && !someBad)
            someBad = o;
    }
    QVERIFY(allGood);
    QVERIFY(someBad);

    const QString good = QString::number(allGood->orderId);
    CliResult r = cli({u"check"_s, good, u"--protocol"_s, u"both"_s, u"--url"_s, echoUrl(),
                       u"--timeout-ms"_s, u"5000"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QList<Row> rows = tableRows(r.out);
    QCOMPARE(rows.size(), 2 * allGood->quantity);
    for (const Row &row : rows) {
        QCOMPARE(row.value(u"result"_s), u"works"_s);
        QCOMPARE(row.value(u"order"_s), good);
        QVERIFY(row.value(u"user"_s).startsWith(u"sd"_s + good + u'-'));
    }
    QCOMPARE(m_server->requestCount("GET", u"/user/api/proxies/active"_s), 1);

    // Both orders, one id given twice: each order read once, its rows in the order given.
    m_server->clearRecorded();
    const QString bad = QString::number(someBad->orderId);
    r = cli({u"--format"_s, u"json"_s, u"check"_s, bad, good, bad, u"--url"_s, echoUrl(),
             u"--timeout-ms"_s, u"5000"_s});
    QVERIFY2(r.done && r.code == 7, qPrintable(r.describe()));
    QCOMPARE(m_server->requestCount("GET", u"/user/api/proxies/active"_s), 2);
    const QJsonArray json = r.json().array();
    QCOMPARE(json.size(), someBad->quantity + allGood->quantity);
    QStringList passwords;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonObject o = json.at(i).toObject();
        const bool first = i < someBad->quantity;
        const MockOrder &order = first ? *someBad : *allGood;
        const int index = int(first ? i : i - someBad->quantity);
        QCOMPARE(o.value(u"order"_s).toInteger(), order.orderId);
        QCOMPARE(o.value(u"user"_s).toString(), DemoProxies::username(order.orderId, index));
        QCOMPARE(o.value(u"protocol"_s).toString(), u"http"_s);
        const DemoProxies::Kind kind = DemoProxies::kind(order.orderId, index);
        const QString expected = kind == DemoProxies::Kind::Working ? u"works"_s
                                 : kind == DemoProxies::Kind::Dead  ? u"refused"_s
                                                                    : u"auth_failed"_s;
        QVERIFY2(o.value(u"result"_s).toString() == expected, qPrintable(r.out));
        passwords << DemoProxies::listedPassword(order.orderId, index);
    }
    verifyNoPassword(r, passwords);

    // A residential order among them: refused in the server's words, the other still checked,
    // and the exit code the refusal's.
    const std::optional<MockOrder> residential = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && !isDatacenterOrIsp(o);
    });
    QVERIFY(residential);
    const QString refusedId = QString::number(residential->orderId);
    const QString words = cli({u"proxies"_s, refusedId}).err.trimmed();
    QVERIFY(!words.isEmpty());
    r = cli({u"check"_s, refusedId, good, u"--url"_s, echoUrl(), u"--timeout-ms"_s, u"5000"_s});
    QVERIFY2(r.done && r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(refusedId) && r.err.contains(words), qPrintable(r.err));
    rows = tableRows(r.out);
    QCOMPARE(rows.size(), allGood->quantity);
    for (const Row &row : rows)
        QCOMPARE(row.value(u"order"_s), good);
}

void TestCliCheck::timeoutIsEachProxys()
{
    QVERIFY(useDemoProxies());
    const std::optional<MockOrder> order = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && isDatacenterOrIsp(o) && o.quantity <= 20;
    });
    QVERIFY(order);
    // Every answer of the server, the echo's too, comes 400 ms late: each proxy's check gives
    // up at 150 ms, while reading the order (the API's timeout, not --timeout-ms) still works.
    m_server->setLatency(400);
    const CliResult r = cli({u"--format"_s, u"json"_s, u"check"_s,
                             QString::number(order->orderId), u"--url"_s, echoUrl(),
                             u"--timeout-ms"_s, u"150"_s});
    QVERIFY2(r.done && r.code == 7, qPrintable(r.describe()));
    const QJsonArray rows = r.json().array();
    QCOMPARE(rows.size(), order->quantity);
    for (const QJsonValue &row : rows) {
        const QString result = row.toObject().value(u"result"_s).toString();
        // A dead or refused row fails before its timeout.
        QVERIFY2(result == u"timed_out" || result == u"refused" || result == u"auth_failed",
                 qPrintable(r.out));
    }
}

void TestCliCheck::residentialOrderRefused()
{
    const std::optional<MockOrder> residential = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && !isDatacenterOrIsp(o);
    });
    QVERIFY(residential);
    const QString id = QString::number(residential->orderId);
    // The server's words, as `proxies` says them.
    const CliResult proxies = cli({u"proxies"_s, id});
    QCOMPARE(proxies.code, 1);
    const QString words = proxies.err.trimmed();
    QVERIFY(!words.isEmpty());

    const CliResult r = cli({u"check"_s, id, u"--url"_s, echoUrl()});
    QVERIFY2(r.done && r.code == 1, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY2(r.err.contains(id), qPrintable(r.err));
    QCOMPARE(m_proxy->connectionsServed(), 0);

    // An order that does not exist: the server's words too, and nothing checked.
    const CliResult missing = cli({u"check"_s, u"999999999"_s, u"--url"_s, echoUrl()});
    QVERIFY2(missing.done && missing.code == 1, qPrintable(missing.describe()));
    QVERIFY(missing.out.isEmpty());
    QCOMPARE(m_proxy->connectionsServed(), 0);
}

void TestCliCheck::badValuesSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLineHas");
    const QStringList order{u"check"_s, u"100001"_s};
    QTest::newRow("concurrency 0") << order + QStringList{u"--concurrency"_s, u"0"_s}
                                   << u"--concurrency"_s;
    QTest::newRow("concurrency 999") << order + QStringList{u"--concurrency"_s, u"999"_s}
                                     << u"--concurrency"_s;
    QTest::newRow("protocol ftp") << order + QStringList{u"--protocol"_s, u"ftp"_s}
                                  << u"Unknown protocol 'ftp'"_s;
    QTest::newRow("timeout x") << order + QStringList{u"--timeout-ms"_s, u"x"_s}
                               << u"--timeout-ms"_s;
    QTest::newRow("timeout too short") << order + QStringList{u"--timeout-ms"_s, u"5"_s}
                                       << u"--timeout-ms"_s;
    QTest::newRow("url ftp") << order + QStringList{u"--url"_s, u"ftp://127.0.0.1/x"_s}
                             << u"--url"_s;
    QTest::newRow("order id") << QStringList{u"check"_s, u"abc"_s} << u"'abc'"_s;
    QTest::newRow("no ids, no file") << QStringList{u"check"_s} << u"'check' needs"_s;
    QTest::newRow("ids and file") << QStringList{u"check"_s, u"100001"_s, u"--file"_s, u"x"_s}
                                  << u"not both"_s;
    QTest::newRow("missing file")
        << QStringList{u"check"_s, u"--file"_s, u"/nonexistent/proxies.txt"_s}
        << u"Cannot read /nonexistent/proxies.txt"_s;
}

void TestCliCheck::badValuesSendNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLineHas);
    const CliResult r = cli(args);
    QVERIFY2(r.done && r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.section(u'\n', 0, 0).contains(firstLineHas), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QCOMPARE(m_proxy->connectionsServed(), 0);
}

void TestCliCheck::noReadableLine()
{
    const CliResult r = cli({u"check"_s, u"--file"_s,
                             writeList({u"127.0.0.1"_s, u"user:pass@127.0.0.1:99999"_s}),
                             u"--url"_s, echoUrl()});
    QVERIFY2(r.done && r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"line 1: no port"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"line 2: "_s), qPrintable(r.err));
    // The line's number and why, never its text (a password may be in it).
    QVERIFY2(!r.err.contains(u"user:pass"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"No proxies to check"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_proxy->connectionsServed(), 0);
}

void TestCliCheck::standardInputThroughTheExecutable()
{
    const QByteArray list =
        (u"\uFEFF"_s + // a byte order mark, as some editors write one
         u"%1:%2@127.0.0.1:%3\r\n"_s.arg(kUser, kPassword, QString::number(m_proxy->httpPort())) +
         u"not a proxy\r\n"_s +
         u"socks5://%1:%2@127.0.0.1:%3\r\n"_s.arg(kUser, kPassword,
                                                   QString::number(m_proxy->socksPort())))
            .toUtf8();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A list asks the API nothing: no key is needed.
    env.remove(u"SHARDDESK_TOKEN"_s);
    env.insert(u"SHARDDESK_SERVER"_s, m_server->url().toString());
    QProcess process;
    process.setProcessEnvironment(env);
    // The in-process proxies need this thread's event loop: wait on the signal, never block.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromLocal8Bit(SHARDDESK_CLI_EXE),
                  {u"--format"_s, u"csv"_s, u"check"_s, u"--file"_s, u"-"_s, u"--url"_s,
                   echoUrl(), u"--timeout-ms"_s, u"5000"_s});
    process.write(list);
    process.closeWriteChannel();
    QVERIFY2(finished.wait(15000), "sharddesk-cli did not finish");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(err.contains(u"line 2: "_s), qPrintable(err));
    const CsvReader::Result csv = CsvReader::read(out.toUtf8());
    QVERIFY2(csv.ok(), qPrintable(csv.error));
    QCOMPARE(csv.records.size(), 3);
    QCOMPARE(csv.records.at(1).value(0), u"works"_s);
    QCOMPARE(csv.records.at(1).value(1), u"127.0.0.1:"_s + QString::number(m_proxy->httpPort()));
    QCOMPARE(csv.records.at(2).value(0), u"works"_s);
    QCOMPARE(csv.records.at(2).value(2), u"socks5"_s);
    QVERIFY(!out.contains(kPassword) && !err.contains(kPassword));
    QCOMPARE(apiRequests(), 0);
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
