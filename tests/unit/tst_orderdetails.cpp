#include "domain/orderdetails.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// Shaped like the contract's GET /user/api/orders/{id} answer (1.1.0, with add-on fields).
QJsonObject validOrder()
{
    return TestSupport::obj(R"({
        "order_id": 101, "product_name": "Datacenter Proxy", "cycle_name": "monthly",
        "quantity": 10, "price_paid": 1999, "addons_price_paid": 0, "addons": [],
        "p0f_slots_available": 0, "p0f_slots_used": 0, "p0f_slots_next": 0,
        "status": "active", "created_at": "2026-01-01T12:00:00Z",
        "expires_at": "2026-02-01 12:00:00", "promo_code": "SAVE10", "auto_renewal": true,
        "tag": "shop"})");
}

QJsonDocument wrap(const QJsonValue &order)
{
    return QJsonDocument(QJsonObject{{u"success"_s, true}, {u"order"_s, order}});
}

QJsonDocument withField(const QString &field, const QJsonValue &value)
{
    QJsonObject order = validOrder();
    if (value.isUndefined())
        order.remove(field);
    else
        order.insert(field, value);
    return wrap(order);
}
} // namespace

class TstOrderDetails : public QObject
{
    Q_OBJECT

private slots:
    void valid();
    void nullableFieldsNull();
    void optionalFieldsMissing();
    void onlyOrderId();
    void status_data();
    void status();
    void tag_data();
    void tag();
    void orderIdUnreadable_data();
    void orderIdUnreadable();
    void tolerated_data();
    void tolerated();
    void negativeQuantity();
    void zeroQuantity();
    void addons_data();
    void addons();
    void addonLines_data();
    void addonLines();
    void unreadableAddonLineIsSkipped();
    void p0fSlots();
    void orderMember_data();
    void orderMember();
    void bareOrder();
    void notAnObject();
    void toJsonShape();
    void toJsonRoundTrip();
};

void TstOrderDetails::valid()
{
    const auto result = OrderDetails::fromJson(wrap(validOrder()));
    SD_VERIFY_OK(result);
    const OrderDetails &d = result.value();
    QCOMPARE(d.id, qint64(101));
    QCOMPARE(d.productName, u"Datacenter Proxy"_s);
    QCOMPARE(d.cycleName, u"monthly"_s);
    QCOMPARE(d.quantity, std::optional<qint64>(10));
    QCOMPARE(d.pricePaidCents, std::optional<qint64>(1999));
    QCOMPARE(d.addonsPricePaidCents, std::optional<qint64>(0));
    QCOMPARE(d.renewalEstimateCents(), std::optional<qint64>(1999));
    QCOMPARE(d.status, OrderStatus::Active);
    QCOMPARE(d.statusText, u"active"_s);
    QCOMPARE(d.createdAt, QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(d.expiresAt, QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(d.promoCode, u"SAVE10"_s);
    QCOMPARE(d.autoRenewal, std::optional<bool>(true));
    QCOMPARE(d.tag, u"shop"_s);
}

void TstOrderDetails::nullableFieldsNull()
{
    QJsonObject order = validOrder();
    for (const QString &field :
         {u"product_name"_s, u"cycle_name"_s, u"quantity"_s, u"price_paid"_s,
          u"addons_price_paid"_s, u"status"_s, u"created_at"_s, u"expires_at"_s, u"promo_code"_s,
          u"auto_renewal"_s, u"tag"_s, u"addons"_s, u"p0f_slots_available"_s})
        order.insert(field, QJsonValue::Null);
    const auto result = OrderDetails::fromJson(wrap(order));
    SD_VERIFY_OK(result);
    const OrderDetails &d = result.value();
    QCOMPARE(d.id, qint64(101));
    QCOMPARE(d.productName, QString());
    QCOMPARE(d.cycleName, QString());
    QCOMPARE(d.quantity, std::nullopt);
    QCOMPARE(d.pricePaidCents, std::nullopt);
    QCOMPARE(d.addonsPricePaidCents, std::nullopt);
    QCOMPARE(d.renewalEstimateCents(), std::nullopt);
    QCOMPARE(d.status, OrderStatus::Unknown);
    QCOMPARE(d.statusText, QString());
    QVERIFY(!d.createdAt.isValid());
    QVERIFY(!d.expiresAt.isValid());
    QCOMPARE(d.promoCode, QString());
    QCOMPARE(d.autoRenewal, std::nullopt);
    QCOMPARE(d.tag, QString());
}

void TstOrderDetails::optionalFieldsMissing()
{
    const auto result = OrderDetails::fromJson(TestSupport::doc(
        R"({"success": true, "order": {"order_id": 5, "product_name": "Mobile Plan", "status": "on-hold"}})"));
    SD_VERIFY_OK(result);
    const OrderDetails &d = result.value();
    QCOMPARE(d.id, qint64(5));
    QCOMPARE(d.productName, u"Mobile Plan"_s);
    QCOMPARE(d.status, OrderStatus::OnHold);
    QCOMPARE(d.cycleName, QString());
    QCOMPARE(d.quantity, std::nullopt);
    QCOMPARE(d.pricePaidCents, std::nullopt);
    QVERIFY(!d.createdAt.isValid());
    QVERIFY(!d.expiresAt.isValid());
    QCOMPARE(d.promoCode, QString());
    QCOMPARE(d.autoRenewal, std::nullopt);
    QCOMPARE(d.tag, QString());
}

void TstOrderDetails::onlyOrderId()
{
    for (const QByteArray &json : {R"({"order": {"order_id": 5}})"_ba, R"({"order_id": 5})"_ba}) {
        const auto result = OrderDetails::fromJson(TestSupport::doc(json));
        SD_VERIFY_OK(result);
        const OrderDetails &d = result.value();
        QCOMPARE(d.id, qint64(5));
        QCOMPARE(d.productName, QString());
        QCOMPARE(d.status, OrderStatus::Unknown);
        QCOMPARE(d.statusText, QString());
        QCOMPARE(d.quantity, std::nullopt);
        QCOMPARE(d.pricePaidCents, std::nullopt);
        QCOMPARE(d.renewalEstimateCents(), std::nullopt);
    }
}

void TstOrderDetails::status_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("active") << u"active"_s << OrderStatus::Active;
    QTest::newRow("on-hold") << u"on-hold"_s << OrderStatus::OnHold;
    QTest::newRow("cancelled") << u"cancelled"_s << OrderStatus::Cancelled;
    QTest::newRow("Active (case)") << u"Active"_s << OrderStatus::Active;
    QTest::newRow("new word kept") << u"pending-payment"_s << OrderStatus::Unknown;
    QTest::newRow("empty") << QString() << OrderStatus::Unknown;
}

void TstOrderDetails::status()
{
    QFETCH(QString, text);
    QFETCH(OrderStatus, expected);
    const auto result = OrderDetails::fromJson(withField(u"status"_s, text));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().status, expected);
    QCOMPARE(result.value().statusText, text); // the server's word, as sent
}

void TstOrderDetails::tag_data()
{
    QTest::addColumn<QJsonValue>("apiTag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QJsonValue(u"none"_s) << QString();
    QTest::newRow("None") << QJsonValue(u"None"_s) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("padded") << QJsonValue(u" eu-pool "_s) << u"eu-pool"_s;
}

void TstOrderDetails::tag()
{
    QFETCH(QJsonValue, apiTag);
    QFETCH(QString, expected);
    const auto result = OrderDetails::fromJson(withField(u"tag"_s, apiTag));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().tag, expected);
}

void TstOrderDetails::orderIdUnreadable_data()
{
    QTest::addColumn<QJsonValue>("orderId");
    QTest::addColumn<QString>("detail");
    QTest::newRow("order_id missing")
        << QJsonValue(QJsonValue::Undefined) << u"field 'order.order_id' is missing"_s;
    QTest::newRow("order_id null")
        << QJsonValue(QJsonValue::Null) << u"field 'order.order_id' is null"_s;
    QTest::newRow("order_id text")
        << QJsonValue(u"abc"_s) << u"field 'order.order_id' is not a number"_s;
    QTest::newRow("order_id bool")
        << QJsonValue(false) << u"field 'order.order_id' is not a number"_s;
    const QString notPositive = u"field 'order.order_id' is not a positive whole number"_s;
    QTest::newRow("order_id 0") << QJsonValue(0) << notPositive;
    QTest::newRow("order_id negative") << QJsonValue(-101) << notPositive;
    // Policy: "123" and 123.0 are ids; 101.25 is not rounded into another order's id.
    QTest::newRow("order_id 101.25") << QJsonValue(101.25) << notPositive;
    QTest::newRow("order_id \"101.5\"") << QJsonValue(u"101.5"_s) << notPositive;
}

void TstOrderDetails::orderIdUnreadable()
{
    QFETCH(QJsonValue, orderId);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(OrderDetails::fromJson(withField(u"order_id"_s, orderId)), detail);
}

void TstOrderDetails::tolerated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("what");     // which member of OrderDetails is checked
    QTest::addColumn<QVariant>("expected"); // invalid QVariant: unknown

    const QVariant unknown;
    const QDateTime feb1(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());
    QTest::newRow("order_id as string") << u"order_id"_s << QJsonValue(u"123"_s) << u"id"_s
                                        << QVariant(qint64(123));
    QTest::newRow("order_id 101.0") << u"order_id"_s << QJsonValue(101.0) << u"id"_s
                                    << QVariant(qint64(101));
    QTest::newRow("product_name number as text")
        << u"product_name"_s << QJsonValue(1) << u"productName"_s << QVariant(u"1"_s);
    QTest::newRow("product_name list: unknown")
        << u"product_name"_s << QJsonValue(QJsonArray()) << u"productName"_s << QVariant(QString());
    QTest::newRow("cycle_name number as text")
        << u"cycle_name"_s << QJsonValue(30) << u"cycleName"_s << QVariant(u"30"_s);
    QTest::newRow("quantity fraction rounded")
        << u"quantity"_s << QJsonValue(1.5) << u"quantity"_s << QVariant(qint64(2));
    QTest::newRow("quantity as string")
        << u"quantity"_s << QJsonValue(u"10"_s) << u"quantity"_s << QVariant(qint64(10));
    QTest::newRow("quantity text: unknown")
        << u"quantity"_s << QJsonValue(u"ten"_s) << u"quantity"_s << unknown;
    QTest::newRow("price_paid as string")
        << u"price_paid"_s << QJsonValue(u"1999"_s) << u"pricePaidCents"_s
        << QVariant(qint64(1999));
    QTest::newRow("price_paid fraction rounded")
        << u"price_paid"_s << QJsonValue(1999.4) << u"pricePaidCents"_s << QVariant(qint64(1999));
    QTest::newRow("price_paid bool: unknown")
        << u"price_paid"_s << QJsonValue(true) << u"pricePaidCents"_s << unknown;
    QTest::newRow("status number as text")
        << u"status"_s << QJsonValue(1) << u"statusText"_s << QVariant(u"1"_s);
    QTest::newRow("status padded") << u"status"_s << QJsonValue(u" on-hold "_s)
                                   << u"statusText"_s << QVariant(u"on-hold"_s);
    QTest::newRow("created_at not a date: unknown")
        << u"created_at"_s << QJsonValue(u"yesterday"_s) << u"createdAt"_s << unknown;
    QTest::newRow("created_at epoch seconds")
        << u"created_at"_s << QJsonValue(qint64(1769947200)) << u"createdAt"_s << QVariant(feb1);
    QTest::newRow("expires_at epoch seconds")
        << u"expires_at"_s << QJsonValue(qint64(1769947200)) << u"expiresAt"_s << QVariant(feb1);
    QTest::newRow("expires_at epoch milliseconds as string")
        << u"expires_at"_s << QJsonValue(u"1769947200000"_s) << u"expiresAt"_s << QVariant(feb1);
    QTest::newRow("date with space and no offset")
        << u"expires_at"_s << QJsonValue(u"2026-02-01 12:00:00"_s) << u"expiresAt"_s
        << QVariant(feb1);
    QTest::newRow("promo_code number as text")
        << u"promo_code"_s << QJsonValue(10) << u"promoCode"_s << QVariant(u"10"_s);
    QTest::newRow("auto_renewal \"false\"")
        << u"auto_renewal"_s << QJsonValue(u"false"_s) << u"autoRenewal"_s << QVariant(false);
    QTest::newRow("auto_renewal 1")
        << u"auto_renewal"_s << QJsonValue(1) << u"autoRenewal"_s << QVariant(true);
    QTest::newRow("auto_renewal object: unknown")
        << u"auto_renewal"_s << QJsonValue(QJsonObject()) << u"autoRenewal"_s << unknown;
    QTest::newRow("tag list: no tag")
        << u"tag"_s << QJsonValue(QJsonArray{u"a"_s}) << u"tag"_s << QVariant(QString());
    QTest::newRow("tag number as text")
        << u"tag"_s << QJsonValue(42) << u"tag"_s << QVariant(u"42"_s);
}

void TstOrderDetails::tolerated()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, what);
    QFETCH(QVariant, expected);

    const auto result = OrderDetails::fromJson(withField(field, value));
    SD_VERIFY_OK(result);
    const OrderDetails &d = result.value();
    auto opt = [](const auto &v) { return v ? QVariant::fromValue(*v) : QVariant(); };
    QVariant got;
    if (what == u"id")
        got = QVariant(d.id);
    else if (what == u"productName")
        got = d.productName;
    else if (what == u"cycleName")
        got = d.cycleName;
    else if (what == u"quantity")
        got = opt(d.quantity);
    else if (what == u"pricePaidCents")
        got = opt(d.pricePaidCents);
    else if (what == u"statusText")
        got = d.statusText;
    else if (what == u"createdAt")
        got = d.createdAt.isValid() ? QVariant(d.createdAt) : QVariant();
    else if (what == u"expiresAt")
        got = d.expiresAt.isValid() ? QVariant(d.expiresAt) : QVariant();
    else if (what == u"promoCode")
        got = d.promoCode;
    else if (what == u"autoRenewal")
        got = opt(d.autoRenewal);
    else if (what == u"tag")
        got = d.tag;
    else
        QFAIL("unknown member");
    QCOMPARE(got, expected);
    // The rest of the order is read as usual.
    if (field != u"order_id")
        QCOMPARE(d.id, qint64(101));
    if (field != u"product_name")
        QCOMPARE(d.productName, u"Datacenter Proxy"_s);
}

void TstOrderDetails::negativeQuantity()
{
    // A negative quantity is no quantity: unknown, the rest of the order is kept.
    const auto result = OrderDetails::fromJson(withField(u"quantity"_s, -1));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().quantity, std::nullopt);
    QCOMPARE(result.value().pricePaidCents, std::optional<qint64>(1999));
}

void TstOrderDetails::zeroQuantity()
{
    const auto result = OrderDetails::fromJson(withField(u"quantity"_s, 0));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().quantity, std::optional<qint64>(0));
}

void TstOrderDetails::addons_data()
{
    QTest::addColumn<QJsonValue>("pricePaid");
    QTest::addColumn<QJsonValue>("addons");
    QTest::addColumn<std::optional<qint64>>("addonsCents");
    QTest::addColumn<std::optional<qint64>>("estimate");

    using I = std::optional<qint64>;
    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("price and add-ons") << QJsonValue(1999) << QJsonValue(500) << I(500) << I(2499);
    QTest::newRow("add-ons zero") << QJsonValue(1999) << QJsonValue(0) << I(0) << I(1999);
    QTest::newRow("add-ons missing") << QJsonValue(1999) << missing << I() << I(1999);
    QTest::newRow("add-ons null") << QJsonValue(1999) << null << I() << I(1999);
    QTest::newRow("add-ons as string") << QJsonValue(1999) << QJsonValue(u"250"_s) << I(250)
                                       << I(2249);
    QTest::newRow("price_paid as string")
        << QJsonValue(u"1999"_s) << QJsonValue(1) << I(1) << I(2000);
    // A negative add-on price is read as sent but never lowers the estimate.
    QTest::newRow("add-ons negative") << QJsonValue(1999) << QJsonValue(-100) << I(-100)
                                      << I(1999);
    QTest::newRow("price unknown: no estimate") << null << QJsonValue(500) << I(500) << I();
    QTest::newRow("price missing: no estimate") << missing << QJsonValue(500) << I(500) << I();
}

void TstOrderDetails::addons()
{
    QFETCH(QJsonValue, pricePaid);
    QFETCH(QJsonValue, addons);
    QFETCH(std::optional<qint64>, addonsCents);
    QFETCH(std::optional<qint64>, estimate);

    QJsonObject order = validOrder();
    for (const auto &[key, value] : {std::pair{u"price_paid"_s, pricePaid},
                                     std::pair{u"addons_price_paid"_s, addons}}) {
        if (value.isUndefined())
            order.remove(key);
        else
            order.insert(key, value);
    }
    const auto result = OrderDetails::fromJson(wrap(order));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().addonsPricePaidCents, addonsCents);
    QCOMPARE(result.value().renewalEstimateCents(), estimate);
}

void TstOrderDetails::orderMember_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::addColumn<QString>("detail");
    // Without an `order` object the top level is read as the order itself.
    QTest::newRow("missing") << TestSupport::doc(R"({"success": true})")
                             << u"field 'order_id' is missing"_s;
    QTest::newRow("null") << TestSupport::doc(R"({"success": true, "order": null})")
                          << u"field 'order_id' is missing"_s;
    QTest::newRow("array") << TestSupport::doc(R"({"success": true, "order": []})")
                           << u"field 'order_id' is missing"_s;
    QTest::newRow("empty object") << TestSupport::doc("{}") << u"field 'order_id' is missing"_s;
    QTest::newRow("wrapped without id")
        << TestSupport::doc(R"({"order": {"product_name": "ISP Proxy"}})")
        << u"field 'order.order_id' is missing"_s;
}

void TstOrderDetails::orderMember()
{
    QFETCH(QJsonDocument, document);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(OrderDetails::fromJson(document), detail);
}

void TstOrderDetails::bareOrder()
{
    // A server that sends the order bare, not wrapped in `order`.
    const auto result = OrderDetails::fromJson(QJsonDocument(validOrder()));
    SD_VERIFY_OK(result);
    const auto wrapped = OrderDetails::fromJson(wrap(validOrder()));
    SD_VERIFY_OK(wrapped);
    QCOMPARE(result.value().toJson(), wrapped.value().toJson());
    QCOMPARE(result.value().id, qint64(101));
    QCOMPARE(result.value().status, OrderStatus::Active);

    // A bare order with an id of its own and an `order` member that is not an object.
    const auto odd = OrderDetails::fromJson(
        TestSupport::doc(R"({"order_id": 9, "order": "n/a", "status": "cancelled"})"));
    SD_VERIFY_OK(odd);
    QCOMPARE(odd.value().id, qint64(9));
    QCOMPARE(odd.value().status, OrderStatus::Cancelled);
}

void TstOrderDetails::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(OrderDetails::fromJson(QJsonDocument(QJsonArray{validOrder()})),
                             u"the order is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(OrderDetails::fromJson(QJsonDocument()),
                             u"the order is not a JSON object"_s);
}

void TstOrderDetails::toJsonShape()
{
    const auto result = OrderDetails::fromJson(TestSupport::doc(
        R"({"order": {"order_id": 5, "product_name": "Mobile Plan", "status": "on-hold", "tag": "none"}})"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().toJson(), TestSupport::obj(R"({
        "order_id": 5, "product_name": "Mobile Plan", "cycle_name": "", "quantity": null,
        "price_paid": null, "status": "on-hold", "created_at": null, "expires_at": null,
        "promo_code": null, "auto_renewal": null, "tag": null})"));

    const auto full = OrderDetails::fromJson(wrap(validOrder()));
    SD_VERIFY_OK(full);
    QCOMPARE(full.value().toJson(), TestSupport::obj(R"({
        "order_id": 101, "product_name": "Datacenter Proxy", "cycle_name": "monthly",
        "quantity": 10, "price_paid": 1999, "addons_price_paid": 0,
        "p0f_slots_available": 0, "p0f_slots_used": 0, "p0f_slots_next": 0, "status": "active",
        "created_at": "2026-01-01T12:00:00Z", "expires_at": "2026-02-01T12:00:00Z",
        "promo_code": "SAVE10", "auto_renewal": true, "tag": "shop"})"));
}

void TstOrderDetails::toJsonRoundTrip()
{
    const auto first = OrderDetails::fromJson(wrap(validOrder()));
    SD_VERIFY_OK(first);
    const auto second = OrderDetails::fromJson(wrap(first.value().toJson()));
    SD_VERIFY_OK(second);
    const OrderDetails &a = first.value();
    const OrderDetails &b = second.value();
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.productName, a.productName);
    QCOMPARE(b.cycleName, a.cycleName);
    QCOMPARE(b.quantity, a.quantity);
    QCOMPARE(b.pricePaidCents, a.pricePaidCents);
    QCOMPARE(b.addonsPricePaidCents, a.addonsPricePaidCents);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.statusText, a.statusText);
    QCOMPARE(b.createdAt, a.createdAt);
    QCOMPARE(b.expiresAt, a.expiresAt);
    QCOMPARE(b.promoCode, a.promoCode);
    QCOMPARE(b.autoRenewal, a.autoRenewal);
    QCOMPARE(b.tag, a.tag);

    // Add-on lines and slots survive the trip too (the CLI's JSON is this toJson()).
    const auto lines = OrderDetails::fromJson(withField(u"addons"_s, TestSupport::obj(R"({"a": [
        {"addon_key": "p0f_slots", "catalog_id": 3, "qty": 2, "price_per_unit": 150,
         "pending": {"action": "downgrade", "next_qty": 1}},
        {"addon_key": "p0f_slots", "qty": 1, "price_per_unit": 150, "pending": null}]})")
                                                                       .value(u"a"_s)));
    SD_VERIFY_OK(lines);
    const auto again = OrderDetails::fromJson(wrap(lines.value().toJson()));
    SD_VERIFY_OK(again);
    QCOMPARE(again.value().addons.size(), 2);
    QCOMPARE(again.value().addons.at(0).pending, AddonLine::Pending::Downgrade);
    QCOMPARE(again.value().addons.at(0).nextQuantity, std::optional<qint64>(1));
    QCOMPARE(again.value().addons.at(0).catalogId, std::optional<qint64>(3));
    QCOMPARE(again.value().addons.at(1).pending, AddonLine::Pending::None);
    QCOMPARE(again.value().toJson(), lines.value().toJson());
}

void TstOrderDetails::addonLines_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<qint64>("nextPeriodCents");

    // validOrder(): price_paid 1999; addons_price_paid is set to 700 below, the fallback.
    QTest::newRow("no lines: the add-ons paid")
        << u"[]"_s << qint64(700);
    QTest::newRow("line without change")
        << uR"([{"addon_key": "p0f_slots", "qty": 2, "price_per_unit": 150, "pending": null}])"_s
        << qint64(300);
    QTest::newRow("cancel at renewal")
        << uR"([{"addon_key": "p0f_slots", "qty": 2, "price_per_unit": 150,
                 "pending": {"action": "cancel"}}])"_s
        << qint64(0);
    QTest::newRow("downgrade at renewal")
        << uR"([{"addon_key": "p0f_slots", "qty": 4, "price_per_unit": 150,
                 "pending": {"action": "downgrade", "next_qty": 1}}])"_s
        << qint64(150);
    QTest::newRow("two lines")
        << uR"([{"addon_key": "p0f_slots", "qty": 2, "price_per_unit": 150},
                {"addon_key": "other", "qty": 1, "price_per_unit": "99"}])"_s
        << qint64(399);
    // What the line does not tell is taken from what was paid last time.
    QTest::newRow("unknown action: the add-ons paid")
        << uR"([{"addon_key": "p0f_slots", "qty": 2, "price_per_unit": 150,
                 "pending": {"action": "pause"}}])"_s
        << qint64(700);
    QTest::newRow("downgrade without target: the add-ons paid")
        << uR"([{"addon_key": "p0f_slots", "qty": 2, "price_per_unit": 150,
                 "pending": {"action": "downgrade"}}])"_s
        << qint64(700);
    QTest::newRow("no price per unit: the add-ons paid")
        << uR"([{"addon_key": "p0f_slots", "qty": 2}])"_s << qint64(700);
    QTest::newRow("overflowing line: the add-ons paid")
        << uR"([{"addon_key": "p0f_slots", "qty": 4611686018427387904, "price_per_unit": 4}])"_s
        << qint64(700);
    QTest::newRow("cancelled line needs no price")
        << uR"([{"addon_key": "p0f_slots", "qty": 2, "pending": {"action": "CANCEL"}}])"_s
        << qint64(0);
}

void TstOrderDetails::addonLines()
{
    QFETCH(QString, lines);
    QFETCH(qint64, nextPeriodCents);
    QJsonObject order = validOrder();
    order.insert(u"addons_price_paid"_s, 700);
    order.insert(u"addons"_s, QJsonDocument::fromJson(lines.toUtf8()).array());
    const auto result = OrderDetails::fromJson(wrap(order));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().addonsNextPeriodCents(), nextPeriodCents);
    QCOMPARE(result.value().renewalEstimateCents(), std::optional<qint64>(1999 + nextPeriodCents));
    QVERIFY(result.value().skippedAddons.isEmpty());
}

void TstOrderDetails::unreadableAddonLineIsSkipped()
{
    const auto result = OrderDetails::fromJson(withField(
        u"addons"_s, QJsonDocument::fromJson(R"([
            "p0f_slots", {"qty": 3}, {"addon_key": "p0f_slots", "qty": 2, "price_per_unit": 150},
            {"addon_key": ""}])")
                         .array()));
    SD_VERIFY_OK(result);
    const OrderDetails &d = result.value();
    QCOMPARE(d.addons.size(), 1);
    QVERIFY(d.addons.at(0).isP0fSlots());
    QCOMPARE(d.addons.at(0).quantity, std::optional<qint64>(2));
    QCOMPARE(d.skippedAddons.count(), 3);
    QVERIFY2(d.skippedAddons.reasons().at(1).contains(u"order.addons[1].addon_key"_s),
             qPrintable(d.skippedAddons.reasons().join(u" | "_s)));
    // Not an array at all: no lines, nothing else lost.
    const auto odd = OrderDetails::fromJson(withField(u"addons"_s, u"p0f_slots"_s));
    SD_VERIFY_OK(odd);
    QVERIFY(odd.value().addons.isEmpty());
    QCOMPARE(odd.value().quantity, std::optional<qint64>(10));
}

void TstOrderDetails::p0fSlots()
{
    QJsonObject order = validOrder();
    order.insert(u"p0f_slots_available"_s, u"4"_s);
    order.insert(u"p0f_slots_used"_s, 3.0);
    order.insert(u"p0f_slots_next"_s, -1);
    const auto result = OrderDetails::fromJson(wrap(order));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().p0fSlotsAvailable, std::optional<qint64>(4));
    QCOMPARE(result.value().p0fSlotsUsed, std::optional<qint64>(3));
    QCOMPARE(result.value().p0fSlotsNext, std::nullopt); // negative: not a count
    order.remove(u"p0f_slots_used"_s);
    const auto missing = OrderDetails::fromJson(wrap(order));
    SD_VERIFY_OK(missing);
    QCOMPARE(missing.value().p0fSlotsUsed, std::nullopt);
}

QTEST_GUILESS_MAIN(TstOrderDetails)

#include "tst_orderdetails.moc"
