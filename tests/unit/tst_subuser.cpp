// Issue 15: residential sub-users, traffic amounts and add-bandwidth requests, read as a
// tolerant reader (docs/api-tolerance.md).
#include "domain/bandwidthrequest.h"
#include "domain/productkind.h"
#include "domain/purchaserequest.h"
#include "domain/subuser.h"
#include "domain/trafficamount.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstSubUser : public QObject
{
    Q_OBJECT

private slots:
    void trafficFromApi_data();
    void trafficFromApi();
    void trafficToApi();
    void contractRow();
    void toleratedRow();
    void pageSkipsUnreadableRows();
    void pageShapes_data();
    void pageShapes();
    void singleAsArrayOrObject_data();
    void singleAsArrayOrObject();
    void changeAnswers();
    void safeIds_data();
    void safeIds();
    void roundTrip();
    void bandwidthRequest();
    void bandwidthProducts();
};

void TstSubUser::trafficFromApi_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("bytes"); // -1: unreadable
    QTest::newRow("whole GB") << QByteArray("10") << qint64(10'000'000'000);
    QTest::newRow("fraction") << QByteArray("3.47") << qint64(3'470'000'000);
    QTest::newRow("numeric string") << QByteArray("\"2.5\"") << qint64(2'500'000'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("absurd") << QByteArray("1e300") << qint64(-1);
    QTest::newRow("words") << QByteArray("\"ten\"") << qint64(-1);
    QTest::newRow("null") << QByteArray("null") << qint64(-1);
    QTest::newRow("object") << QByteArray("{}") << qint64(-1);
}

void TstSubUser::trafficFromApi()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, bytes);
    const QJsonValue value = TestSupport::doc("[" + json + "]").array().at(0);
    const auto amount = TrafficAmount::fromApi(value);
    if (bytes < 0) {
        QVERIFY(!amount);
        return;
    }
    QVERIFY(amount);
    QCOMPARE(amount->bytes(), bytes);
}

void TstSubUser::trafficToApi()
{
    QCOMPARE(TrafficAmount::fromApiUnits(7).toApi(), QJsonValue(qint64(7)));
    QCOMPARE(TrafficAmount::fromBytes(3'470'000'000).toApi().toDouble(), 3.47);
    QCOMPARE(TrafficAmount::fromBytes(3'470'000'000).wholeApiUnitsUp(), 4);
    QCOMPARE(TrafficAmount::fromApiUnits(4).wholeApiUnitsUp(), 4);
    QCOMPARE(TrafficAmount::fromApiUnits(-5).bytes(), 0);
}

void TstSubUser::contractRow()
{
    const auto r = SubUsersPage::fromJson(
        TestSupport::doc(R"({"success": true, "data": [{"user_id": "1001", "first_name": "scraper-eu",
            "proxy_password": "pw-1", "data": 20, "data_spent": 5}]})"),
        ProxyType::Premium);
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().rowsSent, 1);
    const SubUser u = r.value().users.at(0);
    QCOMPARE(u.type, ProxyType::Premium);
    QCOMPARE(u.userId, u"1001"_s);
    QCOMPARE(u.name, u"scraper-eu"_s);
    QCOMPARE(u.password, u"pw-1"_s);
    QCOMPARE(u.allotted, TrafficAmount::fromApiUnits(20));
    QCOMPARE(*u.spent, TrafficAmount::fromApiUnits(5));
    QCOMPARE(u.remaining(), TrafficAmount::fromApiUnits(15));
    QCOMPARE(*u.spentFraction(), 0.25);
}

void TstSubUser::toleratedRow()
{
    // A numeric id, a null name, a fractional spend as a string, more spent than allotted.
    const auto r = SubUsersPage::fromJson(
        TestSupport::doc(R"({"data": [{"user_id": 1002, "first_name": null, "data": 2, "data_spent": "2.5"},
            {"user_id": "1003", "data": "lots", "data_spent": {}}]})"),
        ProxyType::Standart);
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().users.size(), 2);
    const SubUser a = r.value().users.at(0);
    QCOMPARE(a.userId, u"1002"_s);
    QVERIFY(a.name.isEmpty());
    QCOMPARE(a.remaining(), TrafficAmount());
    QCOMPARE(*a.spentFraction(), 1.0);
    const SubUser b = r.value().users.at(1);
    QCOMPARE(b.allotted, TrafficAmount());
    QVERIFY(!b.spent);
    QVERIFY(!b.spentFraction());
}

void TstSubUser::pageSkipsUnreadableRows()
{
    const auto r = SubUsersPage::fromJson(
        TestSupport::doc(R"({"data": [{"user_id": null}, 7, {"first_name": "x"}, {"user_id": true},
            {"user_id": "9"}]})"),
        ProxyType::Standart);
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().rowsSent, 5);
    QCOMPARE(r.value().users.size(), 1);
    QCOMPARE(r.value().skipped.count(), 4);
    QVERIFY(r.value().skipped.reasons().at(0).contains(u"data[0].user_id"_s));
}

void TstSubUser::pageShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("users"); // -1: refused as a protocol error
    QTest::newRow("bare array") << QByteArray(R"([{"user_id": "1"}])") << 1;
    QTest::newRow("results") << QByteArray(R"({"results": [{"user_id": "1"}]})") << 1;
    QTest::newRow("data null") << QByteArray(R"({"success": true, "data": null})") << 0;
    QTest::newRow("empty") << QByteArray(R"({"data": []})") << 0;
    QTest::newRow("no data") << QByteArray(R"({"success": true})") << -1;
    QTest::newRow("data object") << QByteArray(R"({"data": {"user_id": "1"}})") << -1;
    QTest::newRow("string") << QByteArray(R"("nope")") << -1;
}

void TstSubUser::pageShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, users);
    const auto r = SubUsersPage::fromJson(QJsonDocument::fromJson(json), ProxyType::Standart);
    if (users < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Protocol);
        return;
    }
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().users.size(), users);
}

void TstSubUser::singleAsArrayOrObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id"); // empty: refused
    QTest::newRow("contract: array of one")
        << QByteArray(R"({"success": true, "data": [{"user_id": "5", "data": 1}]})") << u"5"_s;
    QTest::newRow("object") << QByteArray(R"({"data": {"user_id": "6"}})") << u"6"_s;
    QTest::newRow("bare user") << QByteArray(R"({"user_id": 7})") << u"7"_s;
    QTest::newRow("empty array") << QByteArray(R"({"data": []})") << QString();
    QTest::newRow("no id") << QByteArray(R"({"data": [{"first_name": "x"}]})") << QString();
}

void TstSubUser::singleAsArrayOrObject()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    const auto r = SubUser::fromJson(QJsonDocument::fromJson(json), ProxyType::Premium);
    if (id.isEmpty()) {
        QVERIFY(!r.ok());
        return;
    }
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().userId, id);
    QCOMPARE(r.value().type, ProxyType::Premium);
}

void TstSubUser::changeAnswers()
{
    // create: data is [SubUser]
    auto r = SubUserChange::fromJson(
        TestSupport::doc(R"({"success": true, "data": [{"user_id": "8", "first_name": "qa",
            "proxy_password": "secret", "data": 5, "data_spent": 0}]})"),
        ProxyType::Standart);
    SD_VERIFY_OK(r);
    QVERIFY(r.value().user);
    QCOMPARE(r.value().user->name, u"qa"_s);
    QCOMPARE(r.value().password, u"secret"_s);
    QCOMPARE(*r.value().allotted, TrafficAmount::fromApiUnits(5));

    // traffic: partial figures
    r = SubUserChange::fromJson(TestSupport::doc(R"({"data": {"data": 12, "data_spent": 1.5}})"),
                                ProxyType::Standart);
    SD_VERIFY_OK(r);
    QVERIFY(!r.value().user);
    QCOMPARE(*r.value().allotted, TrafficAmount::fromApiUnits(12));
    QCOMPARE(*r.value().spent, TrafficAmount::fromBytes(1'500'000'000));

    // password under another key, words kept
    r = SubUserChange::fromJson(
        TestSupport::doc(R"({"message": "Password changed", "data": {"password": "n3w"}})"),
        ProxyType::Standart);
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().password, u"n3w"_s);
    QCOMPARE(r.value().message, u"Password changed"_s);

    // nothing at all (a 204 became {"message": ""}): still a success with nothing known
    r = SubUserChange::fromJson(QJsonDocument(), ProxyType::Standart);
    SD_VERIFY_OK(r);
    QVERIFY(!r.value().user && !r.value().allotted && r.value().password.isEmpty());
}

void TstSubUser::safeIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("safe");
    QTest::newRow("digits") << u"1001"_s << true;
    QTest::newRow("slug") << u"acme_01-x.y"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << u"1/../2"_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("query") << u"1?proxy_type=premium"_s << false;
    QTest::newRow("space") << u"1 2"_s << false;
    QTest::newRow("too long") << QString(65, u'1') << false;
}

void TstSubUser::safeIds()
{
    QFETCH(QString, id);
    QFETCH(bool, safe);
    QCOMPARE(SubUser::isSafeId(id), safe);
}

void TstSubUser::roundTrip()
{
    SubUser u;
    u.type = ProxyType::Premium;
    u.userId = u"42"_s;
    u.name = u"тест-юзер"_s;
    u.password = u"pw"_s;
    u.allotted = TrafficAmount::fromApiUnits(10);
    u.spent = TrafficAmount::fromBytes(3'470'000'000);
    const auto back = SubUser::fromJson(QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{u.toJson()}}}),
                                        ProxyType::Premium);
    SD_VERIFY_OK(back);
    QCOMPARE(back.value().name, u.name);
    QCOMPARE(back.value().allotted, u.allotted);
    QCOMPARE(*back.value().spent, *u.spent);
    QCOMPARE(back.value().password, u.password);
}

void TstSubUser::bandwidthRequest()
{
    const BandwidthRequest ok(77, 25, u"  SAVE10 "_s);
    QVERIFY(ok.isValid());
    QCOMPARE(ok.toJson(), (QJsonObject{{u"amount"_s, 25}, {u"promo_code"_s, u"SAVE10"_s}}));
    QCOMPARE(BandwidthRequest(77, 5).toJson().value(u"promo_code"_s), QJsonValue(QJsonValue::Null));

    QVERIFY(!BandwidthRequest(0, 5).isValid());
    QVERIFY(!BandwidthRequest(77, 0).isValid());
    QVERIFY(!BandwidthRequest(77, BandwidthRequest::kMaxGb + 1).isValid());
    QVERIFY(BandwidthRequest(77, BandwidthRequest::kMaxGb).isValid());

    const PurchaseRequest quote = ok.toQuoteRequest(u"Premium Residential Proxy"_s);
    QVERIFY(quote.isValid());
    QCOMPARE(quote.quantity(), 25);
    QCOMPARE(quote.promoCode(), u"SAVE10"_s);
}

void TstSubUser::bandwidthProducts()
{
    QVERIFY(ProductKinds::mayAddBandwidth(u"Standard Residential Proxy"));
    QVERIFY(ProductKinds::mayAddBandwidth(u"Premium Residential Proxy"));
    QVERIFY(ProductKinds::mayAddBandwidth(u""));
    QVERIFY(!ProductKinds::mayAddBandwidth(u"Datacenter Proxy"));
    QVERIFY(!ProductKinds::mayAddBandwidth(u"Unmetered Residential Proxy"));
}

QTEST_GUILESS_MAIN(TstSubUser)
#include "tst_subuser.moc"
