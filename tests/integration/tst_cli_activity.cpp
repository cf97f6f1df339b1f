// Issue 17: sharddesk-cli shares the local store. Against the in-process mock server, in both
// profiles: `orders` twice with the account changed in between (a tag, a renewal, an order on
// hold and the balance, as the web dashboard would) and `activity` lists exactly those changes in
// every format; --kind, --since and --order filter; `me` records the balance once; --offline
// answers orders, order, me and activity from the store with no request and the same rows; no
// store, bad values: the message and the exit code, nothing sent; the store holds no API key.
// The Realistic profile's account has no e-mail address (as some production accounts): it is
// known by a hash of its key, and everything works as for the other. No sleeps: every wait is on
// a signal.

#include "clirun.h"
#include "integrationsupport.h"

#include "../export/csvreader.h"

#include "domain/isodate.h"
#include "mockserver.h"
#include "mockstate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

namespace {
// Distinctive, so that finding it in a file means the key was written there.
const QString kToken = u"sk-activity-17-key-6b1f0e93"_s;
const QString kNewTag = u"moved-by-dashboard"_s;
constexpr qint64 kThirtyDays = 30 * 24 * 3600;

// sharddesk-cli in this process, as runCli, with its data folder (empty: none).
CliResult runCliIn(const QString &folder, const QStringList &argv, const QString &token)
{
    return runCli(argv, token, 2000, folder);
}

// One activity entry as the test expects it: kind, order (0: balance), before, after.
struct Expected
{
    QString kind;
    qint64 orderId = 0;
    QString before;
    QString after;
    bool operator==(const Expected &) const = default;
};

QString expiryText(const std::optional<qint64> &secs)
{
    return IsoDate::toIsoUtc(QDateTime::fromSecsSinceEpoch(*secs, QTimeZone::utc()));
}

// For QCOMPARE's message (found by argument-dependent lookup).
char *toString(const Expected &e)
{
    return qstrdup(qPrintable(
        u"%1 #%2 %3 -> %4"_s.arg(e.kind, QString::number(e.orderId), e.before, e.after)));
}

bool byKindAndOrder(const Expected &a, const Expected &b)
{
    return std::tie(a.kind, a.orderId, a.before, a.after) <
           std::tie(b.kind, b.orderId, b.before, b.after);
}
} // namespace

class TestCliActivity final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void changesBetweenTwoListings_data();
    void changesBetweenTwoListings();
    void filters();
    void meRecordsTheBalanceOnce();
    void offlineAnswersFromTheStore();
    void offlineWithoutAStore();
    void badValuesSendNothing_data();
    void badValuesSendNothing();
    void storeHoldsNoKey();

private:
    CliResult cli(const QStringList &args) const;
    CliResult cliNoStore(const QStringList &args) const;
    // The first `orders`, the account changed as the dashboard would, the second `orders`; the
    // entries the second must find.
    void listChangeList(QList<Expected> *expected);
    // activity --format json, read back.
    QList<Expected> activityJson(const QStringList &more = {});

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliActivity::init()
{
    m_server = std::make_unique<MockServer>();
    m_server->setToken(kToken);
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliActivity::cleanup()
{
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
    m_dir.reset();
}

CliResult TestCliActivity::cli(const QStringList &args) const
{
    return runCliIn(m_dir->path(), QStringList{u"--server"_s, m_server->url().toString()} + args,
                    m_server->token());
}

CliResult TestCliActivity::cliNoStore(const QStringList &args) const
{
    return runCliIn(QString(), QStringList{u"--server"_s, m_server->url().toString()} + args,
                    m_server->token());
}

void TestCliActivity::listChangeList(QList<Expected> *expected)
{
    const CliResult first = cli({u"orders"_s});
    QVERIFY2(first.done && first.code == 0, qPrintable(first.describe()));

    // Three different active orders with an expiry: one re-tagged, one renewed, one on hold.
    QList<MockOrder> picked;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status == MockOrder::Status::Active && o.expiresAt && picked.size() < 3)
            picked.append(o);
    }
    QCOMPARE(picked.size(), 3);
    MockOrder tagged = picked.at(0);
    const QString oldTag = clientTag(tagged.tag);
    tagged.tag = kNewTag;
    QVERIFY(m_server->updateOrder(tagged));
    MockOrder renewed = picked.at(1);
    const std::optional<qint64> oldExpiry = renewed.expiresAt;
    renewed.expiresAt = *renewed.expiresAt + kThirtyDays;
    QVERIFY(m_server->updateOrder(renewed));
    MockOrder held = picked.at(2);
    held.status = MockOrder::Status::OnHold;
    QVERIFY(m_server->updateOrder(held));
    const qint64 oldBalance = m_server->balanceCents();
    m_server->setBalanceCents(oldBalance - 4200);

    const CliResult second = cli({u"orders"_s});
    QVERIFY2(second.done && second.code == 0, qPrintable(second.describe()));
    *expected = {
        {u"tag"_s, tagged.orderId, oldTag, kNewTag},
        {u"renewed"_s, renewed.orderId, expiryText(oldExpiry), expiryText(renewed.expiresAt)},
        {u"on_hold"_s, held.orderId, u"active"_s, u"on-hold"_s},
        {u"balance"_s, 0, QString::number(oldBalance), QString::number(oldBalance - 4200)},
    };
    std::sort(expected->begin(), expected->end(), byKindAndOrder);
}

QList<Expected> TestCliActivity::activityJson(const QStringList &more)
{
    const CliResult r = cli(QStringList{u"--format"_s, u"json"_s, u"activity"_s} + more);
    [&] { QVERIFY2(r.done && r.code == 0, qPrintable(r.describe())); }();
    QList<Expected> list;
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(u"kind"_s).toString(), o.value(u"order_id"_s).toInteger(),
                     o.value(u"before"_s).toString(), o.value(u"after"_s).toString()});
    }
    std::sort(list.begin(), list.end(), byKindAndOrder);
    return list;
}

void TestCliActivity::changesBetweenTwoListings_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCliActivity::changesBetweenTwoListings()
{
    QFETCH(QString, format);
    QList<Expected> expected;
    listChangeList(&expected);
    if (QTest::currentTestFailed())
        return;
    const CliResult r = cli({u"--format"_s, format, u"activity"_s});
    QVERIFY(r.done);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));

    QList<Expected> got;
    QStringList whens;
    if (format == u"json") {
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{u"after"_s, u"before"_s, u"kind"_s, u"order_id"_s,
                                            u"when"_s}));
            got.append({o.value(u"kind"_s).toString(), o.value(u"order_id"_s).toInteger(),
                        o.value(u"before"_s).toString(), o.value(u"after"_s).toString()});
            whens << o.value(u"when"_s).toString();
            if (got.last().kind == u"balance")
                QVERIFY(o.value(u"order_id"_s).isNull());
        }
    } else {
        QList<QStringList> rows;
        if (format == u"csv") {
            const CsvReader::Result csv = CsvReader::read(r.out.toUtf8());
            QVERIFY2(csv.ok(), qPrintable(csv.error));
            QCOMPARE(csv.records.value(0), (QStringList{u"when"_s, u"kind"_s, u"order"_s,
                                                        u"before"_s, u"after"_s}));
            rows = csv.records.mid(1);
        } else {
            const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(lines.value(0).startsWith(u"when"_s));
            for (const QString &line : lines.mid(1)) {
                // Cells are separated by two spaces or more; none of these values has two.
                QStringList cells;
                for (const QString &cell : line.split(u"  "_s, Qt::SkipEmptyParts))
                    cells << cell.trimmed();
                rows << cells;
            }
        }
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 5);
            Expected e{row.at(1), row.at(2) == u"-" ? 0 : row.at(2).toLongLong(), row.at(3),
                       row.at(4)};
            if (e.before == u"-")
                e.before.clear();
            if (e.kind == u"balance") {
                // People read money: "2458.00" for 245800 cents.
                e.before = QString::number(qRound64(e.before.toDouble() * 100));
                e.after = QString::number(qRound64(e.after.toDouble() * 100));
            }
            got.append(e);
            whens << row.at(0);
        }
    }
    for (const QString &when : std::as_const(whens))
        QVERIFY2(IsoDate::parse(when).isValid(), qPrintable(when));
    std::sort(got.begin(), got.end(), byKindAndOrder);
    QCOMPARE(got, expected);
}

void TestCliActivity::filters()
{
    QList<Expected> expected;
    listChangeList(&expected);
    if (QTest::currentTestFailed())
        return;
    const auto only = [&expected](const QStringList &kinds) {
        QList<Expected> list;
        for (const Expected &e : std::as_const(expected)) {
            if (kinds.contains(e.kind))
                list.append(e);
        }
        return list;
    };
    QCOMPARE(activityJson({u"--kind"_s, u"tag,balance"_s}), only({u"tag"_s, u"balance"_s}));
    QCOMPARE(activityJson({u"--kind"_s, u"renewed"_s, u"--kind"_s, u"on-hold"_s}),
             only({u"renewed"_s, u"on_hold"_s}));
    QCOMPARE(activityJson({u"--kind"_s, u"cancelled"_s}), QList<Expected>());

    // Every entry of this sync is at its time: from a minute before, all; from later, none.
    const CliResult json = cli({u"--format"_s, u"json"_s, u"activity"_s});
    const QDateTime at = IsoDate::parse(json.json().array().at(0)[u"when"_s].toString());
    QVERIFY(at.isValid());
    QCOMPARE(activityJson({u"--since"_s, IsoDate::toIsoUtc(at.addSecs(-60))}), expected);
    QCOMPARE(activityJson({u"--since"_s, at.date().toString(Qt::ISODate)}), expected);
    QCOMPARE(activityJson({u"--since"_s, IsoDate::toIsoUtc(at.addSecs(2))}), QList<Expected>());

    const Expected tag = only({u"tag"_s}).value(0);
    QCOMPARE(activityJson({u"--order"_s, QString::number(tag.orderId)}), QList<Expected>{tag});
}

void TestCliActivity::meRecordsTheBalanceOnce()
{
    QList<Expected> expected;
    listChangeList(&expected);
    if (QTest::currentTestFailed())
        return;
    const qint64 before = m_server->balanceCents();
    m_server->setBalanceCents(before + 10000);
    const CliResult me = cli({u"me"_s});
    QVERIFY2(me.done && me.code == 0, qPrintable(me.describe()));
    // The listing after it finds no balance change again, and nothing else.
    const CliResult orders = cli({u"orders"_s});
    QVERIFY2(orders.done && orders.code == 0, qPrintable(orders.describe()));
    expected.append({u"balance"_s, 0, QString::number(before), QString::number(before + 10000)});
    std::sort(expected.begin(), expected.end(), byKindAndOrder);
    QCOMPARE(activityJson(), expected);
}

void TestCliActivity::offlineAnswersFromTheStore()
{
    QList<Expected> expected;
    listChangeList(&expected);
    if (QTest::currentTestFailed())
        return;
    const CliResult onlineTable = cli({u"orders"_s});
    const CliResult onlineJson = cli({u"--format"_s, u"json"_s, u"orders"_s});
    const CliResult onlineHeld = cli({u"orders"_s, u"--status"_s, u"on-hold"_s});
    const CliResult onlineMe = cli({u"--format"_s, u"json"_s, u"me"_s});
    QVERIFY2(onlineTable.code == 0 && onlineJson.code == 0 && onlineHeld.code == 0 &&
                 onlineMe.code == 0,
             qPrintable(onlineTable.describe()));
    m_server->clearRecorded();

    const CliResult table = cli({u"--offline"_s, u"orders"_s});
    QVERIFY2(table.done && table.code == 0, qPrintable(table.describe()));
    QCOMPARE(table.out, onlineTable.out);
    QVERIFY2(table.err.contains(u"as of "_s), qPrintable(table.err));
    const CliResult json = cli({u"--offline"_s, u"--format"_s, u"json"_s, u"orders"_s});
    QCOMPARE(json.code, 0);
    QCOMPARE(json.json(), onlineJson.json());
    const CliResult held = cli({u"--offline"_s, u"orders"_s, u"--status"_s, u"on-hold"_s});
    QCOMPARE(held.code, 0);
    QCOMPARE(held.out, onlineHeld.out);
    const CliResult me = cli({u"--offline"_s, u"--format"_s, u"json"_s, u"me"_s});
    QCOMPARE(me.code, 0);
    QCOMPARE(me.json(), onlineMe.json());

    const Expected tag = *std::find_if(expected.cbegin(), expected.cend(),
                                       [](const Expected &e) { return e.kind == u"tag"; });
    const CliResult order = cli({u"--offline"_s, u"--format"_s, u"json"_s, u"order"_s,
                                 QString::number(tag.orderId)});
    QVERIFY2(order.code == 0, qPrintable(order.describe()));
    QCOMPARE(order.json().object().value(u"tag"_s).toString(), kNewTag);
    QCOMPARE(order.json().object().value(u"order_id"_s).toInteger(), tag.orderId);
    const CliResult missing = cli({u"--offline"_s, u"order"_s, u"99"_s});
    QCOMPARE(missing.code, 4);
    QVERIFY2(missing.err.contains(u"not in the local store"_s), qPrintable(missing.err));

    const CliResult activity = cli({u"--offline"_s, u"--format"_s, u"json"_s, u"activity"_s,
                                    u"--kind"_s, u"tag"_s});
    QCOMPARE(activity.code, 0);
    QCOMPARE(activity.json().array().size(), 1);
    QCOMPARE(activity.json().array().at(0)[u"order_id"_s].toInteger(), tag.orderId);

    // A command that needs the server is refused offline.
    const CliResult products = cli({u"--offline"_s, u"products"_s});
    QCOMPARE(products.code, 2);
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

void TestCliActivity::offlineWithoutAStore()
{
    for (const QString &command : {u"orders"_s, u"me"_s, u"activity"_s}) {
        const CliResult r = cli({u"--offline"_s, command});
        QVERIFY(r.done);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"Nothing is stored for"_s), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        // No key is needed to read nothing either.
        const CliResult keyless =
            runCliIn(m_dir->path(),
                     {u"--server"_s, m_server->url().toString(), u"--offline"_s, command},
                     QString());
        QCOMPARE(keyless.code, 4);
    }
    const CliResult noFolder = cliNoStore({u"--offline"_s, u"orders"_s});
    QCOMPARE(noFolder.code, 4);
    QCOMPARE(m_server->recordedRequests().size(), 0);
    // Asking left nothing behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestCliActivity::badValuesSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("unknown kind") << QStringList{u"activity"_s, u"--kind"_s, u"refunded"_s}
                                  << u"refunded"_s;
    QTest::newRow("one bad in a list")
        << QStringList{u"activity"_s, u"--kind"_s, u"tag,,balance"_s} << u"Unknown activity"_s;
    QTest::newRow("bad since") << QStringList{u"activity"_s, u"--since"_s, u"yesterday"_s}
                               << u"yesterday"_s;
    QTest::newRow("bad date") << QStringList{u"activity"_s, u"--since"_s, u"2026-13-40"_s}
                              << u"2026-13-40"_s;
    QTest::newRow("bad order") << QStringList{u"activity"_s, u"--order"_s, u"abc"_s} << u"abc"_s;
    QTest::newRow("offline bad kind")
        << QStringList{u"--offline"_s, u"activity"_s, u"--kind"_s, u"x"_s} << u"'x'"_s;
    QTest::newRow("extra argument") << QStringList{u"activity"_s, u"12"_s} << u"activity"_s;
}

void TestCliActivity::badValuesSendNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrHas);
    const CliResult r = cli(args);
    QVERIFY(r.done);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

void TestCliActivity::storeHoldsNoKey()
{
    QList<Expected> expected;
    listChangeList(&expected);
    if (QTest::currentTestFailed())
        return;
    const CliResult me = cli({u"me"_s});
    QCOMPARE(me.code, 0);
    const QDir dir(m_dir->path());
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY2(!dir.entryList({u"store-*.sqlite"_s}, QDir::Files).isEmpty(),
             qPrintable(files.join(u", ")));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kToken.toUtf8()), qPrintable(name));
        const QByteArray utf16(reinterpret_cast<const char *>(kToken.utf16()),
                               kToken.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestCliActivity)
#include "tst_cli_activity.moc"
