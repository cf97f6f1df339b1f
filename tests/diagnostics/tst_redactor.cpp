#include "diagnostics/redactor.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

// What Redactor must remove from any text, and what it must leave alone so logs stay useful.
class TstRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redactor::clearSecrets(); }

    void registeredSecret();
    void registeredSecretPercentEncoded();
    void longestSecretFirst();
    void shortSecretsIgnored();
    void removeSecret();
    void patterns_data();
    void patterns();
    void idempotent_data();
    void idempotent();
    void ordinaryTextUnchanged_data();
    void ordinaryTextUnchanged();
    void concurrentUse();
};

void TstRedactor::registeredSecret()
{
    const QString key = u"sk_live_4f9a0c1e2b3d"_s;
    QVERIFY(Redactor::redact(u"key is "_s + key).contains(key));
    Redactor::addSecret(key);
    QCOMPARE(Redactor::redact(u"key is "_s + key + u", again: "_s + key + u"."_s),
             u"key is [redacted], again: [redacted]."_s);
    // Wherever it appears, not only in recognisable shapes.
    QCOMPARE(Redactor::redact(u"error text:"_s + key + u"xyz"_s), u"error text:[redacted]xyz"_s);
    // Whitespace around it as pasted does not matter.
    Redactor::clearSecrets();
    Redactor::addSecret(u"  "_s + key + u"\n"_s);
    QCOMPARE(Redactor::redact(key), u"[redacted]"_s);
}

void TstRedactor::registeredSecretPercentEncoded()
{
    const QString key = u"abc/def+ghi=="_s;
    Redactor::addSecret(key);
    QCOMPARE(Redactor::redact(u"GET /v1/x?k=abc%2Fdef%2Bghi%3D%3D&y=1"_s),
             u"GET /v1/x?k=[redacted]&y=1"_s);
    QCOMPARE(Redactor::redact(u"raw abc/def+ghi== end"_s), u"raw [redacted] end"_s);
}

void TstRedactor::longestSecretFirst()
{
    Redactor::addSecret(u"secret1"_s);
    Redactor::addSecret(u"secret1-extended"_s);
    QCOMPARE(Redactor::redact(u"a secret1-extended b secret1"_s), u"a [redacted] b [redacted]"_s);
}

void TstRedactor::shortSecretsIgnored()
{
    Redactor::addSecret(QString());
    Redactor::addSecret(u"abc"_s);
    QCOMPARE(Redactor::secretCount(), 0);
    QCOMPARE(Redactor::redact(u"abc abc"_s), u"abc abc"_s);
}

void TstRedactor::removeSecret()
{
    Redactor::addSecret(u"old-key-123"_s);
    Redactor::addSecret(u"old-key-123"_s); // twice is once
    QCOMPARE(Redactor::secretCount(), 1);
    Redactor::removeSecret(u"old-key-123"_s);
    QCOMPARE(Redactor::secretCount(), 0);
    QCOMPARE(Redactor::redact(u"old-key-123"_s), u"old-key-123"_s);
}

void TstRedactor::patterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Authorization headers and bearer credentials.
    QTest::newRow("authorization header")
        << u"Authorization: Bearer eyJhbGciOi.J9.xyz"_s << u"Authorization: Bearer [redacted]"_s;
    QTest::newRow("authorization header lowercase")
        << u"authorization: bearer abc123"_s << u"authorization: bearer [redacted]"_s;
    QTest::newRow("bare bearer") << u"sent Bearer xyz to the server"_s
                                 << u"sent Bearer [redacted] to the server"_s;
    QTest::newRow("bearer in header dump") << u"(\"Authorization\", \"Bearer tok_9f8e7d\")"_s
                                           << u"(\"Authorization\", \"Bearer [redacted]\")"_s;
    QTest::newRow("basic auth header") << u"Proxy-Authorization: Basic dXNlcjpwYXNz"_s
                                       << u"Proxy-Authorization: Basic [redacted]"_s;
    QTest::newRow("header without scheme")
        << u"Authorization: rawkey123"_s << u"Authorization: [redacted]"_s;
    QTest::newRow("api key header") << u"X-Api-Key: k-1234567"_s << u"X-Api-Key: [redacted]"_s;
    QTest::newRow("json authorization")
        << u"{\"Authorization\":\"abc\"}"_s << u"{\"Authorization\":\"[redacted]\"}"_s;

    // JSON values.
    QTest::newRow("json password") << u"{\"user\": \"bob\", \"password\": \"hunter2\"}"_s
                                   << u"{\"user\": \"bob\", \"password\": \"[redacted]\"}"_s;
    QTest::newRow("json pass compact") << u"{\"login\":\"u1\",\"pass\":\"p@ss:w0rd\"}"_s
                                       << u"{\"login\":\"u1\",\"pass\":\"[redacted]\"}"_s;
    QTest::newRow("json token") << u"{\"token\" : \"t-123\", \"ok\": true}"_s
                                << u"{\"token\" : \"[redacted]\", \"ok\": true}"_s;
    QTest::newRow("json api_key") << u"{\"api_key\":\"k\"}"_s << u"{\"api_key\":\"[redacted]\"}"_s;
    QTest::newRow("json key case")
        << u"{\"Password\":\"X\"}"_s << u"{\"Password\":\"[redacted]\"}"_s;
    QTest::newRow("json escaped quote in value")
        << u"{\"password\":\"a\\\"b\",\"n\":1}"_s << u"{\"password\":\"[redacted]\",\"n\":1}"_s;
    QTest::newRow("json number value") << u"{\"token\": 123456}"_s << u"{\"token\": [redacted]}"_s;
    QTest::newRow("json null kept") << u"{\"token\": null}"_s << u"{\"token\": null}"_s;
    QTest::newRow("json in json string") << u"body: \"{\\\"password\\\":\\\"hunter2\\\"}\""_s
                                         << u"body: \"{\\\"password\\\":\\\"[redacted]\\\"}\""_s;
    QTest::newRow("json other keys kept") << u"{\"username\":\"bob\",\"token_type\":\"bearer\"}"_s
                                          << u"{\"username\":\"bob\",\"token_type\":\"bearer\"}"_s;

    // Query strings and forms.
    QTest::newRow("query password") << u"POST /login?user=a&password=s3cr3t&x=1"_s
                                    << u"POST /login?user=a&password=[redacted]&x=1"_s;
    QTest::newRow("query api_key") << u"/v1/me?api_key=zz99"_s << u"/v1/me?api_key=[redacted]"_s;

    // Proxies.
    QTest::newRow("ip:port:user:pass")
        << u"203.0.113.5:8000:alice:Pa55word"_s << u"203.0.113.5:8000:alice:[redacted]"_s;
    QTest::newRow("ip:port:user:pass in a list")
        << u"proxies:\n198.51.100.7:3128:u1:p1\n198.51.100.8:3128:u2:p:2\n"_s
        << u"proxies:\n198.51.100.7:3128:u1:[redacted]\n198.51.100.8:3128:u2:[redacted]\n"_s;
    QTest::newRow("host:port:user:pass")
        << u"gw.proxyshard.com:9000:bob:xyz"_s << u"gw.proxyshard.com:9000:bob:[redacted]"_s;
    QTest::newRow("user:pass@ip:port")
        << u"user:pass@203.0.113.5:8000"_s << u"user:[redacted]@203.0.113.5:8000"_s;
    QTest::newRow("http url") << u"http://alice:Pa55@203.0.113.5:8000"_s
                              << u"http://alice:[redacted]@203.0.113.5:8000"_s;
    QTest::newRow("socks5 url in text")
        << u"using socks5://bob:s3cr3t:x@proxy.example.net:1080 now"_s
        << u"using socks5://bob:[redacted]@proxy.example.net:1080 now"_s;
    QTest::newRow("quoted QUrl debug") << u"QUrl(\"https://u:p@api.example.com/v1\")"_s
                                       << u"QUrl(\"https://u:[redacted]@api.example.com/v1\")"_s;

    // Several at once.
    QTest::newRow("mixed")
        << u"GET https://u:pw@h/x Authorization: Bearer abc {\"password\":\"q\"}"_s
        << u"GET https://u:[redacted]@h/x Authorization: Bearer [redacted] {\"password\":\"[redacted]\"}"_s;
}

void TstRedactor::patterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redact(input), expected);
}

void TstRedactor::idempotent_data()
{
    patterns_data();
}

void TstRedactor::idempotent()
{
    // Text that went through once (the handler, then the report) must not change again.
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redact(expected), expected);
}

void TstRedactor::ordinaryTextUnchanged_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("prose") << u"Could not refresh the account: the server did not answer"_s;
    QTest::newRow("basic plan") << u"Basic plan, token count 3, password too short"_s;
    QTest::newRow("timestamp") << u"2024-05-01T12:00:00.123Z warning sharddesk.api: x"_s;
    QTest::newRow("ip:port") << u"connect to 203.0.113.5:8000 failed"_s;
    QTest::newRow("url without user") << u"GET https://api.proxyshard.com/v1/orders?page=2"_s;
    QTest::newRow("ipv6") << u"[::1]:8080 refused"_s;
    QTest::newRow("email") << u"signed in as alice@example.com"_s;
    QTest::newRow("order line") << u"order 42: auto-renew on, tag: shop"_s;
}

void TstRedactor::ordinaryTextUnchanged()
{
    QFETCH(QString, input);
    QCOMPARE(Redactor::redact(input), input);
}

void TstRedactor::concurrentUse()
{
    // Secrets registered on one thread while others redact: no crash, no torn lists, and every
    // thread sees the key once it has been added.
    const QString key = u"concurrent-key-0123456789"_s;
    Redactor::addSecret(key);
    std::atomic<int> leaks{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&leaks, &key, t] {
            for (int i = 0; i < 300; ++i) {
                if (t == 0)
                    Redactor::addSecret(u"extra-secret-"_s + QString::number(i));
                const QString out =
                    Redactor::redact(u"line "_s + QString::number(i) + u" key="_s + key);
                if (out.contains(key))
                    ++leaks;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(leaks.load(), 0);
    QCOMPARE(Redactor::redact(u"extra-secret-299"_s), u"[redacted]"_s);
}

QTEST_GUILESS_MAIN(TstRedactor)
#include "tst_redactor.moc"
