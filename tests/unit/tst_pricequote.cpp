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
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("addons");
    QTest::addColumn<qint64>("total");

    QTest::newRow("all fields")
        << R"({"original_price": 2000, "final_price": 1800, "discount_percent": 10, "addons_price": 300, "total_with_addons": 2100})"_ba
        << qint64(2000) << qint64(1800) << qint64(10) << qint64(300) << qint64(2100);
    QTest::newRow("only required: defaults")
        << R"({"original_price": 2000, "final_price": 2000})"_ba << qint64(2000) << qint64(2000)
        << qint64(0) << qint64(0) << qint64(2000);
    QTest::newRow("total defaults to final + addons")
        << R"({"original_price": 2000, "final_price": 1500, "discount_percent": 25, "addons_price": 250})"_ba
        << qint64(2000) << qint64(1500) << qint64(25) << qint64(250) << qint64(1750);
    QTest::newRow("optional fields null")
        << R"({"original_price": 999, "final_price": 899, "discount_percent": null, "addons_price": null, "total_with_addons": null})"_ba
        << qint64(999) << qint64(899) << qint64(0) << qint64(0) << qint64(899);
    QTest::newRow("server total kept as sent")
        << R"({"original_price": 1000, "final_price": 900, "addons_price": 100, "total_with_addons": 1234})"_ba
        << qint64(1000) << qint64(900) << qint64(0) << qint64(100) << qint64(1234);
    QTest::newRow("free (100 %)")
        << R"({"original_price": 1000, "final_price": 0, "discount_percent": 100})"_ba
        << qint64(1000) << qint64(0) << qint64(100) << qint64(0) << qint64(0);
    QTest::newRow("0 %")
        << R"({"original_price": 1000, "final_price": 1000, "discount_percent": 0, "addons_price": 0, "total_with_addons": 1000})"_ba
        << qint64(1000) << qint64(1000) << qint64(0) << qint64(0) << qint64(1000);
}

void TstPriceQuote::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, original);
    QFETCH(qint64, final);
    QFETCH(qint64, discount);
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
    const QString percent = u"field 'discount_percent' is not between 0 and 100"_s;
    QTest::newRow("original missing")
        << R"({"final_price": 1000})"_ba << u"field 'original_price' is missing"_s;
    QTest::newRow("final missing")
        << R"({"original_price": 1000})"_ba << u"field 'final_price' is missing"_s;
    QTest::newRow("final null") << R"({"original_price": 1000, "final_price": null})"_ba
                                << u"field 'final_price' is null"_s;
    QTest::newRow("original negative")
        << R"({"original_price": -1, "final_price": 0})"_ba << negative;
    QTest::newRow("final negative")
        << R"({"original_price": 100, "final_price": -100})"_ba << negative;
    QTest::newRow("addons negative")
        << R"({"original_price": 100, "final_price": 100, "addons_price": -5})"_ba << negative;
    QTest::newRow("total negative")
        << R"({"original_price": 100, "final_price": 100, "total_with_addons": -5})"_ba << negative;
    QTest::newRow("discount > 100")
        << R"({"original_price": 100, "final_price": 0, "discount_percent": 101})"_ba << percent;
    QTest::newRow("discount negative")
        << R"({"original_price": 100, "final_price": 110, "discount_percent": -10})"_ba << percent;
    QTest::newRow("price in dollars") << R"({"original_price": 19.99, "final_price": 19.99})"_ba
                                      << u"field 'original_price' is not an integer"_s;
    QTest::newRow("price as string") << R"({"original_price": 1999, "final_price": "1999"})"_ba
                                     << u"field 'final_price' is not an integer"_s;
    QTest::newRow("discount fraction")
        << R"({"original_price": 100, "final_price": 90, "discount_percent": 9.5})"_ba
        << u"field 'discount_percent' is not an integer"_s;
    QTest::newRow("addons string")
        << R"({"original_price": 100, "final_price": 90, "addons_price": "0"})"_ba
        << u"field 'addons_price' is not an integer"_s;
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
}

QTEST_GUILESS_MAIN(TstPriceQuote)

#include "tst_pricequote.moc"
