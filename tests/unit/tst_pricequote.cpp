#include "domain/pricequote.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TstPriceQuote : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void notAnObject();
    void toJsonRoundTrip();
};

void TstPriceQuote::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("original");
    QTest::addColumn<qint64>("final");
    QTest::addColumn<double>("discount");
    QTest::addColumn<qint64>("addons");
    QTest::addColumn<qint64>("total");

    QTest::newRow("all fields")
        << R"({"original_price": 2000, "final_price": 1800, "discount_percent": 10, "addons_price": 300, "total_with_addons": 2100})"_ba
        << qint64(2000) << qint64(1800) << 10.0 << qint64(300) << qint64(2100);
    QTest::newRow("only prices: defaults")
        << R"({"original_price": 2000, "final_price": 2000})"_ba << qint64(2000) << qint64(2000)
        << 0.0 << qint64(0) << qint64(2000);
    QTest::newRow("total defaults to final + addons")
        << R"({"original_price": 2000, "final_price": 1500, "discount_percent": 25, "addons_price": 250})"_ba
        << qint64(2000) << qint64(1500) << 25.0 << qint64(250) << qint64(1750);
    QTest::newRow("optional fields null")
        << R"({"original_price": 999, "final_price": 899, "discount_percent": null, "addons_price": null, "total_with_addons": null})"_ba
        << qint64(999) << qint64(899) << 0.0 << qint64(0) << qint64(899);
    QTest::newRow("server total kept as sent")
        << R"({"original_price": 1000, "final_price": 900, "addons_price": 100, "total_with_addons": 1234})"_ba
        << qint64(1000) << qint64(900) << 0.0 << qint64(100) << qint64(1234);
    QTest::newRow("free (100 %)")
        << R"({"original_price": 1000, "final_price": 0, "discount_percent": 100})"_ba
        << qint64(1000) << qint64(0) << 100.0 << qint64(0) << qint64(0);
    QTest::newRow("0 %")
        << R"({"original_price": 1000, "final_price": 1000, "discount_percent": 0, "addons_price": 0, "total_with_addons": 1000})"_ba
        << qint64(1000) << qint64(1000) << 0.0 << qint64(0) << qint64(1000);

    // The tolerant reading (issue 12).
    QTest::newRow("discount 12.5")
        << R"({"original_price": 2000, "final_price": 1750, "discount_percent": 12.5})"_ba
        << qint64(2000) << qint64(1750) << 12.5 << qint64(0) << qint64(1750);
    QTest::newRow("discount \"12.5\" as string")
        << R"({"original_price": 2000, "final_price": 1750, "discount_percent": "12.5"})"_ba
        << qint64(2000) << qint64(1750) << 12.5 << qint64(0) << qint64(1750);
    QTest::newRow("discount 9.5")
        << R"({"original_price": 100, "final_price": 90, "discount_percent": 9.5})"_ba
        << qint64(100) << qint64(90) << 9.5 << qint64(0) << qint64(90);
    QTest::newRow("discount > 100: unknown")
        << R"({"original_price": 100, "final_price": 0, "discount_percent": 101})"_ba
        << qint64(100) << qint64(0) << 0.0 << qint64(0) << qint64(0);
    QTest::newRow("discount negative: unknown")
        << R"({"original_price": 100, "final_price": 110, "discount_percent": -10})"_ba
        << qint64(100) << qint64(110) << 0.0 << qint64(0) << qint64(110);
    QTest::newRow("discount text: unknown")
        << R"({"original_price": 100, "final_price": 90, "discount_percent": "10 %"})"_ba
        << qint64(100) << qint64(90) << 0.0 << qint64(0) << qint64(90);
    QTest::newRow("original_price missing: equals final")
        << R"({"final_price": 1000})"_ba << qint64(1000) << qint64(1000) << 0.0 << qint64(0)
        << qint64(1000);
    QTest::newRow("original_price null: equals final")
        << R"({"final_price": 1000, "original_price": null})"_ba << qint64(1000) << qint64(1000)
        << 0.0 << qint64(0) << qint64(1000);
    QTest::newRow("price in dollars rounded")
        << R"({"original_price": 19.99, "final_price": 19.99})"_ba << qint64(20) << qint64(20)
        << 0.0 << qint64(0) << qint64(20);
    QTest::newRow("final_price as string")
        << R"({"original_price": 1999, "final_price": "1999"})"_ba << qint64(1999) << qint64(1999)
        << 0.0 << qint64(0) << qint64(1999);
    QTest::newRow("addons as string")
        << R"({"original_price": 100, "final_price": 90, "addons_price": "5"})"_ba << qint64(100)
        << qint64(90) << 0.0 << qint64(5) << qint64(95);
    QTest::newRow("total as string")
        << R"({"final_price": 90, "addons_price": 5, "total_with_addons": "95"})"_ba << qint64(90)
        << qint64(90) << 0.0 << qint64(5) << qint64(95);
    QTest::newRow("addons bool: none")
        << R"({"final_price": 90, "addons_price": true})"_ba << qint64(90) << qint64(90) << 0.0
        << qint64(0) << qint64(90);
    QTest::newRow("largest plausible price (1e13 cents)")
        << R"({"final_price": 10000000000000})"_ba << qint64(10000000000000)
        << qint64(10000000000000) << 0.0 << qint64(0) << qint64(10000000000000);
}

void TstPriceQuote::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, original);
    QFETCH(qint64, final);
    QFETCH(double, discount);
    QFETCH(qint64, addons);
    QFETCH(qint64, total);

    const auto result = PriceQuote::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    const PriceQuote &q = result.value();
    QCOMPARE(q.originalCents, original);
    QCOMPARE(q.finalCents, final);
    QCOMPARE(q.discountPercent, discount);
    QCOMPARE(q.addonsCents, addons);
    QCOMPARE(q.totalCents, total);
}

void TstPriceQuote::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");

    const QString negative = u"a price is negative"_s;
    const QString large = u"a price is implausibly large"_s;
    QTest::newRow("final missing")
        << R"({"original_price": 1000})"_ba << u"field 'final_price' is missing"_s;
    QTest::newRow("final null") << R"({"original_price": 1000, "final_price": null})"_ba
                                << u"field 'final_price' is null"_s;
    QTest::newRow("final text") << R"({"original_price": 1000, "final_price": "free"})"_ba
                                << u"field 'final_price' is not a number"_s;
    QTest::newRow("final bool") << R"({"final_price": true})"_ba
                                << u"field 'final_price' is not a number"_s;
    QTest::newRow("empty object") << "{}"_ba << u"field 'final_price' is missing"_s;
    QTest::newRow("original negative")
        << R"({"original_price": -1, "final_price": 0})"_ba << negative;
    QTest::newRow("final negative")
        << R"({"original_price": 100, "final_price": -100})"_ba << negative;
    QTest::newRow("final negative, original missing") << R"({"final_price": -100})"_ba << negative;
    QTest::newRow("final \"-100\"") << R"({"final_price": "-100"})"_ba << negative;
    QTest::newRow("addons negative")
        << R"({"original_price": 100, "final_price": 100, "addons_price": -5})"_ba << negative;
    QTest::newRow("total negative")
        << R"({"original_price": 100, "final_price": 100, "total_with_addons": -5})"_ba << negative;
    QTest::newRow("final implausibly large")
        << R"({"final_price": 10000000000001})"_ba << large;
    QTest::newRow("original implausibly large")
        << R"({"original_price": 9000000000000000000, "final_price": 100})"_ba << large;
    QTest::newRow("addons implausibly large")
        << R"({"final_price": 100, "addons_price": 1e15})"_ba << large;
    QTest::newRow("total implausibly large")
        << R"({"final_price": 100, "total_with_addons": "100000000000000"})"_ba << large;
}

void TstPriceQuote::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(PriceQuote::fromJson(TestSupport::doc(json)), detail);
}

void TstPriceQuote::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(PriceQuote::fromJson(QJsonDocument(QJsonArray{1000, 900})),
                             u"the price is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(PriceQuote::fromJson(QJsonDocument()),
                             u"the price is not a JSON object"_s);
}

void TstPriceQuote::toJsonRoundTrip()
{
    const auto result =
        PriceQuote::fromJson(TestSupport::doc(R"({"original_price": 2000, "final_price": 1500})"));
    SD_VERIFY_OK(result);
    const QJsonObject json = result.value().toJson();
    QCOMPARE(
        json,
        TestSupport::obj(
            R"({"original_price": 2000, "final_price": 1500, "discount_percent": 0, "addons_price": 0, "total_with_addons": 1500})"));
    const auto again = PriceQuote::fromJson(QJsonDocument(json));
    SD_VERIFY_OK(again);
    QCOMPARE(again.value().toJson(), json);

    // A fractional discount survives the round trip.
    const auto fractional = PriceQuote::fromJson(
        TestSupport::doc(R"({"original_price": 2000, "final_price": 1750, "discount_percent": 12.5})"));
    SD_VERIFY_OK(fractional);
    QCOMPARE(fractional.value().toJson().value(u"discount_percent"_s).toDouble(), 12.5);
    const auto back = PriceQuote::fromJson(QJsonDocument(fractional.value().toJson()));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value().discountPercent, 12.5);
}

QTEST_GUILESS_MAIN(TstPriceQuote)

#include "tst_pricequote.moc"
