// DemoDataGenerator: deterministic, consistent with the provider's order life cycle, varied
// enough to exercise the client (quirky timestamps, "none" tags, Unicode), and fast.

#include "demodatagenerator.h"
#include "mockbackend.h"
#include "mockstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000;
constexpr qint64 kDay = 86400;

bool sameOrder(const MockOrder &a, const MockOrder &b)
{
    return a.orderId == b.orderId && a.productId == b.productId && a.productName == b.productName &&
           a.location == b.location && a.cycleId == b.cycleId && a.cycleName == b.cycleName &&
           a.quantity == b.quantity && a.pricePaidCents == b.pricePaidCents &&
           a.status == b.status && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt &&
           a.promoCode == b.promoCode && a.autoRenewal == b.autoRenewal && a.tag == b.tag &&
           a.timeStyle == b.timeStyle;
}

} // namespace

class TestMockDemoData final : public QObject
{
    Q_OBJECT

private:
    const MockCatalog m_catalog = MockCatalog::demo();

private Q_SLOTS:
    void deterministic()
    {
        const QList<MockOrder> a = DemoDataGenerator(7).generate(m_catalog, 500, kNow);
        const QList<MockOrder> b = DemoDataGenerator(7).generate(m_catalog, 500, kNow);
        const QList<MockOrder> c = DemoDataGenerator(8).generate(m_catalog, 500, kNow);
        QCOMPARE(a.size(), 500);
        int differences = 0;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QVERIFY(sameOrder(a.at(i), b.at(i)));
            if (!sameOrder(a.at(i), c.at(i)))
                ++differences;
        }
        QVERIFY(differences > 400); // another seed, other data

        // And through the API: two backends with the same seed serve identical bytes.
        MockBackend x;
        MockBackend y;
        x.setNow(kNow);
        y.setNow(kNow);
        x.resetDemoData(300, 11);
        y.resetDemoData(300, 11);
        for (const QString &uri : {u"/user/api/orders?status=all&limit=100&offset=100"_s,
                                   u"/user/api/orders/100150"_s, u"/user/api/me"_s}) {
            QCOMPARE(x.handle(MockRequest::get(uri, "demo")).body,
                     y.handle(MockRequest::get(uri, "demo")).body);
        }
    }

    void idsAndDefaults()
    {
        MockBackend backend;
        QCOMPARE(backend.state().orders().size(), MockBackend::kDefaultOrderCount);
        QCOMPARE(backend.state().orders().first().orderId, MockState::kFirstOrderId);
        QCOMPARE(backend.state().orders().last().orderId,
                 MockState::kFirstOrderId + MockBackend::kDefaultOrderCount - 1);
        QCOMPARE(backend.state().balanceCents(), 250000);
        QCOMPARE(backend.token(), u"demo"_s);
    }

    void consistentWithTheLifeCycle()
    {
        const QList<MockOrder> orders = DemoDataGenerator(1).generate(m_catalog, 3000, kNow);
        QHash<QString, int> perProduct;
        QHash<int, int> perStatus;
        QSet<QString> locations;
        for (const MockOrder &o : orders) {
            const MockProduct *product = m_catalog.productById(o.productId);
            QVERIFY(product);
            QCOMPARE(o.productName, product->name);
            ++perProduct[product->code];
            ++perStatus[int(o.status)];
            QVERIFY2(product->offersCycle(o.location, o.cycleName), qPrintable(o.cycleName));
            QCOMPARE(o.cycleId, MockCatalog::cycleId(o.cycleName));
            QVERIFY(o.quantity >= 1);
            QVERIFY(o.pricePaidCents > 0);
            QVERIFY(o.createdAt < kNow);
            QCOMPARE(o.autoRenewal.has_value(), product->hasAutoRenewal);
            if (product->hasLocations()) {
                QVERIFY(product->locations.contains(o.location));
                locations.insert(o.location);
            } else {
                QVERIFY(o.location.isEmpty());
            }
            if (product->shape == MockProduct::Shape::Unmetered)
                QCOMPARE(o.quantity, 1);
            if (o.cycleName == u"lifetime") {
                QVERIFY(!o.expiresAt);
                QCOMPARE(o.status, MockOrder::Status::Active);
                continue;
            }
            QVERIFY(o.expiresAt);
            const qint64 e = *o.expiresAt;
            QVERIFY(o.createdAt < e);
            QVERIFY(e > kNow - 61 * kDay && e < kNow + 61 * kDay);
            switch (o.status) {
            case MockOrder::Status::Active:
                QVERIFY(e > kNow);
                break;
            case MockOrder::Status::OnHold:
                QVERIFY(e <= kNow && e > kNow - 3 * kDay);
                break;
            case MockOrder::Status::Cancelled:
                QVERIFY(e <= kNow - 3 * kDay);
                break;
            }
            if (o.promoCode == u"MONTHLY20")
                QCOMPARE(o.cycleName, u"monthly"_s);
        }
        QCOMPARE(perProduct.size(), 6);
        QCOMPARE(perStatus.size(), 3);
        QVERIFY(perStatus.value(int(MockOrder::Status::OnHold)) > 100);
        QCOMPARE(locations.size(), 6);
    }

    void quirksArePresent()
    {
        const QList<MockOrder> orders = DemoDataGenerator(1).generate(m_catalog, 2000, kNow);
        int noOffset = 0, zulu = 0, plusZero = 0, nullTag = 0, noneTag = 0, promo = 0;
        QSet<QString> tags;
        for (const MockOrder &o : orders) {
            switch (o.timeStyle) {
            case MockOrder::TimeStyle::NoOffset:
                ++noOffset;
                break;
            case MockOrder::TimeStyle::Zulu:
                ++zulu;
                break;
            case MockOrder::TimeStyle::PlusZero:
                ++plusZero;
                break;
            }
            if (!o.tag)
                ++nullTag;
            else if (*o.tag == u"none")
                ++noneTag;
            else
                tags.insert(*o.tag);
            if (!o.promoCode.isEmpty())
                ++promo;
        }
        // About 5 % without an offset; the rest split between "Z" and "+00:00".
        QVERIFY2(noOffset > 50 && noOffset < 160, qPrintable(QString::number(noOffset)));
        QVERIFY(zulu > 700 && plusZero > 700);
        QVERIFY(nullTag > noneTag && noneTag > 100);
        QVERIFY(tags.contains(u"тест"_s));
        QVERIFY(tags.contains(u"scraping"_s));
        QVERIFY(tags.size() >= 5);
        QVERIFY(promo > 200);
    }

    void timestampFormats()
    {
        QCOMPARE(MockOrder::formatTime(kNow, MockOrder::TimeStyle::Zulu),
                 u"2027-01-15T08:00:00Z"_s);
        QCOMPARE(MockOrder::formatTime(kNow, MockOrder::TimeStyle::PlusZero),
                 u"2027-01-15T08:00:00+00:00"_s);
        QCOMPARE(MockOrder::formatTime(kNow, MockOrder::TimeStyle::NoOffset),
                 u"2027-01-15T08:00:00"_s);
        // Agrees with QDateTime over leap years and month ends.
        for (qint64 t = 946684799; t < 4102444800; t += 7777777) {
            const QString expected =
                QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
            QCOMPARE(MockOrder::formatTime(t, MockOrder::TimeStyle::Zulu), expected);
        }

        // Served as generated: a row of each style appears in the list.
        MockBackend backend;
        backend.setNow(kNow);
        backend.resetDemoData(400, 1);
        const QJsonArray rows =
            QJsonDocument::fromJson(
                backend
                    .handle(MockRequest::get(u"/user/api/orders?status=active&limit=100"_s, "demo"))
                    .body)
                .object()
                .value(u"orders"_s)
                .toArray();
        int plain = 0, z = 0, plus = 0;
        for (const QJsonValue &v : rows) {
            const QString e = v.toObject().value(u"expires_at"_s).toString();
            if (e.isEmpty())
                continue; // lifetime
            if (e.endsWith(u'Z'))
                ++z;
            else if (e.endsWith(u"+00:00"))
                ++plus;
            else
                ++plain;
            QVERIFY(QDateTime::fromString(e, Qt::ISODate).isValid());
        }
        QVERIFY(z > 0 && plus > 0 && plain > 0);
    }

    // How fast: tests/bench/bench_mockbackend (mock_generate_100k, mock_reset_100k_and_me).
    void hundredThousandOrders()
    {
        const QList<MockOrder> orders = DemoDataGenerator(5).generate(m_catalog, 100000, kNow);
        QCOMPARE(orders.size(), 100000);
        QCOMPARE(orders.last().orderId, MockState::kFirstOrderId + 99999);

        MockBackend backend;
        backend.resetDemoData(100000, 5);
        const QJsonObject me = QJsonDocument::fromJson(
                                   backend.handle(MockRequest::get(u"/user/api/me"_s, "demo")).body)
                                   .object();
        QVERIFY(me.value(u"active_orders"_s).toInt() > 50000);
    }

    void zeroOrders()
    {
        MockBackend backend;
        backend.resetDemoData(0, 1);
        const QJsonObject page =
            QJsonDocument::fromJson(
                backend.handle(MockRequest::get(u"/user/api/orders?status=all"_s, "demo")).body)
                .object();
        QCOMPARE(page.value(u"orders"_s).toArray().size(), 0);
        QVERIFY(page.value(u"next"_s).isNull());
        // New orders start at the first id.
        const QByteArray body = R"({"product":"Standart Residential Proxy","quantity":1})";
        const QJsonObject bought =
            QJsonDocument::fromJson(
                backend.handle(MockRequest::post(u"/user/api/orders/purchase"_s, body, "demo"))
                    .body)
                .object();
        QCOMPARE(bought.value(u"order_id"_s).toInteger(), MockState::kFirstOrderId);
    }
};

QTEST_GUILESS_MAIN(TestMockDemoData)
#include "tst_mockdemodata.moc"
