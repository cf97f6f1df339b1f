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
    // A lenient server's spellings (issue 12).
    QTest::newRow("order_id as string")
        << R"({"success": true, "order_id": "555"})"_ba << qint64(555) << QString();
    QTest::newRow("order_id padded string")
        << R"({"success": true, "order_id": " 555 "})"_ba << qint64(555) << QString();
    QTest::newRow("order_id 555.0") << R"({"success": true, "order_id": 555.0})"_ba << qint64(555)
                                    << QString();
    QTest::newRow("success missing")
        << R"({"order_id": 9, "message": "Order paid"})"_ba << qint64(9) << u"Order paid"_s;
    QTest::newRow("message a number: no words")
        << R"({"success": true, "order_id": 5, "message": 200})"_ba << qint64(5) << QString();
    QTest::newRow("detail instead of message")
        << R"({"order_id": 5, "detail": "Paid from wallet"})"_ba << qint64(5)
        << u"Paid from wallet"_s;
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
    QTest::newRow("order_id text")
        << R"({"success": true, "order_id": "pending"})"_ba << u"field 'order_id' is not a number"_s;
    QTest::newRow("order_id bool")
        << R"({"success": true, "order_id": true})"_ba << u"field 'order_id' is not a number"_s;
    QTest::newRow("order_id object")
        << R"({"success": true, "order_id": {"id": 5}})"_ba << u"field 'order_id' is not a number"_s;
    QTest::newRow("empty object") << "{}"_ba << u"field 'order_id' is missing"_s;
    const QString notPositive = u"field 'order_id' is not a positive whole number"_s;
    QTest::newRow("order_id 0") << R"({"success": true, "order_id": 0})"_ba << notPositive;
    QTest::newRow("order_id negative") << R"({"success": true, "order_id": -555})"_ba
                                       << notPositive;
    // An id is not rounded: 5.5 would name another order.
    QTest::newRow("order_id fraction") << R"({"success": true, "order_id": 5.5})"_ba
                                       << notPositive;
    QTest::newRow("order_id \"5.5\"") << R"({"success": true, "order_id": "5.5"})"_ba
                                      << notPositive;
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
