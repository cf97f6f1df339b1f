#include "domain/proxylist.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

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
    void missingField_data();
    void missingField();
    void wrongType_data();
    void wrongType();
    void dataMember_data();
    void dataMember();
    void nonObjectRow();
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
    QTest::newRow("number") << QJsonValue(3) << QString() << u"field 'order_tag' is not a string"_s;
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
    QTest::addColumn<QString>("error");

    const QString outOfRange = u"field 'data[1]' has a port outside 1..65535"_s;
    QTest::newRow("1 and 65535") << QJsonValue(1) << QJsonValue(65535) << QString();
    QTest::newRow("http 0") << QJsonValue(0) << QJsonValue(1080) << outOfRange;
    QTest::newRow("http 65536") << QJsonValue(65536) << QJsonValue(1080) << outOfRange;
    QTest::newRow("http -1") << QJsonValue(-1) << QJsonValue(1080) << outOfRange;
    QTest::newRow("socks 0") << QJsonValue(8080) << QJsonValue(0) << outOfRange;
    QTest::newRow("socks 70000") << QJsonValue(8080) << QJsonValue(70000) << outOfRange;
    QTest::newRow("socks 2^32+1080 (int wrap)")
        << QJsonValue(8080) << QJsonValue(4294968376.0) << outOfRange;
    QTest::newRow("http fraction") << QJsonValue(8080.5) << QJsonValue(1080)
                                   << u"field 'data[1].http_port' is not an integer"_s;
    QTest::newRow("socks string") << QJsonValue(8080) << QJsonValue(u"1080"_s)
                                  << u"field 'data[1].socks_port' is not an integer"_s;
}

void TstProxyList::ports()
{
    QFETCH(QJsonValue, httpPort);
    QFETCH(QJsonValue, socksPort);
    QFETCH(QString, error);
    QJsonObject proxy = validProxy();
    proxy.insert(u"http_port"_s, httpPort);
    proxy.insert(u"socks_port"_s, socksPort);
    const auto result = ProxyList::fromJson(listWithProxy1(proxy));
    if (!error.isEmpty()) {
        SD_VERIFY_PROTOCOL_ERROR(result, error);
        return;
    }
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().proxies.at(1).httpPort, httpPort.toInt());
    QCOMPARE(result.value().proxies.at(1).socksPort, socksPort.toInt());
}

void TstProxyList::missingField_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : {u"ip"_s, u"username"_s, u"password"_s, u"http_port"_s,
                                 u"socks_port"_s, u"until"_s, u"status"_s})
        QTest::newRow(qPrintable(field)) << field;
}

void TstProxyList::missingField()
{
    QFETCH(QString, field);
    SD_VERIFY_PROTOCOL_ERROR(
        ProxyList::fromJson(listWithProxy1(proxyWith(field, QJsonValue::Undefined))),
        u"field 'data[1]."_s + field + u"' is missing"_s);
    SD_VERIFY_PROTOCOL_ERROR(
        ProxyList::fromJson(listWithProxy1(proxyWith(field, QJsonValue::Null))),
        u"field 'data[1]."_s + field + u"' is null"_s);
}

void TstProxyList::wrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ip number") << u"ip"_s << QJsonValue(3405803786.0) << u"is not a string"_s;
    QTest::newRow("username bool") << u"username"_s << QJsonValue(true) << u"is not a string"_s;
    QTest::newRow("password number") << u"password"_s << QJsonValue(1234) << u"is not a string"_s;
    QTest::newRow("until number") << u"until"_s << QJsonValue(1767348000) << u"is not a string"_s;
    QTest::newRow("status object")
        << u"status"_s << QJsonValue(QJsonObject()) << u"is not a string"_s;
}

void TstProxyList::wrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    SD_VERIFY_PROTOCOL_ERROR(ProxyList::fromJson(listWithProxy1(proxyWith(field, value))),
                             u"field 'data[1]."_s + field + u"' "_s + problem);
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

void TstProxyList::nonObjectRow()
{
    SD_VERIFY_PROTOCOL_ERROR(ProxyList::fromJson(listWithProxy1(u"203.0.113.10:8080"_s)),
                             u"field 'data[1]' is not an object"_s);
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
        "until": "2026-02-01T12:00:00Z", "status": "active"})"));
    const auto second = ProxyList::fromJson(QJsonDocument(json));
    SD_VERIFY_OK(second);
    QCOMPARE(second.value().toJson(), json);

    ProxyList untagged;
    QCOMPARE(untagged.toJson(), TestSupport::obj(R"({"data": [], "order_tag": null})"));
}

QTEST_GUILESS_MAIN(TstProxyList)

#include "tst_proxylist.moc"
