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
    void invalid_data();
    void invalid();
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

void TstStockEntry::invalid_data()
{
    QTest::addColumn<QJsonValue>("row");
    QTest::addColumn<QString>("detail");

    auto row = [](const char *json) { return QJsonValue(TestSupport::obj(json)); };
    QTest::newRow("negative amount") << row(R"({"country": "US", "product": "isp", "amount": -1})")
                                     << u"field '[1].amount' is negative"_s;
    QTest::newRow("country missing")
        << row(R"({"product": "isp", "amount": 1})") << u"field '[1].country' is missing"_s;
    QTest::newRow("product missing")
        << row(R"({"country": "US", "amount": 1})") << u"field '[1].product' is missing"_s;
    QTest::newRow("amount missing")
        << row(R"({"country": "US", "product": "isp"})") << u"field '[1].amount' is missing"_s;
    QTest::newRow("amount null") << row(R"({"country": "US", "product": "isp", "amount": null})")
                                 << u"field '[1].amount' is null"_s;
    QTest::newRow("amount string") << row(R"({"country": "US", "product": "isp", "amount": "5"})")
                                   << u"field '[1].amount' is not an integer"_s;
    QTest::newRow("amount fraction") << row(R"({"country": "US", "product": "isp", "amount": 2.5})")
                                     << u"field '[1].amount' is not an integer"_s;
    QTest::newRow("country number") << row(R"({"country": 49, "product": "isp", "amount": 1})")
                                    << u"field '[1].country' is not a string"_s;
    QTest::newRow("product object") << row(R"({"country": "US", "product": {}, "amount": 1})")
                                    << u"field '[1].product' is not a string"_s;
    QTest::newRow("row is a number") << QJsonValue(5) << u"field '[1]' is not an object"_s;
    QTest::newRow("row is an array")
        << QJsonValue(QJsonArray()) << u"field '[1]' is not an object"_s;
}

void TstStockEntry::invalid()
{
    QFETCH(QJsonValue, row);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(StockEntry::listFromJson(listWithRow1(row)), detail);
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
