// SyncHistory (issue 17) over the services main() builds (AppContext) and real loopback HTTP to
// the in-process MockServer: the first sync records nothing; the mock's drift between two syncs
// (renewals charged, orders on hold, a tag and an auto-renewal changed, a new order, the balance)
// and changes made directly in the mock's state (an expiry passing, a cancellation, another
// cycle) come back as changesFound with each kind and the one-line summary; with a folder a second
// AppContext on the same server and account compares its first sync with the stored snapshot and
// loads the stored activity, another account gets another file and an empty log, accountDropped
// clears, a sync that ends before GET /me is recorded once the account is known; without a folder
// nothing is written. ActivityModel and ActivityFilterModel pass QAbstractItemModelTester through
// all of it and filter by kind and by order id prefix. A restart shows the stored details'
// columns in OrdersModel (under QAbstractItemModelTester) before any details request, asks again
// only for the orders that changed, and a fresh answer replaces the kept value. forgetCurrent
// deletes the store and its accounts.json entry.
// The realistic profile's /me names no e-mail: the account is then known by its key's identity
// (SyncHistory::keyIdentity, given the key through setKeySource), so every test runs in both
// profiles; neither the store's files nor a log line ever hold the key. Without a key to go by,
// nothing is written (noFolderWritesNothing).
// No sleeps: every wait is on a signal or a condition, bounded.
// Expected failures (reported): a sync that finishes before /me is recorded with an empty account,
// so its balance change is lost (and the stored snapshot has no balance); the entries of one sync
// come back from the store in the reverse order.

#include "testapplication.h"
#include "testservices.h"

#include "activityfiltermodel.h"
#include "activitymodel.h"
#include "ordersmodel.h"
#include "services/visibledetailsloader.h"
#include "domain/changedetector.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "storage/localstore.h"
#include "storage/synchistory.h"

#include "mockdrift.h"
#include "mockserver.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Kind = ActivityEntry::Kind;

namespace {

constexpr int kWaitMs = 8000;
constexpr int kOrders = 60;

using Key = std::pair<int, qint64>; // kind, order id

QSet<Key> keysOf(const QList<ActivityEntry> &entries)
{
    QSet<Key> keys;
    for (const ActivityEntry &e : entries)
        keys.insert({int(e.kind), e.orderId});
    return keys;
}

QString describe(const QSet<Key> &keys)
{
    QStringList parts;
    for (const Key &k : keys)
        parts << u"%1:%2"_s.arg(ActivityEntry::kindName(Kind(k.first))).arg(k.second);
    parts.sort();
    return parts.join(u", "_s);
}

bool newestFirst(const QList<ActivityEntry> &entries)
{
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (entries.at(i - 1).when < entries.at(i).when)
            return false;
    }
    return true;
}

QStringList storeFiles(const QString &folder)
{
    return QDir(folder).entryList({u"store-*.sqlite"_s}, QDir::Files);
}

// The files under `folder` holding `secret`, in UTF-8 or UTF-16 (SQLite may use either).
QStringList filesHolding(const QString &folder, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << file.fileName();
    }
    return found;
}

// Every message of the app's logging categories while a test runs.
QStringList g_logLines;
void collectLogLine(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logLines << message;
}

} // namespace

class TstSyncHistory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstSyncRecordsNothing();
    void driftBetweenSyncsFindsEachKind();
    void directChangesFindExpiredCancelledCycle();
    void secondRunComparesWithTheStoredSnapshot();
    void damageFoundAfterTheStartIsRebuilt();
    void anotherAccountGetsAnotherFile();
    void accountDroppedClears();
    void syncBeforeMeIsRecordedOnceTheAccountIsKnown();
    void restartShowsTheStoredDetailsBeforeAnyRequest();
    void forgetCurrentDeletesTheStoreAndItsEntry();
    void theKeyIsInNoFileAndNoLogLine();
    void theComparisonEndsAfterTheSyncAndIsStoredAtSignOut();
    void noFolderWritesNothing();
    void modelsThroughTheChanges();

private:
    // `withKey`: SyncHistory may read the key, as the app lets it, for an account whose /me names
    // no e-mail (the realistic profile's). Like the client, it has none once signed out.
    std::unique_ptr<TestServices> services(bool withKey = true) const
    {
        const QString token = m_server->token();
        auto s = std::make_unique<TestServices>(m_server->url(), token);
        // AppContext gives the history the client's key; without it, an account the server
        // names no e-mail for cannot be told apart.
        if (!withKey)
            s->context.history().setKeySource({});
        return s;
    }
    // The name the store knows the mock's account by: its e-mail, or its key's identity.
    QString accountName() const
    {
        return hasEmail() ? u"demo@sharddesk.example"_s
                          : SyncHistory::keyIdentity(m_server->token());
    }
    // GET /me, then a full sync, one after the other: the snapshot has this sync's balance.
    static bool syncAll(TestServices &s);
    bool hasEmail() const;
    // Balance before the second sync and the drift round it saw → the (kind, order) pairs.
    QSet<Key> expectedFromRound(const MockDrift::Round &round, qint64 balanceBefore) const;

    std::unique_ptr<MockServer> m_server;
};

void TstSyncHistory::initTestCase()
{
    TestCommon::initApplication("tst_synchistory");
}

void TstSyncHistory::init()
{
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(kOrders);
    QVERIFY(m_server->listen());
}

void TstSyncHistory::cleanup()
{
    m_server.reset();
}

bool TstSyncHistory::syncAll(TestServices &s)
{
    QSignalSpy account(&s.account, &AccountService::accountChanged);
    QSignalSpy accountFailed(&s.account, &AccountService::refreshFailed);
    s.account.refresh();
    if (!QTest::qWaitFor([&] { return !account.isEmpty() || !accountFailed.isEmpty(); }, kWaitMs) ||
        !accountFailed.isEmpty()) {
        qWarning("GET /me did not answer");
        return false;
    }
    QSignalSpy synced(&s.orders, &OrderService::synced);
    QSignalSpy failed(&s.orders, &OrderService::syncFailed);
    s.orders.refresh();
    if (!QTest::qWaitFor([&] { return !synced.isEmpty() || !failed.isEmpty(); }, kWaitMs) ||
        !failed.isEmpty()) {
        qWarning("the orders did not sync");
        return false;
    }
    // The comparison runs on a worker: its entries, now.
    s.context.history().waitForRecords();
    return true;
}

bool TstSyncHistory::hasEmail() const
{
    return !m_server->isRealistic();
}

QSet<Key> TstSyncHistory::expectedFromRound(const MockDrift::Round &round,
                                            qint64 balanceBefore) const
{
    QSet<Key> keys;
    for (const MockDrift::Change &c : round.changes) {
        switch (c.kind) {
        case MockDrift::Kind::TopUp:
            break;
        case MockDrift::Kind::Renewed:
            keys.insert({int(Kind::Renewed), c.orderId});
            break;
        case MockDrift::Kind::Expired:
            keys.insert({int(Kind::OnHold), c.orderId});
            break;
        case MockDrift::Kind::TagChanged:
            keys.insert({int(Kind::TagChanged), c.orderId});
            break;
        case MockDrift::Kind::AutoRenewFlipped:
            keys.insert({int(Kind::AutoRenewChanged), c.orderId});
            break;
        case MockDrift::Kind::NewOrder:
            keys.insert({int(Kind::NewOrder), c.orderId});
            break;
        }
    }
    if (m_server->balanceCents() != balanceBefore)
        keys.insert({int(Kind::BalanceChanged), 0});
    return keys;
}

// ---- in one session ------------------------------------------------------------------------

void TstSyncHistory::firstSyncRecordsNothing()
{
    m_server->backend().setDrift(true);
    auto s = services();
    SyncHistory &history = s->context.history();
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    QVERIFY(syncAll(*s));
    QVERIFY(s->store.count() > 0);
    QCOMPARE(changes.size(), 0);
    QVERIFY(history.recent().isEmpty());
    QVERIFY(history.lastSummary().isEmpty());
    QVERIFY(history.store() == nullptr); // no folder
    QCOMPARE(m_server->backend().drift().rounds(), 0);
}

void TstSyncHistory::driftBetweenSyncsFindsEachKind()
{
    m_server->backend().setDrift(true);
    auto s = services();
    SyncHistory &history = s->context.history();
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    QVERIFY(syncAll(*s));

    QSet<int> kindsSeen;
    QList<ActivityEntry> all;
    for (int round = 1; round <= 3; ++round) {
        const qint64 balanceBefore = m_server->balanceCents();
        QVERIFY(syncAll(*s));
        QCOMPARE(m_server->backend().drift().rounds(), round);
        const MockDrift::Round &drift = m_server->backend().drift().lastRound();
        QCOMPARE(changes.size(), round);
        const auto entries = changes.last().at(0).value<QList<ActivityEntry>>();
        const QString summary = changes.last().at(1).toString();

        // Each change the server made, as its kind; an order run out may be Expired as well
        // (when its expiry passed between the two syncs), nothing else.
        QSet<Key> expected = expectedFromRound(drift, balanceBefore);
        // Rows the client cannot read (the realistic profile's) are not in its snapshots.
        expected.removeIf([&s](const Key &k) { return k.second > 0 && s->store.rowOf(k.second) < 0; });
        QSet<Key> got = keysOf(entries);
        for (const Key &k : keysOf(entries)) {
            if (k.first == int(Kind::Expired) && expected.contains({int(Kind::OnHold), k.second}))
                got.remove(k);
        }
        QVERIFY2(got == expected, qPrintable(u"round %1: got %2, expected %3"_s.arg(round).arg(
                                     describe(got), describe(expected))));
        QVERIFY(newestFirst(entries));
        for (const ActivityEntry &e : entries) {
            kindsSeen.insert(int(e.kind));
            if (e.kind == Kind::BalanceChanged) {
                QCOMPARE(e.before, QString::number(balanceBefore));
                QCOMPARE(e.after, QString::number(m_server->balanceCents()));
            }
            if (e.kind == Kind::NewOrder)
                QCOMPARE(e.after, m_server->order(e.orderId)->productName);
            if (e.kind == Kind::AutoRenewChanged)
                QCOMPARE(e.after == u"true"_s, m_server->order(e.orderId)->autoRenewal.value());
        }

        // The summary: the detector's line, counting what the server did.
        QCOMPARE(summary, ChangeDetector::summary(entries));
        QCOMPARE(history.lastSummary(), summary);
        const int renewed = drift.count(MockDrift::Kind::Renewed);
        if (renewed > 0)
            QVERIFY2(summary.contains(u"%1 renewed"_s.arg(renewed)), qPrintable(summary));
        const int onHold = drift.count(MockDrift::Kind::Expired);
        if (onHold > 0)
            QVERIFY2(summary.contains(u"%1 on hold"_s.arg(onHold)), qPrintable(summary));
        if (drift.count(MockDrift::Kind::TagChanged) > 0)
            QVERIFY2(summary.contains(u"1 retagged"_s), qPrintable(summary));
        if (drift.count(MockDrift::Kind::NewOrder) > 0)
            QVERIFY2(summary.contains(u"1 new"_s), qPrintable(summary));
        const qint64 delta = m_server->balanceCents() - balanceBefore;
        if (delta != 0) {
            const QString money = Money::format(qAbs(delta));
            QVERIFY2(summary.endsWith((delta < 0 ? u"balance −"_s : u"balance +"_s) + money),
                     qPrintable(summary));
        }

        // recent(): this sync's entries on top of the earlier ones.
        all = entries + all;
        QCOMPARE(history.recent(), all);
    }
    // Over three rounds of seed 1: every kind the drift makes.
    for (Kind kind : {Kind::NewOrder, Kind::Renewed, Kind::OnHold, Kind::TagChanged,
                      Kind::AutoRenewChanged, Kind::BalanceChanged})
        QVERIFY2(kindsSeen.contains(int(kind)), qPrintable(ActivityEntry::kindName(kind)));
}

void TstSyncHistory::directChangesFindExpiredCancelledCycle()
{
    auto s = services();
    SyncHistory &history = s->context.history();
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    QVERIFY(syncAll(*s));
    const QDateTime t0 = s->store.lastSync();
    const qint64 later = QDateTime::currentSecsSinceEpoch() + 86400;

    // Three different active orders, as the client read them.
    qint64 expiring = 0, cancelled = 0, recycled = 0;
    QString oldCycle;
    for (const Order &o : s->store.orders()) {
        if (o.status != OrderStatus::Active)
            continue;
        if (!expiring && o.expiresAt.isValid() && o.expiresAt.toSecsSinceEpoch() > later)
            expiring = o.id;
        else if (!cancelled)
            cancelled = o.id;
        else if (!recycled && o.cycleId > 0 && !o.cycleName.isEmpty()) {
            recycled = o.id;
            oldCycle = o.cycleName;
        }
    }
    QVERIFY(expiring && cancelled && recycled);

    // The expiry passes between the two syncs (after the first one's time, before the second's).
    const qint64 e = t0.toSecsSinceEpoch() + 1;
    MockOrder a = *m_server->order(expiring);
    a.expiresAt = e;
    QVERIFY(m_server->updateOrder(a));
    MockOrder b = *m_server->order(cancelled);
    b.status = MockOrder::Status::Cancelled;
    QVERIFY(m_server->updateOrder(b));
    MockOrder c = *m_server->order(recycled);
    c.cycleId += 100;
    c.cycleName = u"Biennial"_s;
    QVERIFY(m_server->updateOrder(c));
    QVERIFY(QTest::qWaitFor([e] { return QDateTime::currentSecsSinceEpoch() >= e; }, 3000));

    QVERIFY(syncAll(*s));
    QCOMPARE(changes.size(), 1);
    const auto entries = changes.first().at(0).value<QList<ActivityEntry>>();
    const QSet<Key> expected{{int(Kind::Expired), expiring},
                             {int(Kind::Cancelled), cancelled},
                             {int(Kind::CycleChanged), recycled}};
    QVERIFY2(keysOf(entries) == expected, qPrintable(describe(keysOf(entries))));
    for (const ActivityEntry &entry : entries) {
        switch (entry.kind) {
        case Kind::Expired:
            QCOMPARE(entry.when, QDateTime::fromSecsSinceEpoch(e, QTimeZone::utc()));
            QCOMPARE(entry.before, IsoDate::toIsoUtc(entry.when));
            break;
        case Kind::Cancelled:
            QCOMPARE(entry.before, u"active"_s);
            QCOMPARE(entry.after, u"cancelled"_s);
            QCOMPARE(entry.when, s->store.lastSync());
            break;
        case Kind::CycleChanged:
            QCOMPARE(entry.before, oldCycle);
            QCOMPARE(entry.after, u"Biennial"_s);
            break;
        default:
            break;
        }
    }
    QVERIFY(newestFirst(history.recent()));
    QCOMPARE(history.recent().size(), 3);
    // The expiry happened before the sync saw it: it is the oldest line.
    QCOMPARE(history.recent().last().kind, Kind::Expired);
    QCOMPARE(changes.first().at(1).toString(), u"1 cancelled, 1 expired, 1 changed cycle"_s);
}

// ---- with a folder -----------------------------------------------------------------------------

void TstSyncHistory::secondRunComparesWithTheStoredSnapshot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->backend().setDrift(true);
    QList<ActivityEntry> firstRun;
    QString file;
    {
        auto s = services();
        SyncHistory &history = s->context.history();
        history.setFolder(dir.path());
        QVERIFY(syncAll(*s));
        QVERIFY(history.store());
        file = history.store()->filePath();
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QFileInfo(file).fileName(), LocalStore::fileNameFor(m_server->url(), accountName()));
        QVERIFY(syncAll(*s)); // round 1
        firstRun = history.recent();
        QVERIFY(!firstRun.isEmpty());
        history.store()->waitForWrites();
    } // the app is closed
    m_server->backend().setDrift(false);

    // Changed while the app was closed: a tag and the balance.
    qint64 retagged = 0;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status == MockOrder::Status::Active) {
            retagged = o.orderId;
            MockOrder changed = o;
            changed.tag = u"while-closed"_s;
            QVERIFY(m_server->updateOrder(changed));
            break;
        }
    }
    const qint64 balance = m_server->balanceCents();
    m_server->setBalanceCents(balance - 4200);

    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    QSignalSpy reset(&history, &SyncHistory::recentReset);
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    QVERIFY(syncAll(*s));
    QVERIFY(history.store());
    QCOMPARE(history.store()->filePath(), file);
    QVERIFY(!reset.isEmpty()); // the stored log loaded when the account became known
    QCOMPARE(changes.size(), 1);
    const auto entries = changes.first().at(0).value<QList<ActivityEntry>>();
    const QSet<Key> expected{{int(Kind::TagChanged), retagged}, {int(Kind::BalanceChanged), 0}};
    QVERIFY2(keysOf(entries) == expected, qPrintable(describe(keysOf(entries))));
    QCOMPARE(changes.first().at(1).toString(), u"1 retagged, balance −$42.00"_s);
    // The stored activity, under this run's.
    QCOMPARE(history.recent().size(), entries.size() + firstRun.size());
    QCOMPARE(history.recent().mid(0, entries.size()), entries);
    const QList<ActivityEntry> loaded = history.recent().mid(entries.size());
    QCOMPARE(keysOf(loaded), keysOf(firstRun));
    for (const ActivityEntry &e : firstRun)
        QVERIFY(loaded.contains(e)); // every field, the time to the millisecond
    // The same order as the first run showed: a sync's entries share one time, and the store
    // breaks that tie in the order they were written.
    QCOMPARE(loaded, firstRun);
    QVERIFY(newestFirst(history.recent()));
    QCOMPARE(storeFiles(dir.path()).size(), 1);
}

// A start from the store reads the orders before it checks every page (that check runs on the
// store's worker after the first paint): a damaged file found then is moved aside with a message,
// a fresh store is opened, and the next sync is stored as a first one (no made-up changes).
void TstSyncHistory::damageFoundAfterTheStartIsRebuilt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->resetDemoData(3000); // a file of many pages, so a third of it leaves the header
    QString file;
    {
        auto s = services();
        s->context.history().setFolder(dir.path());
        QVERIFY(syncAll(*s));
        QVERIFY(s->context.history().store());
        file = s->context.history().store()->filePath();
        s->context.history().store()->waitForWrites();
    }
    // One page in the middle of the orders overwritten (the header and the schema stay sound, so
    // only reading every page finds it).
    QFile f(file);
    QVERIFY(f.size() > 60000);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((f.size() / 2) / 4096 * 4096));
    QVERIFY(f.write(QByteArray(4096, '\xA5')) == 4096);
    f.close();

    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    QSignalSpy message(&history, &SyncHistory::storeMessage);
    history.restoreLast(m_server->url()); // whatever part of it could be read is on screen
    QVERIFY(!message.isEmpty() || message.wait(10000));
    const QString text = message.last().at(0).toString();
    QVERIFY2(text.contains(u"it is damaged"_s) && text.contains(u"rebuilt from the server"_s),
             qPrintable(text));
    QCOMPARE(QDir(dir.path()).entryList({u"*.corrupt-*"_s}, QDir::Files).size(), 1);
    QVERIFY(history.store() && history.store()->isOpen());

    QSignalSpy changes(&history, &SyncHistory::changesFound);
    QVERIFY(syncAll(*s));
    history.waitForRecords();
    history.store()->waitForWrites();
    QCOMPARE(changes.size(), 0);
    QCOMPARE(history.store()->loadSnapshot().snapshot.orders.size(), s->store.count());
}

void TstSyncHistory::anotherAccountGetsAnotherFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->backend().setDrift(true);
    QString first;
    {
        auto s = services();
        s->context.history().setFolder(dir.path());
        QVERIFY(syncAll(*s));
        QVERIFY(syncAll(*s));
        QVERIFY(!s->context.history().recent().isEmpty());
        first = s->context.history().store()->filePath();
    }
    // Another account: another e-mail, or (without one) another key.
    if (hasEmail())
        m_server->backend().state().setEmail(u"Other.Person@Example.com"_s);
    else
        m_server->setToken(m_server->token() + u"-other"_s);
    const QString other =
        hasEmail() ? u"other.person@example.com"_s : SyncHistory::keyIdentity(m_server->token());
    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    QVERIFY(syncAll(*s));
    QVERIFY(history.store());
    QVERIFY(history.store()->filePath() != first);
    QCOMPARE(QFileInfo(history.store()->filePath()).fileName(),
             LocalStore::fileNameFor(m_server->url(), other));
    QCOMPARE(history.lastAccount(m_server->url()), other);
    QCOMPARE(changes.size(), 0); // its first sync: nothing to compare with
    QVERIFY(history.recent().isEmpty());
    QCOMPARE(storeFiles(dir.path()).size(), 2);
}

void TstSyncHistory::accountDroppedClears()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->backend().setDrift(true);
    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    QVERIFY(syncAll(*s));
    QVERIFY(syncAll(*s));
    QVERIFY(!history.recent().isEmpty());
    QVERIFY(!history.lastSummary().isEmpty());
    QVERIFY(history.store());

    QSignalSpy reset(&history, &SyncHistory::recentReset);
    QSignalSpy dropped(&s->session, &Session::accountDropped);
    s->session.signOut();
    QCOMPARE(dropped.size(), 1);
    QVERIFY(reset.size() >= 1);
    QVERIFY(history.recent().isEmpty());
    QVERIFY(history.lastSummary().isEmpty());
    QVERIFY(history.store() == nullptr);
    // What was synced stays on disk for the next sign-in.
    QCOMPARE(storeFiles(dir.path()).size(), 1);
}

void TstSyncHistory::syncBeforeMeIsRecordedOnceTheAccountIsKnown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto s = services();
        s->context.history().setFolder(dir.path());
        QVERIFY(syncAll(*s));
        s->context.history().store()->waitForWrites();
    }
    // While closed: a tag and the balance.
    qint64 retagged = 0;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status == MockOrder::Status::Active) {
            retagged = o.orderId;
            MockOrder changed = o;
            changed.tag = u"before-me"_s;
            QVERIFY(m_server->updateOrder(changed));
            break;
        }
    }
    m_server->setBalanceCents(m_server->balanceCents() + 2500);

    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    // The orders first: the account is not known yet, the sync waits for it.
    QSignalSpy synced(&s->orders, &OrderService::synced);
    s->orders.refresh();
    QVERIFY(synced.wait(kWaitMs));
    QVERIFY(!s->account.hasAccount());
    QCOMPARE(changes.size(), 0);
    QVERIFY(history.store() == nullptr);
    // Then GET /me: the waiting sync is compared with the stored one.
    QSignalSpy account(&s->account, &AccountService::accountChanged);
    s->account.refresh();
    QVERIFY(account.wait(kWaitMs));
    QVERIFY(changes.wait(kWaitMs)); // compared on a worker once the account is known
    QVERIFY(history.store());
    const QSet<Key> got = keysOf(changes.first().at(0).value<QList<ActivityEntry>>());
    QVERIFY(got.contains({int(Kind::TagChanged), retagged}));
    QVERIFY(got.contains({int(Kind::BalanceChanged), 0}));

    // The snapshot stored for it knows the balance, so the next run compares it.
    history.store()->waitForWrites();
    const LocalStore::Contents stored = history.store()->loadSnapshot();
    QCOMPARE(stored.snapshot.account.walletBalanceCents, std::optional<qint64>(m_server->balanceCents()));
    // …and so does the session's memory: a balance change at the next sync is seen.
    m_server->setBalanceCents(m_server->balanceCents() - 1000);
    QVERIFY(syncAll(*s));
    QCOMPARE(changes.size(), 2);
    QVERIFY(keysOf(changes.last().at(0).value<QList<ActivityEntry>>())
                .contains({int(Kind::BalanceChanged), 0}));
}

void TstSyncHistory::restartShowsTheStoredDetailsBeforeAnyRequest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString detailsPath = ApiClient::ordersPath() + u'/';
    // Three orders whose details this run loads; the next sync stores their columns.
    QList<qint64> ids;
    QHash<qint64, OrderDetails> loaded;
    {
        auto s = services();
        s->alerts.setEnabled(false); // its price loads would add details of their own
        s->context.history().setFolder(dir.path());
        QVERIFY(syncAll(*s));
        for (const Order &o : s->store.orders()) {
            if (o.status == OrderStatus::Active && ids.size() < 3)
                ids.append(o.id);
        }
        QCOMPARE(ids.size(), 3);
        for (qint64 id : std::as_const(ids)) {
            QVERIFY(s->loadDetails(id));
            loaded.insert(id, *s->store.details(id));
            QVERIFY(loaded.value(id).pricePaidCents.has_value());
        }
        QVERIFY(syncAll(*s));
        s->context.history().store()->waitForWrites();
    }
    const int detailsAsked = m_server->requestCount("GET", detailsPath);

    auto s = services();
    s->alerts.setEnabled(false);
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    OrdersModel model(&s->store);
    VisibleDetailsLoader loader(&s->orders);
    model.setDetailsLoader(&loader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(history.restoreLast(m_server->url()));
    QVERIFY(s->store.count() > 0);

    // Before any request: the columns as the last run loaded them, from the store.
    const auto cell = [&model](qint64 id, int column, int role = Qt::DisplayRole) {
        return model.indexOfOrder(id, column).data(role);
    };
    for (qint64 id : std::as_const(ids)) {
        const OrderDetails &d = loaded.value(id);
        QVERIFY(s->store.details(id) == nullptr); // never an OrderDetails: no add-on lines
        QVERIFY(s->store.keptDetails(id));
        QVERIFY(s->store.hasCurrentKeptDetails(id));
        QCOMPARE(cell(id, OrdersModel::QuantityColumn).toString(),
                 d.quantity ? QLocale().toString(*d.quantity) : QString());
        QCOMPARE(cell(id, OrdersModel::PriceColumn).toString(), Money::format(*d.pricePaidCents));
        QCOMPARE(cell(id, OrdersModel::PriceColumn, OrdersModel::RawValueRole).toLongLong(),
                 *d.pricePaidCents);
        const std::optional<StoredDetails> known = s->store.knownDetails(id);
        QVERIFY(known);
        QCOMPARE(*known, StoredDetails::of(d));
    }
    // An order whose details were never loaded shows what it always did.
    const qint64 never = s->store.at(0).id == ids.first() ? s->store.at(1).id : s->store.at(0).id;
    QVERIFY(!ids.contains(never));
    QVERIFY(!s->store.knownDetails(never));
    QCOMPARE(cell(never, OrdersModel::PriceColumn).toString(), QString());
    // On screen: the kept orders are not asked for, the other one is.
    loader.setVisibleOrders(ids);
    QCOMPARE(loader.inFlightCount() + loader.queuedCount(), 0);
    QCOMPARE(m_server->requestCount("GET", detailsPath), detailsAsked);

    // The first sync of the run: only the order that changed meanwhile is asked for again.
    MockOrder retagged = *m_server->order(ids.at(1));
    retagged.tag = u"while-closed"_s;
    QVERIFY(m_server->updateOrder(retagged));
    QVERIFY(syncAll(*s));
    QVERIFY(s->store.hasCurrentKeptDetails(ids.at(0)));
    QVERIFY(!s->store.hasCurrentKeptDetails(ids.at(1)));
    QVERIFY(s->store.keptDetails(ids.at(1))); // still shown meanwhile
    QCOMPARE(cell(ids.at(1), OrdersModel::PriceColumn).toString(),
             Money::format(*loaded.value(ids.at(1)).pricePaidCents));
    QSignalSpy loadedSpy(&s->store, &OrderStore::detailsLoaded);
    loader.setVisibleOrders(ids);
    QTRY_COMPARE_WITH_TIMEOUT(loadedSpy.size(), 1, kWaitMs);
    QCOMPARE(loadedSpy.first().at(0).toLongLong(), ids.at(1));
    QCOMPARE(m_server->requestCount("GET", detailsPath), detailsAsked + 1);

    // A fresh answer replaces the kept value, and the row says so.
    MockOrder repriced = *m_server->order(ids.at(0));
    repriced.pricePaidCents += 1234;
    QVERIFY(m_server->updateOrder(repriced));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(s->loadDetails(ids.at(0)));
    QVERIFY(s->store.keptDetails(ids.at(0)) == nullptr);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell(ids.at(0), OrdersModel::PriceColumn).toString(),
             Money::format(repriced.pricePaidCents));
    QCOMPARE(s->store.knownDetails(ids.at(0))->pricePaidCents,
             std::optional<qint64>(repriced.pricePaidCents));
    // Kept values never price a renewal.
    QVERIFY(s->store.details(ids.at(2)) == nullptr);
}

void TstSyncHistory::forgetCurrentDeletesTheStoreAndItsEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->backend().setDrift(true);
    {
        auto s = services();
        SyncHistory &history = s->context.history();
        history.setFolder(dir.path());
        QVERIFY(!history.forgetCurrent()); // nothing open yet: nothing to forget
        QVERIFY(syncAll(*s));
        QVERIFY(syncAll(*s));
        QVERIFY(!history.recent().isEmpty());
        QVERIFY(history.store());
        const QString file = history.store()->filePath();
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!history.lastAccount(m_server->url()).isEmpty());

        QSignalSpy reset(&history, &SyncHistory::recentReset);
        QVERIFY(history.forgetCurrent());
        QCOMPARE(reset.size(), 1);
        QVERIFY(history.recent().isEmpty());
        QVERIFY(history.lastSummary().isEmpty());
        QVERIFY(history.store() == nullptr);
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QDir(dir.path()).entryList({u"store-*"_s}, QDir::Files).isEmpty()); // -wal, -shm
        QVERIFY(history.lastAccount(m_server->url()).isEmpty());

        // Signed out and in again: a new store for the account.
        s->session.signOut();
        s->client.setToken(m_server->token());
        QVERIFY(syncAll(*s));
        QVERIFY(history.store());
        QCOMPARE(history.store()->filePath(), file);
        QVERIFY(history.forgetCurrent());
    }
    // The next run finds nothing to show.
    auto s = services();
    s->context.history().setFolder(dir.path());
    QVERIFY(!s->context.history().restoreLast(m_server->url()));
    QCOMPARE(s->store.count(), 0);
}

void TstSyncHistory::theKeyIsInNoFileAndNoLogLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A key as long as a real one: a short one could turn up in any file by chance.
    const QString key = u"psk_7Q2mV9xL4tR8nB1cZ6wY3hJ5dK0s"_s;
    m_server->setToken(key);
    g_logLines.clear();
    QLoggingCategory::setFilterRules(u"sharddesk.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(collectLogLine);
    const auto restoreLogging = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });
    m_server->backend().setDrift(true);
    {
        auto s = services();
        SyncHistory &history = s->context.history();
        history.setFolder(dir.path());
        QVERIFY(syncAll(*s));
        QVERIFY(s->loadDetails(s->store.at(0).id));
        QVERIFY(syncAll(*s));
        QVERIFY(history.store());
        history.store()->waitForWrites();
        QCOMPARE(history.lastAccount(m_server->url()), accountName());
        QVERIFY(QFileInfo::exists(history.store()->filePath() + u"-wal"_s)); // open: WAL too
        QCOMPARE(filesHolding(dir.path(), key), QStringList());
    }
    QVERIFY(!storeFiles(dir.path()).isEmpty());
    QCOMPARE(filesHolding(dir.path(), key), QStringList());
    QVERIFY(!g_logLines.isEmpty()); // the categories were on
    for (const QString &line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(key), qPrintable(line));
}

void TstSyncHistory::theComparisonEndsAfterTheSyncAndIsStoredAtSignOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->backend().setDrift(true);
    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    QVERIFY(syncAll(*s));
    QVERIFY(history.store());
    const QString file = history.store()->filePath();

    // The comparison is not part of the sync's signal: it runs on a worker and comes after.
    QSignalSpy changes(&history, &SyncHistory::changesFound);
    qsizetype changesAtSynced = -1;
    QObject context;
    connect(&s->orders, &OrderService::synced, &context,
            [&] { changesAtSynced = changes.size(); });
    QSignalSpy synced(&s->orders, &OrderService::synced);
    s->orders.refresh();
    QVERIFY(synced.wait(kWaitMs));
    QCOMPARE(changesAtSynced, 0);
    const QDateTime second = s->store.lastSync().toUTC();

    // Signed out at once: the comparison still ends in the account's store, with its entries.
    s->session.signOut();
    QVERIFY(history.store() == nullptr);
    QCOMPARE(changes.size(), 1);
    const auto entries = changes.first().at(0).value<QList<ActivityEntry>>();
    QVERIFY(!entries.isEmpty());
    LocalStore stored(dir.path(), m_server->url(), accountName());
    QVERIFY(stored.open());
    QCOMPARE(stored.filePath(), file);
    QCOMPARE(stored.loadSnapshot().snapshot.syncedAt, second);
    QCOMPARE(keysOf(stored.loadActivity()), keysOf(entries));
}

void TstSyncHistory::noFolderWritesNothing()
{
    // AppDataLocation (test mode) and the working folder stay without a store file; with a
    // folder but neither an e-mail (realistic profile) nor a key to name the account by, the
    // folder stays empty too.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList before = storeFiles(appData) + storeFiles(QDir::currentPath());
    m_server->backend().setDrift(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto s = services();
        SyncHistory &history = s->context.history();
        QVERIFY(history.folder().isEmpty());
        QVERIFY(syncAll(*s));
        QVERIFY(syncAll(*s));
        QVERIFY(!history.recent().isEmpty()); // the session's memory works
        QVERIFY(history.store() == nullptr);
    }
    QCOMPARE(storeFiles(appData) + storeFiles(QDir::currentPath()), before);
    if (hasEmail())
        return;
    auto s = services(false);
    s->context.history().setFolder(dir.path());
    QVERIFY(syncAll(*s));
    QVERIFY(syncAll(*s));
    QVERIFY(!s->context.history().recent().isEmpty());
    QVERIFY(s->context.history().store() == nullptr);
    QVERIFY(QDir(dir.path()).isEmpty());
}

// ---- the models ----------------------------------------------------------------------------

void TstSyncHistory::modelsThroughTheChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->backend().setDrift(true);
    auto s = services();
    SyncHistory &history = s->context.history();
    history.setFolder(dir.path());
    ActivityModel model(&history);
    ActivityFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(ActivityModel::WhenColumn, Qt::DescendingOrder);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));

    QVERIFY(syncAll(*s));
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(syncAll(*s));
    const QList<ActivityEntry> &recent = history.recent();
    QVERIFY(recent.size() >= 6);
    QCOMPARE(model.rowCount(), int(recent.size()));
    QCOMPARE(filter.rowCount(), int(recent.size()));
    // Row by row what recent() says.
    for (int row = 0; row < model.rowCount(); ++row) {
        const ActivityEntry &e = recent.at(row);
        QCOMPARE(model.index(row, 0).data(ActivityModel::KindRole).toInt(), int(e.kind));
        QCOMPARE(model.index(row, 0).data(ActivityModel::OrderIdRole).toLongLong(), e.orderId);
        QCOMPARE(model.index(row, ActivityModel::KindColumn).data().toString(),
                 ActivityEntry::kindLabel(e.kind));
        QCOMPARE(model.index(row, ActivityModel::OrderColumn).data().toString(),
                 e.orderId > 0 ? QString::number(e.orderId) : QString());
        QCOMPARE(model.index(row, ActivityModel::ChangeColumn).data().toString(),
                 ActivityModel::changeText(e));
        if (e.orderId == 0)
            QCOMPARE(model.index(row, ActivityModel::OrderColumn)
                         .data(Qt::AccessibleTextRole)
                         .toString(),
                     u"Account"_s);
    }

    // By kind: exactly that kind's rows.
    for (Kind kind : ActivityEntry::allKinds()) {
        filter.setKind(kind);
        const int expected = int(std::count_if(recent.cbegin(), recent.cend(),
                                               [kind](const ActivityEntry &e) { return e.kind == kind; }));
        QCOMPARE(filter.rowCount(), expected);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(ActivityModel::KindRole).toInt(), int(kind));
    }
    filter.setKind(std::nullopt);
    QCOMPARE(filter.rowCount(), int(recent.size()));

    // By order id prefix: the first digits of an order's id find it (and no balance line).
    qint64 someOrder = 0;
    for (const ActivityEntry &e : recent) {
        if (e.orderId > 0) {
            someOrder = e.orderId;
            break;
        }
    }
    QVERIFY(someOrder > 0);
    const QString full = QString::number(someOrder);
    for (const QString &prefix : {full, full.left(qMax(1, int(full.size()) - 1)), full.left(1)}) {
        filter.setOrderText(u"  "_s + prefix + u" "_s);
        const int expected = int(std::count_if(recent.cbegin(), recent.cend(), [&](const ActivityEntry &e) {
            return e.orderId > 0 && QString::number(e.orderId).startsWith(prefix);
        }));
        QCOMPARE(filter.rowCount(), expected);
        QVERIFY(expected >= 1);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, ActivityModel::OrderColumn).data().toString().startsWith(prefix));
    }
    // Both at once.
    filter.setOrderText(full);
    filter.setKind(Kind::BalanceChanged);
    QCOMPARE(filter.rowCount(), 0);
    filter.setOrderText(u"9999999"_s);
    filter.setKind(std::nullopt);
    QCOMPARE(filter.rowCount(), 0);
    filter.setOrderText(QString());
    QCOMPARE(filter.rowCount(), int(recent.size()));

    // Newest first through the sort.
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, 0).data(ActivityModel::SortRole).toDateTime() >=
                filter.index(row, 0).data(ActivityModel::SortRole).toDateTime());

    // A filter kept while the next sync adds rows.
    filter.setKind(Kind::Renewed);
    QVERIFY(syncAll(*s));
    QCOMPARE(model.rowCount(), int(history.recent().size()));
    QCOMPARE(filter.rowCount(),
             int(std::count_if(history.recent().cbegin(), history.recent().cend(),
                               [](const ActivityEntry &e) { return e.kind == Kind::Renewed; })));

    // Dropped: empty; signed in again (same account): the stored log comes back.
    const qsizetype stored = history.recent().size();
    if (history.store())
        history.store()->waitForWrites();
    s->session.signOut();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
    s->client.setToken(m_server->token());
    QVERIFY(syncAll(*s));
    QCOMPARE(model.rowCount(), int(history.recent().size()));
    QVERIFY(history.recent().size() >= stored);
}

QTEST_MAIN(TstSyncHistory)
#include "tst_synchistory.moc"
