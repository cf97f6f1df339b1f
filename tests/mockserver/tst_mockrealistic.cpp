// The mock server's Realistic profile (issue 12): each rough edge of a plausible production
// deployment at the backend level, the state changes compared with a Strict twin, the Strict
// answers left as they were, and the profile over real loopback HTTP (option and environment).

#include "backendcalls.h"
#include "mockbackend.h"
#include "mockserver.h"
#include "mocktestclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
const QByteArray kPlainText = QByteArrayLiteral("text/plain; charset=utf-8");
using Rules = MockBackend::RealisticRules;

QJsonObject obj(const MockResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}


QString orderPath(qint64 id, const QString &suffix = {})
{
    return u"/user/api/orders/"_s + QString::number(id) + suffix;
}

// The offset a page URI points to.
qint64 offsetOf(const QString &uri)
{
    return QUrlQuery(QUrl(uri).query()).queryItemValue(u"offset"_s).toLongLong();
}

// Sets SHARDDESK_MOCK_PROFILE for its lifetime and restores the previous value after.
class ProfileEnvironment final
{
public:
    explicit ProfileEnvironment(const QByteArray &value)
        : m_had(qEnvironmentVariableIsSet(MockServer::kProfileEnvironmentVariable)),
          m_old(qgetenv(MockServer::kProfileEnvironmentVariable))
    {
        if (value.isNull())
            qunsetenv(MockServer::kProfileEnvironmentVariable);
        else
            qputenv(MockServer::kProfileEnvironmentVariable, value);
    }
    ~ProfileEnvironment()
    {
        if (m_had)
            qputenv(MockServer::kProfileEnvironmentVariable, m_old);
        else
            qunsetenv(MockServer::kProfileEnvironmentVariable);
    }
    ProfileEnvironment(const ProfileEnvironment &) = delete;
    ProfileEnvironment &operator=(const ProfileEnvironment &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestMockRealistic final : public QObject, private BackendCalls
{
    Q_OBJECT

private:
    bool isDcOrIsp(const MockOrder &o) const
    {
        const MockProduct *p = m_backend.catalog().productById(o.productId);
        return p && p->isDatacenterOrIsp();
    }
    // Every row of a status tab, following `next` from offset 0 with the given limit.
    QJsonArray walk(const QString &status, int limit, int *pages = nullptr)
    {
        QJsonArray rows;
        QString uri =
            u"/user/api/orders?status="_s + status + u"&offset=0&limit="_s + QString::number(limit);
        int n = 0;
        while (!uri.isEmpty() && n < 10000) {
            const MockResponse r = get(uri);
            if (r.status != 200) {
                qWarning() << uri << r.status << r.body;
                return {};
            }
            const QJsonObject page = obj(r);
            for (const QJsonValue &row : page.value(u"orders"_s).toArray())
                rows.append(row);
            uri = page.value(u"next"_s).toString();
            ++n;
        }
        if (pages)
            *pages = n;
        return rows;
    }
    static void compareStates(const MockBackend &a, const MockBackend &b)
    {
        QCOMPARE(a.state().balanceCents(), b.state().balanceCents());
        QCOMPARE(a.state().orders().size(), b.state().orders().size());
        for (qsizetype i = 0; i < a.state().orders().size(); ++i) {
            const MockOrder &x = a.state().orders().at(i);
            const MockOrder &y = b.state().orders().at(i);
            QCOMPARE(x.orderId, y.orderId);
            QCOMPARE(x.status, y.status);
            QCOMPARE(x.expiresAt, y.expiresAt);
            QCOMPARE(x.tag, y.tag);
            QCOMPARE(x.autoRenewal, y.autoRenewal);
            QCOMPARE(x.cycleName, y.cycleName);
            QCOMPARE(x.cycleId, y.cycleId);
            QCOMPARE(x.promoCode, y.promoCode);
            QCOMPARE(x.pricePaidCents, y.pricePaidCents);
            QCOMPARE(x.quantity, y.quantity);
        }
        QCOMPARE(a.catalog().stock().size(), b.catalog().stock().size());
        for (qsizetype i = 0; i < a.catalog().stock().size(); ++i)
            QCOMPARE(a.catalog().stock().at(i).amount, b.catalog().stock().at(i).amount);
    }

private Q_SLOTS:
    void init()
    {
        m_backend = MockBackend();
        m_backend.setNow(kNow);
        m_backend.resetDemoData(MockBackend::kDefaultOrderCount, MockBackend::kDefaultSeed);
        m_backend.setProfile(MockBackend::Profile::Realistic);
    }

    void profileNamesAndDefaults()
    {
        QCOMPARE(MockBackend().profile(), MockBackend::Profile::Strict);
        QCOMPARE(MockBackend::profileFromName(u"strict"), MockBackend::Profile::Strict);
        QCOMPARE(MockBackend::profileFromName(u"Realistic"), MockBackend::Profile::Realistic);
        QVERIFY(!MockBackend::profileFromName(u"tidy"));
        QVERIFY(!MockBackend::profileFromName(u""));
        QCOMPARE(MockBackend::profileName(MockBackend::Profile::Realistic), u"realistic"_s);
        QCOMPARE(MockBackend::profileName(MockBackend::Profile::Strict), u"strict"_s);
        // Demo data does not reset the profile (it is a property of the server, like the key).
        m_backend.resetDemoData(10, 2);
        QVERIFY(m_backend.isRealistic());
    }

    void serverProfileFromEnvironment_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("realistic");
        QTest::newRow("unset") << QByteArray() << false;
        QTest::newRow("strict") << QByteArray("strict") << false;
        QTest::newRow("realistic") << QByteArray("realistic") << true;
        QTest::newRow("upper case") << QByteArray("REALISTIC") << true;
        QTest::newRow("unknown word") << QByteArray("chaos") << false;
    }
    void serverProfileFromEnvironment()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, realistic);
        const ProfileEnvironment environment(value);
        MockServer server;
        QCOMPARE(server.isRealistic(), realistic);
        QCOMPARE(server.profile(),
                 realistic ? MockServer::Profile::Realistic : MockServer::Profile::Strict);
        server.setProfile(MockServer::Profile::Strict);
        QCOMPARE(server.backend().profile(), MockBackend::Profile::Strict);
    }

    // 1. Malformed requests: 400 text/plain in the framework's words; nothing changes.
    void malformedRequestsArePlainText_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");

        const QString tag = orderPath(100005, u"/tag"_s);
        const QString cycle = u"/user/api/orders/change-billing-cycle/100005"_s;
        const QString purchase = u"/user/api/orders/purchase"_s;
        const QByteArray post("POST");
        const QByteArray get("GET");
        QTest::newRow("tag: missing field")
            << post << tag << QByteArray("{}")
            << u"Json deserialize error: missing field `tag` at line 1 column 2"_s;
        QTest::newRow("tag: integer")
            << post << tag << QByteArray(R"({"tag":5})")
            << u"Json deserialize error: invalid type: integer `5`, expected a string at line 1 "
               "column 8"_s;
        QTest::newRow("tag: null")
            << post << tag << QByteArray(R"({"tag":null})")
            << u"Json deserialize error: invalid type: null, expected a string at line 1 "
               "column 11"_s;
        QTest::newRow("tag: not JSON")
            << post << tag << QByteArray("x")
            << u"Json deserialize error: expected value at line 1 column 1"_s;
        QTest::newRow("tag: empty body")
            << post << tag << QByteArray()
            << u"Json deserialize error: EOF while parsing a value at line 1 column 0"_s;
        QTest::newRow("tag: cut off")
            << post << tag << QByteArray(R"({"tag":"a")")
            << u"Json deserialize error: EOF while parsing an object at line 1 column 10"_s;
        QTest::newRow("cycle: missing field")
            << post << cycle << QByteArray("{}")
            << u"Json deserialize error: missing field `cycle` at line 1 column 2"_s;
        QTest::newRow("cycle: boolean")
            << post << cycle << QByteArray(R"({"cycle":true})")
            << u"Json deserialize error: invalid type: boolean `true`, expected a string at "
               "line 1 column 13"_s;
        QTest::newRow("purchase: an array")
            << post << purchase << QByteArray("[1]")
            << u"Json deserialize error: invalid type: sequence, expected struct "
               "PurchaseRequest at line 1 column 1"_s;
        QTest::newRow("purchase: no product")
            << post << purchase << QByteArray(R"({"location":"DE"})")
            << u"Json deserialize error: missing field `product` at line 1 column 17"_s;
        QTest::newRow("purchase: no cycle")
            << post << purchase
            << QByteArray(R"({"product":"Datacenter Proxy","location":"DE","quantity":1})")
            << u"Json deserialize error: missing field `cycle` at line 1 column 59"_s;
        QTest::newRow("purchase: no location")
            << post << purchase << QByteArray(R"({"product":"ISP Proxy","cycle":"monthly"})")
            << u"Json deserialize error: missing field `location` at line 1 column 41"_s;
        QTest::newRow("purchase: quantity as string")
            << post << purchase
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":"3"})")
            << u"Json deserialize error: invalid type: string \"3\", expected u32 at line 1 "
               "column 78"_s;
        QTest::newRow("purchase: negative quantity")
            << post << purchase
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":-1})")
            << u"Json deserialize error: invalid value: integer `-1`, expected u32 at line 1 "
               "column 77"_s;
        QTest::newRow("purchase: fractional quantity")
            << post << purchase
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":1.5})")
            << u"Json deserialize error: invalid type: floating point `1.5`, expected u32 at "
               "line 1 column 78"_s;
        QTest::newRow("purchase: auto_renewal as string")
            << post << purchase
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","auto_renewal":"yes"})")
            << u"Json deserialize error: invalid type: string \"yes\", expected a boolean at "
               "line 1 column 84"_s;
        QTest::newRow("orders: limit not a number")
            << get << u"/user/api/orders?status=all&limit=abc"_s << QByteArray()
            << u"Query deserialize error: invalid digit found in string"_s;
        QTest::newRow("orders: negative offset")
            << get << u"/user/api/orders?status=all&offset=-1"_s << QByteArray()
            << u"Query deserialize error: invalid digit found in string"_s;
        QTest::newRow("orders: empty limit")
            << get << u"/user/api/orders?status=all&limit="_s << QByteArray()
            << u"Query deserialize error: cannot parse integer from empty string"_s;
        QTest::newRow("orders: huge offset")
            << get << u"/user/api/orders?status=all&offset=99999999999999999999999"_s
            << QByteArray() << u"Query deserialize error: number too large to fit in target type"_s;
        QTest::newRow("orders: unknown status")
            << get << u"/user/api/orders?status=paused"_s << QByteArray()
            << u"Query deserialize error: unknown variant `paused`, expected one of `active`, "
               "`on-hold`, `cancelled`, `all`"_s;
        QTest::newRow("orders: no status") << get << u"/user/api/orders?limit=10"_s << QByteArray()
                                           << u"Query deserialize error: missing field `status`"_s;
        QTest::newRow("calculate: quantity not a number")
            << get
            << u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE&cycle=monthly"
               "&quantity=ten"_s
            << QByteArray() << u"Query deserialize error: invalid digit found in string"_s;
        QTest::newRow("calculate: no product")
            << get << u"/user/api/orders/calculate?cycle=monthly"_s << QByteArray()
            << u"Query deserialize error: missing field `product`"_s;
        QTest::newRow("calculate: no cycle")
            << get << u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE"_s
            << QByteArray() << u"Query deserialize error: missing field `cycle`"_s;
        QTest::newRow("auto-renewal: not a boolean")
            << post << u"/user/api/orders/edit-auto-renewal/100005?auto_renewal=yes"_s
            << QByteArray("{}")
            << u"Query deserialize error: provided string was not `true` or `false`"_s;
        QTest::newRow("auto-renewal: missing")
            << post << u"/user/api/orders/edit-auto-renewal/100005"_s << QByteArray("{}")
            << u"Query deserialize error: missing field `auto_renewal`"_s;
        QTest::newRow("proxies: no order_id")
            << get << u"/user/api/proxies/active"_s << QByteArray()
            << u"Query deserialize error: missing field `order_id`"_s;
        QTest::newRow("proxies: order_id not a number")
            << get << u"/user/api/proxies/active?order_id=abc"_s << QByteArray()
            << u"Query deserialize error: invalid digit found in string"_s;
    }
    void malformedRequestsArePlainText()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);

        const MockBackend before = m_backend;
        MockRequest request = method == "POST" ? MockRequest::post(path, body, kToken)
                                               : MockRequest::get(path, kToken);
        const MockResponse r = m_backend.handle(request);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.contentType, kPlainText);
        QCOMPARE(QString::fromUtf8(r.body), text);
        compareStates(m_backend, before);

        // The same request in Strict keeps its JSON {"success":false,"message":...}.
        MockBackend strict = before;
        strict.setProfile(MockBackend::Profile::Strict);
        const MockResponse s = strict.handle(request);
        QVERIFY2(s.status == 400 || s.status == 403, s.body.constData());
        QCOMPARE(s.contentType, QByteArray("application/json"));
        QCOMPARE(obj(s).value(u"success"_s), QJsonValue(false));
        QVERIFY(!obj(s).value(u"message"_s).toString().isEmpty());
    }

    // 1. Business refusals keep {"success":false,"message":...}.
    void businessRefusalsKeepTheirJson_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("out of stock")
            << u"/user/api/orders/purchase"_s
            << QByteArray(R"({"product":"Datacenter Proxy","location":"FR","cycle":"monthly"})")
            << 400 << u"Not enough proxies in stock"_s;
        QTest::newRow("bad promo")
            << u"/user/api/orders/purchase"_s
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","promo_code":"NOPE"})")
            << 400 << u"Promo code is invalid"_s;
        QTest::newRow("cycle unavailable")
            << u"/user/api/orders/purchase"_s
            << QByteArray(R"({"product":"Datacenter Proxy","location":"JP","cycle":"weekly"})")
            << 403 << u"Cycle is not available"_s;
        QTest::newRow("insufficient balance")
            << u"/user/api/orders/purchase"_s
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"US","cycle":"yearly","quantity":5000})")
            << 400 << u"Insufficient balance"_s;
        QTest::newRow("zero quantity")
            << u"/user/api/orders/purchase"_s
            << QByteArray(
                   R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":0})")
            << 400 << u"Quantity must be at least 1"_s;
    }
    void businessRefusalsKeepTheirJson()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const MockResponse r = post(path, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(obj(r).value(u"success"_s), QJsonValue(false));
        QCOMPARE(obj(r).value(u"message"_s).toString(), message);
    }

    void renewOfAnActiveOrderIsARefusal()
    {
        const MockOrder active =
            find([](const MockOrder &o) { return o.status == MockOrder::Status::Active; });
        const MockResponse r = post(orderPath(active.orderId, u"/renew"_s), QByteArray("{}"));
        QCOMPARE(r.status, 400);
        QCOMPARE(obj(r).value(u"success"_s), QJsonValue(false));
        QCOMPARE(obj(r).value(u"message"_s).toString(), u"Only orders on hold can be renewed"_s);
    }

    // 1. Some errors as {"detail": ...}.
    void detailErrors()
    {
        const QJsonObject notFound{{u"detail"_s, u"Order not found"_s}};
        QCOMPARE(obj(get(orderPath(999))), notFound);
        QCOMPARE(get(orderPath(999)).status, 404);
        QCOMPARE(obj(post(orderPath(999, u"/renew"_s), QByteArray("{}"))), notFound);
        QCOMPARE(obj(post(orderPath(999, u"/tag"_s), QByteArray(R"({"tag":"x"})"))), notFound);
        QCOMPARE(obj(post(u"/user/api/orders/change-billing-cycle/999"_s,
                          QByteArray(R"({"cycle":"monthly"})"))),
                 notFound);
        QCOMPARE(obj(post(u"/user/api/orders/edit-auto-renewal/999?auto_renewal=true"_s,
                          QByteArray("{}"))),
                 notFound);
        QCOMPARE(obj(get(u"/user/api/proxies/active?order_id=999"_s)), notFound);

        const MockResponse unauthorized =
            m_backend.handle(MockRequest::get(u"/user/api/me"_s, QByteArrayLiteral("nope")));
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(obj(unauthorized), QJsonObject({{u"detail"_s, u"Invalid API key"_s}}));

        const MockOrder residential = find([this](const MockOrder &o) { return !isDcOrIsp(o); });
        QVERIFY(residential.orderId > 0);
        const MockResponse forbidden =
            get(u"/user/api/proxies/active?order_id="_s + QString::number(residential.orderId));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(obj(forbidden).keys(), QStringList{u"detail"_s});
        QVERIFY(!obj(forbidden).value(u"detail"_s).toString().isEmpty());

        const MockResponse unknownPath = get(u"/user/api/nothing-here"_s);
        QCOMPARE(unknownPath.status, 404);
        QCOMPARE(obj(unknownPath).keys(), QStringList{u"detail"_s});
    }

    // 2. Pages are capped at 50 rows; next is set while rows remain; count is the page's rows.
    void pagesAreCapped_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("limit");
        for (const QString &status : {u"all"_s, u"active"_s, u"on-hold"_s, u"cancelled"_s}) {
            for (const int limit : {100, 50, 30, 1}) {
                QTest::addRow("%s, limit %d", qPrintable(status), limit) << status << limit;
            }
        }
    }
    void pagesAreCapped()
    {
        QFETCH(QString, status);
        QFETCH(int, limit);
        const std::optional<MockOrder::Status> filter =
            status == u"all" ? std::nullopt : MockOrder::statusFromName(status);
        const QList<int> &orders = m_backend.state().rowsWithStatus(filter);
        qint64 twins = 0;
        for (const int i : orders)
            twins += Rules::hasUnreadableTwin(m_backend.state().orders().at(i).orderId) ? 1 : 0;
        const qint64 total = orders.size() + twins;
        QVERIFY(total > 0);

        const int pageRows = std::min(limit, Rules::kPageCap);
        qint64 offset = 0;
        qint64 seen = 0;
        while (true) {
            const MockResponse r =
                get(u"/user/api/orders?status="_s + status + u"&offset="_s +
                    QString::number(offset) + u"&limit="_s + QString::number(limit));
            QCOMPARE(r.status, 200);
            const QJsonObject page = obj(r);
            const qsizetype rows = page.value(u"orders"_s).toArray().size();
            QCOMPARE(rows, qsizetype(std::min<qint64>(pageRows, total - offset)));
            QCOMPARE(page.value(u"count"_s).toInteger(), rows);
            seen += rows;
            if (offset + rows < total) {
                const QString next = page.value(u"next"_s).toString();
                QVERIFY2(next.contains(u"limit="_s + QString::number(limit)), qPrintable(next));
                QVERIFY(next.startsWith(u"/user/api/orders?status="_s + status));
                QCOMPARE(offsetOf(next), offset + rows);
                offset = offsetOf(next);
            } else {
                QVERIFY(page.value(u"next"_s).isNull());
                break;
            }
        }
        QCOMPARE(seen, total);
    }

    void limitAbove100IsRefused()
    {
        QCOMPARE(get(u"/user/api/orders?status=all&limit=100"_s).status, 200);
        const MockResponse r = get(u"/user/api/orders?status=all&limit=101"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(obj(r).value(u"success"_s), QJsonValue(false));
    }

    // 3. An offset past the end is a 400; an empty tab at offset 0 is an empty page.
    void offsetPastTheEnd()
    {
        const QJsonArray all = walk(u"all"_s, 100);
        const qint64 total = all.size();
        const MockResponse past =
            get(u"/user/api/orders?status=all&limit=20&offset="_s + QString::number(total));
        QCOMPARE(past.status, 400);
        QCOMPARE(past.contentType, kPlainText);
        QCOMPARE(past.body, QByteArray("offset out of range"));
        QCOMPARE(get(u"/user/api/orders?status=all&offset=100000"_s).status, 400);

        const MockResponse last =
            get(u"/user/api/orders?status=all&limit=20&offset="_s + QString::number(total - 1));
        QCOMPARE(last.status, 200);
        QCOMPARE(obj(last).value(u"orders"_s).toArray().size(), 1);
        QVERIFY(obj(last).value(u"next"_s).isNull());

        m_backend.resetDemoData(0, 1);
        const MockResponse empty = get(u"/user/api/orders?status=on-hold&offset=0&limit=100"_s);
        QCOMPARE(empty.status, 200);
        QCOMPARE(obj(empty).value(u"orders"_s).toArray().size(), 0);
        QCOMPARE(obj(empty).value(u"count"_s).toInteger(), 0);
        QVERIFY(obj(empty).value(u"next"_s).isNull());
        QCOMPARE(get(u"/user/api/orders?status=on-hold&offset=20&limit=20"_s).status, 400);
    }

    // 4. Nulls in list rows, details and /me.
    void nulls()
    {
        int nullIds = 0;
        int nullCycleNames = 0;
        for (const QJsonValue &v : walk(u"all"_s, 100)) {
            const QJsonObject row = v.toObject();
            if (row.value(u"order_id"_s).isNull())
                continue;
            const qint64 id = row.value(u"order_id"_s).toInteger();
            QCOMPARE(row.value(u"product_id"_s).isNull(), Rules::nullProductAndCycleId(id));
            QCOMPARE(row.value(u"cycle_id"_s).isNull(), Rules::nullProductAndCycleId(id));
            QCOMPARE(row.value(u"cycle_name"_s).isNull(), Rules::nullCycleName(id));
            QVERIFY(row.contains(u"product_id"_s) && row.contains(u"cycle_name"_s));
            nullIds += row.value(u"product_id"_s).isNull() ? 1 : 0;
            nullCycleNames += row.value(u"cycle_name"_s).isNull() ? 1 : 0;
        }
        QVERIFY(nullIds >= 30);
        QVERIFY(nullCycleNames >= 20);

        int nullCreated = 0;
        for (const MockOrder &o : m_backend.state().orders()) {
            const QJsonObject order = obj(get(orderPath(o.orderId))).value(u"order"_s).toObject();
            QCOMPARE(order.value(u"order_id"_s).toInteger(), o.orderId);
            QCOMPARE(order.value(u"created_at"_s).isNull(), Rules::nullCreatedAt(o.orderId));
            QVERIFY(order.contains(u"created_at"_s));
            nullCreated += order.value(u"created_at"_s).isNull() ? 1 : 0;
        }
        QCOMPARE(nullCreated, 48); // ids 100005, 100010, ... 100240

        const QJsonObject me = obj(get(u"/user/api/me"_s));
        QVERIFY(me.contains(u"email"_s));
        QVERIFY(me.value(u"email"_s).isNull());
        QCOMPARE(me.value(u"wallet_balance"_s).toInteger(), MockBackend::kDefaultBalanceCents);
    }

    // 5. Convertible odd types: dates with a space or as epoch seconds, numbers as strings.
    void oddTypes()
    {
        int space = 0;
        int epoch = 0;
        for (const QJsonValue &v : walk(u"all"_s, 100)) {
            const QJsonObject row = v.toObject();
            if (row.value(u"order_id"_s).isNull())
                continue;
            const qint64 id = row.value(u"order_id"_s).toInteger();
            const MockOrder *o = m_backend.state().order(id);
            QVERIFY(o);
            const QJsonValue expires = row.value(u"expires_at"_s);
            if (!o->expiresAt) {
                QVERIFY(expires.isNull());
                continue;
            }
            switch (Rules::listExpiryForm(id)) {
            case Rules::ExpiryForm::Iso:
                QCOMPARE(expires.toString(), MockOrder::formatTime(*o->expiresAt, o->timeStyle));
                break;
            case Rules::ExpiryForm::SpaceNoOffset: {
                const QString text = expires.toString();
                QCOMPARE(text.size(), 19);
                QCOMPARE(text.at(10), u' ');
                // No offset: the time is UTC.
                const QDateTime utc(QDate::fromString(text.left(10), Qt::ISODate),
                                    QTime::fromString(text.mid(11), Qt::ISODate), Qt::UTC);
                QVERIFY(utc.isValid());
                QCOMPARE(utc.toSecsSinceEpoch(), *o->expiresAt);
                ++space;
                break;
            }
            case Rules::ExpiryForm::EpochSeconds:
                QVERIFY(expires.isDouble());
                QCOMPARE(expires.toInteger(), *o->expiresAt);
                ++epoch;
                break;
            }
        }
        QVERIFY(space >= 10);
        QVERIFY(epoch >= 10);

        int strings = 0;
        for (const MockOrder &o : m_backend.state().orders()) {
            const QJsonObject order = obj(get(orderPath(o.orderId))).value(u"order"_s).toObject();
            const QJsonValue quantity = order.value(u"quantity"_s);
            const QJsonValue price = order.value(u"price_paid"_s);
            if (Rules::numericStrings(o.orderId)) {
                QCOMPARE(quantity, QJsonValue(QString::number(o.quantity)));
                QCOMPARE(price, QJsonValue(QString::number(o.pricePaidCents)));
                ++strings;
            } else {
                QVERIFY(quantity.isDouble());
                QCOMPARE(quantity.toInteger(), o.quantity);
                QCOMPARE(price.toInteger(), o.pricePaidCents);
            }
        }
        QCOMPARE(strings, 80);
    }

    // 6. Unreadable extra rows (no order_id): every real order is still listed exactly once.
    void unreadableRows()
    {
        for (const QString &status : {u"all"_s, u"active"_s, u"on-hold"_s, u"cancelled"_s}) {
            const QJsonArray rows = walk(status, 100);
            const std::optional<MockOrder::Status> filter =
                status == u"all" ? std::nullopt : MockOrder::statusFromName(status);
            QSet<qint64> expected;
            int twins = 0;
            for (const int i : m_backend.state().rowsWithStatus(filter)) {
                const qint64 id = m_backend.state().orders().at(i).orderId;
                expected.insert(id);
                twins += Rules::hasUnreadableTwin(id) ? 1 : 0;
            }
            QSet<qint64> listed;
            int unreadable = 0;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QJsonObject row = rows.at(i).toObject();
                if (row.value(u"order_id"_s).isNull()) {
                    ++unreadable;
                    // It keeps the other fields: those of the order listed just before it.
                    QVERIFY(row.contains(u"order_id"_s));
                    QVERIFY(i > 0);
                    const QJsonObject before = rows.at(i - 1).toObject();
                    QVERIFY(Rules::hasUnreadableTwin(before.value(u"order_id"_s).toInteger()));
                    QCOMPARE(row.value(u"product_name"_s), before.value(u"product_name"_s));
                    QCOMPARE(row.value(u"expires_at"_s), before.value(u"expires_at"_s));
                    QCOMPARE(row.value(u"tag"_s), before.value(u"tag"_s));
                    continue;
                }
                const qint64 id = row.value(u"order_id"_s).toInteger();
                QVERIFY2(!listed.contains(id), qPrintable(QString::number(id)));
                listed.insert(id);
            }
            QCOMPARE(listed, expected);
            QCOMPARE(unreadable, twins);
            QCOMPARE(rows.size(), expected.size() + twins);
        }
        // The demo data has some: ids 100007, 100104 and 100201 are multiples of 97.
        QCOMPARE(walk(u"all"_s, 50).size(), 243);
    }

    // 7. Action answers without success, and a 204; the state changes exactly as in Strict.
    void actionAnswersAndStateChanges()
    {
        MockBackend strict = m_backend;
        strict.setProfile(MockBackend::Profile::Strict);
        const auto both = [&](const QString &path, const QByteArray &body) {
            const MockResponse s = strict.handle(MockRequest::post(path, body, kToken));
            [&] { QCOMPARE(s.status, 200); }();
            [&] { QCOMPARE(obj(s).value(u"success"_s), QJsonValue(true)); }();
            return post(path, body);
        };

        const MockOrder dc = find([this](const MockOrder &o) {
            return isDcOrIsp(o) && o.status == MockOrder::Status::Active && o.promoCode.isEmpty();
        });
        QVERIFY(dc.orderId > 0);

        const MockResponse tag = both(orderPath(dc.orderId, u"/tag"_s), R"({"tag":"blue"})");
        QCOMPARE(tag.status, 204);
        QVERIFY(tag.body.isEmpty());
        QVERIFY(tag.contentType.isEmpty());
        QVERIFY(!tag.serialize(true).contains("Content-Length"));
        QCOMPARE(m_backend.state().order(dc.orderId)->tag, std::optional<QString>(u"blue"_s));
        QCOMPARE(post(orderPath(dc.orderId, u"/tag"_s), QByteArray(R"({"tag":"none"})")).status,
                 204);
        QCOMPARE(strict
                     .handle(MockRequest::post(orderPath(dc.orderId, u"/tag"_s),
                                               R"({"tag":"none"})", kToken))
                     .status,
                 200);
        QVERIFY(!m_backend.state().order(dc.orderId)->tag);

        const QString autoPath = u"/user/api/orders/edit-auto-renewal/"_s +
                                 QString::number(dc.orderId) + u"?auto_renewal="_s +
                                 (dc.autoRenewal.value_or(false) ? u"false"_s : u"true"_s);
        const MockResponse autoRenew = both(autoPath, "{}");
        QCOMPARE(autoRenew.status, 200);
        QCOMPARE(obj(autoRenew), QJsonObject({{u"message"_s, u"Auto-renewal updated"_s}}));
        QCOMPARE(m_backend.state().order(dc.orderId)->autoRenewal,
                 std::optional<bool>(!dc.autoRenewal.value_or(false)));

        const QString newCycle = dc.cycleName == u"quarterly" ? u"monthly"_s : u"quarterly"_s;
        const MockResponse cycle =
            both(u"/user/api/orders/change-billing-cycle/"_s + QString::number(dc.orderId),
                 toJson({{u"cycle"_s, newCycle}}));
        QCOMPARE(cycle.status, 200);
        const QJsonObject c = obj(cycle);
        QVERIFY(!c.contains(u"success"_s));
        QCOMPARE(c.value(u"message"_s).toString(), u"Billing cycle changed"_s);
        QCOMPARE(c.value(u"order_id"_s).toInteger(), dc.orderId);
        QVERIFY(c.value(u"original_price"_s).toInteger() > 0);
        QCOMPARE(c.value(u"final_price"_s), c.value(u"original_price"_s));
        QCOMPARE(c.value(u"discount_percent"_s).toDouble(), 0.0);
        QCOMPARE(m_backend.state().order(dc.orderId)->cycleName, newCycle);

        const MockOrder onHold = find([this](const MockOrder &o) {
            return isDcOrIsp(o) && o.status == MockOrder::Status::OnHold;
        });
        QVERIFY(onHold.orderId > 0);
        const MockResponse renew = both(orderPath(onHold.orderId, u"/renew"_s), "{}");
        QCOMPARE(renew.status, 200);
        QCOMPARE(obj(renew), QJsonObject({{u"message"_s, u"Order renewed"_s}}));
        QCOMPARE(m_backend.state().order(onHold.orderId)->status, MockOrder::Status::Active);

        // Purchases keep their answer (the order id is needed) and change the state alike.
        const QByteArray buy =
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":2})";
        const MockResponse bought = both(u"/user/api/orders/purchase"_s, buy);
        QCOMPARE(bought.status, 200);
        QCOMPARE(obj(bought).value(u"success"_s), QJsonValue(true));
        QVERIFY(obj(bought).value(u"order_id"_s).toInteger() > 0);

        compareStates(m_backend, strict);
    }

    // 8. A fractional discount: SAVE12 is 12.5 % in calculate and change-billing-cycle.
    void fractionalDiscount()
    {
        const MockResponse quote =
            get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE"
                "&cycle=monthly&quantity=10&promo_code=SAVE12"_s);
        QCOMPARE(quote.status, 200);
        QVERIFY2(quote.body.contains("\"discount_percent\":12.5"), quote.body.constData());
        const QJsonObject q = obj(quote);
        QCOMPARE(q.value(u"discount_percent"_s).toDouble(), 12.5);
        QCOMPARE(q.value(u"original_price"_s).toInteger(), 1500);
        QCOMPARE(q.value(u"final_price"_s).toInteger(), MockCatalog::applyDiscount(1500, 12.5));
        QCOMPARE(q.value(u"final_price"_s).toInteger(), 1312); // 1500 - 187.5 rounded
        QCOMPARE(q.value(u"total_with_addons"_s), q.value(u"final_price"_s));

        const qint64 balance = m_backend.state().balanceCents();
        const MockResponse bought = post(
            u"/user/api/orders/purchase"_s,
            QByteArray(
                R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":10,"promo_code":"save12"})"));
        QCOMPARE(bought.status, 200);
        QCOMPARE(m_backend.state().balanceCents(), balance - 1312);
        const qint64 id = obj(bought).value(u"order_id"_s).toInteger();
        QCOMPARE(m_backend.state().order(id)->promoCode, u"SAVE12"_s);

        const MockResponse changed =
            post(u"/user/api/orders/change-billing-cycle/"_s + QString::number(id),
                 QByteArray(R"({"cycle":"quarterly"})"));
        QCOMPARE(changed.status, 200);
        QVERIFY2(changed.body.contains("\"discount_percent\":12.5"), changed.body.constData());
        const qint64 original = obj(changed).value(u"original_price"_s).toInteger();
        QCOMPARE(obj(changed).value(u"final_price"_s).toInteger(),
                 MockCatalog::applyDiscount(original, 12.5));

        // Integral percentages are still written as integers.
        const MockResponse ten =
            get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE"
                "&cycle=monthly&promo_code=SAVE10"_s);
        QVERIFY2(ten.body.contains("\"discount_percent\":10,"), ten.body.constData());
    }

    // 9. Lenient purchase bodies: unknown fields are ignored (Strict refuses them).
    void lenientPurchaseBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown field") << QByteArray(
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":1,"note":"x"})");
        QTest::newRow("another shape's fields") << QByteArray(
            R"({"product":"Standart Residential Proxy","quantity":5,"location":"DE","cycle":"monthly","auto_renewal":true})");
        QTest::newRow("quantity on unmetered") << QByteArray(
            R"({"product":"Unmetered Residential proxy","cycle":"daily","quantity":"lots"})");
    }
    void lenientPurchaseBodies()
    {
        QFETCH(QByteArray, body);
        MockBackend strict = m_backend;
        strict.setProfile(MockBackend::Profile::Strict);
        const MockResponse refused =
            strict.handle(MockRequest::post(u"/user/api/orders/purchase"_s, body, kToken));
        QCOMPARE(refused.status, 400);
        QVERIFY(obj(refused).value(u"message"_s).toString().contains(u"is not accepted"_s));

        const qsizetype before = m_backend.state().orders().size();
        const MockResponse r = post(u"/user/api/orders/purchase"_s, body);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(obj(r).value(u"success"_s), QJsonValue(true));
        QCOMPARE(m_backend.state().orders().size(), before + 1);
    }

    // 10. Products: an extra row with cycles and description null; stock: an unknown code and
    // an amount as a string.
    void productsAndStock()
    {
        MockBackend strict = m_backend;
        strict.setProfile(MockBackend::Profile::Strict);
        const QJsonArray strictRows =
            obj(strict.handle(MockRequest::get(u"/user/api/proxies/products"_s, kToken)))
                .value(u"products"_s)
                .toArray();
        const QJsonArray rows =
            obj(get(u"/user/api/proxies/products"_s)).value(u"products"_s).toArray();
        QCOMPARE(rows.size(), strictRows.size() + 1);
        QJsonArray others;
        int odd = -1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            if (row.value(u"name"_s).toString() == QLatin1String(Rules::kOddProductName)) {
                odd = int(i);
                QVERIFY(row.value(u"cycles"_s).isNull());
                QVERIFY(row.value(u"description"_s).isNull());
                QVERIFY(row.value(u"location"_s).isNull());
            } else {
                others.append(row);
            }
        }
        QVERIFY(odd > 0 && odd < rows.size() - 1); // in the middle, not at an edge
        QCOMPARE(others, strictRows);

        const QJsonArray stock =
            QJsonDocument::fromJson(get(u"/user/api/proxies/available-count"_s).body).array();
        bool unknownCode = false;
        bool stringAmount = false;
        for (const QJsonValue &v : stock) {
            const QJsonObject e = v.toObject();
            const QString country = e.value(u"country"_s).toString();
            const QString code = e.value(u"product"_s).toString();
            if (code == QLatin1String(Rules::kUnknownStockCode)) {
                unknownCode = true;
                QCOMPARE(country, QLatin1String(Rules::kUnknownStockCountry));
                QCOMPARE(e.value(u"amount"_s).toInteger(), Rules::kUnknownStockAmount);
                continue;
            }
            const int amount = m_backend.catalog().stock(country, code);
            if (Rules::stockAmountAsString(country, code)) {
                stringAmount = true;
                QCOMPARE(e.value(u"amount"_s), QJsonValue(QString::number(amount)));
            } else {
                QCOMPARE(e.value(u"amount"_s).toInteger(), amount);
            }
        }
        QVERIFY(unknownCode);
        QVERIFY(stringAmount);
        QCOMPARE(stock.size(), m_backend.catalog().stock().size() + 1);
    }

    // 11. proxies/active: an extra "signature" on every row, until null on some.
    void activeProxiesExtraFields()
    {
        const MockOrder dc = find([this](const MockOrder &o) {
            return isDcOrIsp(o) && o.status == MockOrder::Status::Active && o.quantity >= 5;
        });
        QVERIFY(dc.orderId > 0);
        const MockResponse r =
            get(u"/user/api/proxies/active?order_id="_s + QString::number(dc.orderId));
        QCOMPARE(r.status, 200);
        const QJsonArray data = obj(r).value(u"data"_s).toArray();
        QCOMPARE(data.size(), dc.quantity);
        int nullUntil = 0;
        QSet<QString> signatures;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject row = data.at(i).toObject();
            QCOMPARE(row.value(u"signature"_s).toString().size(), 16);
            signatures.insert(row.value(u"signature"_s).toString());
            QCOMPARE(row.value(u"until"_s).isNull(), Rules::proxyUntilNull(int(i)));
            nullUntil += row.value(u"until"_s).isNull() ? 1 : 0;
            QVERIFY(!row.value(u"ip"_s).toString().isEmpty());
            QVERIFY(row.value(u"http_port"_s).toInteger() > 0);
        }
        QVERIFY(nullUntil > 0);
        QCOMPARE(signatures.size(), data.size());
        // Deterministic: the same answer twice.
        QCOMPARE(get(u"/user/api/proxies/active?order_id="_s + QString::number(dc.orderId)).body,
                 r.body);
    }

    // Everything above is off in Strict.
    void strictIsUnchanged()
    {
        m_backend.setProfile(MockBackend::Profile::Strict);
        QCOMPARE(obj(get(u"/user/api/me"_s)).value(u"email"_s).toString(),
                 u"demo@sharddesk.example"_s);
        const QJsonObject page = obj(get(u"/user/api/orders?status=all&limit=100"_s));
        QCOMPARE(page.value(u"orders"_s).toArray().size(), 100);
        for (const QJsonValue &v : page.value(u"orders"_s).toArray()) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.value(u"order_id"_s).isDouble());
            QVERIFY(row.value(u"product_id"_s).isDouble());
            QVERIFY(row.value(u"cycle_name"_s).isString());
            QVERIFY(row.value(u"expires_at"_s).isString() || row.value(u"expires_at"_s).isNull());
        }
        QCOMPARE(obj(get(orderPath(999))).value(u"success"_s), QJsonValue(false));
        const MockResponse tag = post(orderPath(100005, u"/tag"_s), QByteArray(R"({"tag":"x"})"));
        QCOMPARE(tag.status, 200);
        QCOMPARE(obj(tag).value(u"success"_s), QJsonValue(true));
        QCOMPARE(get(u"/user/api/orders?status=all&offset=100000"_s).status, 200);
        QCOMPARE(QJsonDocument::fromJson(get(u"/user/api/proxies/available-count"_s).body)
                     .array()
                     .size(),
                 m_backend.catalog().stock().size());
    }

    // Over loopback HTTP: the framework's plain text, a 204 and a capped page as a client sees
    // them.
    void overHttp()
    {
        const ProfileEnvironment environment("realistic");
        MockServer server;
        QVERIFY(server.isRealistic());
        QVERIFY(server.listen());
        MockTestClient client(server.url());

        const HttpResult malformed = client.post(orderPath(100005, u"/tag"_s), "{}");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.contentType, kPlainText);
        QCOMPARE(malformed.body,
                 QByteArray("Json deserialize error: missing field `tag` at line 1 column 2"));

        const HttpResult tagged = client.post(orderPath(100005, u"/tag"_s), R"({"tag":"http"})");
        QCOMPARE(tagged.status, 204);
        QCOMPARE(tagged.error, QNetworkReply::NoError);
        QVERIFY(tagged.body.isEmpty());
        QCOMPARE(server.order(100005)->tag, std::optional<QString>(u"http"_s));
        // The keep-alive connection is still usable after a body-less answer.
        const HttpResult me = client.get(u"/user/api/me"_s);
        QCOMPARE(me.status, 200);
        QVERIFY(me.object().value(u"email"_s).isNull());

        const HttpResult page = client.get(u"/user/api/orders?status=all&limit=100"_s);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object().value(u"orders"_s).toArray().size(), Rules::kPageCap);
        QCOMPARE(page.object().value(u"count"_s).toInteger(), Rules::kPageCap);
        QCOMPARE(page.object().value(u"next"_s).toString(),
                 u"/user/api/orders?status=all&offset=50&limit=100"_s);

        const HttpResult missing = client.get(orderPath(999));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object(), QJsonObject({{u"detail"_s, u"Order not found"_s}}));

        MockTestClient stranger(server.url(), QByteArrayLiteral("nope"));
        const HttpResult unauthorized = stranger.get(u"/user/api/me"_s);
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.object(), QJsonObject({{u"detail"_s, u"Invalid API key"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestMockRealistic)
#include "tst_mockrealistic.moc"
