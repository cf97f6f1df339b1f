#include "domain/apierror.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = ApiError::Kind;

namespace {
const QList<Kind> allKinds = {Kind::None,      Kind::Network,  Kind::Timeout,  Kind::Unauthorized,
                              Kind::Forbidden, Kind::NotFound, Kind::Refused,  Kind::RateLimited,
                              Kind::Server,    Kind::Protocol, Kind::Insecure, Kind::Cancelled};
}

class TstApiError : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsNoError();
    void fromHttpStatus_data();
    void fromHttpStatus();
    void serverMessageWins_data();
    void serverMessageWins();
    void kindForStatus_data();
    void kindForStatus();
    void humanMessage_data();
    void humanMessage();
    void humanMessageWithoutStatus_data();
    void humanMessageWithoutStatus();
    void constructorKeepsGivenMessage();
    void protocol();
    void isTransient_data();
    void isTransient();
    void kindName_data();
    void kindName();
    void retryAfter();
    void serverWordsOfBody_data();
    void serverWordsOfBody();
    void serverWordsOfObject_data();
    void serverWordsOfObject();
    void serverWordsCapped();
    void notSent_data();
    void notSent();
    void leavesOutcomeUnknown_data();
    void leavesOutcomeUnknown();
};

void TstApiError::defaultIsNoError()
{
    const ApiError e;
    QCOMPARE(e.kind(), Kind::None);
    QVERIFY(!e.isError());
    QCOMPARE(e.httpStatus(), 0);
    QCOMPARE(e.message(), QString());
    QVERIFY(!e.isTransient());
    QCOMPARE(e.retryAfterSeconds(), -1);
}

void TstApiError::fromHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("transient");

    QTest::newRow("400") << 400 << Kind::Refused << u"The server refused the request (HTTP 400)."_s
                         << false;
    QTest::newRow("401") << 401 << Kind::Unauthorized
                         << u"The API key was rejected. Check the key and sign in again."_s
                         << false;
    QTest::newRow("403") << 403 << Kind::Forbidden
                         << u"The server does not allow this for your account or this order."_s
                         << false;
    QTest::newRow("404") << 404 << Kind::NotFound
                         << u"The server does not know this item or this function."_s << false;
    QTest::newRow("405") << 405 << Kind::Refused << u"The server refused the request (HTTP 405)."_s
                         << false;
    QTest::newRow("408") << 408 << Kind::Timeout << u"The server did not answer in time."_s << true;
    QTest::newRow("409") << 409 << Kind::Refused << u"The server refused the request (HTTP 409)."_s
                         << false;
    QTest::newRow("422") << 422 << Kind::Refused << u"The server refused the request (HTTP 422)."_s
                         << false;
    QTest::newRow("429") << 429 << Kind::RateLimited
                         << u"Too many requests: the server asks to slow down. Try again shortly."_s
                         << true;
    QTest::newRow("500") << 500 << Kind::Server
                         << u"The server had a problem (HTTP 500)."_s << true;
    QTest::newRow("502") << 502 << Kind::Server
                         << u"The server had a problem (HTTP 502)."_s << true;
    QTest::newRow("503") << 503 << Kind::Server
                         << u"The server had a problem (HTTP 503)."_s << true;
    QTest::newRow("504") << 504 << Kind::Server
                         << u"The server had a problem (HTTP 504)."_s << true;
    QTest::newRow("0 (no status)")
        << 0 << Kind::Protocol << u"The server sent an answer ShardDesk cannot use."_s << false;
    QTest::newRow("302") << 302 << Kind::Protocol
                         << u"The server sent an answer ShardDesk cannot use."_s << false;
}

void TstApiError::fromHttpStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(bool, transient);

    for (const QString &server : {QString(), u"   \n\t"_s}) {
        const ApiError e = ApiError::fromHttpStatus(status, server);
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QVERIFY(e.isError());
        QCOMPARE(e.message(), message);
        QVERIFY(!e.message().contains(u"HTTP 0"_s));
        QCOMPARE(e.isTransient(), transient);
    }
}

void TstApiError::serverMessageWins_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("server");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("400 balance") << 400 << u"Insufficient balance"_s << Kind::Refused
                                 << u"Insufficient balance"_s;
    QTest::newRow("400 stock, padded")
        << 400 << u"  Out of stock\n"_s << Kind::Refused << u"Out of stock"_s;
    QTest::newRow("401") << 401 << u"Invalid API key"_s << Kind::Unauthorized
                         << u"Invalid API key"_s;
    QTest::newRow("403 cycle") << 403 << u"Cycle is not available for this user"_s
                               << Kind::Forbidden << u"Cycle is not available for this user"_s;
    QTest::newRow("404") << 404 << u"Order not found"_s << Kind::NotFound << u"Order not found"_s;
    QTest::newRow("429") << 429 << u"Slow down"_s << Kind::RateLimited << u"Slow down"_s;
    QTest::newRow("500") << 500 << u"Internal error"_s << Kind::Server << u"Internal error"_s;
    QTest::newRow("non-ASCII") << 400 << u"Недостаточно средств"_s << Kind::Refused
                               << u"Недостаточно средств"_s;
}

void TstApiError::serverMessageWins()
{
    QFETCH(int, status);
    QFETCH(QString, server);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    const ApiError e = ApiError::fromHttpStatus(status, server);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.message(), message);
}

void TstApiError::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("100") << 100 << Kind::Protocol;
    QTest::newRow("301") << 301 << Kind::Protocol;
    QTest::newRow("399") << 399 << Kind::Protocol;
    QTest::newRow("400") << 400 << Kind::Refused;
    QTest::newRow("402") << 402 << Kind::Refused;
    QTest::newRow("410") << 410 << Kind::Refused;
    QTest::newRow("418") << 418 << Kind::Refused;
    QTest::newRow("499") << 499 << Kind::Refused;
    QTest::newRow("501") << 501 << Kind::Server;
    QTest::newRow("599") << 599 << Kind::Server;
}

void TstApiError::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TstApiError::humanMessage_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << Kind::None << 0 << QString();
    QTest::newRow("network")
        << Kind::Network << 0
        << u"Could not reach the server. Check the connection and the server address."_s;
    QTest::newRow("timeout") << Kind::Timeout << 0 << u"The server did not answer in time."_s;
    QTest::newRow("insecure")
        << Kind::Insecure << 0
        << u"Refusing to send the API key over an unencrypted connection: use an https:// address."_s;
    QTest::newRow("cancelled") << Kind::Cancelled << 0 << u"The request was cancelled."_s;
    QTest::newRow("protocol") << Kind::Protocol << 0
                              << u"The server sent an answer ShardDesk cannot use."_s;
    QTest::newRow("refused 409") << Kind::Refused << 409
                                 << u"The server refused the request (HTTP 409)."_s;
    QTest::newRow("server 503") << Kind::Server << 503
                                << u"The server had a problem (HTTP 503)."_s;
}

void TstApiError::humanMessage()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    QCOMPARE(ApiError::humanMessage(kind, status), message);
    QCOMPARE(ApiError(kind, status, QString()).message(), message);
}

void TstApiError::humanMessageWithoutStatus_data()
{
    QTest::addColumn<Kind>("kind");
    for (Kind kind : allKinds) {
        if (kind != Kind::None)
            QTest::newRow(qPrintable(ApiError::kindName(kind))) << kind;
    }
}

void TstApiError::humanMessageWithoutStatus()
{
    // An error without an HTTP status (status 0) still reads as a sentence: never "HTTP 0".
    QFETCH(Kind, kind);
    const QString message = ApiError(kind, 0, QString()).message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(u"HTTP 0"_s), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
}

void TstApiError::constructorKeepsGivenMessage()
{
    const ApiError e(Kind::Refused, 0, u"Datacenter Proxy needs a location."_s);
    QCOMPARE(e.kind(), Kind::Refused);
    QCOMPARE(e.httpStatus(), 0);
    QCOMPARE(e.message(), u"Datacenter Proxy needs a location."_s);

    // The constructor does not trim: only fromHttpStatus cleans server text.
    QCOMPARE(ApiError(Kind::Server, 500, u" x "_s).message(), u" x "_s);
}

void TstApiError::protocol()
{
    const ApiError e =
        ApiError::protocol(u"field 'orders[3].expires_at' is not an ISO 8601 date"_s);
    QCOMPARE(e.kind(), Kind::Protocol);
    QCOMPARE(e.httpStatus(), 0);
    QVERIFY(!e.isTransient());
    QCOMPARE(
        e.message(),
        u"The server sent an answer ShardDesk cannot use (field 'orders[3].expires_at' is not an ISO 8601 date)."_s);
}

void TstApiError::isTransient_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    for (Kind kind : allKinds) {
        const bool transient = kind == Kind::Network || kind == Kind::Timeout ||
                               kind == Kind::RateLimited || kind == Kind::Server;
        QTest::newRow(qPrintable(ApiError::kindName(kind))) << kind << transient;
    }
}

void TstApiError::isTransient()
{
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QCOMPARE(ApiError(kind, 0, u"x"_s).isTransient(), transient);
}

void TstApiError::kindName_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("None") << Kind::None << u"none"_s;
    QTest::newRow("Network") << Kind::Network << u"network"_s;
    QTest::newRow("Timeout") << Kind::Timeout << u"timeout"_s;
    QTest::newRow("Unauthorized") << Kind::Unauthorized << u"unauthorized"_s;
    QTest::newRow("Forbidden") << Kind::Forbidden << u"forbidden"_s;
    QTest::newRow("NotFound") << Kind::NotFound << u"not-found"_s;
    QTest::newRow("Refused") << Kind::Refused << u"refused"_s;
    QTest::newRow("RateLimited") << Kind::RateLimited << u"rate-limited"_s;
    QTest::newRow("Server") << Kind::Server << u"server"_s;
    QTest::newRow("Protocol") << Kind::Protocol << u"protocol"_s;
    QTest::newRow("Insecure") << Kind::Insecure << u"insecure"_s;
    QTest::newRow("Cancelled") << Kind::Cancelled << u"cancelled"_s;
}

void TstApiError::kindName()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(ApiError::kindName(kind), name);
}

void TstApiError::retryAfter()
{
    ApiError e = ApiError::fromHttpStatus(429, QString());
    QCOMPARE(e.retryAfterSeconds(), -1);
    e.setRetryAfterSeconds(30);
    QCOMPARE(e.retryAfterSeconds(), 30);
    QCOMPARE(e.kind(), Kind::RateLimited);
}

// ---- the server's own words (issue 12) -----------------------------------------------------

void TstApiError::serverWordsOfBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("words");

    const QByteArray json = "application/json"_ba;
    const QByteArray text = "text/plain; charset=utf-8"_ba;
    const QByteArray html = "text/html; charset=utf-8"_ba;

    QTest::newRow("message") << R"({"success": false, "message": "Insufficient balance"})"_ba
                             << json << u"Insufficient balance"_s;
    QTest::newRow("detail") << R"({"detail": "Order not found"})"_ba << json
                            << u"Order not found"_s;
    QTest::newRow("error") << R"({"error": "Invalid API key"})"_ba << json << u"Invalid API key"_s;
    QTest::newRow("error object with message")
        << R"({"error": {"code": 400, "message": "Cycle is required"}})"_ba << json
        << u"Cycle is required"_s;
    QTest::newRow("error_description") << R"({"error_description": "Key expired"})"_ba << json
                                       << u"Key expired"_s;
    QTest::newRow("errors list of strings")
        << R"({"errors": ["Cycle is required", "Quantity must be positive"]})"_ba << json
        << u"Cycle is required; Quantity must be positive"_s;
    QTest::newRow("errors list of objects")
        << R"({"errors": [{"message": "first"}, {"msg": "second"}, {"detail": "third"}]})"_ba
        << json << u"first; second; third"_s;
    QTest::newRow("errors repeated once")
        << R"({"errors": ["same", "same", "other"]})"_ba << json << u"same; other"_s;
    QTest::newRow("errors at most five")
        << R"({"errors": ["1", "2", "3", "4", "5", "6", "7"]})"_ba << json << u"1; 2; 3; 4; 5"_s;
    QTest::newRow("errors field map")
        << R"({"errors": {"cycle": ["is required"], "quantity": "must be positive"}})"_ba << json
        << u"cycle: is required; quantity: must be positive"_s;
    QTest::newRow("FastAPI detail list")
        << R"({"detail": [{"loc": ["body", "cycle"], "msg": "field required", "type": "value_error.missing"}]})"_ba
        << json << u"field required"_s;
    QTest::newRow("message wins over detail")
        << R"({"detail": "d", "message": "m", "error": "e"})"_ba << json << u"m"_s;
    QTest::newRow("empty message: detail")
        << R"({"message": "  ", "detail": "Offset out of range"})"_ba << json
        << u"Offset out of range"_s;
    QTest::newRow("null message: error") << R"({"message": null, "error": "Slow down"})"_ba
                                         << json << u"Slow down"_s;
    QTest::newRow("message a number: none") << R"({"message": 404})"_ba << json << QString();
    QTest::newRow("no words") << R"({"success": false})"_ba << json << QString();
    QTest::newRow("empty object") << "{}"_ba << json << QString();
    QTest::newRow("too deep") << R"({"error": {"error": {"error": {"error": {"error": "x"}}}}})"_ba
                              << json << QString();
    QTest::newRow("JSON list of words") << R"(["Out of stock", "Try later"])"_ba << json
                                        << u"Out of stock; Try later"_s;
    QTest::newRow("message spaces simplified")
        << R"({"message": "  Out\n of   stock  "})"_ba << json << u"Out of stock"_s;

    QTest::newRow("plain text (framework error)")
        << "Json deserialize error: missing field `cycle` at line 1 column 42"_ba << text
        << u"Json deserialize error: missing field `cycle` at line 1 column 42"_s;
    QTest::newRow("plain text trimmed and simplified")
        << "  \n Bad   request:\n\tinvalid offset \r\n"_ba << text
        << u"Bad request: invalid offset"_s;
    QTest::newRow("plain text without a content type")
        << "Offset out of range"_ba << QByteArray() << u"Offset out of range"_s;
    QTest::newRow("plain text labelled JSON") << "Internal Server Error"_ba << json
                                              << u"Internal Server Error"_s;
    QTest::newRow("plain text, not ASCII")
        << QStringLiteral("Недостаточно средств").toUtf8() << text << u"Недостаточно средств"_s;
    QTest::newRow("HTML by content type") << "Service Unavailable"_ba << html << QString();
    QTest::newRow("HTML by content type, upper case")
        << "Bad Gateway"_ba << "TEXT/HTML"_ba << QString();
    QTest::newRow("HTML page") << "<html><body><h1>502 Bad Gateway</h1></body></html>"_ba << text
                               << QString();
    QTest::newRow("HTML doctype") << "  <!DOCTYPE html><html></html>"_ba << QByteArray()
                                  << QString();
    QTest::newRow("broken JSON object") << R"({"message": "Insufficient balance")"_ba << json
                                        << QString();
    QTest::newRow("broken JSON list") << R"(["Out of stock")"_ba << json << QString();
    QTest::newRow("binary noise") << "\x01\x02\x03" "abc"_ba << QByteArray() << QString();
    QTest::newRow("invalid UTF-8") << "caf\xe9 closed"_ba << text << QString();
    QTest::newRow("empty body") << QByteArray() << json << QString();
    QTest::newRow("blank body") << " \r\n\t "_ba << text << QString();
}

void TstApiError::serverWordsOfBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, words);
    QCOMPARE(ApiError::serverWords(body, contentType), words);
}

void TstApiError::serverWordsOfObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("words");
    QTest::newRow("message") << R"({"message": "Order tag updated"})"_ba << u"Order tag updated"_s;
    QTest::newRow("detail") << R"({"detail": "Not enough stock"})"_ba << u"Not enough stock"_s;
    QTest::newRow("error") << R"({"error": "Bad cycle"})"_ba << u"Bad cycle"_s;
    QTest::newRow("errors") << R"({"errors": [{"message": "a"}, "b"]})"_ba << u"a; b"_s;
    QTest::newRow("success only") << R"({"success": true})"_ba << QString();
    QTest::newRow("empty") << "{}"_ba << QString();
    QTest::newRow("unknown member ignored") << R"({"reason": "x"})"_ba << QString();
}

void TstApiError::serverWordsOfObject()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, words);
    QCOMPARE(ApiError::serverWords(TestSupport::obj(json)), words);
}

void TstApiError::serverWordsCapped()
{
    QCOMPARE(ApiError::kMaxServerWords, 300);
    const QByteArray sentence = "The request could not be processed. "_ba.repeated(20); // 720
    const QString words = ApiError::serverWords(sentence, "text/plain"_ba);
    QCOMPARE(words.size(), qsizetype(ApiError::kMaxServerWords));
    QVERIFY(words.endsWith(u'…'));
    QVERIFY(words.startsWith(u"The request could not be processed. The request"_s));

    const QString fromJson = ApiError::serverWords(
        QJsonDocument(QJsonObject{{u"message"_s, QString::fromLatin1(sentence)}}).toJson(),
        "application/json"_ba);
    QCOMPARE(fromJson, words);

    // Exactly at the cap: kept whole.
    const QByteArray exact(ApiError::kMaxServerWords, 'x');
    QCOMPARE(ApiError::serverWords(exact, "text/plain"_ba), QString::fromLatin1(exact));
    const QByteArray over(ApiError::kMaxServerWords + 1, 'x');
    QCOMPARE(ApiError::serverWords(over, "text/plain"_ba),
             QString(ApiError::kMaxServerWords - 1, u'x') + u'…');
}

// ---- a request that never left ---------------------------------------------------------------

void TstApiError::notSent_data()
{
    QTest::addColumn<Kind>("kind");
    for (Kind kind : allKinds) {
        if (kind != Kind::None)
            QTest::newRow(qPrintable(ApiError::kindName(kind))) << kind;
    }
}

void TstApiError::notSent()
{
    QFETCH(Kind, kind);
    const ApiError e = ApiError::notSent(kind, u"Connection refused"_s);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), 0);
    QCOMPARE(e.message(), u"Connection refused"_s);
    QVERIFY(e.isError());
    QVERIFY(!e.wasSent());
    // Nothing can have happened on the server.
    QVERIFY(!e.leavesOutcomeUnknown());

    // Without words of its own: the sentence for the kind.
    const ApiError plain = ApiError::notSent(kind, QString());
    QCOMPARE(plain.message(), ApiError::humanMessage(kind, 0));
    QVERIFY(!plain.wasSent());

    // The same kind of error from a request that did go out is "sent".
    QVERIFY(ApiError(kind, 0, u"x"_s).wasSent());
}

void TstApiError::leavesOutcomeUnknown_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("unknown");
    for (Kind kind : allKinds) {
        const bool unknown = kind == Kind::Network || kind == Kind::Timeout ||
                             kind == Kind::Server || kind == Kind::Protocol ||
                             kind == Kind::Cancelled;
        QTest::newRow(qPrintable(ApiError::kindName(kind))) << kind << unknown;
    }
}

void TstApiError::leavesOutcomeUnknown()
{
    QFETCH(Kind, kind);
    QFETCH(bool, unknown);
    QCOMPARE(ApiError(kind, 0, u"x"_s).leavesOutcomeUnknown(), unknown);
    QCOMPARE(ApiError::notSent(kind, u"x"_s).leavesOutcomeUnknown(), false);
    QVERIFY(ApiError().wasSent());
}

QTEST_GUILESS_MAIN(TstApiError)

#include "tst_apierror.moc"
