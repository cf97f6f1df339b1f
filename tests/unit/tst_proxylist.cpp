#include "domain/proxylist.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
QJsonObject validProxy()
{
    return TestSupport::obj(R"({"ip": "203.0.113.10", "username": "u1", "password": "p1",
        "http_port": 8080, "socks_port": 1080, "until": "2026-02-01T12:00:00Z",
        "status": "active", "signature": null})");
}

QJsonDocument listWithProxy1(const QJsonValue &proxy)
{
    return QJsonDocument(QJsonObject{{u"success"_s, true},
                                     {u"data"_s, QJsonArray{validProxy(), proxy}},
                                     {u"order_tag"_s, u"shop"_s}});
}

QJsonObject proxyWith(const QString &field, const QJsonValue &value)
{
    QJsonObject p = validProxy();
    if (value.isUndefined())
        p.remove(field);
    else
        p.insert(field, value);
    return p;
}
} // namespace

class TstProxyList : public QObject
{
    Q_OBJECT

private slots:
    void valid();
    void emptyList();
    void orderTag_data();
    void orderTag();
    void ports_data();
    void ports();
    void rowSkipped_data();
    void rowSkipped();
    void tolerated_data();
    void tolerated();
    void dataMember_data();
    void dataMember();
    void skippedRowsCounted();
    void notAnObject();
    void toJsonRoundTrip();
};

void TstProxyList::valid()
{
    const auto result =
        ProxyList::fromJson(TestSupport::doc(R"({"success": true, "order_tag": "shop", "data": [
        {"ip": "203.0.113.10", "username": "u1", "password": "p1", "http_port": 8080,
         "socks_port": 1080, "until": "2026-02-01T12:00:00Z", "status": "active", "signature": null},
        {"ip": "2001:db8::1", "username": "u2", "password": "p:w@2", "http_port": 1,
         "socks_port": 65535, "until": "2026-02-01 12:00:00", "status": "expired", "signature": "sig"}]})"));
    SD_VERIFY_OK(result);
    const ProxyList &list = result.value();
    QCOMPARE(list.orderTag, u"shop"_s);
    QCOMPARE(list.proxies.size(), 2);
    const ActiveProxy &a = list.proxies.at(0);
    QCOMPARE(a.ip, u"203.0.113.10"_s);
    QCOMPARE(a.username, u"u1"_s);
    QCOMPARE(a.password, u"p1"_s);
    QCOMPARE(a.httpPort, 8080);
    QCOMPARE(a.socksPort, 1080);
    QCOMPARE(a.until, u"2026-02-01T12:00:00Z"_s);
    QCOMPARE(a.status, u"active"_s);
    const ActiveProxy &b = list.proxies.at(1);
    QCOMPARE(b.ip, u"2001:db8::1"_s);
    QCOMPARE(b.password, u"p:w@2"_s);
    QCOMPARE(b.httpPort, 1);
    QCOMPARE(b.socksPort, 65535);
    QCOMPARE(b.until, u"2026-02-01 12:00:00"_s); // kept exactly as the server wrote it
    QCOMPARE(b.status, u"expired"_s);
    QCOMPARE(a.signature, QString());
    QCOMPARE(b.signature, u"sig"_s);
    QVERIFY(list.skipped.isEmpty());
}

void TstProxyList::emptyList()
{
    const auto result = ProxyList::fromJson(TestSupport::doc(R"({"success": true, "data": []})"));
    SD_VERIFY_OK(result);
    QVERIFY(result.value().proxies.isEmpty());
    QCOMPARE(result.value().orderTag, QString());
}

void TstProxyList::orderTag_data()
{
    QTest::addColumn<QJsonValue>("tag");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("tag") << QJsonValue(u"shop"_s) << u"shop"_s << QString();
    QTest::newRow("none") << QJsonValue(u"none"_s) << QString() << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("number as text") << QJsonValue(3) << u"3"_s << QString();
    QTest::newRow("object: none") << QJsonValue(QJsonObject()) << QString() << QString();
}

void TstProxyList::orderTag()
{
    QFETCH(QJsonValue, tag);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    QJsonObject top{{u"data"_s, QJsonArray{validProxy()}}};
    if (!tag.isUndefined())
        top.insert(u"order_tag"_s, tag);
    const auto result = ProxyList::fromJson(QJsonDocument(top));
    if (!error.isEmpty()) {
        SD_VERIFY_PROTOCOL_ERROR(result, error);
        return;
    }
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orderTag, expected);
}

void TstProxyList::ports_data()
{
    QTest::addColumn<QJsonValue>("httpPort");
    QTest::addColumn<QJsonValue>("socksPort");
    QTest::addColumn<int>("http"); // 0: none
    QTest::addColumn<int>("socks");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("1 and 65535") << QJsonValue(1) << QJsonValue(65535) << 1 << 65535;
    // One usable port is enough; the other is "none".
    QTest::newRow("http 0: socks only") << QJsonValue(0) << QJsonValue(1080) << 0 << 1080;
    QTest::newRow("http 65536: socks only") << QJsonValue(65536) << QJsonValue(1080) << 0 << 1080;
    QTest::newRow("http -1: socks only") << QJsonValue(-1) << QJsonValue(1080) << 0 << 1080;
    QTest::newRow("http missing: socks only") << missing << QJsonValue(1080) << 0 << 1080;
    QTest::newRow("http null: socks only") << null << QJsonValue(1080) << 0 << 1080;
    QTest::newRow("http text: socks only") << QJsonValue(u"n/a"_s) << QJsonValue(1080) << 0
                                           << 1080;
    QTest::newRow("socks 0: http only") << QJsonValue(8080) << QJsonValue(0) << 8080 << 0;
    QTest::newRow("socks 70000: http only") << QJsonValue(8080) << QJsonValue(70000) << 8080 << 0;
    QTest::newRow("socks 2^32+1080 (no int wrap)")
        << QJsonValue(8080) << QJsonValue(4294968376.0) << 8080 << 0;
    QTest::newRow("socks null: http only") << QJsonValue(8080) << null << 8080 << 0;
    QTest::newRow("socks missing: http only") << QJsonValue(8080) << missing << 8080 << 0;
    QTest::newRow("socks as string") << QJsonValue(8080) << QJsonValue(u"1080"_s) << 8080 << 1080;
    QTest::newRow("http as string") << QJsonValue(u" 8080 "_s) << QJsonValue(1080) << 8080
                                    << 1080;
    QTest::newRow("http 8080.0") << QJsonValue(8080.0) << QJsonValue(1080) << 8080 << 1080;
}

void TstProxyList::ports()
{
    QFETCH(QJsonValue, httpPort);
    QFETCH(QJsonValue, socksPort);
    QFETCH(int, http);
    QFETCH(int, socks);
    QJsonObject proxy = validProxy();
    for (const auto &[key, value] :
         {std::pair{u"http_port"_s, httpPort}, std::pair{u"socks_port"_s, socksPort}}) {
        if (value.isUndefined())
            proxy.remove(key);
        else
            proxy.insert(key, value);
    }
    const auto result = ProxyList::fromJson(listWithProxy1(proxy));
    SD_VERIFY_OK(result);
    QVERIFY(result.value().skipped.isEmpty());
    QCOMPARE(result.value().proxies.size(), 2);
    QCOMPARE(result.value().proxies.at(1).httpPort, http);
    QCOMPARE(result.value().proxies.at(1).socksPort, socks);
}

void TstProxyList::rowSkipped_data()
{
    QTest::addColumn<QJsonValue>("row");
    QTest::addColumn<QString>("reason");

    const QString noPort = u"data[1] has no usable port"_s;
    QTest::newRow("not an object") << QJsonValue(u"203.0.113.10:8080"_s)
                                   << u"data[1] is not an object"_s;
    QTest::newRow("null row") << QJsonValue(QJsonValue::Null) << u"data[1] is not an object"_s;
    QTest::newRow("ip missing") << QJsonValue(proxyWith(u"ip"_s, QJsonValue::Undefined))
                                << u"field 'data[1].ip' is missing"_s;
    QTest::newRow("ip null") << QJsonValue(proxyWith(u"ip"_s, QJsonValue::Null))
                             << u"field 'data[1].ip' is null"_s;
    QTest::newRow("ip empty") << QJsonValue(proxyWith(u"ip"_s, u"  "_s))
                              << u"field 'data[1].ip' is empty"_s;
    QTest::newRow("ip bool") << QJsonValue(proxyWith(u"ip"_s, true))
                             << u"field 'data[1].ip' is not text"_s;
    QJsonObject noPorts = validProxy();
    noPorts.remove(u"http_port"_s);
    noPorts.remove(u"socks_port"_s);
    QTest::newRow("both ports missing") << QJsonValue(noPorts) << noPort;
    QJsonObject zeroPorts = validProxy();
    zeroPorts.insert(u"http_port"_s, 0);
    zeroPorts.insert(u"socks_port"_s, QJsonValue::Null);
    QTest::newRow("http 0, socks null") << QJsonValue(zeroPorts) << noPort;
    QJsonObject outOfRange = validProxy();
    outOfRange.insert(u"http_port"_s, 65536);
    outOfRange.insert(u"socks_port"_s, -1);
    QTest::newRow("both out of range") << QJsonValue(outOfRange) << noPort;
}

void TstProxyList::rowSkipped()
{
    QFETCH(QJsonValue, row);
    QFETCH(QString, reason);
    const auto result = ProxyList::fromJson(listWithProxy1(row));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().proxies.size(), 1);
    QCOMPARE(result.value().proxies.at(0).ip, u"203.0.113.10"_s);
    QCOMPARE(result.value().orderTag, u"shop"_s);
    QCOMPARE(result.value().skipped.count(), 1);
    QCOMPARE(result.value().skipped.reasons(), QStringList{reason});
}

void TstProxyList::tolerated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // the text member read from `field`

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    for (const QString &field :
         {u"username"_s, u"password"_s, u"until"_s, u"status"_s, u"signature"_s}) {
        QTest::addRow("%s missing", qPrintable(field)) << field << missing << QString();
        QTest::addRow("%s null", qPrintable(field)) << field << null << QString();
    }
    QTest::newRow("ip number as text") << u"ip"_s << QJsonValue(3405803786.0) << u"3405803786"_s;
    QTest::newRow("ip padded") << u"ip"_s << QJsonValue(u" 203.0.113.7 "_s) << u"203.0.113.7"_s;
    QTest::newRow("username bool as text") << u"username"_s << QJsonValue(true) << u"true"_s;
    QTest::newRow("password number as text") << u"password"_s << QJsonValue(1234) << u"1234"_s;
    QTest::newRow("until epoch kept as text")
        << u"until"_s << QJsonValue(1767348000) << u"1767348000"_s;
    QTest::newRow("status object: none") << u"status"_s << QJsonValue(QJsonObject()) << QString();
    QTest::newRow("signature") << u"signature"_s << QJsonValue(u"p0f:4:64"_s) << u"p0f:4:64"_s;
}

void TstProxyList::tolerated()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const auto result = ProxyList::fromJson(listWithProxy1(proxyWith(field, value)));
    SD_VERIFY_OK(result);
    QVERIFY2(result.value().skipped.isEmpty(), qPrintable(result.value().skipped.summary()));
    QCOMPARE(result.value().proxies.size(), 2);
    const ActiveProxy &p = result.value().proxies.at(1);
    const QString got = field == u"ip"         ? p.ip
                        : field == u"username" ? p.username
                        : field == u"password" ? p.password
                        : field == u"until"    ? p.until
                        : field == u"status"   ? p.status
                                               : p.signature;
    QCOMPARE(got, expected);
    QCOMPARE(p.httpPort, 8080);
    QCOMPARE(p.socksPort, 1080);
}

void TstProxyList::dataMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << R"({"success": true, "order_tag": null})"_ba
                             << u"field 'data' is missing"_s;
    QTest::newRow("null") << R"({"success": true, "data": null})"_ba << u"field 'data' is null"_s;
    QTest::newRow("object") << R"({"success": true, "data": {}})"_ba
                            << u"field 'data' is not a list"_s;
}

void TstProxyList::dataMember()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(ProxyList::fromJson(TestSupport::doc(json)), detail);
}

void TstProxyList::skippedRowsCounted()
{
    const auto result = ProxyList::fromJson(TestSupport::doc(R"({"order_tag": null, "data": [
        {"ip": "203.0.113.1", "http_port": 8080},
        {"http_port": 8080},
        7,
        {"ip": "203.0.113.2", "http_port": 0, "socks_port": 0},
        {"ip": "", "socks_port": 1080},
        {"ip": "203.0.113.3", "socks_port": "1080"}]})"));
    SD_VERIFY_OK(result);
    const ProxyList &list = result.value();
    QCOMPARE(list.proxies.size(), 2);
    QCOMPARE(list.proxies.at(0).ip, u"203.0.113.1"_s);
    QCOMPARE(list.proxies.at(1).ip, u"203.0.113.3"_s);
    QCOMPARE(list.proxies.at(1).socksPort, 1080);
    QCOMPARE(list.skipped.count(), 4);
    QCOMPARE(list.skipped.reasons(),
             (QStringList{u"field 'data[1].ip' is missing"_s, u"data[2] is not an object"_s,
                          u"data[3] has no usable port"_s}));
}

void TstProxyList::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(ProxyList::fromJson(QJsonDocument(QJsonArray{validProxy()})),
                             u"the proxy list is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(ProxyList::fromJson(QJsonDocument()),
                             u"the proxy list is not a JSON object"_s);
}

void TstProxyList::toJsonRoundTrip()
{
    const auto first = ProxyList::fromJson(listWithProxy1(validProxy()));
    SD_VERIFY_OK(first);
    const QJsonObject json = first.value().toJson();
    QCOMPARE(json.value(u"order_tag"_s).toString(), u"shop"_s);
    QCOMPARE(json.value(u"data"_s).toArray().at(0).toObject(),
             TestSupport::obj(R"({"ip": "203.0.113.10",
        "username": "u1", "password": "p1", "http_port": 8080, "socks_port": 1080,
        "until": "2026-02-01T12:00:00Z", "status": "active", "signature": null})"));
    const auto second = ProxyList::fromJson(QJsonDocument(json));
    SD_VERIFY_OK(second);
    QCOMPARE(second.value().toJson(), json);

    // A proxy with one port and a signature.
    ActiveProxy socksOnly;
    socksOnly.ip = u"203.0.113.9"_s;
    socksOnly.socksPort = 1080;
    socksOnly.signature = u"sig"_s;
    ProxyList one;
    one.proxies.append(socksOnly);
    const auto third = ProxyList::fromJson(QJsonDocument(one.toJson()));
    SD_VERIFY_OK(third);
    QCOMPARE(third.value().proxies.size(), 1);
    QCOMPARE(third.value().proxies.at(0).httpPort, 0);
    QCOMPARE(third.value().proxies.at(0).socksPort, 1080);
    QCOMPARE(third.value().proxies.at(0).signature, u"sig"_s);
    QCOMPARE(third.value().toJson(), one.toJson());

    ProxyList untagged;
    QCOMPARE(untagged.toJson(), TestSupport::obj(R"({"data": [], "order_tag": null})"));
}

QTEST_GUILESS_MAIN(TstProxyList)

#include "tst_proxylist.moc"
