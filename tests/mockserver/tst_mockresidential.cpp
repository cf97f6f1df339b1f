// The mock's residential endpoints: sub-users (list, one, create, rename, delete, data add and
// subtract, new password) and orders/{id}/add-bandwidth. Every refusal with its words in both
// profiles, the pool accounting, the demo sub-users, the realistic profile's shapes, PATCH and
// DELETE over real loopback HTTP, and add-bandwidth charged behind a dropped answer.

#include "backendcalls.h"
#include "mockbackend.h"
#include "mockresidentialapi.h"
#include "mockserver.h"
#include "mocktestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Rules = MockResidentialApi::RealisticRules;
const QString kStandart = u"standart"_s;
const QString kPremium = u"premium"_s;
// The demo's first users (ids are handed out in creation order, standart first).
const QString kExhausted = u"418201"_s; // standart, everything spent
const QString kFresh = u"418203"_s;     // standart, nothing spent
const QString kPremiumFirst = u"418208"_s;

QJsonObject obj(const MockResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString subUser(const QString &id, const QString &suffix = {}, const QString &type = kStandart)
{
    return u"/user/api/proxies/sub-user/"_s + id + suffix +
           (type.isEmpty() ? QString() : u"?proxy_type="_s + type);
}

// The words of a refusal, whatever its shape: message, detail or the text/plain body.
QString wordsOf(const MockResponse &r)
{
    if (r.contentType.startsWith("text/plain"))
        return QString::fromUtf8(r.body);
    const QJsonObject o = obj(r);
    return o.contains(u"detail"_s) ? o.value(u"detail"_s).toString()
                                   : o.value(u"message"_s).toString();
}

} // namespace

class TestMockResidential final : public QObject, private BackendCalls
{
    Q_OBJECT

private:
    qint64 freeGb(const QString &type = kStandart) const
    {
        return m_backend.state().residential().freeGb(type);
    }
    MockSubUser user(const QString &id) const
    {
        const MockSubUser *u = m_backend.state().residential().find(id);
        return u ? *u : MockSubUser();
    }
    qint64 orderOf(const QString &productCode, bool cancelled) const
    {
        const MockProduct *p = m_backend.catalog().productByCode(productCode);
        return find([&](const MockOrder &o) {
                   return o.productId == p->id &&
                          (o.status == MockOrder::Status::Cancelled) == cancelled;
               })
            .orderId;
    }
    // "{free}", "{dc}", "{res}" in a test row: values of the demo state.
    QString expand(QString text) const
    {
        text.replace(u"{free}"_s, QString::number(freeGb()));
        text.replace(u"{dc}"_s, QString::number(orderOf(u"dc"_s, false)));
        text.replace(u"{res}"_s, QString::number(orderOf(kStandart, false)));
        return text;
    }

private Q_SLOTS:
    void init()
    {
        m_backend = MockBackend();
        m_backend.setNow(1'800'000'000);
    }

    void demoSubUsers()
    {
        const MockResidentialPools &pools = m_backend.state().residential();
        const QList<MockSubUser> standart = pools.users(kStandart);
        const QList<MockSubUser> premium = pools.users(kPremium);
        QCOMPARE(standart.size(), 7);
        QCOMPARE(premium.size(), 3);
        QStringList names;
        for (const MockSubUser &u : standart)
            names << u.name;
        QCOMPARE(names, (QStringList{u"scraper-eu"_s, u"ads-verify"_s, u"client-acme-01"_s,
                                     u"monitoring"_s, u"тест-юзер"_s, u"seo-batch"_s, u"qa"_s}));
        QCOMPARE(standart.first().userId, kExhausted);
        QCOMPARE(premium.first().userId, kPremiumFirst);
        for (const QString &type : MockResidentialPools::types()) {
            const QList<MockSubUser> users = pools.users(type);
            for (const MockSubUser &u : users) {
                QVERIFY(u.dataGb >= 5 && u.dataGb <= 50);
                QVERIFY(u.spentMb >= 0 && u.spentMb <= u.dataGb * MockSubUser::kMbPerGb);
                QCOMPARE(u.password, MockSubUser::passwordFor(u.userId, 0));
            }
            QCOMPARE(users.at(0).spentMb, users.at(0).dataGb * MockSubUser::kMbPerGb);
            QCOMPARE(users.at(1).spentMb / (users.at(1).dataGb * 10), 95); // about 95 %
            QCOMPARE(users.at(2).spentMb, 0);
            QVERIFY(pools.allottedGb(type) <= pools.purchasedGb(type));
        }

        // Deterministic per seed, different across seeds, consistent without premium orders.
        MockBackend twin;
        QCOMPARE(twin.state().residential().users(kStandart).at(3).spentMb, standart.at(3).spentMb);
        twin.resetDemoData(40, 7);
        QVERIFY(twin.state().residential().users(kStandart).at(3).dataGb != standart.at(3).dataGb ||
                twin.state().residential().users(kStandart).at(3).spentMb !=
                    standart.at(3).spentMb);
        MockBackend few;
        few.resetDemoData(0, 1);
        QCOMPARE(few.state().residential().freeGb(kPremium), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words"); // the whole message, or the start of a plain text
        QTest::addColumn<QByteArray>("allow");

        const QString list = u"/user/api/proxies/sub-users"_s;
        const QString create = u"/user/api/proxies/sub-user?proxy_type=standart"_s;
        const QString typeRequired = u"Query parameter 'proxy_type' is required"_s;
        const QString typeInvalid = u"Invalid proxy_type: expected standart or premium"_s;
        const QString notFound = u"Sub-user not found"_s;
        const QString wholeGb = u"Field 'data' must be a positive whole number of GB"_s;
        const QString amountWords = u"Field 'amount' must be a positive whole number of GB"_s;
        const auto row = [](const char *name, bool realistic, const char *method,
                            const QString &path, const QByteArray &body, int status,
                            const QString &words, const QByteArray &allow = {}) {
            QTest::newRow(name) << realistic << QByteArray(method) << path << body << status
                                << words << allow;
        };
        // Strict: {success:false, message}.
        row("list: no proxy_type", false, "GET", list, {}, 400, typeRequired);
        row("list: unknown proxy_type", false, "GET", list + u"?proxy_type=mobile"_s, {}, 400,
            typeInvalid);
        row("list: limit 0", false, "GET", list + u"?proxy_type=standart&limit=0"_s, {}, 400,
            u"Query parameter 'limit' must be between 1 and 100"_s);
        row("list: limit x", false, "GET", list + u"?proxy_type=standart&limit=x"_s, {}, 400,
            u"Query parameter 'limit' must be an integer"_s);
        row("list: offset -1", false, "GET", list + u"?proxy_type=standart&offset=-1"_s, {}, 400,
            u"Query parameter 'offset' must be a non-negative integer"_s);
        row("one: unknown id", false, "GET", subUser(u"999"_s), {}, 404, notFound);
        row("one: other pool", false, "GET", subUser(kExhausted, {}, kPremium), {}, 404, notFound);
        row("one: no proxy_type", false, "GET", subUser(kExhausted, {}, {}), {}, 400, typeRequired);
        row("create: no body", false, "POST", create, {}, 400, u"Request body is required"_s);
        row("create: no name", false, "POST", create, R"({"data":1})", 400,
            u"Field 'name' is required"_s);
        row("create: name null", false, "POST", create, R"({"name":null,"data":1})", 400,
            u"Field 'name' is required"_s);
        row("create: name number", false, "POST", create, R"({"name":5,"data":1})", 400,
            u"Field 'name' must be a string"_s);
        row("create: name blank", false, "POST", create, R"({"name":"  ","data":1})", 400,
            u"Field 'name' must not be empty"_s);
        row("create: name too long", false, "POST", create,
            "{\"name\":\"" + QByteArray(65, 'n') + "\",\"data\":1}", 400,
            u"Field 'name' must be at most 64 characters"_s);
        row("create: name taken", false, "POST", create, R"({"name":" qa ","data":1})", 400,
            u"A sub-user named 'qa' already exists"_s);
        row("create: no data", false, "POST", create, R"({"name":"x"})", 400,
            u"Field 'data' is required"_s);
        row("create: data 0", false, "POST", create, R"({"name":"x","data":0})", 400, wholeGb);
        row("create: data 1.5", false, "POST", create, R"({"name":"x","data":1.5})", 400, wholeGb);
        row("create: data string", false, "POST", create, R"({"name":"x","data":"5"})", 400,
            wholeGb);
        row("create: more than free", false, "POST", create, R"({"name":"x","data":1000000})", 400,
            u"Not enough traffic: {free} GB left to allot"_s);
        row("create: unknown field", false, "POST", create, R"({"name":"x","data":1,"foo":1})", 400,
            u"Field 'foo' is not accepted"_s);
        row("create: other proxy_type in body", false, "POST", create,
            R"({"name":"x","data":1,"proxy_type":"premium"})", 400,
            u"Field 'proxy_type' is not accepted"_s);
        row("create: no proxy_type", false, "POST", u"/user/api/proxies/sub-user"_s,
            R"({"name":"x","data":1})", 400, typeRequired);
        row("rename: no name", false, "PATCH", subUser(kFresh), "{}", 400,
            u"Field 'name' is required"_s);
        row("rename: no body", false, "PATCH", subUser(kFresh), {}, 400,
            u"Request body is required"_s);
        row("rename: unknown id", false, "PATCH", subUser(u"1"_s), R"({"name":"x"})", 404,
            notFound);
        row("rename: name taken", false, "PATCH", subUser(kFresh), R"({"name":"qa"})", 400,
            u"A sub-user named 'qa' already exists"_s);
        row("delete: unknown id", false, "DELETE", subUser(u"1"_s, {}, {}), {}, 404, notFound);
        row("delete: other pool", false, "DELETE", subUser(kExhausted, {}, kPremium), {}, 404,
            notFound);
        row("delete: unknown proxy_type", false, "DELETE", subUser(kExhausted, {}, u"x"_s), {}, 400,
            typeInvalid);
        row("add: data 0", false, "POST", subUser(kFresh, u"/data/add"_s), R"({"data":0})", 400,
            wholeGb);
        row("add: more than free", false, "POST", subUser(kFresh, u"/data/add"_s),
            R"({"data":1000000})", 400, u"Not enough traffic: {free} GB left to allot"_s);
        row("add: unknown id", false, "POST", subUser(u"1"_s, u"/data/add"_s), R"({"data":1})", 404,
            notFound);
        row("subtract: more than unused", false, "POST", subUser(kExhausted, u"/data/subtract"_s),
            R"({"data":1})", 400, u"Cannot subtract more than the unused traffic (0 GB)"_s);
        row("subtract: no data", false, "POST", subUser(kFresh, u"/data/subtract"_s), "{}", 400,
            u"Field 'data' is required"_s);
        row("password: unknown id", false, "POST", subUser(u"1"_s, u"/password"_s), "{}", 404,
            notFound);
        row("password: a field", false, "POST", subUser(kFresh, u"/password"_s), R"({"x":1})", 400,
            u"Field 'x' is not accepted"_s);
        row("405: PUT sub-user", false, "PUT", subUser(kFresh), {}, 405, u"Method not allowed"_s,
            "GET, PATCH, DELETE");
        row("405: POST sub-user/{id}", false, "POST", subUser(kFresh), "{}", 405,
            u"Method not allowed"_s, "GET, PATCH, DELETE");
        row("405: GET create", false, "GET", create, {}, 405, u"Method not allowed"_s, "POST");
        row("405: DELETE list", false, "DELETE", list, {}, 405, u"Method not allowed"_s, "GET");
        row("405: GET add-bandwidth", false, "GET", u"/user/api/orders/{res}/add-bandwidth"_s, {},
            405, u"Method not allowed"_s, "POST");
        const auto bandwidth = [](const char *order) -> QString {
            return u"/user/api/orders/"_s + QLatin1StringView(order) + u"/add-bandwidth"_s;
        };
        row("bandwidth: unknown order", false, "POST", bandwidth("999999"), R"({"amount":1})", 404,
            u"Order not found"_s);
        row("bandwidth: datacenter order", false, "POST", bandwidth("{dc}"), R"({"amount":1})", 400,
            u"Bandwidth can only be added to Standart and Premium Residential orders"_s);
        row("bandwidth: cancelled order", false, "POST", bandwidth("{cancelled}"),
            R"({"amount":1})", 400, u"Cancelled orders cannot be changed"_s);
        row("bandwidth: no amount", false, "POST", bandwidth("{res}"), "{}", 400,
            u"Field 'amount' is required"_s);
        row("bandwidth: amount 0", false, "POST", bandwidth("{res}"), R"({"amount":0})", 400,
            amountWords);
        row("bandwidth: amount 10001", false, "POST", bandwidth("{res}"), R"({"amount":10001})",
            400, amountWords);
        row("bandwidth: amount 1.5", false, "POST", bandwidth("{res}"), R"({"amount":1.5})", 400,
            amountWords);
        row("bandwidth: bad promo", false, "POST", bandwidth("{res}"),
            R"({"amount":1,"promo_code":"NOPE"})", 400, u"Promo code is invalid"_s);
        row("bandwidth: promo for another cycle", false, "POST", bandwidth("{res}"),
            R"({"amount":1,"promo_code":"MONTHLY20"})", 400,
            u"Promo code is not valid for this billing cycle"_s);
        row("bandwidth: unknown field", false, "POST", bandwidth("{res}"), R"({"amount":1,"gb":1})",
            400, u"Field 'gb' is not accepted"_s);
        row("bandwidth: too expensive", false, "POST", bandwidth("{res}"), R"({"amount":10000})",
            400, u"Insufficient balance"_s);

        // Realistic: the framework's words (text/plain) for malformed requests, {"detail"} 404.
        row("realistic list: no proxy_type", true, "GET", list, {}, 400,
            u"Query deserialize error: missing field `proxy_type`"_s);
        row("realistic list: unknown proxy_type", true, "GET", list + u"?proxy_type=x"_s, {}, 400,
            u"Query deserialize error: unknown variant `x`, expected `standart` or `premium`"_s);
        row("realistic list: limit x", true, "GET", list + u"?proxy_type=standart&limit=x"_s, {},
            400, u"Query deserialize error: invalid digit found in string"_s);
        row("realistic list: past the end", true, "GET", list + u"?proxy_type=standart&offset=7"_s,
            {}, 400, u"offset out of range"_s);
        row("realistic one: unknown id", true, "GET", subUser(u"999"_s), {}, 404, notFound);
        row("realistic create: no name", true, "POST", create, R"({"data":1})", 400,
            u"Json deserialize error: missing field `name`"_s);
        row("realistic create: name number", true, "POST", create, R"({"name":5,"data":1})", 400,
            u"Json deserialize error: invalid type: integer `5`, expected a string"_s);
        row("realistic create: data -1", true, "POST", create, R"({"name":"x","data":-1})", 400,
            u"Json deserialize error: invalid value: integer `-1`, expected u32"_s);
        row("realistic create: data 0", true, "POST", create, R"({"name":"x","data":0})", 400,
            wholeGb);
        row("realistic create: name taken", true, "POST", create, R"({"name":"qa","data":1})", 400,
            u"A sub-user named 'qa' already exists"_s);
        row("realistic create: empty body", true, "POST", create, {}, 400,
            u"Json deserialize error: EOF while parsing"_s);
        row("realistic delete: unknown id", true, "DELETE", subUser(u"1"_s), {}, 404, notFound);
        row("realistic subtract: more than unused", true, "POST",
            subUser(kExhausted, u"/data/subtract"_s), R"({"data":1})", 400,
            u"Cannot subtract more than the unused traffic (0 GB)"_s);
        row("realistic bandwidth: no amount", true, "POST", bandwidth("{res}"), "{}", 400,
            u"Json deserialize error: missing field `amount`"_s);
        row("realistic bandwidth: promo number", true, "POST", bandwidth("{res}"),
            R"({"amount":1,"promo_code":5})", 400,
            u"Json deserialize error: invalid type: integer `5`, expected a string"_s);
        row("realistic bandwidth: amount 0", true, "POST", bandwidth("{res}"), R"({"amount":0})",
            400, amountWords);
        row("realistic bandwidth: unknown order", true, "POST", bandwidth("999999"),
            R"({"amount":1})", 404, u"Order not found"_s);
    }
    void refusals()
    {
        QFETCH(bool, realistic);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, words);
        QFETCH(QByteArray, allow);
        if (realistic)
            m_backend.setProfile(MockBackend::Profile::Realistic);
        if (path.contains(u"{cancelled}"_s)) {
            // The demo may have none: a residential order is cancelled for the row.
            MockOrder order = *m_backend.state().order(orderOf(kStandart, false));
            order.status = MockOrder::Status::Cancelled;
            QVERIFY(m_backend.state().updateOrder(order));
            path.replace(u"{cancelled}"_s, QString::number(order.orderId));
        }
        const MockBackend before = m_backend;
        const qint64 balance = m_backend.state().balanceCents();
        const MockResponse r = send(method, expand(path), body);
        QCOMPARE(r.status, status);
        const QString expected = expand(words);
        if (r.contentType.startsWith("text/plain")) {
            QVERIFY2(wordsOf(r).startsWith(expected), qPrintable(wordsOf(r)));
        } else {
            QCOMPARE(wordsOf(r), expected);
            // Strict keeps {success:false, message}; realistic answers 404 with {"detail"}.
            const bool detail = realistic && status == 404;
            QCOMPARE(obj(r).contains(u"detail"_s), detail);
            if (!detail)
                QCOMPARE(obj(r).value(u"success"_s), QJsonValue(false));
        }
        QCOMPARE(r.header("Allow"), allow);
        // A refusal changes nothing.
        QCOMPARE(m_backend.state().balanceCents(), balance);
        for (const QString &type : MockResidentialPools::types()) {
            QCOMPARE(m_backend.state().residential().freeGb(type),
                     before.state().residential().freeGb(type));
            QCOMPARE(m_backend.state().residential().users(type).size(),
                     before.state().residential().users(type).size());
        }
    }

    void listAndOne()
    {
        const MockResponse page =
            get(u"/user/api/proxies/sub-users?proxy_type=standart&offset=5&limit=5"_s);
        QCOMPARE(page.status, 200);
        const QJsonObject o = obj(page);
        QCOMPARE(o.value(u"success"_s), QJsonValue(true));
        QVERIFY(!o.contains(u"count"_s) && !o.contains(u"next"_s));
        const QJsonArray rows = o.value(u"data"_s).toArray();
        QCOMPARE(rows.size(), 2);
        const MockSubUser seo = m_backend.state().residential().users(kStandart).at(5);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(u"user_id"_s), QJsonValue(seo.userId));
        QCOMPARE(row.value(u"first_name"_s), QJsonValue(u"seo-batch"_s));
        QCOMPARE(row.value(u"proxy_password"_s), QJsonValue(seo.password));
        QCOMPARE(row.value(u"data"_s).toInteger(), seo.dataGb);
        QCOMPARE(row.value(u"data_spent"_s).toInteger(), seo.spentMb / 1000);
        QCOMPARE(obj(get(u"/user/api/proxies/sub-users?proxy_type=standart"_s))
                     .value(u"data"_s)
                     .toArray()
                     .size(),
                 7);

        const MockResponse one = get(subUser(seo.userId));
        QCOMPARE(one.status, 200);
        const QJsonArray data = obj(one).value(u"data"_s).toArray(); // an array of one
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject(), row);
    }

    void poolAccounting_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("gb");
        QTest::addColumn<int>("freeChange");
        QTest::addColumn<int>("dataChange");
        QTest::newRow("create 3 GB") << u"create"_s << QString() << 3 << -3 << 3;
        QTest::newRow("add 2 GB") << u"add"_s << kFresh << 2 << -2 << 2;
        QTest::newRow("subtract 4 GB") << u"subtract"_s << kFresh << 4 << 4 << -4;
        // The deleted user's allotment (spent or not) leaves the allotted total.
        QTest::newRow("delete exhausted") << u"delete"_s << kExhausted << 0 << -1 << 0;
        QTest::newRow("delete fresh") << u"delete"_s << kFresh << 0 << -1 << 0;
    }
    void poolAccounting()
    {
        QFETCH(QString, action);
        QFETCH(QString, userId);
        QFETCH(int, gb);
        QFETCH(int, freeChange);
        QFETCH(int, dataChange);
        const qint64 free = freeGb();
        const qint64 purchased = m_backend.state().residential().purchasedGb(kStandart);
        const QByteArray body = "{\"data\":" + QByteArray::number(gb) + "}";
        MockResponse r;
        qint64 dataBefore = user(userId).dataGb;
        if (action == u"create") {
            r = post(u"/user/api/proxies/sub-user?proxy_type=standart"_s,
                     QByteArray(R"({"name":" new-one ","data":3})"));
            const QJsonObject row = obj(r).value(u"data"_s).toArray().at(0).toObject();
            userId = row.value(u"user_id"_s).toString();
            QCOMPARE(userId, u"418211"_s); // after the ten demo users
            QCOMPARE(row.value(u"first_name"_s), QJsonValue(u"new-one"_s)); // trimmed
            QCOMPARE(row.value(u"proxy_password"_s),
                     QJsonValue(MockSubUser::passwordFor(userId, 0)));
            QCOMPARE(row.value(u"data_spent"_s), QJsonValue(0));
            dataBefore = 0;
        } else if (action == u"delete") {
            r = send("DELETE", subUser(userId, {}, {}));
            QCOMPARE(obj(r), QJsonObject({{u"success"_s, true}, {u"data"_s, QJsonObject()}}));
            freeChange = int(dataBefore);
            QVERIFY(!m_backend.state().residential().find(userId));
        } else {
            r = post(subUser(userId, u"/data/"_s + action), body);
            const QJsonObject data = obj(r).value(u"data"_s).toObject();
            QCOMPARE(data.value(u"user_id"_s), QJsonValue(userId));
            QCOMPARE(data.value(u"data"_s).toInteger(), dataBefore + dataChange);
            QCOMPARE(data.value(u"data_spent"_s), QJsonValue(0));
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r).value(u"success"_s), QJsonValue(true));
        QCOMPARE(freeGb(), free + freeChange);
        QCOMPARE(m_backend.state().residential().purchasedGb(kStandart), purchased);
        if (action != u"delete")
            QCOMPARE(user(userId).dataGb, dataBefore + dataChange);
    }

    void freeTrafficIsTheLimit()
    {
        // Exactly the free GB can be allotted; one more cannot.
        const qint64 free = freeGb();
        QVERIFY(free > 0);
        QCOMPARE(
            post(subUser(kFresh, u"/data/add"_s), "{\"data\":" + QByteArray::number(free) + '}')
                .status,
            200);
        QCOMPARE(freeGb(), 0);
        QCOMPARE(wordsOf(post(subUser(kFresh, u"/data/add"_s), QByteArray(R"({"data":1})"))),
                 u"Not enough traffic: 0 GB left to allot"_s);
        // What subtract may take back is the allotment less the spent GB, rounded up.
        const MockSubUser nearlyOut = m_backend.state().residential().users(kStandart).at(1);
        const QString more = u"{\"data\":"_s + QString::number(nearlyOut.unusedGb() + 1) + u'}';
        QCOMPARE(wordsOf(post(subUser(nearlyOut.userId, u"/data/subtract"_s), more.toUtf8())),
                 u"Cannot subtract more than the unused traffic ("_s +
                     QString::number(nearlyOut.unusedGb()) + u" GB)"_s);
        // A body proxy_type that agrees with the query is tolerated: the pool's rule answers.
        QCOMPARE(wordsOf(post(u"/user/api/proxies/sub-user?proxy_type=premium"_s,
                              QByteArray(R"({"name":"x","data":1000000,"proxy_type":"premium"})"))),
                 u"Not enough traffic: "_s + QString::number(freeGb(kPremium)) +
                     u" GB left to allot"_s);
    }

    void renameAndPassword()
    {
        MockResponse r = send("PATCH", subUser(kFresh), R"({"name":"renamed"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r),
                 QJsonObject({{u"success"_s, true},
                              {u"data"_s, QJsonObject({{u"user_id"_s, kFresh},
                                                       {u"first_name"_s, u"renamed"_s}})}}));
        QCOMPARE(user(kFresh).name, u"renamed"_s);
        // Its own name again is no clash.
        QCOMPARE(send("PATCH", subUser(kFresh), R"({"name":"renamed"})").status, 200);

        const QString first = user(kFresh).password;
        r = post(subUser(kFresh, u"/password"_s), QByteArray("{}"));
        QCOMPARE(r.status, 200);
        const QString second =
            obj(r).value(u"data"_s).toObject().value(u"proxy_password"_s).toString();
        QVERIFY(second != first);
        QCOMPARE(second, MockSubUser::passwordFor(kFresh, 1));
        QCOMPARE(user(kFresh).password, second);
        r = post(subUser(kFresh, u"/password"_s), QByteArray("{}"));
        QCOMPARE(user(kFresh).password, MockSubUser::passwordFor(kFresh, 2));
    }

    void deleteFindsEitherPool()
    {
        QCOMPARE(send("DELETE", subUser(kPremiumFirst, {}, {})).status, 200);
        QCOMPARE(m_backend.state().residential().users(kPremium).size(), 2);
        QCOMPARE(send("DELETE", subUser(kFresh, {}, kStandart)).status, 200);
        QCOMPARE(m_backend.state().residential().users(kStandart).size(), 6);
    }

    void purchaseAndBandwidthGrowThePool_data()
    {
        QTest::addColumn<QString>("promo");
        QTest::addColumn<double>("percent");
        QTest::newRow("no promo") << QString() << 0.0;
        QTest::newRow("SAVE12") << u"save12"_s << 12.5;
    }
    void purchaseAndBandwidthGrowThePool()
    {
        QFETCH(QString, promo);
        QFETCH(double, percent);
        const MockResidentialPools &pools = m_backend.state().residential();
        const qint64 purchased = pools.purchasedGb(kStandart);
        QCOMPARE(post(u"/user/api/orders/purchase"_s,
                      QByteArray(R"({"product":"Standart Residential Proxy","quantity":5})"))
                     .status,
                 200);
        QCOMPARE(pools.purchasedGb(kStandart), purchased + 5);

        const MockOrder order = *m_backend.state().order(orderOf(kStandart, false));
        const qint64 balance = m_backend.state().balanceCents();
        QJsonObject body{{u"amount"_s, 12}};
        body.insert(u"promo_code"_s, promo.isEmpty() ? QJsonValue() : QJsonValue(promo));
        const MockResponse r = post(
            u"/user/api/orders/"_s + QString::number(order.orderId) + u"/add-bandwidth"_s, body);
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r), QJsonObject({{u"success"_s, true}, {u"message"_s, u"Bandwidth added"_s}}));
        const qint64 price = MockCatalog::applyDiscount(350 * 12, percent);
        QCOMPARE(m_backend.state().balanceCents(), balance - price);
        QCOMPARE(m_backend.state().order(order.orderId)->quantity, order.quantity + 12);
        QCOMPARE(pools.purchasedGb(kStandart), purchased + 5 + 12);
        QCOMPARE(pools.purchasedGb(kPremium),
                 m_backend.state().residential().purchasedGb(kPremium));
    }

    void realisticShapes()
    {
        m_backend.setProfile(MockBackend::Profile::Realistic);
        const QList<MockSubUser> users = m_backend.state().residential().users(kStandart);
        // Pages of five whatever `limit` asks, an unreadable extra row on the first.
        QJsonArray first = obj(get(u"/user/api/proxies/sub-users?proxy_type=standart&limit=20"_s))
                               .value(u"data"_s)
                               .toArray();
        QCOMPARE(first.size(), Rules::kPageCap + 1);
        QCOMPARE(first.last().toObject().value(u"user_id"_s), QJsonValue(QJsonValue::Null));
        const QJsonArray second =
            obj(get(u"/user/api/proxies/sub-users?proxy_type=standart&limit=20&offset=5"_s))
                .value(u"data"_s)
                .toArray();
        QCOMPARE(second.size(), 2);
        QJsonArray rows = first;
        rows.removeLast();
        for (const QJsonValue &v : second)
            rows.append(v);
        for (int i = 0; i < users.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const MockSubUser &u = users.at(i);
            const QJsonValue id = row.value(u"user_id"_s);
            QCOMPARE(id.isDouble(), Rules::numericUserId(i));
            QCOMPARE(id.isDouble() ? QString::number(id.toInteger()) : id.toString(), u.userId);
            QCOMPARE(row.value(u"first_name"_s).isNull(), Rules::nullName(i));
            const QJsonValue spent = row.value(u"data_spent"_s);
            QCOMPARE(spent.isString(), Rules::spentAsString(i));
            const double value = spent.isString() ? spent.toString().toDouble() : spent.toDouble();
            const double expected = Rules::fractionalSpent(i)
                                        ? std::round(double(u.spentMb) / 10.0) / 100.0
                                        : double(u.spentMb / 1000);
            QCOMPARE(value, expected);
        }
        // Some fractional value is really served with a fraction (the ~95 % user, index 1).
        QVERIFY(std::floor(rows.at(1).toObject().value(u"data_spent"_s).toDouble()) !=
                rows.at(1).toObject().value(u"data_spent"_s).toDouble());

        // Actions answer without success and without the values; DELETE is 204.
        const QJsonObject emptyData{{u"data"_s, QJsonObject()}};
        MockResponse r = send("PATCH", subUser(kFresh), R"({"name":"renamed","extra":1})");
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r), emptyData);
        QCOMPARE(user(kFresh).name, u"renamed"_s); // unknown fields ignored, the change made
        QCOMPARE(obj(post(subUser(kFresh, u"/data/add"_s), QByteArray(R"({"data":1})"))),
                 emptyData);
        QCOMPARE(obj(post(subUser(kFresh, u"/data/subtract"_s), QByteArray(R"({"data":1})"))),
                 emptyData);
        QCOMPARE(obj(post(subUser(kFresh, u"/password"_s), QByteArray("{}"))), emptyData);
        QCOMPARE(user(kFresh).passwordGeneration, 1);
        r = send("DELETE", subUser(kFresh));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!m_backend.state().residential().find(kFresh));
        r = post(u"/user/api/orders/"_s + QString::number(orderOf(kStandart, false)) +
                     u"/add-bandwidth"_s,
                 QByteArray(R"({"amount":1,"promo_code":null})"));
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r), QJsonObject({{u"message"_s, u"Bandwidth added"_s}}));
    }

    void patchAndDeleteOverHttp()
    {
        // The transport hands PATCH and DELETE (and their bodies) to the backend as they are.
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        HttpResult r = MockTestClient::wait(
            client.send("PATCH", subUser(kFresh), QByteArrayLiteral(R"({"name":"über"})")));
        QCOMPARE(r.status, 200);
        QCOMPARE(server.backend().state().residential().find(kFresh)->name, u"über"_s);
        r = MockTestClient::wait(client.send("DELETE", subUser(kFresh, {}, {})));
        QCOMPARE(r.status, server.isRealistic() ? 204 : 200);
        QVERIFY(!server.backend().state().residential().find(kFresh));
    }

    void bandwidthChargedBehindADroppedAnswer()
    {
        MockServer server;
        QVERIFY(server.listen());
        MockTestClient client(server.url());
        const qint64 orderId = [&server] {
            const MockProduct *p = server.backend().catalog().productByCode(u"premium"_s);
            for (const MockOrder &o : server.backend().state().orders()) {
                if (o.productId == p->id && o.status != MockOrder::Status::Cancelled)
                    return o.orderId;
            }
            return qint64(0);
        }();
        QVERIFY(orderId != 0);
        const QString path =
            u"/user/api/orders/"_s + QString::number(orderId) + u"/add-bandwidth"_s;
        const qint64 balance = server.balanceCents();
        const qint64 purchased = server.backend().state().residential().purchasedGb(kPremium);
        const int quantity = server.order(orderId)->quantity;
        MockFault drop = MockFault::make(MockFault::Kind::Drop, path, "POST");
        drop.afterHandling = true;
        drop.count = -1;
        server.addFault(drop);
        const HttpResult r = client.post(path, QByteArrayLiteral(R"({"amount":2})"));
        server.clearFaults();
        QCOMPARE(r.status, 0);
        // Every attempt QNAM made was processed before its connection was dropped.
        const int attempts = server.requestCount("POST", path);
        QVERIFY(attempts >= 1);
        QCOMPARE(server.balanceCents(), balance - 2 * 700 * attempts);
        QCOMPARE(server.order(orderId)->quantity, quantity + 2 * attempts);
        QCOMPARE(server.backend().state().residential().purchasedGb(kPremium),
                 purchased + 2 * attempts);
    }
};

QTEST_GUILESS_MAIN(TestMockResidential)
#include "tst_mockresidential.moc"
