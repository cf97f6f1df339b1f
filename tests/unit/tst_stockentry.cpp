#include "domain/stockentry.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

inline char *toString(const StockEntry &e)
{
    return qstrdup(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).constData());
}

namespace {
StockEntry entry(const QString &country, const QString &product, qint64 amount)
{
    StockEntry e;
    e.country = country;
    e.productCode = product;
    e.amount = amount;
    return e;
}

QJsonDocument listWithRow1(const QJsonValue &row)
{
    return QJsonDocument(
        QJsonArray{TestSupport::obj(R"({"country": "DE", "product": "dc", "amount": 1})"), row});
}
} // namespace

class TstStockEntry : public QObject
{
    Q_OBJECT

private slots:
    void valid();
    void emptyList();
    void zeroAndLargeAmounts();
    void tolerated_data();
    void tolerated();
    void rowDropped_data();
    void rowDropped();
    void codesAsNumbers();
    void notAnArray_data();
    void notAnArray();
    void toJsonRoundTrip();
};

void TstStockEntry::valid()
{
    const auto result = StockEntry::listFromJson(TestSupport::doc(R"([
        {"country": "DE", "product": "dc", "amount": 120},
        {"country": "US", "product": "isp", "amount": 35},
        {"country": "NL", "product": "dc", "amount": 0, "note": "ignored"}])"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value(),
             (QList<StockEntry>{entry(u"DE"_s, u"dc"_s, 120), entry(u"US"_s, u"isp"_s, 35),
                                entry(u"NL"_s, u"dc"_s, 0)}));
}

void TstStockEntry::emptyList()
{
    const auto result = StockEntry::listFromJson(TestSupport::doc("[]"));
    SD_VERIFY_OK(result);
    QVERIFY(result.value().isEmpty());
}

void TstStockEntry::zeroAndLargeAmounts()
{
    const auto result = StockEntry::listFromJson(TestSupport::doc(R"([
        {"country": "DE", "product": "dc", "amount": 0},
        {"country": "DE", "product": "isp", "amount": 9007199254740992}])"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().at(0).amount, qint64(0));
    QCOMPARE(result.value().at(1).amount, qint64(9007199254740992));
}

void TstStockEntry::tolerated_data()
{
    QTest::addColumn<QJsonValue>("row");
    QTest::addColumn<qint64>("amount");

    auto row = [](const char *json) { return QJsonValue(TestSupport::obj(json)); };
    QTest::newRow("amount negative: 0")
        << row(R"({"country": "US", "product": "isp", "amount": -1})") << qint64(0);
    QTest::newRow("amount missing: 0") << row(R"({"country": "US", "product": "isp"})")
                                       << qint64(0);
    QTest::newRow("amount null: 0")
        << row(R"({"country": "US", "product": "isp", "amount": null})") << qint64(0);
    QTest::newRow("amount text: 0")
        << row(R"({"country": "US", "product": "isp", "amount": "many"})") << qint64(0);
    QTest::newRow("amount bool: 0")
        << row(R"({"country": "US", "product": "isp", "amount": true})") << qint64(0);
    QTest::newRow("amount as string")
        << row(R"({"country": "US", "product": "isp", "amount": "5"})") << qint64(5);
    QTest::newRow("amount \"-5\": 0")
        << row(R"({"country": "US", "product": "isp", "amount": "-5"})") << qint64(0);
    QTest::newRow("amount fraction rounded")
        << row(R"({"country": "US", "product": "isp", "amount": 2.4})") << qint64(2);
    QTest::newRow("padded codes")
        << row(R"({"country": " US ", "product": "isp\t", "amount": 7})") << qint64(7);
}

void TstStockEntry::tolerated()
{
    QFETCH(QJsonValue, row);
    QFETCH(qint64, amount);
    const auto result = StockEntry::listFromJson(listWithRow1(row));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value(),
             (QList<StockEntry>{entry(u"DE"_s, u"dc"_s, 1), entry(u"US"_s, u"isp"_s, amount)}));
}

void TstStockEntry::rowDropped_data()
{
    QTest::addColumn<QJsonValue>("row");

    auto row = [](const char *json) { return QJsonValue(TestSupport::obj(json)); };
    QTest::newRow("country missing") << row(R"({"product": "isp", "amount": 1})");
    QTest::newRow("country null") << row(R"({"country": null, "product": "isp", "amount": 1})");
    QTest::newRow("country empty") << row(R"({"country": " ", "product": "isp", "amount": 1})");
    QTest::newRow("country bool") << row(R"({"country": true, "product": "isp", "amount": 1})");
    QTest::newRow("product missing") << row(R"({"country": "US", "amount": 1})");
    QTest::newRow("product null") << row(R"({"country": "US", "product": null, "amount": 1})");
    QTest::newRow("product object") << row(R"({"country": "US", "product": {}, "amount": 1})");
    QTest::newRow("product empty") << row(R"({"country": "US", "product": "", "amount": 1})");
    QTest::newRow("row is a number") << QJsonValue(5);
    QTest::newRow("row is an array") << QJsonValue(QJsonArray());
    QTest::newRow("row is null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("row is empty") << QJsonValue(QJsonObject());
}

void TstStockEntry::rowDropped()
{
    // A row without a country or a product code is dropped silently; the others are kept.
    QFETCH(QJsonValue, row);
    QJsonArray rows{TestSupport::obj(R"({"country": "DE", "product": "dc", "amount": 1})"), row,
                    TestSupport::obj(R"({"country": "NL", "product": "isp", "amount": 3})")};
    const auto result = StockEntry::listFromJson(QJsonDocument(rows));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value(),
             (QList<StockEntry>{entry(u"DE"_s, u"dc"_s, 1), entry(u"NL"_s, u"isp"_s, 3)}));
}

void TstStockEntry::codesAsNumbers()
{
    // A code written as a number is its text.
    const auto result = StockEntry::listFromJson(
        TestSupport::doc(R"([{"country": 49, "product": 1, "amount": 2}])"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value(), QList<StockEntry>{entry(u"49"_s, u"1"_s, 2)});
}

void TstStockEntry::notAnArray_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::newRow("wrapped in an object")
        << TestSupport::doc(R"({"data": [{"country": "DE", "product": "dc", "amount": 1}]})");
    QTest::newRow("a single row") << TestSupport::doc(
        R"({"country": "DE", "product": "dc", "amount": 1})");
    QTest::newRow("null document") << QJsonDocument();
}

void TstStockEntry::notAnArray()
{
    QFETCH(QJsonDocument, document);
    SD_VERIFY_PROTOCOL_ERROR(StockEntry::listFromJson(document),
                             u"the stock list is not a JSON array"_s);
}

void TstStockEntry::toJsonRoundTrip()
{
    const StockEntry e = entry(u"DE"_s, u"dc"_s, 42);
    QCOMPARE(e.toJson(), TestSupport::obj(R"({"country": "DE", "product": "dc", "amount": 42})"));
    const auto back = StockEntry::listFromJson(QJsonDocument(QJsonArray{e.toJson()}));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value(), QList<StockEntry>{e});
}

QTEST_GUILESS_MAIN(TstStockEntry)

#include "tst_stockentry.moc"
