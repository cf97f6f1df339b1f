// EchoAnswer::read (issue 16): what the public IP-echo services answer (ipify, httpbin, ip-api,
// ipinfo, plain text), the IPv4 form of a mapped address, garbage as no address, and an answer
// too large to be an echo.
#include "domain/echoanswer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstEchoAnswer : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void oversized();
};

void TstEchoAnswer::read_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("country");

    // The services.
    QTest::newRow("ipify") << QByteArray(R"({"ip":"203.0.113.7"})") << u"203.0.113.7"_s
                           << QString();
    QTest::newRow("httpbin one hop") << QByteArray(R"({"origin": "198.51.100.7"})")
                                     << u"198.51.100.7"_s << QString();
    QTest::newRow("httpbin hops: the first is the caller")
        << QByteArray(R"({"origin": "198.51.100.7, 203.0.113.5"})") << u"198.51.100.7"_s
        << QString();
    QTest::newRow("ip-api") << QByteArray(R"({"status":"success","country":"Netherlands",
        "countryCode":"NL","city":"Amsterdam","query":"203.0.113.7"})")
                            << u"203.0.113.7"_s << u"NL"_s;
    QTest::newRow("ipinfo") << QByteArray(R"({"ip": "203.0.113.7", "city": "Berlin",
        "region": "Berlin", "country": "DE", "org": "AS64496 Example"})")
                            << u"203.0.113.7"_s << u"DE"_s;
    QTest::newRow("country_code") << QByteArray(R"({"ip":"203.0.113.7","country_code":"FR",
        "country":"France"})") << u"203.0.113.7"_s << u"FR"_s;
    QTest::newRow("country name only") << QByteArray(R"({"ip":"203.0.113.7","country":"France"})")
                                       << u"203.0.113.7"_s << u"France"_s;
    QTest::newRow("the mock's echo: country null")
        << QByteArray(R"({"ip":"127.0.0.1","country":null})") << u"127.0.0.1"_s << QString();
    QTest::newRow("IPv6") << QByteArray(R"({"ip":"2001:db8::7"})") << u"2001:db8::7"_s
                          << QString();
    QTest::newRow("spaces around") << QByteArray(R"({"ip":"  203.0.113.7 "})")
                                   << u"203.0.113.7"_s << QString();

    // Plain text: the first line.
    QTest::newRow("plain text") << QByteArray("203.0.113.7") << u"203.0.113.7"_s << QString();
    QTest::newRow("plain text, newline") << QByteArray("203.0.113.7\n") << u"203.0.113.7"_s
                                         << QString();
    QTest::newRow("plain text, CRLF and more")
        << QByteArray("  203.0.113.7\r\nsecond line\n") << u"203.0.113.7"_s << QString();
    QTest::newRow("plain IPv6") << QByteArray("2001:db8::7\n") << u"2001:db8::7"_s << QString();

    // ::ffff:a.b.c.d is the IPv4 address the person knows.
    QTest::newRow("mapped v4, JSON") << QByteArray(R"({"ip":"::ffff:127.0.0.1"})")
                                     << u"127.0.0.1"_s << QString();
    QTest::newRow("mapped v4, text") << QByteArray("::ffff:127.0.0.1\n") << u"127.0.0.1"_s
                                     << QString();
    QTest::newRow("mapped v4, origin") << QByteArray(R"({"origin":"::ffff:203.0.113.7, 10.0.0.1"})")
                                       << u"203.0.113.7"_s << QString();

    // Garbage: no address, never an error.
    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("rate limited") << QByteArray("rate limited\n") << QString() << QString();
    QTest::newRow("html") << QByteArray("<html><body>403 Forbidden</body></html>") << QString()
                          << QString();
    QTest::newRow("ip not an address") << QByteArray(R"({"ip":"not an address","country":"NL"})")
                                       << QString() << u"NL"_s;
    QTest::newRow("ip a number") << QByteArray(R"({"ip":5})") << QString() << QString();
    QTest::newRow("ip an object") << QByteArray(R"({"ip":{"v4":"203.0.113.7"}})") << QString()
                                  << QString();
    QTest::newRow("json array") << QByteArray(R"(["203.0.113.7"])") << QString() << QString();
    QTest::newRow("json without an address") << QByteArray(R"({"hello":"world"})") << QString()
                                             << QString();
    QTest::newRow("address with a port") << QByteArray("203.0.113.7:8080") << QString()
                                         << QString();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4) << QString() << QString();
    QTest::newRow("country too long")
        << QByteArray(R"({"ip":"203.0.113.7","country":")" + QByteArray(61, 'x') + "\"}")
        << u"203.0.113.7"_s << QString();
    QTest::newRow("country 60 characters")
        << QByteArray(R"({"ip":"203.0.113.7","country":")" + QByteArray(60, 'x') + "\"}")
        << u"203.0.113.7"_s << QString(60, u'x');
}

void TstEchoAnswer::read()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, ip);
    QFETCH(QString, country);
    const EchoAnswer answer = EchoAnswer::read(body);
    QCOMPARE(answer.ip, ip);
    QCOMPARE(answer.country, country);
}

void TstEchoAnswer::oversized()
{
    // Only the first kMaxBytes are read: a JSON answer cut there is no echo at all…
    const QByteArray padding(EchoAnswer::kMaxBytes, 'x');
    const EchoAnswer json =
        EchoAnswer::read(R"({"ip":"203.0.113.7","country":"NL","pad":")" + padding + "\"}");
    QCOMPARE(json.ip, QString());
    QCOMPARE(json.country, QString());
    // …while plain text still names its address on the first line.
    const EchoAnswer text = EchoAnswer::read("203.0.113.7\n" + padding);
    QCOMPARE(text.ip, u"203.0.113.7"_s);
    // A first line longer than any address is none.
    const EchoAnswer line = EchoAnswer::read(QByteArray(4 * EchoAnswer::kMaxBytes, '1'));
    QCOMPARE(line.ip, QString());
}

QTEST_GUILESS_MAIN(TstEchoAnswer)

#include "tst_echoanswer.moc"
