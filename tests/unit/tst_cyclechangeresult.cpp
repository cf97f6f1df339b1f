#include "domain/cyclechangeresult.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class TstCycleChangeResult : public QObject
{
    Q_OBJECT

private slots:
    void contract110();
    void contract100();
    void nullFields();
    void tolerated_data();
    void tolerated();
    void anyAnswerIsAChangeMade_data();
    void anyAnswerIsAChangeMade();
    void fractionalDiscountRoundTrip();
    void toJson();
};

void TstCycleChangeResult::contract110()
{
    const auto result = CycleChangeResult::fromJson(TestSupport::doc(R"({
        "success": true, "message": "Billing cycle changed", "order_id": 101,
        "original_price": 5000, "final_price": 4500, "discount_percent": 10})"));
    SD_VERIFY_OK(result);
    const CycleChangeResult &c = result.value();
    QCOMPARE(c.message, u"Billing cycle changed"_s);
    QCOMPARE(c.orderId, std::optional<qint64>(101));
    QCOMPARE(c.originalCents, std::optional<qint64>(5000));
    QCOMPARE(c.finalCents, std::optional<qint64>(4500));
    QCOMPARE(c.discountPercent, std::optional<double>(10));
}

void TstCycleChangeResult::contract100()
{
    // Older servers answer only {success, message}.
    const auto result =
        CycleChangeResult::fromJson(TestSupport::doc(R"({"success": true, "message": "ok"})"));
    SD_VERIFY_OK(result);
    const CycleChangeResult &c = result.value();
    QCOMPARE(c.message, u"ok"_s);
    QCOMPARE(c.orderId, std::nullopt);
    QCOMPARE(c.originalCents, std::nullopt);
    QCOMPARE(c.finalCents, std::nullopt);
    QCOMPARE(c.discountPercent, std::nullopt);

    const auto bare = CycleChangeResult::fromJson(TestSupport::doc(R"({"success": true})"));
    SD_VERIFY_OK(bare);
    QCOMPARE(bare.value().message, QString());
}

void TstCycleChangeResult::nullFields()
{
    const auto result = CycleChangeResult::fromJson(TestSupport::doc(R"({
        "success": true, "message": null, "order_id": null, "original_price": null,
        "final_price": null, "discount_percent": null})"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().message, QString());
    QCOMPARE(result.value().orderId, std::nullopt);
    QCOMPARE(result.value().finalCents, std::nullopt);
}

void TstCycleChangeResult::tolerated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<std::optional<qint64>>("orderId");
    QTest::addColumn<std::optional<qint64>>("originalCents");
    QTest::addColumn<std::optional<qint64>>("finalCents");
    QTest::addColumn<std::optional<double>>("discount");

    using I = std::optional<qint64>;
    using D = std::optional<double>;
    QTest::newRow("order_id as string") << R"({"order_id": "101"})"_ba << QString() << I(101)
                                        << I() << I() << D();
    QTest::newRow("original_price fraction rounded")
        << R"({"original_price": 50.5})"_ba << QString() << I() << I(51) << I() << D();
    QTest::newRow("final_price bool: unknown")
        << R"({"final_price": true})"_ba << QString() << I() << I() << I() << D();
    QTest::newRow("final_price as string")
        << R"({"final_price": "4500"})"_ba << QString() << I() << I() << I(4500) << D();
    QTest::newRow("discount as string")
        << R"({"discount_percent": "10"})"_ba << QString() << I() << I() << I() << D(10);
    QTest::newRow("discount 12.5") << R"({"discount_percent": 12.5})"_ba << QString() << I()
                                   << I() << I() << D(12.5);
    QTest::newRow("discount \"12.5\"") << R"({"discount_percent": "12.5"})"_ba << QString()
                                       << I() << I() << I() << D(12.5);
    QTest::newRow("discount 100") << R"({"discount_percent": 100})"_ba << QString() << I() << I()
                                  << I() << D(100);
    QTest::newRow("discount 0") << R"({"discount_percent": 0})"_ba << QString() << I() << I()
                                << I() << D(0);
    QTest::newRow("discount 101: unknown")
        << R"({"discount_percent": 101})"_ba << QString() << I() << I() << I() << D();
    QTest::newRow("discount negative: unknown")
        << R"({"discount_percent": -10})"_ba << QString() << I() << I() << I() << D();
    QTest::newRow("discount text: unknown")
        << R"({"discount_percent": "ten"})"_ba << QString() << I() << I() << I() << D();
    QTest::newRow("message a number: no words")
        << R"({"message": 1})"_ba << QString() << I() << I() << I() << D();
    QTest::newRow("detail instead of message")
        << R"({"detail": "Cycle changed", "order_id": 7})"_ba << u"Cycle changed"_s << I(7)
        << I() << I() << D();
    QTest::newRow("success missing") << R"({"message": "ok", "final_price": 4500})"_ba << u"ok"_s
                                     << I() << I() << I(4500) << D();
}

void TstCycleChangeResult::tolerated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(std::optional<qint64>, orderId);
    QFETCH(std::optional<qint64>, originalCents);
    QFETCH(std::optional<qint64>, finalCents);
    QFETCH(std::optional<double>, discount);

    const auto result = CycleChangeResult::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    const CycleChangeResult &c = result.value();
    QCOMPARE(c.message, message);
    QCOMPARE(c.orderId, orderId);
    QCOMPARE(c.originalCents, originalCents);
    QCOMPARE(c.finalCents, finalCents);
    QCOMPARE(c.discountPercent, discount);
}

void TstCycleChangeResult::anyAnswerIsAChangeMade_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::newRow("empty body (204)") << QJsonDocument();
    QTest::newRow("empty object") << TestSupport::doc("{}");
    QTest::newRow("a list") << QJsonDocument(QJsonArray{1});
}

void TstCycleChangeResult::anyAnswerIsAChangeMade()
{
    QFETCH(QJsonDocument, document);
    const auto result = CycleChangeResult::fromJson(document);
    SD_VERIFY_OK(result);
    const CycleChangeResult &c = result.value();
    QCOMPARE(c.message, QString());
    QCOMPARE(c.orderId, std::nullopt);
    QCOMPARE(c.originalCents, std::nullopt);
    QCOMPARE(c.finalCents, std::nullopt);
    QCOMPARE(c.discountPercent, std::nullopt);
}

void TstCycleChangeResult::toJson()
{
    CycleChangeResult c;
    c.message = u"ok"_s;
    c.finalCents = 4500;
    QCOMPARE(
        c.toJson(),
        TestSupport::obj(
            R"({"message": "ok", "order_id": null, "original_price": null, "final_price": 4500, "discount_percent": null})"));
    const auto back = CycleChangeResult::fromJson(QJsonDocument(c.toJson()));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value().toJson(), c.toJson());
}

void TstCycleChangeResult::fractionalDiscountRoundTrip()
{
    CycleChangeResult c;
    c.discountPercent = 12.5;
    QCOMPARE(c.toJson().value(u"discount_percent"_s).toDouble(), 12.5);
    const auto back = CycleChangeResult::fromJson(QJsonDocument(c.toJson()));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value().discountPercent, std::optional<double>(12.5));
}

QTEST_GUILESS_MAIN(TstCycleChangeResult)

#include "tst_cyclechangeresult.moc"
