#include "domain/actionresult.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TstActionResult : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void notAnObject();
};

void TstActionResult::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("renew") << R"({"success": true, "message": "Order renewed successfully"})"_ba
                           << u"Order renewed successfully"_s;
    QTest::newRow("tag") << R"({"success": true, "message": "Order tag updated"})"_ba
                         << u"Order tag updated"_s;
    QTest::newRow("no message") << R"({"success": true})"_ba << QString();
    QTest::newRow("null message") << R"({"success": true, "message": null})"_ba << QString();
    QTest::newRow("extra fields") << R"({"success": true, "message": "ok", "order_id": 5})"_ba
                                  << u"ok"_s;
}

void TstActionResult::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto result = ActionResult::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().message, message);
}

void TstActionResult::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("success missing")
        << R"({"message": "Order renewed successfully"})"_ba << u"field 'success' is missing"_s;
    QTest::newRow("success null") << R"({"success": null})"_ba << u"field 'success' is null"_s;
    QTest::newRow("success string")
        << R"({"success": "true"})"_ba << u"field 'success' is not true or false"_s;
    QTest::newRow("success 1") << R"({"success": 1})"_ba
                               << u"field 'success' is not true or false"_s;
    QTest::newRow("message number")
        << R"({"success": true, "message": 404})"_ba << u"field 'message' is not a string"_s;
    QTest::newRow("empty object") << "{}"_ba << u"field 'success' is missing"_s;
}

void TstActionResult::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(ActionResult::fromJson(TestSupport::doc(json)), detail);
}

void TstActionResult::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(ActionResult::fromJson(QJsonDocument(QJsonArray{true})),
                             u"the answer is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(ActionResult::fromJson(QJsonDocument()),
                             u"the answer is not a JSON object"_s);
}

QTEST_GUILESS_MAIN(TstActionResult)

#include "tst_actionresult.moc"
