#include "domain/purchaseresult.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TstPurchaseResult : public QObject
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

void TstPurchaseResult::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<QString>("message");

    QTest::newRow("contract example")
        << R"({"success": true, "message": "Order paid successfully", "order_id": 555})"_ba
        << qint64(555) << u"Order paid successfully"_s;
    QTest::newRow("message missing")
        << R"({"success": true, "order_id": 7})"_ba << qint64(7) << QString();
    QTest::newRow("message null") << R"({"success": true, "order_id": 8, "message": null})"_ba
                                  << qint64(8) << QString();
    QTest::newRow("large id") << R"({"order_id": 9007199254740992, "message": ""})"_ba
                              << qint64(9007199254740992) << QString();
}

void TstPurchaseResult::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, orderId);
    QFETCH(QString, message);
    const auto result = PurchaseResult::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orderId, orderId);
    QCOMPARE(result.value().message, message);
}

void TstPurchaseResult::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");

    QTest::newRow("order_id missing")
        << R"({"success": true, "message": "Order paid successfully"})"_ba
        << u"field 'order_id' is missing"_s;
    QTest::newRow("order_id null")
        << R"({"success": true, "order_id": null})"_ba << u"field 'order_id' is null"_s;
    QTest::newRow("order_id string")
        << R"({"success": true, "order_id": "555"})"_ba << u"field 'order_id' is not an integer"_s;
    QTest::newRow("order_id fraction")
        << R"({"success": true, "order_id": 5.5})"_ba << u"field 'order_id' is not an integer"_s;
    QTest::newRow("message number") << R"({"success": true, "order_id": 5, "message": 200})"_ba
                                    << u"field 'message' is not a string"_s;
}

void TstPurchaseResult::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(PurchaseResult::fromJson(TestSupport::doc(json)), detail);
}

void TstPurchaseResult::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(PurchaseResult::fromJson(QJsonDocument(QJsonArray{555})),
                             u"the purchase answer is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(PurchaseResult::fromJson(QJsonDocument()),
                             u"the purchase answer is not a JSON object"_s);
}

void TstPurchaseResult::toJsonRoundTrip()
{
    PurchaseResult p;
    p.orderId = 321;
    p.message = u"Order paid successfully"_s;
    QCOMPARE(p.toJson(),
             TestSupport::obj(R"({"order_id": 321, "message": "Order paid successfully"})"));
    const auto back = PurchaseResult::fromJson(QJsonDocument(p.toJson()));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value().orderId, p.orderId);
    QCOMPARE(back.value().message, p.message);
}

QTEST_GUILESS_MAIN(TstPurchaseResult)

#include "tst_purchaseresult.moc"
