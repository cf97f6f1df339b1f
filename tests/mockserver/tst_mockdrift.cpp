// MockDrift: with drift on, the account changes on its own before every sync after the first
// (renewals charged, orders on hold, a tag and an auto-renewal changed, now and then a new order
// or a top-up), deterministically from the seed; with it off, nothing changes. A "sync" here is
// what the app's refresh asks for: GET /me, then every page of the three status lists.

#include "mockbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kToken = QByteArrayLiteral("demo");
constexpr qint64 kNow = 1'780'000'000; // a fixed clock: expiries and renewals are reproducible

using Kind = MockDrift::Kind;

// What one sync saw: the balance, every listed row by id (as served), and the raw answers.
struct Snapshot
{
    qint64 balance = -1;
    QMap<qint64, QJsonObject> rows;
    QMap<qint64, QString> status;
    QByteArray raw;
};

MockBackend makeBackend(bool drift, quint32 seed = 1,
                        MockBackend::Profile profile = MockBackend::Profile::Strict)
{
    MockBackend backend;
    backend.setNow(kNow);
    backend.setProfile(profile);
    backend.resetDemoData(MockBackend::kDefaultOrderCount, seed);
    backend.setDrift(drift);
    return backend;
}

// `asked`: pages this sync already asked for (they are not asked again).
Snapshot sync(MockBackend &backend, const QSet<QString> &asked = {})
{
    Snapshot s;
    const MockResponse me = backend.handle(MockRequest::get(u"/user/api/me"_s, kToken));
    s.raw += me.body;
    s.balance = QJsonDocument::fromJson(me.body).object().value(u"wallet_balance"_s).toInteger(-1);
    for (const QString &status : {u"active"_s, u"on-hold"_s, u"cancelled"_s}) {
        QString uri = u"/user/api/orders?status="_s + status + u"&offset=0&limit=100"_s;
        int pages = 0;
        while (!uri.isEmpty() && ++pages < 1000) {
            if (asked.contains(uri)) {
                // Its rows are not collected: the tests that skip a page do not compare rows.
                uri = u"/user/api/orders?status="_s + status + u"&offset="_s +
                      QString::number(pages * 100) + u"&limit=100"_s;
                continue;
            }
            const MockResponse r = backend.handle(MockRequest::get(uri, kToken));
            if (r.status != 200) {
                qWarning() << "page refused" << uri << r.status << r.body;
                return {};
            }
            s.raw += r.body;
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            for (const QJsonValue &v : o.value(u"orders"_s).toArray()) {
                const QJsonObject row = v.toObject();
                if (row.value(u"order_id"_s).isNull())
                    continue; // the realistic profile's unreadable twin
                const qint64 id = row.value(u"order_id"_s).toInteger();
                s.rows.insert(id, row);
                s.status.insert(id, status);
            }
            uri = o.value(u"next"_s).toString();
        }
    }
    return s;
}

} // namespace

class TestMockDrift final : public QObject
{
    Q_OBJECT

private slots:
    void offChangesNothing();
    void firstSyncIsTheDemoData();
    void signInThenRefreshIsOneSync();
    void everyKindWithinFewSyncs_data();
    void everyKindWithinFewSyncs();
    void deterministicForASeed();
    void renewEndpointStillCharges();
    void driftNowWithoutTheSwitch();
};

void TestMockDrift::offChangesNothing()
{
    MockBackend backend = makeBackend(false);
    const Snapshot first = sync(backend);
    QVERIFY(!first.rows.isEmpty());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sync(backend).raw, first.raw);
    QCOMPARE(backend.drift().rounds(), 0);
}

void TestMockDrift::firstSyncIsTheDemoData()
{
    MockBackend plain = makeBackend(false);
    MockBackend drifting = makeBackend(true);
    QCOMPARE(sync(drifting).raw, sync(plain).raw);
    QCOMPARE(drifting.drift().rounds(), 0);
    // The second sync differs, the plain one does not.
    const Snapshot again = sync(plain);
    QCOMPARE(again.raw, sync(plain).raw);
    QVERIFY(sync(drifting).raw != again.raw);
    QCOMPARE(drifting.drift().rounds(), 1);
}

void TestMockDrift::signInThenRefreshIsOneSync()
{
    // Sign-in reads the account, then the first refresh reads it again and lists: no round.
    MockBackend backend = makeBackend(true);
    QCOMPARE(backend.handle(MockRequest::get(u"/user/api/me"_s, kToken)).status, 200);
    sync(backend);
    QCOMPARE(backend.drift().rounds(), 0);
    // The next refresh, whichever request comes first, is a new sync: one round only.
    const QString first = u"/user/api/orders?status=on-hold&offset=0&limit=100"_s;
    backend.handle(MockRequest::get(first, kToken));
    QCOMPARE(backend.drift().rounds(), 1);
    sync(backend, {first});
    QCOMPARE(backend.drift().rounds(), 1);
    sync(backend);
    QCOMPARE(backend.drift().rounds(), 2);
    // A request with a wrong key changes nothing.
    backend.handle(MockRequest::get(u"/user/api/me"_s, QByteArrayLiteral("wrong")));
    backend.handle(MockRequest::get(u"/user/api/me"_s, QByteArrayLiteral("wrong")));
    QCOMPARE(backend.drift().rounds(), 2);
}

void TestMockDrift::everyKindWithinFewSyncs_data()
{
    QTest::addColumn<MockBackend::Profile>("profile");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("strict, seed 1") << MockBackend::Profile::Strict << 1u;
    QTest::newRow("strict, seed 7") << MockBackend::Profile::Strict << 7u;
    QTest::newRow("realistic, seed 1") << MockBackend::Profile::Realistic << 1u;
    QTest::newRow("realistic, seed 42") << MockBackend::Profile::Realistic << 42u;
}

void TestMockDrift::everyKindWithinFewSyncs()
{
    QFETCH(MockBackend::Profile, profile);
    QFETCH(quint32, seed);
    MockBackend backend = makeBackend(true, seed, profile);
    Snapshot before = sync(backend);
    QVERIFY(!before.rows.isEmpty());
    QMap<Kind, int> seen;
    for (int n = 1; n <= 4; ++n) {
        // The orders as stored before this round, to check renewals against.
        QMap<qint64, MockOrder> stored;
        for (const MockOrder &o : backend.state().orders())
            stored.insert(o.orderId, o);

        const Snapshot after = sync(backend);
        QVERIFY(!after.rows.isEmpty());
        QCOMPARE(backend.drift().rounds(), n);
        const MockDrift::Round &round = backend.drift().lastRound();
        QCOMPARE(round.number, n);

        const int renewedOrFailed = round.count(Kind::Renewed);
        QVERIFY2(renewedOrFailed >= 1 && renewedOrFailed <= 3, qPrintable(QString::number(n)));
        QVERIFY(round.count(Kind::Expired) >= 1 && round.count(Kind::Expired) <= 2);
        QCOMPARE(round.count(Kind::TagChanged), 1);
        QCOMPARE(round.count(Kind::AutoRenewFlipped), 1);
        QVERIFY(round.count(Kind::NewOrder) <= 1);
        QVERIFY(round.count(Kind::TopUp) <= 1);

        // The balance moved by exactly what was charged and credited.
        QCOMPARE(after.balance - before.balance, round.creditedCents() - round.chargedCents());

        QSet<qint64> changed;
        for (const MockDrift::Change &c : round.changes) {
            ++seen[c.kind];
            changed.insert(c.orderId);
            const MockOrder *now = backend.state().order(c.orderId);
            switch (c.kind) {
            case Kind::TopUp:
                QVERIFY(c.cents > 0);
                break;
            case Kind::Renewed: {
                const MockOrder &was = stored.value(c.orderId);
                QCOMPARE(before.status.value(c.orderId), u"active"_s);
                QCOMPARE(after.status.value(c.orderId), u"active"_s);
                QVERIFY(was.autoRenewal.value_or(false));
                QVERIFY(was.expiresAt && now->expiresAt);
                // One cycle forward, charged the period's price and add-ons.
                QCOMPARE(*now->expiresAt - *was.expiresAt,
                         MockCatalog::cycleLengthSecs(was.cycleName));
                QCOMPARE(c.cents, now->pricePaidCents + now->p0fSlots * now->p0fSlotPriceCents);
                QVERIFY(c.cents > 0);
                QVERIFY(after.rows.value(c.orderId).value(u"expires_at"_s) !=
                        before.rows.value(c.orderId).value(u"expires_at"_s));
                break;
            }
            case Kind::Expired:
                QCOMPARE(before.status.value(c.orderId), u"active"_s);
                QCOMPARE(after.status.value(c.orderId), u"on-hold"_s);
                QVERIFY(now->expiresAt && *now->expiresAt <= kNow);
                break;
            case Kind::TagChanged:
                QVERIFY(after.rows.value(c.orderId).value(u"tag"_s) !=
                        before.rows.value(c.orderId).value(u"tag"_s));
                break;
            case Kind::AutoRenewFlipped: {
                const QJsonValue was = before.rows.value(c.orderId).value(u"auto_renewal"_s);
                const QJsonValue is = after.rows.value(c.orderId).value(u"auto_renewal"_s);
                QVERIFY(was.isBool() && is.isBool());
                QCOMPARE(is.toBool(), !was.toBool());
                break;
            }
            case Kind::NewOrder: {
                QVERIFY(!before.rows.contains(c.orderId));
                QCOMPARE(after.status.value(c.orderId), u"active"_s);
                QCOMPARE(c.cents, now->pricePaidCents);
                QVERIFY(c.cents > 0);
                QCOMPARE(now->createdAt, kNow);
                // Its details are served like any bought order's.
                const MockResponse details = backend.handle(
                    MockRequest::get(u"/user/api/orders/"_s + QString::number(c.orderId), kToken));
                QCOMPARE(details.status, 200);
                break;
            }
            }
        }
        changed.remove(0);
        // Nothing else changed: every other row is served exactly as before.
        QCOMPARE(after.rows.size() - before.rows.size(), qsizetype(round.count(Kind::NewOrder)));
        for (auto it = after.rows.cbegin(); it != after.rows.cend(); ++it) {
            if (!changed.contains(it.key()))
                QCOMPARE(it.value(), before.rows.value(it.key()));
        }
        before = after;
    }
    // Over four syncs every kind shows up at least once.
    for (const Kind kind : {Kind::TopUp, Kind::Renewed, Kind::Expired, Kind::TagChanged,
                            Kind::AutoRenewFlipped, Kind::NewOrder})
        QVERIFY2(seen.value(kind) >= 1, qPrintable(MockDrift::kindName(kind)));
}

void TestMockDrift::deterministicForASeed()
{
    MockBackend a = makeBackend(true, 5);
    MockBackend b = makeBackend(true, 5);
    MockBackend c = makeBackend(true, 6);
    QByteArray seenA;
    QByteArray seenB;
    QByteArray seenC;
    for (int i = 0; i < 4; ++i) {
        seenA += sync(a).raw;
        seenB += sync(b).raw;
        seenC += sync(c).raw;
    }
    QCOMPARE(seenA, seenB);
    QVERIFY(seenA != seenC);
    // The seed follows the demo data's, and can be set on its own.
    MockBackend d = makeBackend(true, 5);
    d.setDriftSeed(6);
    QCOMPARE(d.drift().seed(), 6u);
    QByteArray seenD;
    for (int i = 0; i < 4; ++i)
        seenD += sync(d).raw;
    QVERIFY(seenD != seenA);
}

void TestMockDrift::renewEndpointStillCharges()
{
    // The renew endpoint and the auto-renewals share their pricing: an order the drift put on
    // hold renews through the endpoint for the same price an auto-renewal charges.
    MockBackend backend = makeBackend(true);
    sync(backend);
    sync(backend);
    const MockDrift::Round round = backend.drift().lastRound();
    qint64 onHold = 0;
    for (const MockDrift::Change &c : round.changes) {
        if (c.kind == Kind::Expired)
            onHold = c.orderId;
    }
    QVERIFY(onHold != 0);
    MockOrder order = *backend.state().order(onHold);
    const qint64 balance = backend.state().balanceCents();
    const MockResponse r = backend.handle(MockRequest::post(
        u"/user/api/orders/"_s + QString::number(onHold) + u"/renew"_s, "{}", kToken));
    QCOMPARE(r.status, 200);
    const MockOrder *renewed = backend.state().order(onHold);
    QCOMPARE(renewed->status, MockOrder::Status::Active);
    QCOMPARE(*renewed->expiresAt, kNow + MockCatalog::cycleLengthSecs(order.cycleName));
    QCOMPARE(balance - backend.state().balanceCents(),
             renewed->pricePaidCents + renewed->p0fSlots * renewed->p0fSlotPriceCents);
}

void TestMockDrift::driftNowWithoutTheSwitch()
{
    MockBackend backend = makeBackend(false);
    const Snapshot first = sync(backend);
    const MockDrift::Round round = backend.driftNow();
    QCOMPARE(round.number, 1);
    QVERIFY(!round.changes.isEmpty());
    QVERIFY(sync(backend).raw != first.raw);
    // With a wallet too small for anything, renewals run out instead and a top-up comes.
    MockBackend poor = makeBackend(false);
    poor.state().setBalanceCents(0);
    const MockDrift::Round lean = poor.driftNow();
    QCOMPARE(lean.count(Kind::TopUp), 1);
    QVERIFY(poor.state().balanceCents() >= 0);
    QCOMPARE(poor.state().balanceCents(), lean.creditedCents() - lean.chargedCents());
}

QTEST_GUILESS_MAIN(TestMockDrift)
#include "tst_mockdrift.moc"
