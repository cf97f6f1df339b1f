#include "domain/orderdetails.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

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
    void status_data();
    void status();
    void tag_data();
    void tag();
    void missingRequired_data();
    void missingRequired();
    void wrongType_data();
    void wrongType();
    void negativeQuantity();
    void zeroQuantity();
    void orderMember_data();
    void orderMember();
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
    for (const QString &field : {u"cycle_name"_s, u"quantity"_s, u"price_paid"_s, u"created_at"_s,
                                 u"expires_at"_s, u"promo_code"_s, u"auto_renewal"_s, u"tag"_s})
        order.insert(field, QJsonValue::Null);
    const auto result = OrderDetails::fromJson(wrap(order));
    SD_VERIFY_OK(result);
    const OrderDetails &d = result.value();
    QCOMPARE(d.id, qint64(101));
    QCOMPARE(d.cycleName, QString());
    QCOMPARE(d.quantity, std::nullopt);
    QCOMPARE(d.pricePaidCents, std::nullopt);
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

void TstOrderDetails::missingRequired_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("null");
    for (const QString &field : {u"order_id"_s, u"product_name"_s, u"status"_s}) {
        QTest::addRow("%s missing", qPrintable(field)) << field << false;
        QTest::addRow("%s null", qPrintable(field)) << field << true;
    }
}

void TstOrderDetails::missingRequired()
{
    QFETCH(QString, field);
    QFETCH(bool, null);
    const auto result = OrderDetails::fromJson(
        withField(field, null ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined)));
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'order."_s + field +
                                         (null ? u"' is null"_s : u"' is missing"_s));
}

void TstOrderDetails::wrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");

    const QString notInt = u"is not an integer"_s;
    const QString notString = u"is not a string"_s;
    QTest::newRow("order_id string") << u"order_id"_s << QJsonValue(u"101"_s) << notInt;
    QTest::newRow("order_id fraction") << u"order_id"_s << QJsonValue(101.25) << notInt;
    QTest::newRow("product_name number") << u"product_name"_s << QJsonValue(1) << notString;
    QTest::newRow("cycle_name number") << u"cycle_name"_s << QJsonValue(30) << notString;
    QTest::newRow("quantity fraction") << u"quantity"_s << QJsonValue(1.5) << notInt;
    QTest::newRow("quantity string") << u"quantity"_s << QJsonValue(u"10"_s) << notInt;
    QTest::newRow("price_paid dollars") << u"price_paid"_s << QJsonValue(19.99) << notInt;
    QTest::newRow("price_paid string") << u"price_paid"_s << QJsonValue(u"1999"_s) << notInt;
    QTest::newRow("status number") << u"status"_s << QJsonValue(1) << notString;
    QTest::newRow("created_at not a date")
        << u"created_at"_s << QJsonValue(u"yesterday"_s) << u"is not an ISO 8601 date"_s;
    QTest::newRow("expires_at number") << u"expires_at"_s << QJsonValue(1767348000) << notString;
    QTest::newRow("promo_code number") << u"promo_code"_s << QJsonValue(10) << notString;
    QTest::newRow("auto_renewal string")
        << u"auto_renewal"_s << QJsonValue(u"false"_s) << u"is not true or false"_s;
    QTest::newRow("tag array") << u"tag"_s << QJsonValue(QJsonArray{u"a"_s}) << notString;
}

void TstOrderDetails::wrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    const auto result = OrderDetails::fromJson(withField(field, value));
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'order."_s + field + u"' "_s + problem);
}

void TstOrderDetails::negativeQuantity()
{
    const auto result = OrderDetails::fromJson(withField(u"quantity"_s, -1));
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'order.quantity' is negative"_s);
}

void TstOrderDetails::zeroQuantity()
{
    const auto result = OrderDetails::fromJson(withField(u"quantity"_s, 0));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().quantity, std::optional<qint64>(0));
}

void TstOrderDetails::orderMember_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << TestSupport::doc(R"({"success": true})")
                             << u"field 'order' is missing"_s;
    QTest::newRow("null") << TestSupport::doc(R"({"success": true, "order": null})")
                          << u"field 'order' is null"_s;
    QTest::newRow("array") << TestSupport::doc(R"({"success": true, "order": []})")
                           << u"field 'order' is not an object"_s;
    QTest::newRow("row at top level")
        << QJsonDocument(validOrder()) << u"field 'order' is missing"_s;
}

void TstOrderDetails::orderMember()
{
    QFETCH(QJsonDocument, document);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(OrderDetails::fromJson(document), detail);
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
        "quantity": 10, "price_paid": 1999, "status": "active",
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
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.statusText, a.statusText);
    QCOMPARE(b.createdAt, a.createdAt);
    QCOMPARE(b.expiresAt, a.expiresAt);
    QCOMPARE(b.promoCode, a.promoCode);
    QCOMPARE(b.autoRenewal, a.autoRenewal);
    QCOMPARE(b.tag, a.tag);
}

QTEST_GUILESS_MAIN(TstOrderDetails)

#include "tst_orderdetails.moc"
