#include "domain/cyclechangeresult.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCycleChangeResult : public QObject
{
    Q_OBJECT

private slots:
    void contract110();
    void contract100();
    void nullFields();
    void invalid_data();
    void invalid();
    void notAnObject();
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
    QCOMPARE(c.discountPercent, std::optional<qint64>(10));
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

void TstCycleChangeResult::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("order_id string")
        << R"({"order_id": "101"})"_ba << u"field 'order_id' is not an integer"_s;
    QTest::newRow("original_price fraction")
        << R"({"original_price": 50.5})"_ba << u"field 'original_price' is not an integer"_s;
    QTest::newRow("final_price bool")
        << R"({"final_price": true})"_ba << u"field 'final_price' is not an integer"_s;
    QTest::newRow("discount_percent string")
        << R"({"discount_percent": "10"})"_ba << u"field 'discount_percent' is not an integer"_s;
    QTest::newRow("message number")
        << R"({"message": 1})"_ba << u"field 'message' is not a string"_s;
}

void TstCycleChangeResult::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(CycleChangeResult::fromJson(TestSupport::doc(json)), detail);
}

void TstCycleChangeResult::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(CycleChangeResult::fromJson(QJsonDocument(QJsonArray())),
                             u"the answer is not a JSON object"_s);
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

QTEST_GUILESS_MAIN(TstCycleChangeResult)

#include "tst_cyclechangeresult.moc"
