#include "domain/actionresult.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Any 2xx answer of renew, tag and auto-renew edits is success (issue 12): with or without a
// body, with or without `success`. The message is the server's words, wherever it put them.
class TstActionResult : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void anyAnswerIsSuccess_data();
    void anyAnswerIsSuccess();
    void longMessageCapped();
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
    QTest::newRow("message padded")
        << R"({"success": true, "message": "  Order   renewed \n"})"_ba << u"Order renewed"_s;
}

void TstActionResult::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto result = ActionResult::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().message, message);
}

void TstActionResult::anyAnswerIsSuccess_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::addColumn<QString>("message");

    auto doc = [](const char *json) { return TestSupport::doc(json); };
    QTest::newRow("success missing, message only")
        << doc(R"({"message": "Order renewed successfully"})") << u"Order renewed successfully"_s;
    QTest::newRow("empty object") << doc("{}") << QString();
    QTest::newRow("empty body (204)") << QJsonDocument() << QString();
    QTest::newRow("success null") << doc(R"({"success": null})") << QString();
    QTest::newRow("success as string") << doc(R"({"success": "true"})") << QString();
    QTest::newRow("success 1") << doc(R"({"success": 1})") << QString();
    QTest::newRow("message a number") << doc(R"({"success": true, "message": 404})") << QString();
    QTest::newRow("detail instead of message")
        << doc(R"({"detail": "Tag saved"})") << u"Tag saved"_s;
    QTest::newRow("a list answer") << QJsonDocument(QJsonArray{true}) << QString();
    QTest::newRow("a list of words") << doc(R"(["ok"])") << QString();
}

void TstActionResult::anyAnswerIsSuccess()
{
    QFETCH(QJsonDocument, document);
    QFETCH(QString, message);
    const auto result = ActionResult::fromJson(document);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().message, message);
}

void TstActionResult::longMessageCapped()
{
    const QString words = QString(u"word "_s).repeated(100).trimmed(); // 499 characters
    const auto result =
        ActionResult::fromJson(QJsonDocument(QJsonObject{{u"message"_s, words}}));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().message.size(), qsizetype(ApiError::kMaxServerWords));
    QVERIFY(result.value().message.endsWith(u'…'));
}

QTEST_GUILESS_MAIN(TstActionResult)

#include "tst_actionresult.moc"
