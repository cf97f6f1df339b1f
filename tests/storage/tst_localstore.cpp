// LocalStore: a round trip of 1,000 orders with every field (details' columns null or not), the
// account and the sync time, written in the worker thread and read back by a second store (a
// cold start); complete and partial snapshots; a file that is noise, another program's SQLite,
// truncated or from a newer version is moved aside with a message and a working store made; no
// key or password in the file's bytes; the activity log with its filters; forget; the file name;
// bytes per order at 100,000 orders (printed, at most 300).

#include "domain/changedetector.h"
#include "storage/localstore.h"
#include "storage/storewriter.h"
#include "storagesupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace StorageSupport;
using Kind = ActivityEntry::Kind;

namespace {

const QUrl kServer(u"https://api.proxyshard.example/"_s);
const QString kAccount = u"someone@example.com"_s;
// What a session holds and the store must never see.
const QByteArray kApiKey = "psk_live_5f1d2c3b4a69788796a5b4c3d2e1f0aa";
const QByteArray kProxyPassword = "Pr0xyPassw0rd-9c8b7a";

// Every field varies with the id; every third order has no tag, every fifth no auto-renew
// answer, every seventh no expiry, some unknown status, product or cycle.
QList<Order> manyOrders(int count, qint64 firstId = 1)
{
    QList<Order> orders;
    orders.reserve(count);
    const OrderStatus statuses[] = {OrderStatus::Active, OrderStatus::OnHold,
                                    OrderStatus::Cancelled, OrderStatus::Unknown};
    for (qint64 id = firstId; id < firstId + count; ++id) {
        Order o =
            order(id, statuses[id % 4], at(id * 97), id % 3 ? u"tag-%1"_s.arg(id % 40) : QString());
        if (id % 5 == 0)
            o.autoRenewal.reset();
        if (id % 7 == 0)
            o.expiresAt = QDateTime();
        if (id % 11 == 0) {
            o.productId = 0;
            o.productName.clear();
        }
        if (id % 13 == 0) {
            o.cycleId = 0;
            o.cycleName = u"Weekly ünïcödé"_s;
        }
        orders << o;
    }
    return orders;
}

QHash<qint64, StoredDetails> detailsFor(const QList<Order> &orders)
{
    QHash<qint64, StoredDetails> details;
    for (const Order &o : orders) {
        if (o.id % 2)
            continue; // odd orders: details never loaded
        StoredDetails d;
        if (o.id % 4 == 0) { // every column known
            d.quantity = o.id % 50 + 1;
            d.pricePaidCents = o.id * 123;
            d.addonsPricePaidCents = o.id % 8 == 0 ? std::optional<qint64>(250) : std::nullopt;
            d.createdAt = at(-o.id * 3600);
            d.promoCode = o.id % 8 == 0 ? u"SPRING26"_s : QString();
        } // else: details loaded, every column unknown
        details.insert(o.id, d);
    }
    return details;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &p : QStringList{path, path + u"-wal"_s}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool saveAndWait(LocalStore &store, const SyncSnapshot &snapshot,
                 const QHash<qint64, StoredDetails> &details = {},
                 const QList<ActivityEntry> &activity = {})
{
    QSignalSpy saved(&store, &LocalStore::snapshotSaved);
    QSignalSpy failed(&store, &LocalStore::writeFailed);
    store.saveSnapshot(snapshot, details, activity);
    if (!saved.wait(20000)) {
        qWarning() << "not saved:" << failed;
        return false;
    }
    return failed.isEmpty();
}

QStringList asideFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({u"*.corrupt-*"_s}, QDir::Files);
}

} // namespace

class TstLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileName();
    void newStoreIsEmpty();
    void roundTripOffTheCallingThread();
    void detailsKeptWhenNotGiven();
    void completeRemovesUnlisted();
    void partialKeepsUnlisted();
    void corruptFileMovedAside_data();
    void corruptFileMovedAside();
    void unusableFolderReported();
    void notOpenReportsFailure();
    void noSecretsInTheFile();
    void activityFilters();
    void activityWithSnapshot();
    void forgetRemovesTheFiles();
    void sizePerOrder();
};

void TstLocalStore::initTestCase()
{
    // Sync times and entry times in these tests are whole milliseconds in UTC.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstLocalStore::fileName()
{
    const QString name = LocalStore::fileNameFor(kServer, kAccount);
    QVERIFY(QRegularExpression(u"^store-[0-9a-f]{16}\\.sqlite$"_s).match(name).hasMatch());
    QCOMPARE(LocalStore::fileNameFor(QUrl(u"https://api.proxyshard.example"_s),
                                     u" SomeOne@Example.com"_s),
             name);
    QVERIFY(LocalStore::fileNameFor(kServer, u"other@example.com"_s) != name);
    QVERIFY(LocalStore::fileNameFor(QUrl(u"http://127.0.0.1:8080"_s), kAccount) != name);
    QVERIFY(!name.contains(u"someone"_s));
}

void TstLocalStore::newStoreIsEmpty()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(u"nested/folder"_s), kServer, kAccount);
    QVERIFY(store.open());
    QVERIFY(store.message().isEmpty());
    QVERIFY(QFileInfo::exists(store.filePath()));
    const LocalStore::Contents contents = store.loadSnapshot();
    QVERIFY(contents.isEmpty());
    QVERIFY(contents.snapshot.orders.isEmpty());
    QCOMPARE(contents.previous(), std::nullopt);
    QVERIFY(store.loadActivity().isEmpty());
}

void TstLocalStore::roundTripOffTheCallingThread()
{
    QTemporaryDir dir;
    const QList<Order> orders = manyOrders(1000);
    const QHash<qint64, StoredDetails> details = detailsFor(orders);
    Account account = StorageSupport::account(-4200);
    const QDateTime syncedAt = at(5).addMSecs(123);
    {
        LocalStore store(dir.path(), kServer, kAccount);
        QVERIFY(store.open());
        // Set in the writer's thread, possibly after the forwarded signal arrives here.
        std::atomic<QThread *> writtenOn{nullptr};
        QObject context;
        connect(
            store.writer(), &StoreWriter::snapshotWritten, &context,
            [&writtenOn] { writtenOn = QThread::currentThread(); }, Qt::DirectConnection);
        QSignalSpy saved(&store, &LocalStore::snapshotSaved);
        store.saveSnapshot(SyncSnapshot{orders, account, syncedAt, true}, details);
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(writtenOn.load() != nullptr);
        QVERIFY(writtenOn.load() != QThread::currentThread());
        QCOMPARE(writtenOn.load(), store.writer()->thread());
        QCOMPARE(saved.first().at(0).toDateTime(), syncedAt);
        QCOMPARE(saved.first().at(1).value<qsizetype>(), 1000);

        const LocalStore::Contents contents = store.loadSnapshot();
        QCOMPARE(contents.snapshot.orders, orders);
    }
    // A cold start: another store on the same file.
    LocalStore again(dir.path(), kServer, kAccount);
    QVERIFY(again.open());
    QVERIFY(again.message().isEmpty());
    QElapsedTimer timer;
    timer.start();
    const LocalStore::Contents contents = again.loadSnapshot();
    qInfo("loaded 1,000 orders in %lld ms", timer.elapsed());
    QVERIFY(!contents.isEmpty());
    QCOMPARE(contents.snapshot.syncedAt, syncedAt);
    QVERIFY(contents.snapshot.complete);
    QCOMPARE(contents.snapshot.account, account);
    QCOMPARE(contents.snapshot.orders.size(), orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        QCOMPARE(contents.snapshot.orders.at(i), orders.at(i));
    QCOMPARE(contents.details.size(), details.size());
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        QCOMPARE(contents.details.value(it.key()), it.value());
    QCOMPARE(contents.previous(), std::optional<SyncSnapshot>(contents.snapshot));
}

void TstLocalStore::detailsKeptWhenNotGiven()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    const QList<Order> orders = manyOrders(8);
    QVERIFY(saveAndWait(store, snapshot(orders, at(1)), detailsFor(orders)));
    // A later sync with the list only: the rows change, their details stay.
    QList<Order> later = orders;
    later[3].tag = u"moved"_s;
    QVERIFY(saveAndWait(store, snapshot(later, at(2))));
    const LocalStore::Contents contents = store.loadSnapshot();
    QCOMPARE(contents.snapshot.orders, later);
    QCOMPARE(contents.details, detailsFor(orders));
}

void TstLocalStore::completeRemovesUnlisted()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    QVERIFY(saveAndWait(store, snapshot(manyOrders(10), at(1))));
    QVERIFY(saveAndWait(store, snapshot(manyOrders(4, 5), at(2))));
    const LocalStore::Contents contents = store.loadSnapshot();
    QCOMPARE(contents.snapshot.orders, manyOrders(4, 5));
    QCOMPARE(contents.snapshot.syncedAt, at(2));
}

void TstLocalStore::partialKeepsUnlisted()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    // A first sync that stopped early is stored as partial…
    QVERIFY(saveAndWait(store, snapshot(manyOrders(3), at(1), 100, false)));
    QVERIFY(!store.loadSnapshot().snapshot.complete);
    // …a complete one makes it complete…
    QVERIFY(saveAndWait(store, snapshot(manyOrders(6), at(2))));
    QVERIFY(store.loadSnapshot().snapshot.complete);
    // …and a partial one updates what it lists, removes nothing and keeps it complete.
    QList<Order> some = manyOrders(2, 5);
    some[0].status = OrderStatus::Cancelled;
    QVERIFY(saveAndWait(store, snapshot(some, at(3), 50, false)));
    const LocalStore::Contents contents = store.loadSnapshot();
    QList<Order> expected = manyOrders(6);
    expected[4] = some[0];
    QCOMPARE(contents.snapshot.orders, expected);
    QVERIFY(contents.snapshot.complete);
    QCOMPARE(contents.snapshot.account.walletBalanceCents, 50);
    QCOMPARE(contents.snapshot.syncedAt, at(3));
}

void TstLocalStore::corruptFileMovedAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("random bytes") << u"noise"_s << u"it is not a database"_s;
    QTest::newRow("another program's SQLite") << u"foreign"_s << u"it belongs to another program"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"it is damaged"_s;
    QTest::newRow("newer version") << u"newer"_s << u"newer version of ShardDesk"_s;
}

void TstLocalStore::corruptFileMovedAside()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(LocalStore::fileNameFor(kServer, kAccount));
    if (kind == u"noise") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray noise(20000, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761u) >> 13);
        f.write(noise);
    } else if (kind == u"foreign") {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s);
        QSqlQuery(db).exec(u"INSERT INTO notes (body) VALUES ('keep me')"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else {
        LocalStore store(dir.path(), kServer, kAccount);
        QVERIFY(store.open());
        QVERIFY(saveAndWait(store, snapshot(manyOrders(3000), at(1))));
        store.close();
        if (kind == u"newer") {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"newer"_s);
        } else {
            QFile f(path);
            QVERIFY(f.size() > 40000);
            QVERIFY(f.resize(f.size() / 3));
        }
    }
    const QByteArray original = fileBytes(path);

    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    QVERIFY2(store.message().contains(reason), qPrintable(store.message()));
    QVERIFY2(store.message().contains(u"will be rebuilt from the server"_s),
             qPrintable(store.message()));
    const QStringList aside = asideFiles(dir);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.message().contains(aside.first()));
    QVERIFY(aside.first().startsWith(QFileInfo(path).fileName() + u".corrupt-"_s));
    QFile moved(dir.filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), original); // kept as it was, for whoever wants to look

    // The fresh store works.
    QVERIFY(store.loadSnapshot().isEmpty());
    QVERIFY(saveAndWait(store, snapshot(manyOrders(5), at(2))));
    QCOMPARE(store.loadSnapshot().snapshot.orders, manyOrders(5));
    store.close();
    LocalStore again(dir.path(), kServer, kAccount);
    QVERIFY(again.open());
    QVERIFY(again.message().isEmpty());
    QCOMPARE(asideFiles(dir).size(), 1);
}

void TstLocalStore::unusableFolderReported()
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(u"file"_s);
    QFile f(notAFolder);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    LocalStore store(notAFolder, kServer, kAccount);
    QVERIFY(!store.open());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.message().startsWith(u"Could not create the folder"_s),
             qPrintable(store.message()));
    QVERIFY(store.loadSnapshot().isEmpty());
}

void TstLocalStore::notOpenReportsFailure()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QSignalSpy failed(&store, &LocalStore::writeFailed);
    store.saveSnapshot(snapshot({order(1)}, at(1)));
    store.appendActivity({ActivityEntry{Kind::NewOrder, 1, at(1), {}, {}}});
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.first().first().toString(), u"The local store is not open."_s);
}

void TstLocalStore::noSecretsInTheFile()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    // Tags and promo codes that merely talk about secrets are data like any other.
    QList<Order> orders = manyOrders(200);
    orders[0].tag = u"password rotation due"_s;
    QHash<qint64, StoredDetails> details = detailsFor(orders);
    details[2].promoCode = u"APIKEY-DAY"_s;
    QVERIFY(saveAndWait(store, snapshot(orders, at(1)), details,
                        {ActivityEntry{Kind::TagChanged, 1, at(1), {}, orders[0].tag}}));
    store.waitForWrites();
    const QByteArray bytes = fileBytes(store.filePath());
    QVERIFY(bytes.contains("password rotation due")); // the data is there…
    QVERIFY(!bytes.contains(kApiKey));                // …the secrets are not
    QVERIFY(!bytes.contains(kProxyPassword));
    store.close();
    const QByteArray closed = fileBytes(store.filePath());
    QVERIFY(!closed.contains(kApiKey));
    QVERIFY(!closed.contains(kProxyPassword));
}

void TstLocalStore::activityFilters()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    const QList<ActivityEntry> first{
        {Kind::NewOrder, 1, at(10), {}, u"Datacenter 2"_s},
        {Kind::Renewed, 2, at(20), u"2026-03-31T12:00:00Z"_s, u"2026-04-30T12:00:00Z"_s},
        {Kind::BalanceChanged, 0, at(20), u"10000"_s, u"5800"_s},
    };
    const QList<ActivityEntry> second{
        {Kind::OnHold, 2, at(30), u"active"_s, u"on-hold"_s},
        {Kind::TagChanged, 1, at(40).addMSecs(5), QString(), u"ünïcödé"_s},
    };
    QSignalSpy appended(&store, &LocalStore::activityAppended);
    store.appendActivity(first);
    store.appendActivity(second);
    QTRY_COMPARE(appended.size(), 2);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 3);

    // Newest first; same time (one sync's entries): in the order they were written, as the
    // session's log shows them.
    QCOMPARE(store.loadActivity(),
             (QList<ActivityEntry>{second[1], second[0], first[1], first[2], first[0]}));
    LocalStore::ActivityFilter since;
    since.since = at(20);
    QCOMPARE(store.loadActivity(since),
             (QList<ActivityEntry>{second[1], second[0], first[1], first[2]}));
    LocalStore::ActivityFilter kinds;
    kinds.kinds = {Kind::Renewed, Kind::OnHold};
    QCOMPARE(store.loadActivity(kinds), (QList<ActivityEntry>{second[0], first[1]}));
    LocalStore::ActivityFilter ofOrder;
    ofOrder.orderId = 1;
    QCOMPARE(store.loadActivity(ofOrder), (QList<ActivityEntry>{second[1], first[0]}));
    LocalStore::ActivityFilter balance;
    balance.orderId = 0;
    QCOMPARE(store.loadActivity(balance), (QList<ActivityEntry>{first[2]}));
    LocalStore::ActivityFilter all;
    all.since = at(15);
    all.kinds = {Kind::Renewed, Kind::OnHold, Kind::TagChanged};
    all.orderId = 2;
    all.limit = 1;
    QCOMPARE(store.loadActivity(all), (QList<ActivityEntry>{second[0]}));
}

void TstLocalStore::activityWithSnapshot()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    const SyncSnapshot before = snapshot({order(1), order(2)}, at(0), 10000);
    QVERIFY(saveAndWait(store, before));
    const SyncSnapshot after =
        snapshot({order(1, OrderStatus::OnHold), order(2), order(3)}, at(kDay), 5800);
    const auto changes = ChangeDetector::changes(store.loadSnapshot().previous(), after);
    QCOMPARE(changes.size(), 3);
    QSignalSpy appended(&store, &LocalStore::activityAppended);
    QVERIFY(saveAndWait(store, after, {}, changes));
    QCOMPARE(appended.size(), 1);
    QCOMPARE(store.loadActivity().size(), 3);
    QCOMPARE(ChangeDetector::summary(store.loadActivity(),
                                     QLocale(QLocale::English, QLocale::UnitedStates)),
             u"1 new, 1 on hold, balance −$42.00"_s);
}

void TstLocalStore::forgetRemovesTheFiles()
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    store.saveSnapshot(snapshot(manyOrders(50), at(1)));
    store.appendActivity({ActivityEntry{Kind::NewOrder, 1, at(1), {}, {}}});
    QVERIFY(store.forget()); // waits for the queued writes first
    QVERIFY(!store.isOpen());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    // Opening again starts afresh.
    QVERIFY(store.open());
    QVERIFY(store.loadSnapshot().isEmpty());
    QVERIFY(store.loadActivity().isEmpty());
}

void TstLocalStore::sizePerOrder()
{
    constexpr int kOrders = 100000;
    QTemporaryDir dir;
    const QList<Order> orders = manyOrders(kOrders, 500000);
    const QHash<qint64, StoredDetails> details = detailsFor(orders);
    LocalStore store(dir.path(), kServer, kAccount);
    QVERIFY(store.open());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(saveAndWait(store, snapshot(orders, at(1)), details));
    const qint64 writeMs = timer.elapsed();
    timer.restart();
    const LocalStore::Contents contents = store.loadSnapshot();
    const qint64 readMs = timer.elapsed();
    QCOMPARE(contents.snapshot.orders.size(), kOrders);
    // A second full sync rewrites every row in place (the file must not grow per sync).
    QVERIFY(saveAndWait(store, snapshot(orders, at(2)), details));
    store.close(); // the WAL is folded into the file
    const QString path = store.filePath();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    const double perOrder = double(bytes) / kOrders;
    qInfo("store size: %lld bytes for %d orders (half with details) = %.1f bytes per order; "
          "written in %lld ms (worker thread), read in %lld ms",
          bytes, kOrders, perOrder, writeMs, readMs);
    QVERIFY2(perOrder <= 300, qPrintable(QString::number(perOrder)));

    // A cold start on that file: open (integrity check included) and read.
    LocalStore cold(dir.path(), kServer, kAccount);
    timer.restart();
    QVERIFY(cold.open());
    const qint64 openMs = timer.elapsed();
    timer.restart();
    QCOMPARE(cold.loadSnapshot().snapshot.orders.size(), kOrders);
    qInfo("cold start with %d stored orders: open %lld ms, read %lld ms", kOrders, openMs,
          qint64(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TstLocalStore)
#include "tst_localstore.moc"
