// Issue 15: sharddesk-cli's residential commands against the mock over loopback HTTP, in both
// profiles: the sub-users of a pool in every format (all pages, also past the realistic
// profile's page cap; passwords masked unless asked for), each sub-user write and a refusal in
// the server's words, and add-bandwidth, which spends money: nothing sent without --yes, one
// POST, and a lost answer read back and reported as added, not added or unclear.

#include "clirun.h"
#include "integrationsupport.h"
#include "serverrecords.h"

#include "../export/csvreader.h"

#include "mockfault.h"
#include "mockresidentialpools.h"
#include "mockserver.h"
#include "mockstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;
using TestCommon::exactRequestCount;

namespace {
const QString kMask = u"\u2022\u2022\u2022\u2022\u2022\u2022"_s;
const QString kStandart = u"standart"_s;
const QString kSubUserPath = u"/user/api/proxies/sub-user/"_s;
} // namespace

class TestCliResidential final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsEveryPage_data();
    void listsEveryPage();
    void passwordsMaskedUnlessAsked();
    void typeAndArgumentErrorsSendNothing_data();
    void typeAndArgumentErrorsSendNothing();
    void show();
    void create();
    void rename();
    void deleteNeedsYes();
    void addAndSubtractData();
    void newPassword();
    void addBandwidthWithoutYesSendsNothing();
    void addBandwidth();
    void addBandwidthRefusedInTheServersWords();
    void addBandwidthLostAnswer_data();
    void addBandwidthLostAnswer();
    void addBandwidthUnclear();

private:
    CliResult cli(const QStringList &args) const;
    MockResidentialPools &pools() { return m_server->backend().state().residential(); }
    QStringList mockIds(const QString &type);
    // An active Standart Residential order (what add-bandwidth applies to).
    MockOrder residentialOrder() const;

    std::unique_ptr<MockServer> m_server;
};

void TestCliResidential::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestCliResidential::cleanup()
{
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

CliResult TestCliResidential::cli(const QStringList &args) const
{
    return runCli(QStringList{u"--server"_s, m_server->url().toString()} + args,
                  m_server->token(), 2000);
}

QStringList TestCliResidential::mockIds(const QString &type)
{
    QStringList ids;
    for (const MockSubUser &u : pools().users(type))
        ids << u.userId;
    return ids;
}

MockOrder TestCliResidential::residentialOrder() const
{
    const std::optional<MockOrder> o = findOrder(*m_server, [](const MockOrder &m) {
        return m.status == MockOrder::Status::Active &&
               m.productName == u"Standart Residential Proxy";
    });
    return o.value_or(MockOrder());
}

void TestCliResidential::listsEveryPage_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCliResidential::listsEveryPage()
{
    QFETCH(QString, format);
    const QStringList expected = mockIds(kStandart);
    // The realistic profile sends at most kPageCap rows a page, whatever the limit asks.
    QVERIFY(expected.size() > 5);
    const CliResult r = cli({u"--format"_s, format, u"subusers"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));

    QStringList ids;
    QStringList types;
    if (format == u"json") {
        for (const QJsonValue &v : r.json().array()) {
            ids << v.toObject().value(u"user_id"_s).toString();
            types << v.toObject().value(u"proxy_type"_s).toString();
        }
    } else if (format == u"csv") {
        const CsvReader::Result csv = CsvReader::read(r.out.toUtf8());
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.records.value(0),
                 (QStringList{u"type"_s, u"user_id"_s, u"name"_s, u"allotted_gb"_s, u"spent_gb"_s,
                              u"remaining_gb"_s, u"password"_s}));
        for (const QStringList &row : csv.records.mid(1)) {
            types << row.value(0);
            ids << row.value(1);
        }
    } else {
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.value(0).startsWith(u"type"_s));
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
            types << cells.value(0);
            ids << cells.value(1);
        }
    }
    QCOMPARE(types, QStringList(ids.size(), kStandart));
    if (m_server->isRealistic()) {
        // Its first page has a row without an id: skipped, with the orders' warning.
        QVERIFY2(r.err.startsWith(u"Warning: 1 row"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"user_id"_s));
        // Asked past the cap: pages until the server has no more.
        QVERIFY(exactRequestCount(*m_server, "GET", u"/user/api/proxies/sub-users"_s) >= 2);
    } else {
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
    QCOMPARE(ids, expected);
}

void TestCliResidential::passwordsMaskedUnlessAsked()
{
    const QList<MockSubUser> users = pools().users(kStandart);
    const CliResult masked = cli({u"--format"_s, u"csv"_s, u"subusers"_s});
    QVERIFY2(masked.code == 0, qPrintable(masked.describe()));
    for (const MockSubUser &u : users)
        QVERIFY2(!masked.out.contains(u.password), qPrintable(u.userId));
    QVERIFY(masked.out.contains(kMask));
    const CliResult json = cli({u"--format"_s, u"json"_s, u"subusers"_s});
    for (const MockSubUser &u : users)
        QVERIFY2(!json.out.contains(u.password), qPrintable(u.userId));

    const CliResult shown = cli({u"subusers"_s, u"--show-password"_s});
    QVERIFY2(shown.code == 0, qPrintable(shown.describe()));
    QVERIFY(!shown.out.contains(kMask));
    QVERIFY(shown.out.contains(users.first().password));

    const CliResult one = cli({u"subuser"_s, u"show"_s, users.first().userId, u"--type"_s, kStandart});
    QVERIFY2(one.code == 0, qPrintable(one.describe()));
    QVERIFY(one.out.contains(kMask) && !one.out.contains(users.first().password));
}

void TestCliResidential::typeAndArgumentErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("unknown type") << QStringList{u"subusers"_s, u"--type"_s, u"gold"_s}
                                  << u"Unknown proxy type 'gold'"_s;
    QTest::newRow("subuser without type") << QStringList{u"subuser"_s, u"show"_s, u"418201"_s}
                                          << u"'subuser show' needs --type"_s;
    QTest::newRow("unknown action")
        << QStringList{u"subuser"_s, u"grow"_s, u"1"_s, u"--type"_s, kStandart} << u"grow"_s;
    QTest::newRow("unsafe id")
        << QStringList{u"subuser"_s, u"show"_s, u"../me"_s, u"--type"_s, kStandart}
        << u"not a sub-user id"_s;
    QTest::newRow("GB not a number")
        << QStringList{u"subuser"_s, u"add-data"_s, u"418201"_s, u"lots"_s, u"--type"_s, kStandart}
        << u"whole number of GB"_s;
    QTest::newRow("empty name")
        << QStringList{u"subuser"_s, u"create"_s, u"  "_s, u"3"_s, u"--type"_s, kStandart}
        << u"name"_s;
    QTest::newRow("add-bandwidth GB zero")
        << QStringList{u"add-bandwidth"_s, u"100001"_s, u"0"_s, u"--yes"_s} << u"GB"_s;
    QTest::newRow("add-bandwidth missing GB")
        << QStringList{u"add-bandwidth"_s, u"100001"_s, u"--yes"_s} << u"Wrong number"_s;
}

void TestCliResidential::typeAndArgumentErrorsSendNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrHas);
    const CliResult r = cli(args);
    QVERIFY2(r.done && r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

void TestCliResidential::show()
{
    const MockSubUser u = pools().users(u"premium"_s).first();
    const CliResult r = cli({u"--format"_s, u"json"_s, u"subuser"_s, u"show"_s, u.userId,
                             u"--type"_s, u"premium"_s, u"--show-password"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"user_id"_s).toString(), u.userId);
    QCOMPARE(o.value(u"proxy_password"_s).toString(), u.password);
    QCOMPARE(o.value(u"data"_s).toInteger(), u.dataGb);
    // The wrong pool: the server's words.
    const CliResult wrong = cli({u"subuser"_s, u"show"_s, u.userId, u"--type"_s, kStandart});
    QVERIFY2(wrong.code == 1, qPrintable(wrong.describe()));
    QVERIFY2(wrong.err.contains(u"Sub-user not found"_s), qPrintable(wrong.err));
}

void TestCliResidential::create()
{
    const qint64 free = pools().freeGb(kStandart);
    QVERIFY(free >= 2);
    const CliResult r = cli({u"subuser"_s, u"create"_s, u"crawler-7"_s, u"2"_s, u"--type"_s, kStandart});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const MockSubUser made = pools().users(kStandart).last();
    QCOMPARE(made.name, u"crawler-7"_s);
    QCOMPARE(made.dataGb, 2);
    // The new login with its password: what was asked for.
    QVERIFY2(r.out.contains(made.userId) && r.out.contains(made.password), qPrintable(r.out));
    QCOMPARE(m_server->requestCount("POST", u"/user/api/proxies/sub-user"_s), 1);

    const CliResult taken = cli({u"subuser"_s, u"create"_s, u"crawler-7"_s, u"1"_s, u"--type"_s, kStandart});
    QVERIFY2(taken.code == 1, qPrintable(taken.describe()));
    QVERIFY2(taken.err.contains(u"A sub-user named 'crawler-7' already exists"_s), qPrintable(taken.err));
    const CliResult tooMuch = cli({u"subuser"_s, u"create"_s, u"big"_s,
                                   QString::number(pools().freeGb(kStandart) + 1), u"--type"_s, kStandart});
    QVERIFY2(tooMuch.code == 1, qPrintable(tooMuch.describe()));
    QVERIFY2(tooMuch.err.contains(u"Not enough traffic"_s), qPrintable(tooMuch.err));
}

void TestCliResidential::rename()
{
    const QList<MockSubUser> users = pools().users(kStandart);
    const QString id = users.at(2).userId;
    const CliResult r = cli({u"subuser"_s, u"rename"_s, id, u"renamed"_s, u"--type"_s, kStandart});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(pools().find(id)->name, u"renamed"_s);
    QVERIFY2(r.out.contains(u"renamed"_s), qPrintable(r.out));
    QCOMPARE(exactRequestCount(*m_server, "PATCH", kSubUserPath + id), 1);

    const CliResult taken =
        cli({u"subuser"_s, u"rename"_s, id, users.at(3).name, u"--type"_s, kStandart});
    QVERIFY2(taken.code == 1, qPrintable(taken.describe()));
    QVERIFY2(taken.err.contains(u"already exists"_s), qPrintable(taken.err));
    QCOMPARE(pools().find(id)->name, u"renamed"_s);
}

void TestCliResidential::deleteNeedsYes()
{
    const QString id = pools().users(kStandart).at(1).userId;
    const CliResult unconfirmed = cli({u"subuser"_s, u"delete"_s, id, u"--type"_s, kStandart});
    QVERIFY2(unconfirmed.code == 2, qPrintable(unconfirmed.describe()));
    QVERIFY2(unconfirmed.err.contains(u"--yes"_s), qPrintable(unconfirmed.err));
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QVERIFY(pools().find(id));

    const CliResult r = cli({u"subuser"_s, u"delete"_s, id, u"--type"_s, kStandart, u"--yes"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(!pools().find(id));
    QCOMPARE(exactRequestCount(*m_server, "DELETE", kSubUserPath + id), 1);

    const CliResult gone = cli({u"subuser"_s, u"delete"_s, id, u"--type"_s, kStandart, u"--yes"_s});
    QVERIFY2(gone.code == 1, qPrintable(gone.describe()));
    QVERIFY2(gone.err.contains(u"Sub-user not found"_s), qPrintable(gone.err));
    QCOMPARE(exactRequestCount(*m_server, "DELETE", kSubUserPath + id), 1);
}

void TestCliResidential::addAndSubtractData()
{
    // The third demo user of a pool has spent nothing: all of it may be taken back.
    const MockSubUser before = pools().users(kStandart).at(2);
    QCOMPARE(before.spentMb, 0);
    const CliResult added = cli({u"--format"_s, u"json"_s, u"subuser"_s, u"add-data"_s,
                                 before.userId, u"1"_s, u"--type"_s, kStandart});
    QVERIFY2(added.code == 0, qPrintable(added.describe()));
    QCOMPARE(pools().find(before.userId)->dataGb, before.dataGb + 1);
    QCOMPARE(added.json().object().value(u"data"_s).toInteger(), before.dataGb + 1);

    const CliResult subtracted = cli({u"subuser"_s, u"subtract-data"_s, before.userId, u"3"_s,
                                      u"--type"_s, kStandart});
    QVERIFY2(subtracted.code == 0, qPrintable(subtracted.describe()));
    QCOMPARE(pools().find(before.userId)->dataGb, before.dataGb - 2);

    const CliResult tooMuch = cli({u"subuser"_s, u"subtract-data"_s, before.userId,
                                   QString::number(before.dataGb + 10), u"--type"_s, kStandart});
    QVERIFY2(tooMuch.code == 1, qPrintable(tooMuch.describe()));
    QVERIFY2(tooMuch.err.contains(u"Cannot subtract more than the unused traffic"_s),
             qPrintable(tooMuch.err));
    const CliResult noTraffic = cli({u"subuser"_s, u"add-data"_s, before.userId,
                                     QString::number(pools().freeGb(kStandart) + 1), u"--type"_s,
                                     kStandart});
    QVERIFY2(noTraffic.code == 1, qPrintable(noTraffic.describe()));
    QVERIFY2(noTraffic.err.contains(u"Not enough traffic"_s), qPrintable(noTraffic.err));
    QCOMPARE(pools().find(before.userId)->dataGb, before.dataGb - 2);
}

void TestCliResidential::newPassword()
{
    const MockSubUser before = pools().users(kStandart).first();
    const CliResult r = cli({u"subuser"_s, u"password"_s, before.userId, u"--type"_s, kStandart});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QString now = pools().find(before.userId)->password;
    QVERIFY(now != before.password);
    // Printed whether the answer carried it (strict) or it was read back (realistic).
    QVERIFY2(r.out.contains(now), qPrintable(r.out));
    QCOMPARE(exactRequestCount(*m_server, "POST", kSubUserPath + before.userId + u"/password"_s), 1);

    const CliResult unknown = cli({u"subuser"_s, u"password"_s, u"999999"_s, u"--type"_s, kStandart});
    QVERIFY2(unknown.code == 1, qPrintable(unknown.describe()));
    QVERIFY2(unknown.err.contains(u"Sub-user not found"_s), qPrintable(unknown.err));
}

void TestCliResidential::addBandwidthWithoutYesSendsNothing()
{
    const MockOrder o = residentialOrder();
    QVERIFY(o.orderId);
    const qint64 balance = m_server->balanceCents();
    const CliResult r = cli({u"add-bandwidth"_s, QString::number(o.orderId), u"5"_s});
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QCOMPARE(m_server->balanceCents(), balance);
}

void TestCliResidential::addBandwidth()
{
    const MockOrder o = residentialOrder();
    QVERIFY(o.orderId);
    const qint64 balance = m_server->balanceCents();
    const CliResult r = cli({u"--format"_s, u"json"_s, u"add-bandwidth"_s,
                             QString::number(o.orderId), u"5"_s, u"--yes"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(m_server->order(o.orderId)->quantity, o.quantity + 5);
    QVERIFY(m_server->balanceCents() < balance);
    QCOMPARE(r.json().object().value(u"order_id"_s).toInteger(), o.orderId);
    QCOMPARE(r.json().object().value(u"added_gb"_s).toInteger(), 5);
    const QString path = u"/user/api/orders/"_s + QString::number(o.orderId) + u"/add-bandwidth"_s;
    QCOMPARE(m_server->requestCount("POST", QString()), 1);
    QCOMPARE(exactRequestCount(*m_server, "POST", path), 1);
    for (const RecordedRequest &sent : m_server->recordedRequests()) {
        if (sent.method == "POST")
            QCOMPARE(QJsonDocument::fromJson(sent.body).object().value(u"amount"_s).toInteger(), 5);
    }
}

void TestCliResidential::addBandwidthRefusedInTheServersWords()
{
    const MockOrder o = residentialOrder();
    const qint64 balance = m_server->balanceCents();
    CliResult r = cli({u"add-bandwidth"_s, QString::number(o.orderId), u"5"_s, u"--promo"_s,
                       u"NO-SUCH-CODE"_s, u"--yes"_s});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Promo code is invalid"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const std::optional<MockOrder> datacenter = findOrder(*m_server, [](const MockOrder &m) {
        return m.status == MockOrder::Status::Active && isDatacenterOrIsp(m);
    });
    QVERIFY(datacenter);
    r = cli({u"add-bandwidth"_s, QString::number(datacenter->orderId), u"5"_s, u"--yes"_s});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Bandwidth can only be added"_s), qPrintable(r.err));

    r = cli({u"add-bandwidth"_s, u"99999999"_s, u"5"_s, u"--yes"_s});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Order not found"_s), qPrintable(r.err));
    QCOMPARE(m_server->balanceCents(), balance);
    QCOMPARE(m_server->order(o.orderId)->quantity, o.quantity);
}

void TestCliResidential::addBandwidthLostAnswer_data()
{
    QTest::addColumn<bool>("afterHandling");
    QTest::newRow("the server added, the answer dropped") << true;
    QTest::newRow("dropped before the server acted") << false;
}

void TestCliResidential::addBandwidthLostAnswer()
{
    QFETCH(bool, afterHandling);
    const MockOrder o = residentialOrder();
    const qint64 balance = m_server->balanceCents();
    const QString path = u"/user/api/orders/"_s + QString::number(o.orderId) + u"/add-bandwidth"_s;
    MockFault drop = MockFault::make(MockFault::Kind::Drop, path, "POST");
    drop.afterHandling = afterHandling;
    drop.count = -1; // a second POST would meet it too, and be counted
    m_server->addFault(drop);
    const CliResult r = cli({u"add-bandwidth"_s, QString::number(o.orderId), u"4"_s, u"--yes"_s});
    QCOMPARE(exactRequestCount(*m_server, "POST", path), 1);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 2, qPrintable(r.describe()));
    if (afterHandling) {
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(m_server->order(o.orderId)->quantity, o.quantity + 4);
        QVERIFY(m_server->balanceCents() < balance);
        QVERIFY2(lines.at(1).contains(u"4 GB were added"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(QString::number(o.orderId)), qPrintable(r.out));
    } else {
        QVERIFY2(r.code == int(ExitCode::Unreachable), qPrintable(r.describe()));
        QCOMPARE(m_server->order(o.orderId)->quantity, o.quantity);
        QCOMPARE(m_server->balanceCents(), balance);
        QVERIFY2(lines.at(1).contains(u"no traffic was added"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliResidential::addBandwidthUnclear()
{
    // The server adds, answers 500, and from then on refuses every read: nothing can be known.
    const MockOrder o = residentialOrder();
    const QString path = u"/user/api/orders/"_s + QString::number(o.orderId) + u"/add-bandwidth"_s;
    MockFault error = MockFault::make(MockFault::Kind::Server500, path, "POST");
    error.afterHandling = true;
    m_server->addFault(error);
    connect(m_server.get(), &MockServer::requestReceived, this,
            [this](const QByteArray &method, const QString &) {
                if (method != "POST")
                    return;
                MockFault refuse = MockFault::make(MockFault::Kind::Forbidden403, u"/user/api/"_s, "GET");
                refuse.count = -1;
                m_server->addFault(refuse);
            });
    const CliResult r = cli({u"add-bandwidth"_s, QString::number(o.orderId), u"4"_s, u"--yes"_s});
    disconnect(m_server.get(), &MockServer::requestReceived, this, nullptr);
    QVERIFY2(r.code == int(ExitCode::OutcomeUnknown), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"not known"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(exactRequestCount(*m_server, "POST", path), 1);
    QCOMPARE(m_server->order(o.orderId)->quantity, o.quantity + 4);
}

QTEST_GUILESS_MAIN(TestCliResidential)

#include "tst_cli_residential.moc"
