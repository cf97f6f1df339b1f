#include "domain/orderspage.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Readable QCOMPARE output for a whole row.
inline char *toString(const Order &order)
{
    return qstrdup(QJsonDocument(order.toJson()).toJson(QJsonDocument::Compact).constData());
}

namespace {
// Shaped like the contract's GET /user/api/orders answer.
const QByteArray examplePage = R"({
    "success": true,
    "orders": [
        {"order_id": 101, "product_id": 1, "product_name": "Datacenter Proxy", "cycle_id": 3,
         "cycle_name": "monthly", "expires_at": "2026-02-01T12:00:00Z", "auto_renewal": true,
         "tag": "shop"},
        {"order_id": 102, "product_id": 4, "product_name": "Standart Residential Proxy",
         "cycle_id": 9, "cycle_name": "lifetime", "expires_at": null, "auto_renewal": null,
         "tag": null},
        {"order_id": 103, "product_id": 2, "product_name": "ISP Proxy", "cycle_id": 3,
         "cycle_name": "monthly", "expires_at": "2026-02-01 12:00:00+02:00",
         "auto_renewal": false, "tag": "none"}
    ],
    "count": 3,
    "prev": null,
    "next": "/user/api/orders?status=active&offset=20&limit=20"
})";

// A complete valid row, the base the malformed rows are made from.
QJsonObject validRow(qint64 id)
{
    return QJsonObject{{u"order_id"_s, id},
                       {u"product_id"_s, 1},
                       {u"product_name"_s, u"Datacenter Proxy"_s},
                       {u"cycle_id"_s, 3},
                       {u"cycle_name"_s, u"monthly"_s},
                       {u"expires_at"_s, u"2026-02-01T12:00:00Z"_s},
                       {u"auto_renewal"_s, true},
                       {u"tag"_s, u"shop"_s}};
}

// A page whose row 1 is `row` between two valid rows.
QJsonDocument pageWithRow1(const QJsonValue &row)
{
    return QJsonDocument(QJsonObject{{u"success"_s, true},
                                     {u"orders"_s, QJsonArray{validRow(1), row, validRow(3)}},
                                     {u"count"_s, 3}});
}

// A one-row page with top-level members replaced; an Undefined value removes the member.
QJsonDocument pageWithTop(std::initializer_list<std::pair<QString, QJsonValue>> changes)
{
    QJsonObject page{{u"success"_s, true}, {u"orders"_s, QJsonArray{validRow(1)}}};
    for (const auto &[key, value] : changes) {
        if (value.isUndefined())
            page.remove(key);
        else
            page.insert(key, value);
    }
    return QJsonDocument(page);
}

Order expectedOrder(qint64 id, qint64 productId, const QString &product, qint64 cycleId,
                    const QString &cycle, const QDateTime &expires, std::optional<bool> autoRenewal,
                    const QString &tag, OrderStatus status)
{
    Order o;
    o.id = id;
    o.productId = productId;
    o.productName = product;
    o.cycleId = cycleId;
    o.cycleName = cycle;
    o.expiresAt = expires;
    o.autoRenewal = autoRenewal;
    o.tag = tag;
    o.status = status;
    return o;
}

const QStringList requiredFields = {u"order_id"_s, u"product_id"_s, u"product_name"_s,
                                    u"cycle_id"_s, u"cycle_name"_s};
} // namespace

class TstOrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void validPage();
    void onlyRequiredFields();
    void nullableFieldsNull();
    void emptyPage();
    void tag_data();
    void tag();
    void statusAssignedToEveryRow_data();
    void statusAssignedToEveryRow();
    void missingRequiredField_data();
    void missingRequiredField();
    void nullRequiredField_data();
    void nullRequiredField();
    void wrongType_data();
    void wrongType();
    void nonObjectRow_data();
    void nonObjectRow();
    void notAnObject_data();
    void notAnObject();
    void ordersMember_data();
    void ordersMember();
    void nextPrev_data();
    void nextPrev();
    void count_data();
    void count();
    void firstBadRowIsReported();
    void unknownFieldsIgnored();
    void fullPageOf100();
    void orderToJsonRoundTrip();
};

void TstOrdersPage::validPage()
{
    const auto result = OrdersPage::fromJson(TestSupport::doc(examplePage), OrderStatus::Active);
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QCOMPARE(page.orders.size(), 3);
    const QDateTime feb1(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(page.orders.at(0), expectedOrder(101, 1, u"Datacenter Proxy"_s, 3, u"monthly"_s, feb1,
                                              true, u"shop"_s, OrderStatus::Active));
    QCOMPARE(page.orders.at(1),
             expectedOrder(102, 4, u"Standart Residential Proxy"_s, 9, u"lifetime"_s, QDateTime(),
                           std::nullopt, QString(), OrderStatus::Active));
    QCOMPARE(page.orders.at(2),
             expectedOrder(103, 2, u"ISP Proxy"_s, 3, u"monthly"_s, feb1.addSecs(-7200), false,
                           QString(), OrderStatus::Active));
    QCOMPARE(page.count, std::optional<qint64>(3));
    QCOMPARE(page.prev, QString());
    QCOMPARE(page.next, u"/user/api/orders?status=active&offset=20&limit=20"_s);
    QVERIFY(page.hasNext());
}

void TstOrdersPage::onlyRequiredFields()
{
    const auto result = OrdersPage::fromJson(TestSupport::doc(R"({"orders": [
        {"order_id": 7, "product_id": 8, "product_name": "Mobile Plan", "cycle_id": 9,
         "cycle_name": "day"}]})"),
                                             OrderStatus::OnHold);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.size(), 1);
    QCOMPARE(result.value().orders.at(0),
             expectedOrder(7, 8, u"Mobile Plan"_s, 9, u"day"_s, QDateTime(), std::nullopt,
                           QString(), OrderStatus::OnHold));
    QCOMPARE(result.value().count, std::nullopt);
    QCOMPARE(result.value().next, QString());
    QCOMPARE(result.value().prev, QString());
    QVERIFY(!result.value().hasNext());
}

void TstOrdersPage::nullableFieldsNull()
{
    QJsonObject row = validRow(5);
    row.insert(u"expires_at"_s, QJsonValue::Null);
    row.insert(u"auto_renewal"_s, QJsonValue::Null);
    row.insert(u"tag"_s, QJsonValue::Null);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_OK(result);
    const Order &o = result.value().orders.at(1);
    QCOMPARE(o.id, qint64(5));
    QVERIFY(!o.expiresAt.isValid());
    QCOMPARE(o.autoRenewal, std::nullopt);
    QCOMPARE(o.tag, QString());
}

void TstOrdersPage::emptyPage()
{
    const auto result = OrdersPage::fromJson(
        TestSupport::doc(
            R"({"success": true, "orders": [], "count": 0, "prev": null, "next": null})"),
        OrderStatus::Cancelled);
    SD_VERIFY_OK(result);
    QVERIFY(result.value().orders.isEmpty());
    QCOMPARE(result.value().count, std::optional<qint64>(0));
    QVERIFY(!result.value().hasNext());
}

void TstOrdersPage::tag_data()
{
    QTest::addColumn<QJsonValue>("apiTag");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << QJsonValue(u"none"_s) << QString();
    QTest::newRow("None") << QJsonValue(u"None"_s) << QString();
    QTest::newRow("NONE padded") << QJsonValue(u" NONE "_s) << QString();
    QTest::newRow("empty string") << QJsonValue(QString()) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("a tag") << QJsonValue(u"scraper-eu"_s) << u"scraper-eu"_s;
    QTest::newRow("padded tag") << QJsonValue(u"  shop  "_s) << u"shop"_s;
    QTest::newRow("starts with none") << QJsonValue(u"nonetheless"_s) << u"nonetheless"_s;
}

void TstOrdersPage::tag()
{
    QFETCH(QJsonValue, apiTag);
    QFETCH(QString, expected);

    QJsonObject row = validRow(5);
    if (apiTag.isUndefined())
        row.remove(u"tag"_s);
    else
        row.insert(u"tag"_s, apiTag);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.at(1).tag, expected);
}

void TstOrdersPage::statusAssignedToEveryRow_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::newRow("active") << OrderStatus::Active;
    QTest::newRow("on-hold") << OrderStatus::OnHold;
    QTest::newRow("cancelled") << OrderStatus::Cancelled;
    QTest::newRow("all (unknown)") << OrderStatus::Unknown;
}

void TstOrdersPage::statusAssignedToEveryRow()
{
    QFETCH(OrderStatus, status);
    const auto result = OrdersPage::fromJson(TestSupport::doc(examplePage), status);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.size(), 3);
    for (const Order &o : result.value().orders)
        QCOMPARE(o.status, status);
}

void TstOrdersPage::missingRequiredField_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : requiredFields)
        QTest::newRow(qPrintable(field)) << field;
}

void TstOrdersPage::missingRequiredField()
{
    QFETCH(QString, field);
    QJsonObject row = validRow(2);
    row.remove(field);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'orders[1]."_s + field + u"' is missing"_s);
}

void TstOrdersPage::nullRequiredField_data()
{
    missingRequiredField_data();
}

void TstOrdersPage::nullRequiredField()
{
    QFETCH(QString, field);
    QJsonObject row = validRow(2);
    row.insert(field, QJsonValue::Null);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'orders[1]."_s + field + u"' is null"_s);
}

void TstOrdersPage::wrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");

    const QString notInt = u"is not an integer"_s;
    const QString notString = u"is not a string"_s;
    const QString notBool = u"is not true or false"_s;
    QTest::newRow("order_id string") << u"order_id"_s << QJsonValue(u"101"_s) << notInt;
    QTest::newRow("order_id fraction") << u"order_id"_s << QJsonValue(101.5) << notInt;
    QTest::newRow("order_id bool") << u"order_id"_s << QJsonValue(true) << notInt;
    QTest::newRow("product_id string") << u"product_id"_s << QJsonValue(u"1"_s) << notInt;
    QTest::newRow("product_id object") << u"product_id"_s << QJsonValue(QJsonObject()) << notInt;
    QTest::newRow("product_name number") << u"product_name"_s << QJsonValue(5) << notString;
    QTest::newRow("product_name array")
        << u"product_name"_s << QJsonValue(QJsonArray()) << notString;
    QTest::newRow("cycle_id 1e300") << u"cycle_id"_s << QJsonValue(1e300) << notInt;
    QTest::newRow("cycle_id bool") << u"cycle_id"_s << QJsonValue(false) << notInt;
    QTest::newRow("cycle_name bool") << u"cycle_name"_s << QJsonValue(true) << notString;
    QTest::newRow("expires_at number") << u"expires_at"_s << QJsonValue(1767348000) << notString;
    QTest::newRow("expires_at not a date")
        << u"expires_at"_s << QJsonValue(u"soon"_s) << u"is not an ISO 8601 date"_s;
    QTest::newRow("auto_renewal string") << u"auto_renewal"_s << QJsonValue(u"true"_s) << notBool;
    QTest::newRow("auto_renewal 1") << u"auto_renewal"_s << QJsonValue(1) << notBool;
    QTest::newRow("tag number") << u"tag"_s << QJsonValue(7) << notString;
    QTest::newRow("tag false") << u"tag"_s << QJsonValue(false) << notString;
}

void TstOrdersPage::wrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);

    QJsonObject row = validRow(2);
    row.insert(field, value);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'orders[1]."_s + field + u"' "_s + problem);
}

void TstOrdersPage::nonObjectRow_data()
{
    QTest::addColumn<QJsonValue>("row");
    QTest::newRow("number") << QJsonValue(5);
    QTest::newRow("string") << QJsonValue(u"order"_s);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QJsonValue(QJsonArray{validRow(2)});
    QTest::newRow("bool") << QJsonValue(true);
}

void TstOrdersPage::nonObjectRow()
{
    QFETCH(QJsonValue, row);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'orders[1]' is not an object"_s);
}

void TstOrdersPage::notAnObject_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::newRow("array of rows") << QJsonDocument(QJsonArray{validRow(1)});
    QTest::newRow("empty array") << QJsonDocument(QJsonArray());
    QTest::newRow("null document") << QJsonDocument();
}

void TstOrdersPage::notAnObject()
{
    QFETCH(QJsonDocument, document);
    const auto result = OrdersPage::fromJson(document, OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, u"the order list is not a JSON object"_s);
}

void TstOrdersPage::ordersMember_data()
{
    QTest::addColumn<QJsonValue>("orders");
    QTest::addColumn<QString>("detail");

    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << u"field 'orders' is missing"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"field 'orders' is null"_s;
    QTest::newRow("object") << QJsonValue(validRow(1)) << u"field 'orders' is not a list"_s;
    QTest::newRow("string") << QJsonValue(u"[]"_s) << u"field 'orders' is not a list"_s;
}

void TstOrdersPage::ordersMember()
{
    QFETCH(QJsonValue, orders);
    QFETCH(QString, detail);
    const auto result =
        OrdersPage::fromJson(pageWithTop({{u"orders"_s, orders}}), OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, detail);
}

void TstOrdersPage::nextPrev_data()
{
    QTest::addColumn<QJsonValue>("prev");
    QTest::addColumn<QJsonValue>("next");
    QTest::addColumn<QString>("expectedPrev");
    QTest::addColumn<QString>("expectedNext");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<QString>("error");

    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QString nextUri = u"/user/api/orders?status=all&offset=40&limit=20"_s;
    const QString prevUri = u"/user/api/orders?status=all&offset=0&limit=20"_s;

    QTest::newRow("both absent") << absent << absent << QString() << QString() << false
                                 << QString();
    QTest::newRow("both null") << null << null << QString() << QString() << false << QString();
    QTest::newRow("next only") << null << QJsonValue(nextUri) << QString() << nextUri << true
                               << QString();
    QTest::newRow("prev only") << QJsonValue(prevUri) << null << prevUri << QString() << false
                               << QString();
    QTest::newRow("both present") << QJsonValue(prevUri) << QJsonValue(nextUri) << prevUri
                                  << nextUri << true << QString();
    QTest::newRow("next empty string")
        << null << QJsonValue(QString()) << QString() << QString() << false << QString();
    QTest::newRow("next is a number") << null << QJsonValue(2) << QString() << QString() << false
                                      << u"field 'next' is not a string"_s;
    QTest::newRow("prev is an object") << QJsonValue(QJsonObject()) << null << QString()
                                       << QString() << false << u"field 'prev' is not a string"_s;
}

void TstOrdersPage::nextPrev()
{
    QFETCH(QJsonValue, prev);
    QFETCH(QJsonValue, next);
    QFETCH(QString, expectedPrev);
    QFETCH(QString, expectedNext);
    QFETCH(bool, hasNext);
    QFETCH(QString, error);

    const auto result = OrdersPage::fromJson(pageWithTop({{u"prev"_s, prev}, {u"next"_s, next}}),
                                             OrderStatus::Active);
    if (!error.isEmpty()) {
        SD_VERIFY_PROTOCOL_ERROR(result, error);
        return;
    }
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().prev, expectedPrev);
    QCOMPARE(result.value().next, expectedNext);
    QCOMPARE(result.value().hasNext(), hasNext);
}

void TstOrdersPage::count_data()
{
    QTest::addColumn<QJsonValue>("count");
    QTest::addColumn<bool>("hasCount");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false << qint64(0) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0) << QString();
    QTest::newRow("page size") << QJsonValue(1) << true << qint64(1) << QString();
    QTest::newRow("a total larger than the page")
        << QJsonValue(250) << true << qint64(250) << QString();
    QTest::newRow("zero") << QJsonValue(0) << true << qint64(0) << QString();
    QTest::newRow("string") << QJsonValue(u"1"_s) << false << qint64(0)
                            << u"field 'count' is not an integer"_s;
    QTest::newRow("fraction") << QJsonValue(1.5) << false << qint64(0)
                              << u"field 'count' is not an integer"_s;
}

void TstOrdersPage::count()
{
    QFETCH(QJsonValue, count);
    QFETCH(bool, hasCount);
    QFETCH(qint64, expected);
    QFETCH(QString, error);

    const auto result =
        OrdersPage::fromJson(pageWithTop({{u"count"_s, count}}), OrderStatus::Active);
    if (!error.isEmpty()) {
        SD_VERIFY_PROTOCOL_ERROR(result, error);
        return;
    }
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().count.has_value(), hasCount);
    if (hasCount)
        QCOMPARE(*result.value().count, expected);
    // The rows are what they are, whatever count says.
    QCOMPARE(result.value().orders.size(), 1);
}

void TstOrdersPage::firstBadRowIsReported()
{
    QJsonObject bad2 = validRow(2);
    bad2.insert(u"expires_at"_s, u"tomorrow"_s);
    QJsonObject bad3 = validRow(3);
    bad3.remove(u"order_id"_s);
    const QJsonDocument doc(
        QJsonObject{{u"orders"_s, QJsonArray{validRow(0), validRow(1), bad2, bad3}}});
    const auto result = OrdersPage::fromJson(doc, OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(result, u"field 'orders[2].expires_at' is not an ISO 8601 date"_s);

    // And the index is the row's own, however far down the list it is.
    QJsonArray rows;
    for (int i = 0; i < 12; ++i)
        rows.append(validRow(i));
    QJsonObject badRow = validRow(12);
    badRow.insert(u"expires_at"_s, 20260201);
    rows.append(badRow);
    const auto late =
        OrdersPage::fromJson(QJsonDocument(QJsonObject{{u"orders"_s, rows}}), OrderStatus::Active);
    SD_VERIFY_PROTOCOL_ERROR(late, u"field 'orders[12].expires_at' is not a string"_s);
}

void TstOrdersPage::unknownFieldsIgnored()
{
    QJsonObject row = validRow(2);
    row.insert(u"status"_s, u"on-hold"_s); // not in the contract: the tab decides
    row.insert(u"price_paid"_s, 1999);
    row.insert(u"addons"_s, QJsonArray{QJsonObject{{u"addon_key"_s, u"p0f_slots"_s}}});
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.at(1).status, OrderStatus::Active);
    QCOMPARE(result.value().orders.at(1).id, qint64(2));
}

void TstOrdersPage::fullPageOf100()
{
    QJsonArray rows;
    for (int i = 0; i < 100; ++i)
        rows.append(validRow(1000 + i));
    const auto result = OrdersPage::fromJson(
        QJsonDocument(QJsonObject{{u"orders"_s, rows}, {u"count"_s, 100}}), OrderStatus::Active);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.size(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(result.value().orders.at(i).id, qint64(1000 + i));
}

void TstOrdersPage::orderToJsonRoundTrip()
{
    const auto first = OrdersPage::fromJson(TestSupport::doc(examplePage), OrderStatus::OnHold);
    SD_VERIFY_OK(first);
    QJsonArray rows;
    for (const Order &o : first.value().orders)
        rows.append(o.toJson());

    // The exact shape of Order::toJson for the row with every nullable field null.
    QCOMPARE(rows.at(1).toObject(), TestSupport::obj(R"({
        "order_id": 102, "product_id": 4, "product_name": "Standart Residential Proxy",
        "cycle_id": 9, "cycle_name": "lifetime", "expires_at": null, "auto_renewal": null,
        "tag": null, "status": "on-hold"})"));
    QCOMPARE(rows.at(2).toObject().value(u"expires_at"_s).toString(), u"2026-02-01T10:00:00Z"_s);

    const auto second =
        OrdersPage::fromJson(QJsonDocument(QJsonObject{{u"orders"_s, rows}}), OrderStatus::OnHold);
    SD_VERIFY_OK(second);
    QCOMPARE(second.value().orders, first.value().orders);
}

QTEST_GUILESS_MAIN(TstOrdersPage)

#include "tst_orderspage.moc"
