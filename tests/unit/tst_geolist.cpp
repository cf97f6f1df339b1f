// Issue 15: the residential country/region/city lists and the proxy type, read as a tolerant
// reader (docs/api-tolerance.md).
#include "domain/geolist.h"
#include "domain/proxytype.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstGeoList : public QObject
{
    Q_OBJECT

private slots:
    void contractShapes();
    void tolerated();
    void unreadableRowsAreSkipped();
    void notAList_data();
    void notAList();
    void roundTrip();
    void proxyTypes();
};

void TstGeoList::contractShapes()
{
    // Countries, regions with their country, cities with a region or none.
    auto r = GeoList::fromJson(TestSupport::doc(
        R"({"count": 2, "results": [{"code": "DE", "name": "Germany"}, {"code": "US", "name": "United States"}]})"));
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().places.size(), 2);
    QCOMPARE(r.value().places.at(1).name, u"United States"_s);
    QVERIFY(!r.value().maybeIncomplete());

    r = GeoList::fromJson(TestSupport::doc(
        R"({"count": 1, "results": [{"code": "BY", "name": "Bavaria", "country": {"code": "DE", "name": "Germany"}}]})"));
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().places.at(0).countryCode, u"DE"_s);
    QCOMPARE(r.value().places.at(0).countryName, u"Germany"_s);

    r = GeoList::fromJson(TestSupport::doc(R"({"count": 2, "results": [
        {"code": "munich", "name": "Munich", "country": {"code": "DE", "name": "Germany"},
         "region": {"code": "BY", "name": "Bavaria"}},
        {"code": "monaco", "name": "Monaco", "country": {"code": "MC", "name": "Monaco"}, "region": null}]})"));
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().places.at(0).regionCode, u"BY"_s);
    QCOMPARE(r.value().places.at(0).regionName, u"Bavaria"_s);
    QVERIFY(r.value().places.at(1).regionCode.isEmpty());
}

void TstGeoList::tolerated()
{
    // `data` instead of `results`, no count, a numeric code, a missing name, a bare country code.
    auto r = GeoList::fromJson(TestSupport::doc(
        R"({"success": true, "data": [{"code": 44}, {"code": " be ", "name": null, "country": "DE"}]})"));
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().count, std::nullopt);
    QCOMPARE(r.value().places.at(0).code, u"44"_s);
    QCOMPARE(r.value().places.at(0).name, u"44"_s); // no name: the code stands for it
    QCOMPARE(r.value().places.at(1).code, u"be"_s);
    QCOMPARE(r.value().places.at(1).countryCode, u"DE"_s);
    // A bare array; a count larger than the rows says the list may be cut short.
    r = GeoList::fromJson(TestSupport::doc(R"([{"code": "DE", "name": "Germany"}])"));
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().places.size(), 1);
    r = GeoList::fromJson(TestSupport::doc(R"({"count": "40", "results": [{"code": "DE"}]})"));
    SD_VERIFY_OK(r);
    QVERIFY(r.value().maybeIncomplete());
}

void TstGeoList::unreadableRowsAreSkipped()
{
    const auto r = GeoList::fromJson(TestSupport::doc(
        R"({"count": 4, "results": ["DE", {"name": "Nowhere"}, {"code": ""}, {"code": "FR", "name": "France"}]})"));
    SD_VERIFY_OK(r);
    QCOMPARE(r.value().places.size(), 1);
    QCOMPARE(r.value().places.at(0).code, u"FR"_s);
    QCOMPARE(r.value().skipped.count(), 3);
    QVERIFY2(r.value().skipped.reasons().at(1).contains(u"results[1].code"_s),
             qPrintable(r.value().skipped.reasons().join(u" | "_s)));
    QVERIFY(!r.value().maybeIncomplete()); // the skipped rows were sent
}

void TstGeoList::notAList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object without results") << QByteArray(R"({"count": 2})");
    QTest::newRow("results not an array") << QByteArray(R"({"results": "DE"})");
    QTest::newRow("a number") << QByteArray("42");
    QTest::newRow("empty") << QByteArray();
}

void TstGeoList::notAList()
{
    QFETCH(QByteArray, json);
    const auto r = GeoList::fromJson(QJsonDocument::fromJson(json));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ApiError::Kind::Protocol);
}

void TstGeoList::roundTrip()
{
    const auto first = GeoList::fromJson(TestSupport::doc(R"({"count": 3, "results": [
        {"code": "munich", "name": "Munich", "country": {"code": "DE", "name": "Germany"},
         "region": {"code": "BY", "name": "Bavaria"}}]})"));
    SD_VERIFY_OK(first);
    const auto again = GeoList::fromJson(QJsonDocument(first.value().toJson()));
    SD_VERIFY_OK(again);
    QCOMPARE(again.value().toJson(), first.value().toJson());
    QCOMPARE(again.value().count, std::optional<qint64>(3));
}

void TstGeoList::proxyTypes()
{
    QCOMPARE(ProxyTypes::apiName(ProxyType::Standart), u"standart"_s); // the provider's spelling
    QCOMPARE(ProxyTypes::apiName(ProxyType::Premium), u"premium"_s);
    QCOMPARE(ProxyTypes::fromApiName(u"standart"), std::optional(ProxyType::Standart));
    QCOMPARE(ProxyTypes::fromApiName(u" Standard "), std::optional(ProxyType::Standart));
    QCOMPARE(ProxyTypes::fromApiName(u"PREMIUM"), std::optional(ProxyType::Premium));
    QCOMPARE(ProxyTypes::fromApiName(u"unmetered"), std::nullopt);
}

QTEST_GUILESS_MAIN(TstGeoList)

#include "tst_geolist.moc"
