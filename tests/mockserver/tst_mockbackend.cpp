// MockBackend as pure logic: every endpoint's happy path, its validation errors and its effect
// on the state, without sockets.

#include "backendcalls.h"
#include "mockbackend.h"

#include <QJsonArray>
#include <QUrl>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kDay = 86400;

QJsonObject obj(const MockResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString message(const MockResponse &r)
{
    return obj(r).value(u"message"_s).toString();
}


QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestMockBackend final : public QObject, private BackendCalls
{
    Q_OBJECT

private:
    qint64 buy(const QJsonObject &body)
    {
        const MockResponse r = post(u"/user/api/orders/purchase"_s, body);
        if (r.status != 200)
            qWarning() << r.body;
        return qint64(obj(r).value(u"order_id"_s).toDouble());
    }

private Q_SLOTS:
    void init()
    {
        m_backend = MockBackend();
        m_backend.setNow(kNow);
        m_backend.resetDemoData(MockBackend::kDefaultOrderCount, MockBackend::kDefaultSeed);
    }

    void health()
    {
        for (const QString &path : {u"/health"_s, u"/health/live"_s}) {
            const MockResponse r = m_backend.handle(MockRequest::get(path));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.contentType, QByteArray("application/json"));
            QCOMPARE(obj(r).value(u"status"_s).toString(), u"ok"_s);
        }
    }

    void authRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << 401;
        QTest::newRow("wrong token") << QByteArray("Bearer nope") << 401;
        QTest::newRow("no scheme") << QByteArray("demo") << 401;
        QTest::newRow("basic") << QByteArray("Basic ZGVtbzpkZW1v") << 401;
        QTest::newRow("empty bearer") << QByteArray("Bearer ") << 401;
        QTest::newRow("good") << QByteArray("Bearer demo") << 200;
        QTest::newRow("scheme case") << QByteArray("bearer demo") << 200;
    }
    void authRequired()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        MockRequest request = MockRequest::get(u"/user/api/me"_s);
        if (!authorization.isEmpty())
            request.headers.append({QByteArrayLiteral("authorization"), authorization});
        const MockResponse r = m_backend.handle(request);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QCOMPARE(obj(r).value(u"success"_s), QJsonValue(false));
            QCOMPARE(message(r), u"Invalid API key"_s);
        }
    }

    void authBeforeRouting()
    {
        // Even unknown API paths answer 401 to a bad key.
        QCOMPARE(m_backend.handle(MockRequest::get(u"/user/api/nothing"_s)).status, 401);
        QCOMPARE(m_backend.handle(MockRequest::post(u"/user/api/orders/purchase"_s, "{}")).status,
                 401);
    }

    void customToken()
    {
        m_backend.setToken(u"s3cret"_s);
        QCOMPARE(get(u"/user/api/me"_s).status, 401);
        QCOMPARE(m_backend.handle(MockRequest::get(u"/user/api/me"_s, "s3cret")).status, 200);
    }

    void unknownPathAndMethod()
    {
        MockResponse r = get(u"/user/api/nothing"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(message(r), u"Not found"_s);
        QCOMPARE(m_backend.handle(MockRequest::get(u"/elsewhere"_s)).status, 404);
        QCOMPARE(get(u"/user/api/orders/100001/nothing"_s).status, 404);

        r = post(u"/user/api/me"_s, "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
        QCOMPARE(get(u"/user/api/orders/purchase"_s).status, 405);
        QCOMPARE(get(u"/user/api/orders/100001/renew"_s).status, 405);
        QCOMPARE(post(u"/user/api/orders/calculate"_s, "{}").status, 405);
        QCOMPARE(post(u"/user/api/orders/100001"_s, "{}").status, 405);
        MockRequest del = MockRequest::get(u"/user/api/me"_s, kToken);
        del.method = "DELETE";
        QCOMPARE(m_backend.handle(del).status, 405);
    }

    void me()
    {
        const MockResponse r = get(u"/user/api/me"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = obj(r);
        QCOMPARE(keys(o), QStringList({u"active_orders"_s, u"email"_s, u"wallet_balance"_s}));
        QCOMPARE(o.value(u"email"_s).toString(), u"demo@sharddesk.example"_s);
        QCOMPARE(o.value(u"wallet_balance"_s).toInteger(), MockBackend::kDefaultBalanceCents);
        QCOMPARE(o.value(u"active_orders"_s).toInt(),
                 m_backend.state().countWithStatus(MockOrder::Status::Active));
        QVERIFY(o.value(u"active_orders"_s).toInt() > 0);
    }

    void products()
    {
        const MockResponse r = get(u"/user/api/proxies/products"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = obj(r);
        QCOMPARE(o.value(u"success"_s), QJsonValue(true));
        const QJsonArray rows = o.value(u"products"_s).toArray();
        QCOMPARE(rows.size(), 6 + 3 + 4); // DC per location, ISP per location, four others
        QHash<QString, int> rowsPerName;
        for (const QJsonValue &v : rows) {
            const QJsonObject p = v.toObject();
            QCOMPARE(keys(p),
                     QStringList({u"cycles"_s, u"description"_s, u"location"_s, u"name"_s}));
            QVERIFY(!p.value(u"cycles"_s).toArray().isEmpty());
            ++rowsPerName[p.value(u"name"_s).toString()];
            const QString name = p.value(u"name"_s).toString();
            const QJsonValue location = p.value(u"location"_s);
            if (name == u"Datacenter Proxy" || name == u"ISP Proxy")
                QVERIFY(location.isString());
            else
                QVERIFY(location.isNull());
            if (name == u"Datacenter Proxy" && location == u"JP"_s) {
                QCOMPARE(p.value(u"cycles"_s).toArray(),
                         QJsonArray({u"monthly"_s, u"quarterly"_s}));
            }
            if (name == u"Standart Residential Proxy" || name == u"Premium Residential Proxy")
                QCOMPARE(p.value(u"cycles"_s).toArray(), QJsonArray({u"lifetime"_s}));
            if (name == u"Unmetered Residential proxy") {
                QCOMPARE(p.value(u"cycles"_s).toArray(),
                         QJsonArray({u"daily"_s, u"weekly"_s, u"monthly"_s}));
            }
            if (name == u"Mobile Proxy 4G")
                QCOMPARE(p.value(u"cycles"_s).toArray(),
                         QJsonArray({u"day"_s, u"week"_s, u"month"_s}));
        }
        QCOMPARE(rowsPerName.value(u"Datacenter Proxy"_s), 6);
        QCOMPARE(rowsPerName.value(u"ISP Proxy"_s), 3);
        QCOMPARE(rowsPerName.size(), 6);
    }

    void availableCount()
    {
        const MockResponse r = get(u"/user/api/proxies/available-count"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(rows.size(), 9);
        int soldOut = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject e = v.toObject();
            QCOMPARE(keys(e), QStringList({u"amount"_s, u"country"_s, u"product"_s}));
            const QString product = e.value(u"product"_s).toString();
            QVERIFY(product == u"dc" || product == u"isp");
            QCOMPARE(e.value(u"country"_s).toString().size(), 2);
            const int amount = e.value(u"amount"_s).toInt();
            if (amount == 0)
                ++soldOut;
            else
                QVERIFY(amount >= 50 && amount <= 5000);
        }
        QCOMPARE(soldOut, 2); // FR dc and GB isp
        m_backend.catalog().setStock(u"DE"_s, u"dc"_s, 7);
        QVERIFY(get(u"/user/api/proxies/available-count"_s)
                    .body.contains(R"({"country":"DE","product":"dc","amount":7})"));
    }

    void orderDetails()
    {
        const MockOrder stored = find([](const MockOrder &o) { return !o.promoCode.isEmpty(); });
        QVERIFY(stored.orderId > 0);
        const MockResponse r = get(u"/user/api/orders/"_s + QString::number(stored.orderId));
        QCOMPARE(r.status, 200);
        const QJsonObject root = obj(r);
        QCOMPARE(root.value(u"success"_s), QJsonValue(true));
        const QJsonObject o = root.value(u"order"_s).toObject();
        QCOMPARE(keys(o),
                 QStringList({u"addons"_s, u"addons_price_paid"_s, u"auto_renewal"_s,
                              u"created_at"_s, u"cycle_name"_s, u"expires_at"_s, u"order_id"_s,
                              u"p0f_slots_available"_s, u"p0f_slots_next"_s, u"p0f_slots_used"_s,
                              u"price_paid"_s, u"product_name"_s, u"promo_code"_s,
                              u"quantity"_s, u"status"_s, u"tag"_s}));
        QCOMPARE(o.value(u"order_id"_s).toInteger(), stored.orderId);
        QCOMPARE(o.value(u"product_name"_s).toString(), stored.productName);
        QCOMPARE(o.value(u"cycle_name"_s).toString(), stored.cycleName);
        QCOMPARE(o.value(u"quantity"_s).toInt(), stored.quantity);
        QCOMPARE(o.value(u"price_paid"_s).toInteger(), stored.pricePaidCents);
        QCOMPARE(o.value(u"status"_s).toString(), MockOrder::statusName(stored.status));
        QCOMPARE(o.value(u"promo_code"_s).toString(), stored.promoCode);
        QVERIFY(o.value(u"created_at"_s).isString());

        QCOMPARE(get(u"/user/api/orders/999999"_s).status, 404);
        QCOMPARE(message(get(u"/user/api/orders/999999"_s)), u"Order not found"_s);
        QCOMPARE(get(u"/user/api/orders/abc"_s).status, 400);
        QCOMPARE(get(u"/user/api/orders/-5"_s).status, 400);
        QCOMPARE(get(u"/user/api/orders/12x"_s).status, 400);
    }

    void ordersValidation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("no status") << u""_s << 400;
        QTest::newRow("empty status") << u"status="_s << 400;
        QTest::newRow("bad status") << u"status=expired"_s << 400;
        QTest::newRow("limit 0") << u"status=all&limit=0"_s << 400;
        QTest::newRow("limit 101") << u"status=all&limit=101"_s << 400;
        QTest::newRow("limit text") << u"status=all&limit=ten"_s << 400;
        QTest::newRow("limit empty") << u"status=all&limit="_s << 400;
        QTest::newRow("offset negative") << u"status=all&offset=-1"_s << 400;
        QTest::newRow("offset text") << u"status=all&offset=x"_s << 400;
        QTest::newRow("offset float") << u"status=all&offset=1.5"_s << 400;
        QTest::newRow("limit 1") << u"status=active&limit=1"_s << 200;
        QTest::newRow("limit 100") << u"status=on-hold&limit=100"_s << 200;
        QTest::newRow("offset far") << u"status=cancelled&offset=100000"_s << 200;
        QTest::newRow("all") << u"status=all"_s << 200;
    }
    void ordersValidation()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const MockResponse r = get(u"/user/api/orders?"_s + query);
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(obj(r).value(u"success"_s), QJsonValue(false));
            QVERIFY(!message(r).isEmpty());
        }
    }

    void ordersPageShape()
    {
        const MockResponse r = get(u"/user/api/orders?status=active"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = obj(r);
        QCOMPARE(keys(o),
                 QStringList({u"count"_s, u"next"_s, u"orders"_s, u"prev"_s, u"success"_s}));
        const QJsonArray rows = o.value(u"orders"_s).toArray();
        QCOMPARE(rows.size(), 20); // default limit
        QCOMPARE(o.value(u"count"_s).toInt(), 20);
        QVERIFY(o.value(u"prev"_s).isNull());
        QCOMPARE(o.value(u"next"_s).toString(),
                 u"/user/api/orders?status=active&offset=20&limit=20"_s);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            // Only these fields: the real list has no status, price, quantity or location.
            QCOMPARE(keys(row), QStringList({u"auto_renewal"_s, u"cycle_id"_s, u"cycle_name"_s,
                                             u"expires_at"_s, u"order_id"_s, u"product_id"_s,
                                             u"product_name"_s, u"tag"_s}));
            const qint64 id = row.value(u"order_id"_s).toInteger();
            QVERIFY(id < previous); // newest first
            previous = id;
            QCOMPARE(m_backend.state().order(id)->status, MockOrder::Status::Active);
        }

        const QJsonObject second = obj(get(u"/user/api/orders?status=active&offset=20&limit=20"_s));
        QCOMPARE(second.value(u"prev"_s).toString(),
                 u"/user/api/orders?status=active&offset=0&limit=20"_s);
        const QJsonObject onHold = obj(get(u"/user/api/orders?status=on-hold&offset=5&limit=3"_s));
        QCOMPARE(onHold.value(u"prev"_s).toString(),
                 u"/user/api/orders?status=on-hold&offset=2&limit=3"_s);
    }

    void purchaseValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *body, int status, const QString &msg) {
            QTest::newRow(name) << QByteArray(body) << status << msg;
        };
        const QString paid = u"Order paid successfully"_s;
        row("dc",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":2,"promo_code":null,"auto_renewal":true})",
            200, paid);
        row("dc default quantity", R"({"product":"ISP Proxy","location":"US","cycle":"monthly"})",
            200, paid);
        row("standart", R"({"product":"Standart Residential Proxy","quantity":5})", 200, paid);
        row("premium promo",
            R"({"product":"Premium Residential Proxy","quantity":1,"promo_code":"save10"})", 200,
            paid);
        row("standart null location", R"({"product":"Standart Residential Proxy","location":null})",
            200, paid);
        row("unmetered",
            R"({"product":"Unmetered Residential proxy","cycle":"daily","auto_renewal":false})",
            200, paid);
        row("mobile", R"({"product":"Mobile Proxy 4G","cycle":"day","quantity":2})", 200, paid);
        row("addons empty",
            R"({"product":"Datacenter Proxy","location":"US","cycle":"weekly","addons":[]})", 200,
            paid);

        row("no product", R"({"location":"DE","cycle":"monthly"})", 400,
            u"Field 'product' is required"_s);
        row("product not string", R"({"product":5})", 400, u"Field 'product' must be a string"_s);
        row("unknown product", R"({"product":"Standard Residential Proxy","quantity":1})", 400,
            u"Unknown product: Standard Residential Proxy"_s);
        row("dc no location", R"({"product":"Datacenter Proxy","cycle":"monthly"})", 400,
            u"Field 'location' is required for Datacenter Proxy"_s);
        row("dc null location",
            R"({"product":"Datacenter Proxy","location":null,"cycle":"monthly"})", 400,
            u"Field 'location' is required for Datacenter Proxy"_s);
        row("dc unknown location",
            R"({"product":"Datacenter Proxy","location":"XX","cycle":"monthly"})", 400,
            u"Location 'XX' is not available for Datacenter Proxy"_s);
        row("dc no cycle", R"({"product":"Datacenter Proxy","location":"DE"})", 400,
            u"Field 'cycle' is required"_s);
        row("dc cycle not offered",
            R"({"product":"Datacenter Proxy","location":"JP","cycle":"weekly"})", 403,
            u"Cycle is not available"_s);
        row("dc unknown cycle",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"fortnightly"})", 403,
            u"Cycle is not available"_s);
        row("quantity zero",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":0})", 400,
            u"Quantity must be at least 1"_s);
        row("quantity negative", R"({"product":"Standart Residential Proxy","quantity":-3})", 400,
            u"Quantity must be at least 1"_s);
        row("quantity fraction",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":1.5})",
            400, u"Field 'quantity' must be an integer"_s);
        row("quantity string",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":"3"})",
            400, u"Field 'quantity' must be an integer"_s);
        row("standart location",
            R"({"product":"Standart Residential Proxy","location":"DE","quantity":1})", 400,
            u"Field 'location' is not accepted for Standart Residential Proxy"_s);
        row("premium cycle",
            R"({"product":"Premium Residential Proxy","cycle":"lifetime","quantity":1})", 400,
            u"Field 'cycle' is not accepted for Premium Residential Proxy"_s);
        row("standart auto renewal",
            R"({"product":"Standart Residential Proxy","auto_renewal":true})", 400,
            u"Field 'auto_renewal' is not accepted for Standart Residential Proxy"_s);
        row("unmetered quantity",
            R"({"product":"Unmetered Residential proxy","cycle":"daily","quantity":1})", 400,
            u"Field 'quantity' is not accepted for Unmetered Residential proxy"_s);
        row("unmetered no cycle", R"({"product":"Unmetered Residential proxy"})", 400,
            u"Field 'cycle' is required"_s);
        row("mobile location", R"({"product":"Mobile Proxy 4G","cycle":"day","location":"DE"})",
            400, u"Location 'DE' is not available for Mobile Proxy 4G"_s);
        row("mobile auto renewal",
            R"({"product":"Mobile Proxy 4G","cycle":"day","auto_renewal":true})", 400,
            u"Field 'auto_renewal' is not accepted for Mobile Proxy 4G"_s);
        row("mobile proxy cycle name", R"({"product":"Mobile Proxy 4G","cycle":"monthly"})", 403,
            u"Cycle is not available"_s);
        row("unknown field",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","colour":"red"})",
            400, u"Field 'colour' is not accepted for Datacenter Proxy"_s);
        row("auto renewal string",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","auto_renewal":"yes"})",
            400, u"Field 'auto_renewal' must be a boolean"_s);
        row("bad promo",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","promo_code":"FREE"})",
            400, u"Promo code is invalid"_s);
        row("promo wrong cycle",
            R"({"product":"Datacenter Proxy","location":"DE","cycle":"quarterly","promo_code":"MONTHLY20"})",
            400, u"Promo code is not valid for this billing cycle"_s);
        row("out of stock",
            R"({"product":"Datacenter Proxy","location":"FR","cycle":"monthly","quantity":1})", 400,
            u"Not enough proxies in stock"_s);
        row("more than stock",
            R"({"product":"Datacenter Proxy","location":"JP","cycle":"monthly","quantity":51})",
            400, u"Not enough proxies in stock"_s);
        row("insufficient balance",
            R"({"product":"Datacenter Proxy","location":"US","cycle":"yearly","quantity":2000})",
            400, u"Insufficient balance"_s);
        row("not an object", R"(["Datacenter Proxy"])", 400,
            u"Request body must be a JSON object"_s);
        row("p0f slots",
            R"({"product":"Datacenter Proxy","location":"US","cycle":"monthly","quantity":3,"addons":[{"addon_key":"p0f_slots","qty":3}]})",
            200, paid);
        row("unknown add-on",
            R"({"product":"Datacenter Proxy","location":"US","cycle":"monthly","addons":[{"addon_key":"ipv6","qty":1}]})",
            400, u"Unknown add-on: ipv6"_s);
        row("add-on without key",
            R"({"product":"Datacenter Proxy","location":"US","cycle":"monthly","addons":[{"qty":1}]})",
            400, u"Each add-on needs an 'addon_key'"_s);
        row("add-on qty 0",
            R"({"product":"ISP Proxy","location":"US","cycle":"monthly","addons":[{"addon_key":"p0f_slots","qty":0}]})",
            400, u"Add-on quantity must be at least 1"_s);
        row("more slots than proxies",
            R"({"product":"ISP Proxy","location":"US","cycle":"monthly","quantity":2,"addons":[{"addon_key":"p0f_slots","qty":3}]})",
            400, u"At most one p0f slot per proxy: 2 for this order"_s);
        row("p0f slots on residential",
            R"({"product":"Premium Residential Proxy","quantity":2,"addons":[{"addon_key":"p0f_slots","qty":1}]})",
            400, u"p0f slots are only available for Datacenter and ISP proxies"_s);
        row("malformed", R"({"product":)", 400, u"Request body is not valid JSON"_s);
    }
    void purchaseValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const qint64 balance = m_backend.state().balanceCents();
        const qsizetype orders = m_backend.state().orders().size();
        const MockResponse r = post(u"/user/api/orders/purchase"_s, body);
        QCOMPARE(r.status, status);
        QCOMPARE(message(r), expected);
        QCOMPARE(obj(r).value(u"success"_s), QJsonValue(status == 200));
        if (status != 200) {
            QCOMPARE(m_backend.state().balanceCents(), balance);
            QCOMPARE(m_backend.state().orders().size(), orders);
        } else {
            QCOMPARE(m_backend.state().orders().size(), orders + 1);
            QCOMPARE(obj(r).value(u"order_id"_s).toInteger(),
                     m_backend.state().orders().last().orderId);
        }
    }

    void purchaseChangesState()
    {
        const qint64 balance = m_backend.state().balanceCents();
        const int stock = m_backend.catalog().stock(u"DE"_s, u"dc"_s);
        const int active = m_backend.state().countWithStatus(MockOrder::Status::Active);
        const qint64 lastId = m_backend.state().orders().last().orderId;

        const qint64 id = buy({{u"product"_s, u"Datacenter Proxy"_s},
                               {u"location"_s, u"DE"_s},
                               {u"cycle"_s, u"monthly"_s},
                               {u"quantity"_s, 10},
                               {u"promo_code"_s, u"MONTHLY20"_s},
                               {u"auto_renewal"_s, true}});
        QCOMPARE(id, lastId + 1);
        // DE monthly is 150 cents per IP: 1500, minus 20 %.
        QCOMPARE(m_backend.state().balanceCents(), balance - 1200);
        QCOMPARE(m_backend.catalog().stock(u"DE"_s, u"dc"_s), stock - 10);
        QCOMPARE(m_backend.state().countWithStatus(MockOrder::Status::Active), active + 1);

        const MockOrder *o = m_backend.state().order(id);
        QVERIFY(o);
        QCOMPARE(o->status, MockOrder::Status::Active);
        QCOMPARE(o->location, u"DE"_s);
        QCOMPARE(o->quantity, 10);
        QCOMPARE(o->pricePaidCents, 1200);
        QCOMPARE(o->promoCode, u"MONTHLY20"_s);
        QCOMPARE(o->autoRenewal, std::optional<bool>(true));
        QCOMPARE(o->createdAt, kNow);
        QCOMPARE(o->expiresAt, std::optional<qint64>(kNow + 30 * kDay));
        QVERIFY(!o->tag.has_value());

        // Visible through the API: first row of the active list, details, balance.
        const QJsonObject first =
            obj(get(u"/user/api/orders?status=active&limit=1"_s)).value(u"orders"_s)[0].toObject();
        QCOMPARE(first.value(u"order_id"_s).toInteger(), id);
        QCOMPARE(first.value(u"product_id"_s).toInt(), 1);
        QCOMPARE(first.value(u"cycle_id"_s).toInt(), 3);
        QCOMPARE(first.value(u"expires_at"_s).toString(), u"2027-02-14T08:00:00Z"_s);
        QVERIFY(first.value(u"tag"_s).isNull());
        QCOMPARE(obj(get(u"/user/api/me"_s)).value(u"wallet_balance"_s).toInteger(),
                 balance - 1200);
        QCOMPARE(obj(get(u"/user/api/me"_s)).value(u"active_orders"_s).toInt(), active + 1);
    }

    void purchaseOtherShapes()
    {
        const qint64 balance = m_backend.state().balanceCents();
        const qint64 standart =
            buy({{u"product"_s, u"Standart Residential Proxy"_s}, {u"quantity"_s, 4}});
        const MockOrder *o = m_backend.state().order(standart);
        QVERIFY(o);
        QCOMPARE(o->cycleName, u"lifetime"_s);
        QVERIFY(!o->expiresAt.has_value());
        QVERIFY(!o->autoRenewal.has_value());
        QCOMPARE(o->pricePaidCents, 4 * 350);
        const QJsonObject details = obj(get(u"/user/api/orders/"_s + QString::number(standart)))
                                        .value(u"order"_s)
                                        .toObject();
        QVERIFY(details.value(u"expires_at"_s).isNull());
        QVERIFY(details.value(u"auto_renewal"_s).isNull());
        QVERIFY(details.value(u"promo_code"_s).isNull());

        const qint64 unmetered =
            buy({{u"product"_s, u"Unmetered Residential proxy"_s}, {u"cycle"_s, u"weekly"_s}});
        o = m_backend.state().order(unmetered);
        QVERIFY(o);
        QCOMPARE(o->quantity, 1);
        QCOMPARE(o->autoRenewal, std::optional<bool>(false));
        QCOMPARE(o->expiresAt, std::optional<qint64>(kNow + 7 * kDay));

        const qint64 mobile = buy({{u"product"_s, u"Mobile Proxy 4G"_s},
                                   {u"cycle"_s, u"week"_s},
                                   {u"quantity"_s, 3},
                                   {u"promo_code"_s, u"SAVE10"_s}});
        o = m_backend.state().order(mobile);
        QVERIFY(o);
        QCOMPARE(o->pricePaidCents, 3 * 3000 - 900);
        QVERIFY(!o->autoRenewal.has_value());
        QCOMPARE(m_backend.state().balanceCents(), balance - 1400 - 7500 - 8100);
    }

    void calculate()
    {
        MockResponse r = get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE"
                             "&cycle=monthly&quantity=10&promo_code=SAVE10"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = obj(r);
        QCOMPARE(keys(o), QStringList({u"addons_price"_s, u"discount_percent"_s, u"final_price"_s,
                                       u"original_price"_s, u"total_with_addons"_s}));
        QCOMPARE(o.value(u"original_price"_s).toInt(), 1500);
        QCOMPARE(o.value(u"final_price"_s).toInt(), 1350);
        QCOMPARE(o.value(u"discount_percent"_s).toInt(), 10);
        QCOMPARE(o.value(u"addons_price"_s).toInt(), 0);
        QCOMPARE(o.value(u"total_with_addons"_s).toInt(), 1350);

        // '+' as a space, like a form-decoding server; empty parameters count as absent.
        r = get(u"/user/api/orders/calculate?product=Standart+Residential+Proxy&quantity=3"
                "&location=&promo_code="_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r).value(u"final_price"_s).toInt(), 1050);

        // Same rules as purchase.
        r = get(
            u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=JP&cycle=weekly"_s);
        QCOMPARE(r.status, 403);
        r = get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&cycle=monthly"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Parameter 'location' is required for Datacenter Proxy"_s);
        r = get(u"/user/api/orders/calculate?product=Nope"_s);
        QCOMPARE(r.status, 400);
        r = get(u"/user/api/orders/calculate?product=ISP%20Proxy&location=US&cycle=monthly"
                "&quantity=two"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Parameter 'quantity' must be an integer"_s);
        r = get(u"/user/api/orders/calculate?product=ISP%20Proxy&location=US&cycle=quarterly"
                "&promo_code=MONTHLY20"_s);
        QCOMPARE(r.status, 400);
        r = get(u"/user/api/orders/calculate?product=ISP%20Proxy&location=US&cycle=monthly"
                "&promo_code=BOGUS"_s);
        QCOMPARE(message(r), u"Promo code is invalid"_s);
        // A preview never spends or reserves anything, even for a sold-out location.
        r = get(
            u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=FR&cycle=monthly"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_backend.state().balanceCents(), MockBackend::kDefaultBalanceCents);

        m_backend.setCalculateEnabled(false);
        r = get(
            u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE&cycle=monthly"_s);
        QCOMPARE(r.status, 404);
    }

    void bodylessPostRejected_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("purchase") << u"/user/api/orders/purchase"_s;
        QTest::newRow("renew") << u"/user/api/orders/100001/renew"_s;
        QTest::newRow("tag") << u"/user/api/orders/100001/tag"_s;
        QTest::newRow("cycle") << u"/user/api/orders/change-billing-cycle/100001"_s;
        QTest::newRow("auto renewal")
            << u"/user/api/orders/edit-auto-renewal/100001?auto_renewal=true"_s;
    }
    void bodylessPostRejected()
    {
        QFETCH(QString, path);
        const MockState before = m_backend.state();
        MockResponse r = post(path, QByteArray());
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Request body is required"_s);
        r = post(path, QByteArray("not json"));
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Request body is not valid JSON"_s);
        QCOMPARE(m_backend.state().balanceCents(), before.balanceCents());
        QCOMPARE(m_backend.state().order(100001)->tag, before.order(100001)->tag);
        QCOMPARE(m_backend.state().order(100001)->autoRenewal, before.order(100001)->autoRenewal);
    }

    void p0fAddons()
    {
        // The preview prices the slots apart: promo codes apply to the base price only.
        const QString query = u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE"
                              "&cycle=monthly&quantity=10&promo_code=SAVE10&addons_json="_s +
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                  uR"([{"addon_key":"p0f_slots","qty":4}])"_s));
        MockResponse r = get(query);
        QCOMPARE(r.status, 200);
        const qint64 slot = MockCatalog::p0fSlotPrice(u"monthly"_s);
        QCOMPARE(slot, qint64(150));
        QCOMPARE(obj(r).value(u"final_price"_s).toInteger(), 1350);
        QCOMPARE(obj(r).value(u"addons_price"_s).toInteger(), 4 * slot);
        QCOMPARE(obj(r).value(u"total_with_addons"_s).toInteger(), 1350 + 4 * slot);
        r = get(u"/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE"
                "&cycle=monthly&addons_json=p0f"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Parameter 'addons_json' must be a JSON array"_s);

        // Bought: the wallet pays base and slots; the details show the line and the counts.
        const qint64 balance = m_backend.state().balanceCents();
        r = post(u"/user/api/orders/purchase"_s,
                 R"({"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":10,
                     "promo_code":"SAVE10","addons":[{"addon_key":"p0f_slots","qty":4}]})");
        QCOMPARE(r.status, 200);
        const qint64 id = obj(r).value(u"order_id"_s).toInteger();
        QCOMPARE(m_backend.state().balanceCents(), balance - 1350 - 4 * slot);
        const QJsonObject o =
            obj(get(u"/user/api/orders/"_s + QString::number(id))).value(u"order"_s).toObject();
        QCOMPARE(o.value(u"price_paid"_s).toInteger(), 1350);
        QCOMPARE(o.value(u"addons_price_paid"_s).toInteger(), 4 * slot);
        QCOMPARE(o.value(u"addons"_s).toArray().size(), 1);
        const QJsonObject line = o.value(u"addons"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"addon_key"_s).toString(), u"p0f_slots"_s);
        QCOMPARE(line.value(u"qty"_s).toInt(), 4);
        QCOMPARE(line.value(u"price_per_unit"_s).toInteger(), slot);
        QVERIFY(line.value(u"pending"_s).isNull());
        QCOMPARE(o.value(u"p0f_slots_available"_s).toInt(), 4);
        QCOMPARE(o.value(u"p0f_slots_used"_s).toInt(), 4);
        QCOMPARE(o.value(u"p0f_slots_next"_s).toInt(), 4);

        // Four of the ten proxies are signed.
        const QJsonArray proxies =
            obj(get(u"/user/api/proxies/active?order_id="_s + QString::number(id)))
                .value(u"data"_s)
                .toArray();
        QCOMPARE(proxies.size(), 10);
        int signedProxies = 0;
        for (const QJsonValue &p : proxies)
            signedProxies += p.toObject().value(u"signature"_s).isString() ? 1 : 0;
        QCOMPARE(signedProxies, 4);

        // A downgrade pending: the details say so, and the renewal charges the next period's
        // slots and applies it.
        MockOrder stored = *m_backend.state().order(id);
        stored.p0fSlotsNext = 1;
        stored.status = MockOrder::Status::OnHold;
        QVERIFY(m_backend.state().updateOrder(stored));
        const QJsonObject pending = obj(get(u"/user/api/orders/"_s + QString::number(id)))
                                        .value(u"order"_s)
                                        .toObject()
                                        .value(u"addons"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"pending"_s)
                                        .toObject();
        QCOMPARE(pending.value(u"action"_s).toString(), u"downgrade"_s);
        QCOMPARE(pending.value(u"next_qty"_s).toInt(), 1);
        const qint64 before = m_backend.state().balanceCents();
        r = post(u"/user/api/orders/"_s + QString::number(id) + u"/renew"_s, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_backend.state().balanceCents(), before - 1350 - slot);
        QCOMPARE(m_backend.state().order(id)->p0fSlots, 1);
    }

    void renew()
    {
        MockOrder onHold = find([this](const MockOrder &o) {
            return o.status == MockOrder::Status::OnHold && o.promoCode == u"SAVE10" &&
                   m_backend.catalog()
                           .productById(o.productId)
                           ->unitPrice(o.location, o.cycleName) > 0;
        });
        QVERIFY2(onHold.orderId > 0, "the demo data has an on-hold order with a promo");
        const MockProduct *product = m_backend.catalog().productById(onHold.productId);
        const qint64 price = MockCatalog::applyDiscount(
            product->unitPrice(onHold.location, onHold.cycleName) * onHold.quantity, 10);
        const qint64 balance = m_backend.state().balanceCents();
        const QString path = u"/user/api/orders/"_s + QString::number(onHold.orderId) + u"/renew"_s;

        MockResponse r = post(path, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r), QJsonObject({{u"success"_s, true},
                                      {u"message"_s, u"Order renewed successfully"_s}}));
        const MockOrder *renewed = m_backend.state().order(onHold.orderId);
        QCOMPARE(renewed->status, MockOrder::Status::Active);
        QCOMPARE(renewed->expiresAt,
                 std::optional<qint64>(kNow + MockCatalog::cycleLengthSecs(onHold.cycleName)));
        QCOMPARE(m_backend.state().balanceCents(), balance - price);

        // Now active: renewing again is refused, and so is a cancelled order.
        r = post(path, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Only orders on hold can be renewed"_s);
        const MockOrder cancelled =
            find([](const MockOrder &o) { return o.status == MockOrder::Status::Cancelled; });
        r = post(u"/user/api/orders/"_s + QString::number(cancelled.orderId) + u"/renew"_s, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Only orders on hold can be renewed"_s);
        QCOMPARE(post(u"/user/api/orders/999999/renew"_s, "{}").status, 404);
        QCOMPARE(post(u"/user/api/orders/x/renew"_s, "{}").status, 400);

        // Not enough money: refused, nothing changes.
        const MockOrder other =
            find([](const MockOrder &o) { return o.status == MockOrder::Status::OnHold; });
        m_backend.state().setBalanceCents(0);
        r = post(u"/user/api/orders/"_s + QString::number(other.orderId) + u"/renew"_s, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Insufficient balance"_s);
        QCOMPARE(m_backend.state().order(other.orderId)->status, MockOrder::Status::OnHold);
        QCOMPARE(m_backend.state().balanceCents(), 0);
    }

    void tag()
    {
        const QString path = u"/user/api/orders/100002/tag"_s;
        MockResponse r = post(path, QJsonObject{{u"tag"_s, u"seo"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r),
                 QJsonObject({{u"success"_s, true}, {u"message"_s, u"Order tag updated"_s}}));
        QCOMPARE(m_backend.state().order(100002)->tag, std::optional<QString>(u"seo"_s));

        const QString unicode = u"тест 🚀 \"quoted\""_s;
        QCOMPARE(post(path, QJsonObject{{u"tag"_s, unicode}}).status, 200);
        const QJsonObject details =
            obj(get(u"/user/api/orders/100002"_s)).value(u"order"_s).toObject();
        QCOMPARE(details.value(u"tag"_s).toString(), unicode);

        QCOMPARE(post(path, QJsonObject{{u"tag"_s, u"none"_s}}).status, 200);
        QVERIFY(!m_backend.state().order(100002)->tag.has_value());
        QVERIFY(obj(get(u"/user/api/orders/100002"_s)).value(u"order"_s)[u"tag"_s].isNull());
        QCOMPARE(post(path, QJsonObject{{u"tag"_s, u"x"_s}}).status, 200);
        QCOMPARE(post(path, QJsonObject{{u"tag"_s, u""_s}}).status, 200);
        QVERIFY(!m_backend.state().order(100002)->tag.has_value());

        QCOMPARE(post(path, QJsonObject{{u"tag"_s, QString(64, u'a')}}).status, 200);
        r = post(path, QJsonObject{{u"tag"_s, QString(65, u'a')}});
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Tag must be at most 64 characters"_s);
        r = post(path, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Field 'tag' is required"_s);
        QCOMPARE(post(path, QJsonObject{{u"tag"_s, 5}}).status, 400);
        QCOMPARE(post(u"/user/api/orders/999999/tag"_s, QJsonObject{{u"tag"_s, u"a"_s}}).status,
                 404);
    }

    void changeCycle()
    {
        const qint64 id = buy({{u"product"_s, u"Datacenter Proxy"_s},
                               {u"location"_s, u"NL"_s},
                               {u"cycle"_s, u"monthly"_s},
                               {u"quantity"_s, 4},
                               {u"promo_code"_s, u"MONTHLY20"_s}});
        const QString path = u"/user/api/orders/change-billing-cycle/"_s + QString::number(id);
        const qint64 balance = m_backend.state().balanceCents();
        const std::optional<qint64> expires = m_backend.state().order(id)->expiresAt;

        MockResponse r = post(path, QJsonObject{{u"cycle"_s, u"quarterly"_s}});
        QCOMPARE(r.status, 200);
        QJsonObject o = obj(r);
        QCOMPARE(keys(o), QStringList({u"discount_percent"_s, u"final_price"_s, u"message"_s,
                                       u"order_id"_s, u"original_price"_s, u"success"_s}));
        QCOMPARE(o.value(u"order_id"_s).toInteger(), id);
        QCOMPARE(o.value(u"original_price"_s).toInt(), 4 * 420);
        QCOMPARE(o.value(u"final_price"_s).toInt(), 4 * 420);
        QCOMPARE(o.value(u"discount_percent"_s).toInt(), 0);
        const MockOrder *order = m_backend.state().order(id);
        QCOMPARE(order->cycleName, u"quarterly"_s);
        QCOMPARE(order->cycleId, 4);
        QVERIFY(order->promoCode.isEmpty()); // MONTHLY20 does not apply to quarterly: reset
        QCOMPARE(order->expiresAt, expires);
        QCOMPARE(m_backend.state().balanceCents(), balance); // nothing charged now
        // Back to monthly: the promo stays gone.
        o = obj(post(path, QJsonObject{{u"cycle"_s, u"monthly"_s}}));
        QCOMPARE(o.value(u"discount_percent"_s).toInt(), 0);

        // SAVE10 applies to every cycle and survives a change.
        const qint64 save = buy({{u"product"_s, u"ISP Proxy"_s},
                                 {u"location"_s, u"DE"_s},
                                 {u"cycle"_s, u"monthly"_s},
                                 {u"promo_code"_s, u"SAVE10"_s}});
        const QString savePath =
            u"/user/api/orders/change-billing-cycle/"_s + QString::number(save);
        o = obj(post(savePath, QJsonObject{{u"cycle"_s, u"quarterly"_s}}));
        QCOMPARE(o.value(u"original_price"_s).toInt(), 896);
        QCOMPARE(o.value(u"final_price"_s).toInt(), 806);
        QCOMPARE(o.value(u"discount_percent"_s).toInt(), 10);
        QCOMPARE(m_backend.state().order(save)->promoCode, u"SAVE10"_s);

        r = post(savePath, QJsonObject{{u"cycle"_s, u"yearly"_s}}); // ISP has no yearly
        QCOMPARE(r.status, 403);
        QCOMPARE(message(r), u"Cycle is not available for this user"_s);
        r = post(savePath, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Field 'cycle' is required"_s);
        QCOMPARE(post(savePath, QJsonObject{{u"cycle"_s, 3}}).status, 400);

        const qint64 residential =
            buy({{u"product"_s, u"Premium Residential Proxy"_s}, {u"quantity"_s, 1}});
        r = post(u"/user/api/orders/change-billing-cycle/"_s + QString::number(residential),
                 QJsonObject{{u"cycle"_s, u"monthly"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"This operation is only available for Datacenter and ISP proxies"_s);
        QCOMPARE(post(u"/user/api/orders/change-billing-cycle/999999"_s,
                      QJsonObject{{u"cycle"_s, u"monthly"_s}})
                     .status,
                 404);
        QCOMPARE(post(u"/user/api/orders/change-billing-cycle/abc"_s,
                      QJsonObject{{u"cycle"_s, u"monthly"_s}})
                     .status,
                 400);
    }

    void editAutoRenewal()
    {
        const qint64 id = buy({{u"product"_s, u"Datacenter Proxy"_s},
                               {u"location"_s, u"US"_s},
                               {u"cycle"_s, u"monthly"_s}});
        const QString path = u"/user/api/orders/edit-auto-renewal/"_s + QString::number(id);
        QCOMPARE(m_backend.state().order(id)->autoRenewal, std::optional<bool>(false));
        MockResponse r = post(path + u"?auto_renewal=true"_s, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r),
                 QJsonObject({{u"success"_s, true}, {u"message"_s, u"Auto-renewal updated"_s}}));
        QCOMPARE(m_backend.state().order(id)->autoRenewal, std::optional<bool>(true));
        QCOMPARE(post(path + u"?auto_renewal=false"_s, "{}").status, 200);
        QCOMPARE(m_backend.state().order(id)->autoRenewal, std::optional<bool>(false));

        QCOMPARE(post(path, "{}").status, 400);
        QCOMPARE(post(path + u"?auto_renewal=yes"_s, "{}").status, 400);
        QCOMPARE(post(path + u"?auto_renewal="_s, "{}").status, 400);
        const qint64 unmetered =
            buy({{u"product"_s, u"Unmetered Residential proxy"_s}, {u"cycle"_s, u"daily"_s}});
        r = post(u"/user/api/orders/edit-auto-renewal/"_s + QString::number(unmetered) +
                     u"?auto_renewal=true"_s,
                 "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"This operation is only available for Datacenter and ISP proxies"_s);
        QCOMPARE(
            post(u"/user/api/orders/edit-auto-renewal/999999?auto_renewal=true"_s, "{}").status,
            404);
    }

    void activeProxies()
    {
        const qint64 id = buy({{u"product"_s, u"ISP Proxy"_s},
                               {u"location"_s, u"US"_s},
                               {u"cycle"_s, u"monthly"_s},
                               {u"quantity"_s, 5}});
        QCOMPARE(post(u"/user/api/orders/"_s + QString::number(id) + u"/tag"_s,
                      QJsonObject{{u"tag"_s, u"client-acme"_s}})
                     .status,
                 200);
        const MockResponse r = get(u"/user/api/proxies/active?order_id="_s + QString::number(id));
        QCOMPARE(r.status, 200);
        const QJsonObject o = obj(r);
        QCOMPARE(o.value(u"success"_s), QJsonValue(true));
        QCOMPARE(o.value(u"order_tag"_s).toString(), u"client-acme"_s);
        const QJsonArray data = o.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 5);
        QSet<QString> ips;
        for (const QJsonValue &v : data) {
            const QJsonObject p = v.toObject();
            QCOMPARE(keys(p), QStringList({u"http_port"_s, u"ip"_s, u"password"_s, u"signature"_s,
                                           u"socks_port"_s, u"status"_s, u"until"_s,
                                           u"username"_s}));
            const QString ip = p.value(u"ip"_s).toString();
            QVERIFY2(ip.startsWith(u"203.0.113.") || ip.startsWith(u"198.51.100."), qPrintable(ip));
            ips.insert(ip);
            QVERIFY(p.value(u"http_port"_s).toInt() >= 8000);
            QVERIFY(p.value(u"socks_port"_s).toInt() >= 9000);
            QCOMPARE(p.value(u"status"_s).toString(), u"active"_s);
            QCOMPARE(p.value(u"password"_s).toString().size(), 12);
            QCOMPARE(p.value(u"until"_s).toString(), u"2027-02-14T08:00:00Z"_s);
        }
        QCOMPARE(ips.size(), 5);
        // Deterministic: the same answer twice.
        QCOMPARE(get(u"/user/api/proxies/active?order_id="_s + QString::number(id)).body, r.body);

        const qint64 standart =
            buy({{u"product"_s, u"Standart Residential Proxy"_s}, {u"quantity"_s, 1}});
        MockResponse e = get(u"/user/api/proxies/active?order_id="_s + QString::number(standart));
        QCOMPARE(e.status, 403);
        QCOMPARE(message(e), u"Method unavailable for this order"_s);
        QCOMPARE(get(u"/user/api/proxies/active?order_id=999999"_s).status, 404);
        QCOMPARE(get(u"/user/api/proxies/active"_s).status, 400);
        QCOMPARE(get(u"/user/api/proxies/active?order_id=abc"_s).status, 400);
    }

    void stateIsKeptAndCopiesAreIndependent()
    {
        MockBackend copy = m_backend;
        QCOMPARE(post(u"/user/api/orders/100003/tag"_s, QJsonObject{{u"tag"_s, u"kept"_s}}).status,
                 200);
        QCOMPARE(m_backend.state().order(100003)->tag, std::optional<QString>(u"kept"_s));
        QVERIFY(copy.state().order(100003)->tag != std::optional<QString>(u"kept"_s));
    }

    // How fast: tests/bench/bench_mockbackend (mock_page_of_100).
    void pagesWith100kOrders()
    {
        m_backend.resetDemoData(100000, 42);
        constexpr int kPages = 40;
        for (int i = 0; i < kPages; ++i) {
            const QString status = i % 2 ? u"active"_s : u"all"_s;
            const MockResponse r = get(u"/user/api/orders?status="_s + status + u"&offset="_s +
                                       QString::number((i * 397) % 50000) + u"&limit=100"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(obj(r).value(u"orders"_s).toArray().size(), 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestMockBackend)
#include "tst_mockbackend.moc"
