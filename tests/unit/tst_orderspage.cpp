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


// A page of `rows` with `next` as given (Undefined: no `next` member at all).
QJsonDocument pageOf(const QJsonArray &rows, const QJsonValue &next)
{
    QJsonObject page{{u"orders"_s, rows}};
    if (!next.isUndefined())
        page.insert(u"next"_s, next);
    return QJsonDocument(page);
}

QJsonArray validRows(int n)
{
    QJsonArray rows;
    for (int i = 0; i < n; ++i)
        rows.append(validRow(i + 1));
    return rows;
}

const QStringList optionalFields = {u"product_id"_s, u"product_name"_s, u"cycle_id"_s,
                                    u"cycle_name"_s, u"expires_at"_s,   u"auto_renewal"_s,
                                    u"tag"_s};
} // namespace

class TstOrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void validPage();
    void onlyOrderId();
    void nullableFieldsNull();
    void emptyPage();
    void tag_data();
    void tag();
    void statusAssignedToEveryRow_data();
    void statusAssignedToEveryRow();
    void optionalFieldMissingOrNull_data();
    void optionalFieldMissingOrNull();
    void tolerated_data();
    void tolerated();
    void unreadableOrderIdSkipped_data();
    void unreadableOrderIdSkipped();
    void rowWithoutOrderIdSkippedAndCounted();
    void nonObjectRow_data();
    void nonObjectRow();
    void skippedReasonsKeepTheFirstThree();
    void everyRowUnreadable();
    void notAnObject_data();
    void notAnObject();
    void ordersMember_data();
    void ordersMember();
    void nextPrev_data();
    void nextPrev();
    void continuesAfter_data();
    void continuesAfter();
    void count_data();
    void count();
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
    QCOMPARE(page.orders.at(0), TestSupport::order(101, 1, u"Datacenter Proxy"_s, 3, u"monthly"_s, feb1,
                                              true, u"shop"_s, OrderStatus::Active));
    QCOMPARE(page.orders.at(1),
             TestSupport::order(102, 4, u"Standart Residential Proxy"_s, 9, u"lifetime"_s, QDateTime(),
                           std::nullopt, QString(), OrderStatus::Active));
    QCOMPARE(page.orders.at(2),
             TestSupport::order(103, 2, u"ISP Proxy"_s, 3, u"monthly"_s, feb1.addSecs(-7200), false,
                           QString(), OrderStatus::Active));
    QCOMPARE(page.count, std::optional<qint64>(3));
    QCOMPARE(page.prev, QString());
    QCOMPARE(page.next, u"/user/api/orders?status=active&offset=20&limit=20"_s);
    QVERIFY(page.hasNext());
}

void TstOrdersPage::onlyOrderId()
{
    // Only the id is needed to list an order; everything else may be unknown.
    const auto only = OrdersPage::fromJson(TestSupport::doc(R"({"orders": [{"order_id": 7}]})"),
                                           OrderStatus::Active);
    SD_VERIFY_OK(only);
    QCOMPARE(only.value().orders.size(), 1);
    QCOMPARE(only.value().orders.at(0),
             TestSupport::order(7, 0, QString(), 0, QString(), QDateTime(), std::nullopt, QString(),
                           OrderStatus::Active));
    QVERIFY(only.value().skipped.isEmpty());


    const auto result = OrdersPage::fromJson(TestSupport::doc(R"({"orders": [
        {"order_id": 7, "product_id": 8, "product_name": "Mobile Plan", "cycle_id": 9,
         "cycle_name": "day"}]})"),
                                             OrderStatus::OnHold);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.size(), 1);
    QCOMPARE(result.value().orders.at(0),
             TestSupport::order(7, 8, u"Mobile Plan"_s, 9, u"day"_s, QDateTime(), std::nullopt,
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

void TstOrdersPage::optionalFieldMissingOrNull_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("null");
    for (const QString &field : optionalFields) {
        QTest::addRow("%s missing", qPrintable(field)) << field << false;
        QTest::addRow("%s null", qPrintable(field)) << field << true;
    }
}

void TstOrdersPage::optionalFieldMissingOrNull()
{
    // issue 12: one null in a field the app never uses blanked the whole order list.
    QFETCH(QString, field);
    QFETCH(bool, null);
    QJsonObject row = validRow(2);
    if (null)
        row.insert(field, QJsonValue::Null);
    else
        row.remove(field);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QCOMPARE(page.orders.size(), 3);
    QVERIFY(page.skipped.isEmpty());
    QCOMPARE(page.rowsListed, qsizetype(3));

    Order expected = page.orders.at(0); // the same valid row, id 1
    expected.id = 2;
    if (field == u"product_id")
        expected.productId = 0;
    else if (field == u"product_name")
        expected.productName.clear();
    else if (field == u"cycle_id")
        expected.cycleId = 0;
    else if (field == u"cycle_name")
        expected.cycleName.clear();
    else if (field == u"expires_at")
        expected.expiresAt = QDateTime();
    else if (field == u"auto_renewal")
        expected.autoRenewal.reset();
    else if (field == u"tag")
        expected.tag.clear();
    QCOMPARE(page.orders.at(1), expected);
}

void TstOrdersPage::tolerated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<Order>("expected"); // the row read from validRow(2) with `field` = value

    Order base = TestSupport::order(2, 1, u"Datacenter Proxy"_s, 3, u"monthly"_s,
                               QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc()), true,
                               u"shop"_s, OrderStatus::Active);
    auto with = [&base](auto change) {
        Order o = base;
        change(o);
        return o;
    };
    const QDateTime feb1(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());

    QTest::newRow("order_id as string")
        << u"order_id"_s << QJsonValue(u"123"_s) << with([](Order &o) { o.id = 123; });
    QTest::newRow("order_id integral double")
        << u"order_id"_s << QJsonValue(123.0) << with([](Order &o) { o.id = 123; });
    QTest::newRow("product_id as string")
        << u"product_id"_s << QJsonValue(u"7"_s) << with([](Order &o) { o.productId = 7; });
    QTest::newRow("product_id object: unknown")
        << u"product_id"_s << QJsonValue(QJsonObject()) << with([](Order &o) { o.productId = 0; });
    // Order: "0: unknown", and Order::toJson writes null for it; a negative id is no id.
    QTest::newRow("product_id 0: unknown")
        << u"product_id"_s << QJsonValue(0) << with([](Order &o) { o.productId = 0; });
    QTest::newRow("product_id negative: unknown")
        << u"product_id"_s << QJsonValue(-1) << with([](Order &o) { o.productId = 0; });
    QTest::newRow("cycle_id negative: unknown")
        << u"cycle_id"_s << QJsonValue(-1) << with([](Order &o) { o.cycleId = 0; });
    QTest::newRow("product_name number as text")
        << u"product_name"_s << QJsonValue(5) << with([](Order &o) { o.productName = u"5"_s; });
    QTest::newRow("product_name list: unknown")
        << u"product_name"_s << QJsonValue(QJsonArray())
        << with([](Order &o) { o.productName.clear(); });
    QTest::newRow("product_name padded")
        << u"product_name"_s << QJsonValue(u"  ISP Proxy "_s)
        << with([](Order &o) { o.productName = u"ISP Proxy"_s; });
    QTest::newRow("cycle_id 3.0") << u"cycle_id"_s << QJsonValue(3.0)
                                  << with([](Order &o) { o.cycleId = 3; });
    QTest::newRow("cycle_id 1e300: unknown")
        << u"cycle_id"_s << QJsonValue(1e300) << with([](Order &o) { o.cycleId = 0; });
    QTest::newRow("cycle_id bool: unknown")
        << u"cycle_id"_s << QJsonValue(false) << with([](Order &o) { o.cycleId = 0; });
    QTest::newRow("cycle_name bool as text")
        << u"cycle_name"_s << QJsonValue(true) << with([](Order &o) { o.cycleName = u"true"_s; });
    QTest::newRow("cycle_name 30 as text")
        << u"cycle_name"_s << QJsonValue(30) << with([](Order &o) { o.cycleName = u"30"_s; });
    QTest::newRow("expires_at epoch seconds")
        << u"expires_at"_s << QJsonValue(qint64(1769947200))
        << with([&](Order &o) { o.expiresAt = feb1; });
    QTest::newRow("expires_at epoch milliseconds")
        << u"expires_at"_s << QJsonValue(qint64(1769947200000))
        << with([&](Order &o) { o.expiresAt = feb1; });
    QTest::newRow("expires_at epoch seconds as string")
        << u"expires_at"_s << QJsonValue(u"1769947200"_s)
        << with([&](Order &o) { o.expiresAt = feb1; });
    QTest::newRow("date with space and no offset")
        << u"expires_at"_s << QJsonValue(u"2026-02-01 12:00:00"_s)
        << with([&](Order &o) { o.expiresAt = feb1; });
    QTest::newRow("date with T and no offset")
        << u"expires_at"_s << QJsonValue(u"2026-02-01T12:00:00"_s)
        << with([&](Order &o) { o.expiresAt = feb1; });
    QTest::newRow("date with an offset")
        << u"expires_at"_s << QJsonValue(u"2026-02-01T14:00:00+02:00"_s)
        << with([&](Order &o) { o.expiresAt = feb1; });
    QTest::newRow("expires_at not a date: unknown")
        << u"expires_at"_s << QJsonValue(u"soon"_s)
        << with([](Order &o) { o.expiresAt = QDateTime(); });
    // 20260201 as seconds is 1970: before any order, so no date.
    QTest::newRow("expires_at 20260201: unknown")
        << u"expires_at"_s << QJsonValue(20260201) << with([](Order &o) { o.expiresAt = QDateTime(); });
    QTest::newRow("expires_at bool: unknown")
        << u"expires_at"_s << QJsonValue(true) << with([](Order &o) { o.expiresAt = QDateTime(); });
    QTest::newRow("auto_renewal \"true\"")
        << u"auto_renewal"_s << QJsonValue(u"true"_s) << with([](Order &o) { o.autoRenewal = true; });
    QTest::newRow("auto_renewal \"no\"")
        << u"auto_renewal"_s << QJsonValue(u"no"_s) << with([](Order &o) { o.autoRenewal = false; });
    QTest::newRow("auto_renewal 1")
        << u"auto_renewal"_s << QJsonValue(1) << with([](Order &o) { o.autoRenewal = true; });
    QTest::newRow("auto_renewal 0")
        << u"auto_renewal"_s << QJsonValue(0) << with([](Order &o) { o.autoRenewal = false; });
    QTest::newRow("auto_renewal \"maybe\": unknown")
        << u"auto_renewal"_s << QJsonValue(u"maybe"_s)
        << with([](Order &o) { o.autoRenewal.reset(); });
    QTest::newRow("tag number as text")
        << u"tag"_s << QJsonValue(7) << with([](Order &o) { o.tag = u"7"_s; });
    QTest::newRow("tag false as text")
        << u"tag"_s << QJsonValue(false) << with([](Order &o) { o.tag = u"false"_s; });
    QTest::newRow("tag list: no tag")
        << u"tag"_s << QJsonValue(QJsonArray{u"a"_s}) << with([](Order &o) { o.tag.clear(); });
}

void TstOrdersPage::tolerated()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(Order, expected);

    QJsonObject row = validRow(2);
    row.insert(field, value);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QVERIFY2(page.skipped.isEmpty(), qPrintable(page.skipped.summary()));
    QCOMPARE(page.orders.size(), 3);
    QCOMPARE(page.orders.at(1), expected);
    QCOMPARE(page.orders.at(0).id, qint64(1));
    QCOMPARE(page.orders.at(2).id, qint64(3));
}

void TstOrdersPage::unreadableOrderIdSkipped_data()
{
    QTest::addColumn<QJsonValue>("orderId");
    QTest::addColumn<QString>("reason");

    const QString notNumber = u"field 'orders[1].order_id' is not a number"_s;
    const QString notPositive = u"field 'orders[1].order_id' is not a positive whole number"_s;
    QTest::newRow("order_id missing")
        << QJsonValue(QJsonValue::Undefined) << u"field 'orders[1].order_id' is missing"_s;
    QTest::newRow("order_id null")
        << QJsonValue(QJsonValue::Null) << u"field 'orders[1].order_id' is null"_s;
    QTest::newRow("order_id text") << QJsonValue(u"abc"_s) << notNumber;
    QTest::newRow("order_id empty string") << QJsonValue(QString()) << notNumber;
    QTest::newRow("order_id bool") << QJsonValue(true) << notNumber;
    QTest::newRow("order_id object") << QJsonValue(QJsonObject{{u"id"_s, 2}}) << notNumber;
    QTest::newRow("order_id 1e300") << QJsonValue(1e300) << notNumber;
    QTest::newRow("order_id 0") << QJsonValue(0) << notPositive;
    QTest::newRow("order_id negative") << QJsonValue(-5) << notPositive;
    QTest::newRow("order_id \"-5\"") << QJsonValue(u"-5"_s) << notPositive;
    // Policy: an integral double is an id; a fractional one is not rounded into another id.
    QTest::newRow("order_id 101.5") << QJsonValue(101.5) << notPositive;
    QTest::newRow("order_id \"101.5\"") << QJsonValue(u"101.5"_s) << notPositive;
}

void TstOrdersPage::unreadableOrderIdSkipped()
{
    QFETCH(QJsonValue, orderId);
    QFETCH(QString, reason);

    QJsonObject row = validRow(2);
    if (orderId.isUndefined())
        row.remove(u"order_id"_s);
    else
        row.insert(u"order_id"_s, orderId);
    const auto result = OrdersPage::fromJson(pageWithRow1(row), OrderStatus::Active);
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QCOMPARE(page.orders.size(), 2);
    QCOMPARE(page.orders.at(0).id, qint64(1));
    QCOMPARE(page.orders.at(1).id, qint64(3));
    QCOMPARE(page.rowsListed, qsizetype(3));
    QCOMPARE(page.skipped.count(), 1);
    QCOMPARE(page.skipped.reasons(), QStringList{reason});
}

void TstOrdersPage::rowWithoutOrderIdSkippedAndCounted()
{
    // issue 12: one unreadable row never costs the rest of the page.
    QJsonArray rows = validRows(5);
    QJsonObject noId = validRow(99);
    noId.remove(u"order_id"_s);
    rows.replace(2, noId);
    const auto result = OrdersPage::fromJson(
        pageOf(rows, u"/user/api/orders?offset=5&limit=5"_s), OrderStatus::OnHold);
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QList<qint64> ids;
    for (const Order &o : page.orders) {
        ids.append(o.id);
        QCOMPARE(o.status, OrderStatus::OnHold);
    }
    QCOMPARE(ids, (QList<qint64>{1, 2, 4, 5}));
    QCOMPARE(page.rowsListed, qsizetype(5));
    QCOMPARE(page.skipped.count(), 1);
    QCOMPARE(page.skipped.reasons(), QStringList{u"field 'orders[2].order_id' is missing"_s});
    QVERIFY(page.skipped.summary().contains(u"field 'orders[2].order_id' is missing"_s));
    // The page was full as listed: the skipped row still counts for paging.
    QVERIFY(page.continuesAfter(5));
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
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().orders.size(), 2);
    QCOMPARE(result.value().rowsListed, qsizetype(3));
    QCOMPARE(result.value().skipped.count(), 1);
    QCOMPARE(result.value().skipped.reasons(), QStringList{u"orders[1] is not an object"_s});
}

void TstOrdersPage::skippedReasonsKeepTheFirstThree()
{
    QJsonArray rows;
    for (int i = 0; i < 12; ++i)
        rows.append(validRow(i + 1));
    rows.replace(2, QJsonValue(5));                      // not an object
    rows.replace(4, QJsonObject{{u"tag"_s, u"shop"_s}}); // no id
    rows.replace(6, QJsonObject{{u"order_id"_s, QJsonValue::Null}});
    rows.replace(8, QJsonObject{{u"order_id"_s, u"x"_s}});
    rows.replace(11, QJsonObject{{u"order_id"_s, -1}});
    const auto result = OrdersPage::fromJson(pageOf(rows, QJsonValue::Null), OrderStatus::Active);
    SD_VERIFY_OK(result);
    const OrdersPage &page = result.value();
    QCOMPARE(page.orders.size(), 7);
    QCOMPARE(page.rowsListed, qsizetype(12));
    QCOMPARE(page.skipped.count(), 5);
    QCOMPARE(page.skipped.reasons(),
             (QStringList{u"orders[2] is not an object"_s,
                          u"field 'orders[4].order_id' is missing"_s,
                          u"field 'orders[6].order_id' is null"_s}));
    QCOMPARE(page.skipped.summary(),
             u"5 row(s) could not be read and were skipped (orders[2] is not an object; "
             "field 'orders[4].order_id' is missing; field 'orders[6].order_id' is null; …)."_s);
}

void TstOrdersPage::everyRowUnreadable()
{
    const auto result = OrdersPage::fromJson(
        TestSupport::doc(R"({"orders": [{}, null, {"order_id": "?"}], "next": "/more"})"),
        OrderStatus::Active);
    SD_VERIFY_OK(result);
    QVERIFY(result.value().orders.isEmpty());
    QCOMPARE(result.value().rowsListed, qsizetype(3));
    QCOMPARE(result.value().skipped.count(), 3);
    // The server listed rows and says there is more: the list goes on.
    QVERIFY(result.value().continuesAfter(50));
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
    QTest::newRow("next is a number: its text") << null << QJsonValue(2) << QString() << u"2"_s
                                                << true << QString();
    QTest::newRow("next is an object: none") << null << QJsonValue(QJsonObject()) << QString()
                                             << QString() << false << QString();
    QTest::newRow("prev is an object: none") << QJsonValue(QJsonObject()) << null << QString()
                                             << QString() << false << QString();
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
    QTest::newRow("string") << QJsonValue(u"1"_s) << true << qint64(1) << QString();
    QTest::newRow("fraction rounded") << QJsonValue(1.5) << true << qint64(2) << QString();
    QTest::newRow("text: unknown") << QJsonValue(u"many"_s) << false << qint64(0) << QString();
    QTest::newRow("object: unknown") << QJsonValue(QJsonObject()) << false << qint64(0)
                                     << QString();
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

void TstOrdersPage::continuesAfter_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QJsonValue>("next");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("nextGiven");
    QTest::addColumn<bool>("continues");

    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue more(u"/user/api/orders?offset=50&limit=100"_s);
    // A server that caps pages below the limit still says `next`.
    QTest::newRow("short page, next given") << 50 << more << 100 << true << true;
    QTest::newRow("full page, next given") << 100 << more << 100 << true << true;
    QTest::newRow("full page, next null") << 100 << null << 100 << true << false;
    QTest::newRow("short page, next null") << 50 << null << 100 << true << false;
    QTest::newRow("full page, next empty") << 100 << QJsonValue(QString()) << 100 << true
                                           << false;
    QTest::newRow("empty page, next given") << 0 << more << 100 << true << false;
    // No `next` member at all: the old rule, a full page may have more.
    QTest::newRow("full page, no next member") << 100 << absent << 100 << false << true;
    QTest::newRow("short page, no next member") << 50 << absent << 100 << false << false;
    QTest::newRow("empty page, no next member") << 0 << absent << 100 << false << false;
}

void TstOrdersPage::continuesAfter()
{
    QFETCH(int, rows);
    QFETCH(QJsonValue, next);
    QFETCH(int, limit);
    QFETCH(bool, nextGiven);
    QFETCH(bool, continues);

    const auto result = OrdersPage::fromJson(pageOf(validRows(rows), next), OrderStatus::Active);
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().rowsListed, qsizetype(rows));
    QCOMPARE(result.value().nextGiven, nextGiven);
    QCOMPARE(result.value().continuesAfter(limit), continues);
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
