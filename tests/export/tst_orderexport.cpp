#include "csvreader.h"
#include "export/orderexport.h"
#include "filesizelimit.h"
#include "scratchfiles.h"
#include "services/orderstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ExportRow)

namespace {

const QString header =
    u"id,product,billing_cycle,status,expires_at,auto_renewal,tag,location,price_paid"_s;

// The header record followed by these records.
QByteArray csvWith(const QByteArray &records)
{
    return QByteArray(header.toUtf8() + "\r\n" + records);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

// A row with every column known.
ExportRow fullRow()
{
    Order o;
    o.id = 1042;
    o.productId = 3;
    o.productName = u"Datacenter Proxy"_s;
    o.cycleId = 2;
    o.cycleName = u"Monthly"_s;
    o.expiresAt = utc(2026, 3, 1, 12, 30);
    o.autoRenewal = true;
    o.tag = u"shop"_s;
    o.status = OrderStatus::Active;
    return ExportRow{o, u"DE"_s, 1250};
}

// A row where nothing beyond the list's required fields is known.
ExportRow bareRow()
{
    Order o;
    o.id = 7;
    o.productId = 9;
    o.productName = u"Premium Residential Proxy"_s;
    o.cycleId = 4;
    o.cycleName = u"Lifetime"_s;
    return ExportRow{o, QString(), std::nullopt};
}

ExportRow rowWithTag(const QString &tag)
{
    ExportRow r = bareRow();
    r.order.id = 1;
    r.order.productName = u"P"_s;
    r.order.cycleName = u"C"_s;
    r.order.status = OrderStatus::OnHold;
    r.order.autoRenewal = false;
    r.order.tag = tag;
    return r;
}

// Rows paired with the CSV fields they must come back as, spelled out by hand.
struct Case
{
    ExportRow row;
    QStringList fields;
};

QList<Case> cases()
{
    QList<Case> list;
    list.append({fullRow(),
                 {u"1042"_s, u"Datacenter Proxy"_s, u"Monthly"_s, u"active"_s,
                  u"2026-03-01T12:30:00Z"_s, u"true"_s, u"shop"_s, u"DE"_s, u"12.50"_s}});
    list.append({bareRow(),
                 {u"7"_s, u"Premium Residential Proxy"_s, u"Lifetime"_s, QString(), QString(),
                  QString(), QString(), QString(), QString()}});

    ExportRow hostile = rowWithTag(u"a,\"b\"\r\nc "_s);
    hostile.order.id = 9007199254740993; // 2^53 + 1: not exact as a double
    hostile.order.productName = u"ISP, \"static\""_s;
    hostile.order.cycleName = u"3\nmonths"_s;
    hostile.order.status = OrderStatus::Cancelled;
    hostile.location = u" US,NY "_s;
    hostile.pricePaidCents = 5;
    list.append({hostile,
                 {u"9007199254740993"_s, u"ISP, \"static\""_s, u"3\nmonths"_s, u"cancelled"_s,
                  QString(), u"false"_s, u"a,\"b\"\r\nc "_s, u" US,NY "_s, u"0.05"_s}});

    ExportRow unicode = rowWithTag(u"магазин 🚀"_s);
    unicode.order.id = 3;
    unicode.order.productName = u"Прокси ISP"_s;
    unicode.order.cycleName = u"月額"_s;
    unicode.order.expiresAt =
        QDateTime(QDate(2026, 1, 1), QTime(1, 15), QTimeZone(3 * 3600)); // 2025-12-31 22:15 UTC
    unicode.location = u"東京"_s;
    unicode.pricePaidCents = 123456;
    list.append({unicode,
                 {u"3"_s, u"Прокси ISP"_s, u"月額"_s, u"on-hold"_s, u"2025-12-31T22:15:00Z"_s,
                  u"false"_s, u"магазин 🚀"_s, u"東京"_s, u"1234.56"_s}});

    ExportRow spaces = rowWithTag(u"  padded  "_s);
    spaces.order.id = 4;
    spaces.order.productName = QString(); // still a string in JSON, not null
    spaces.pricePaidCents = 0;
    list.append({spaces,
                 {u"4"_s, QString(), u"C"_s, u"on-hold"_s, QString(), u"false"_s, u"  padded  "_s,
                  QString(), u"0.00"_s}});
    return list;
}

using namespace ScratchFiles;

} // namespace

class TstOrderExport : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreStable();

    void csvEmptyListIsHeaderOnly();
    void csvHeaderRowExact();
    void csvFullRowExact();
    void csvUnknownsAreEmpty();
    void csvTagQuoting_data();
    void csvTagQuoting();
    void csvCrlfEndings();
    void csvUnicodeIsUtf8WithoutBom();
    void csvRoundTrip();

    void statusWords_data();
    void statusWords();
    void pricePaid_data();
    void pricePaid();

    void jsonEmptyList();
    void jsonIsIndentedArrayOfObjects();
    void jsonValues();
    void jsonUnknownsAreNull();
    void jsonRoundTrip();
    void jsonUnicodeIsUtf8();

    void encodeDispatches();
    void formatForFileName_data();
    void formatForFileName();
    void fileSuffix();

    void writeCsvFile();
    void writeJsonFile();
    void writeReplacesExistingFile();
    void writeToMissingFolderFails();
    void writeBelowAFileFails();
    void writeWithoutFileNameFails();
    void writeErrorStringIsOptional();
    void failedWriteKeepsExistingFile();

    void rowsFromStore();
};

void TstOrderExport::columnsAreStable()
{
    QCOMPARE(OrderExport::columns(),
             (QStringList{u"id"_s, u"product"_s, u"billing_cycle"_s, u"status"_s, u"expires_at"_s,
                          u"auto_renewal"_s, u"tag"_s, u"location"_s, u"price_paid"_s}));
}

void TstOrderExport::csvEmptyListIsHeaderOnly()
{
    QCOMPARE(OrderExport::toCsv({}), csvWith({}));
}

void TstOrderExport::csvHeaderRowExact()
{
    const QByteArray csv = OrderExport::toCsv({fullRow(), bareRow()});
    QVERIFY(csv.startsWith(csvWith({})));
}

void TstOrderExport::csvFullRowExact()
{
    QCOMPARE(OrderExport::toCsv({fullRow()}),
             csvWith("1042,Datacenter Proxy,Monthly,active,2026-03-01T12:30:00Z,true,shop,DE,"
                     "12.50\r\n"));
}

void TstOrderExport::csvUnknownsAreEmpty()
{
    QCOMPARE(OrderExport::toCsv({bareRow()}),
             csvWith("7,Premium Residential Proxy,Lifetime,,,,,,\r\n"));
}

void TstOrderExport::csvTagQuoting_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << u"shop"_s << "shop"_ba;
    QTest::newRow("comma") << u"eu,us"_s << "\"eu,us\""_ba;
    QTest::newRow("quote") << u"the \"best\""_s << "\"the \"\"best\"\"\""_ba;
    QTest::newRow("CR") << u"a\rb"_s << "\"a\rb\""_ba;
    QTest::newRow("LF") << u"a\nb"_s << "\"a\nb\""_ba;
    QTest::newRow("CRLF") << u"a\r\nb"_s << "\"a\r\nb\""_ba;
    QTest::newRow("leading/trailing spaces kept") << u"  pool 2  "_s << "  pool 2  "_ba;
    QTest::newRow("spaces and comma") << u" a, b "_s << "\" a, b \""_ba;
    QTest::newRow("everything") << u" \"x\",\r\n"_s << "\" \"\"x\"\",\r\n\""_ba;
}

void TstOrderExport::csvTagQuoting()
{
    QFETCH(QString, tag);
    QFETCH(QByteArray, field);
    QCOMPARE(OrderExport::toCsv({rowWithTag(tag)}),
             csvWith(QByteArray("1,P,C,on-hold,,false," + field + ",,\r\n")));
}

void TstOrderExport::csvCrlfEndings()
{
    // Without line breaks inside fields, every line break in the file is a CRLF ending a record.
    const QByteArray csv = OrderExport::toCsv({fullRow(), bareRow(), rowWithTag(u"x"_s)});
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 4);
    QCOMPARE(csv.count('\n'), 4);
    QCOMPARE(csv.count('\r'), 4);

    // With them, the strict reader (no bare CR or LF outside quotes) still finds every record.
    QList<ExportRow> rows;
    for (const Case &c : cases())
        rows.append(c.row);
    const QByteArray hostile = OrderExport::toCsv(rows);
    QVERIFY(hostile.endsWith("\r\n"));
    const auto parsed = CsvReader::read(hostile);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), rows.size() + 1);
}

void TstOrderExport::csvUnicodeIsUtf8WithoutBom()
{
    ExportRow r = rowWithTag(u"магазин 🚀"_s);
    r.order.productName = u"代理"_s;
    r.location = u"Київ"_s;
    const QByteArray csv = OrderExport::toCsv({r});
    QVERIFY(!csv.startsWith("\xef\xbb\xbf"));
    QVERIFY(csv.startsWith("id,"));
    // UTF-8 bytes spelled out by hand.
    QVERIFY(
        csv.contains("\xd0\xbc\xd0\xb0\xd0\xb3\xd0\xb0\xd0\xb7\xd0\xb8\xd0\xbd \xf0\x9f\x9a\x80"));
    QVERIFY(csv.contains(",\xe4\xbb\xa3\xe7\x90\x86,"));
    QVERIFY(csv.contains(",\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2,"));
    const auto parsed = CsvReader::read(csv);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.at(1).at(1), u"代理"_s);
    QCOMPARE(parsed.records.at(1).at(6), u"магазин 🚀"_s);
    QCOMPARE(parsed.records.at(1).at(7), u"Київ"_s);
}

void TstOrderExport::csvRoundTrip()
{
    const QList<Case> all = cases();
    QList<ExportRow> rows;
    for (const Case &c : all)
        rows.append(c.row);
    const auto parsed = CsvReader::read(OrderExport::toCsv(rows));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), all.size() + 1);
    QCOMPARE(parsed.records.first(), OrderExport::columns());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QStringList &got = parsed.records.at(i + 1);
        const QStringList &want = all.at(i).fields;
        QCOMPARE(got.size(), want.size());
        for (qsizetype f = 0; f < want.size(); ++f) {
            if (got.at(f) != want.at(f)) {
                const QString where =
                    u"row %1, column %2"_s.arg(i).arg(OrderExport::columns().at(f));
                QVERIFY2(false, qPrintable(where));
            }
        }
    }
}

void TstOrderExport::statusWords_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("word");
    QTest::newRow("active") << OrderStatus::Active << u"active"_s;
    QTest::newRow("on hold") << OrderStatus::OnHold << u"on-hold"_s;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << u"cancelled"_s;
    QTest::newRow("unknown") << OrderStatus::Unknown << QString();
}

void TstOrderExport::statusWords()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, word);
    ExportRow r = bareRow();
    r.order.status = status;
    const auto parsed = CsvReader::read(OrderExport::toCsv({r}));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.at(1).at(3), word);
    const QJsonValue json = QJsonDocument::fromJson(OrderExport::toJson({r}))
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"status"_s);
    if (word.isEmpty())
        QVERIFY(json.isNull());
    else
        QCOMPARE(json.toString(), word);
}

void TstOrderExport::pricePaid_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("12.50") << qint64(1250) << u"12.50"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("5 cents") << qint64(5) << u"0.05"_s;
    QTest::newRow("no grouping") << qint64(123456789) << u"1234567.89"_s;
    QTest::newRow("negative") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void TstOrderExport::pricePaid()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    ExportRow r = bareRow();
    r.pricePaidCents = cents;
    const auto parsed = CsvReader::read(OrderExport::toCsv({r}));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.at(1).at(8), text);
    const QJsonValue json = QJsonDocument::fromJson(OrderExport::toJson({r}))
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"price_paid"_s);
    QVERIFY(json.isString());
    QCOMPARE(json.toString(), text);
}

void TstOrderExport::jsonEmptyList()
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(OrderExport::toJson({}), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().isEmpty());
}

void TstOrderExport::jsonIsIndentedArrayOfObjects()
{
    const QByteArray json = OrderExport::toJson({fullRow(), bareRow()});
    QVERIFY(json.startsWith("[\n"));
    QVERIFY(json.contains("\n        \"id\": 1042,\n"));
    QVERIFY(!json.startsWith("\xef\xbb\xbf"));
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 2);
    QStringList sortedColumns = OrderExport::columns();
    sortedColumns.sort();
    for (const QJsonValue &v : array) {
        QVERIFY(v.isObject());
        QCOMPARE(v.toObject().keys(), sortedColumns); // every key, always, and nothing else
    }
}

void TstOrderExport::jsonValues()
{
    const QJsonObject o =
        QJsonDocument::fromJson(OrderExport::toJson({fullRow()})).array().at(0).toObject();
    QVERIFY(o.value(u"id"_s).isDouble());
    QCOMPARE(o.value(u"id"_s).toInteger(), 1042);
    QCOMPARE(o.value(u"product"_s).toString(), u"Datacenter Proxy"_s);
    QCOMPARE(o.value(u"billing_cycle"_s).toString(), u"Monthly"_s);
    QCOMPARE(o.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(o.value(u"expires_at"_s).toString(), u"2026-03-01T12:30:00Z"_s);
    QVERIFY(o.value(u"auto_renewal"_s).isBool());
    QCOMPARE(o.value(u"auto_renewal"_s).toBool(), true);
    QCOMPARE(o.value(u"tag"_s).toString(), u"shop"_s);
    QCOMPARE(o.value(u"location"_s).toString(), u"DE"_s);
    QCOMPARE(o.value(u"price_paid"_s).toString(), u"12.50"_s);

    ExportRow off = fullRow();
    off.order.autoRenewal = false;
    const QJsonValue renewal = QJsonDocument::fromJson(OrderExport::toJson({off}))
                                   .array()
                                   .at(0)
                                   .toObject()
                                   .value(u"auto_renewal"_s);
    QVERIFY(renewal.isBool()); // false, not null
    QCOMPARE(renewal.toBool(), false);
}

void TstOrderExport::jsonUnknownsAreNull()
{
    const QJsonObject o =
        QJsonDocument::fromJson(OrderExport::toJson({bareRow()})).array().at(0).toObject();
    QCOMPARE(o.value(u"id"_s).toInteger(), 7);
    QCOMPARE(o.value(u"product"_s).toString(), u"Premium Residential Proxy"_s);
    QCOMPARE(o.value(u"billing_cycle"_s).toString(), u"Lifetime"_s);
    for (const QString &key : {u"status"_s, u"expires_at"_s, u"auto_renewal"_s, u"tag"_s,
                               u"location"_s, u"price_paid"_s}) {
        QVERIFY2(o.contains(key), qPrintable(key));
        QVERIFY2(o.value(key).isNull(), qPrintable(key));
    }
}

// Every case parsed back: the same values as the CSV fields, an empty field being null except
// for the always-present strings, and the id an exact integer.
void TstOrderExport::jsonRoundTrip()
{
    const QList<Case> all = cases();
    QList<ExportRow> rows;
    for (const Case &c : all)
        rows.append(c.row);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(OrderExport::toJson(rows), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), all.size());
    const QStringList keys = OrderExport::columns();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QStringList &want = all.at(i).fields;
        for (qsizetype f = 0; f < keys.size(); ++f) {
            const QString &key = keys.at(f);
            const QJsonValue v = o.value(key);
            const QString where = u"row %1, key %2"_s.arg(i).arg(key);
            if (key == u"id") {
                QVERIFY2(v.isDouble(), qPrintable(where));
                QCOMPARE(QString::number(v.toInteger()), want.at(f));
            } else if (key == u"auto_renewal" && !want.at(f).isEmpty()) {
                QVERIFY2(v.isBool(), qPrintable(where));
                QCOMPARE(v.toBool() ? u"true"_s : u"false"_s, want.at(f));
            } else if (want.at(f).isEmpty() && key != u"product" && key != u"billing_cycle") {
                QVERIFY2(v.isNull(), qPrintable(where));
            } else {
                QVERIFY2(v.isString(), qPrintable(where));
                QCOMPARE(v.toString(), want.at(f));
            }
        }
    }
}

void TstOrderExport::jsonUnicodeIsUtf8()
{
    ExportRow r = rowWithTag(u"магазин 🚀 \\ \"q\" \x01"_s);
    r.order.productName = u"代理"_s;
    const QByteArray json = OrderExport::toJson({r});
    QVERIFY(json.contains("\"\xe4\xbb\xa3\xe7\x90\x86\""));
    QVERIFY(json.contains("\xf0\x9f\x9a\x80"));
    const QJsonObject o = QJsonDocument::fromJson(json).array().at(0).toObject();
    QCOMPARE(o.value(u"tag"_s).toString(), r.order.tag);
    QCOMPARE(o.value(u"product"_s).toString(), u"代理"_s);
}

void TstOrderExport::encodeDispatches()
{
    const QList<ExportRow> rows{fullRow(), bareRow()};
    QCOMPARE(OrderExport::encode(rows, OrderExport::Format::Csv), OrderExport::toCsv(rows));
    QCOMPARE(OrderExport::encode(rows, OrderExport::Format::Json), OrderExport::toJson(rows));
}

void TstOrderExport::formatForFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format"); // -1: none
    const int csv = int(OrderExport::Format::Csv);
    const int json = int(OrderExport::Format::Json);
    QTest::newRow("csv") << u"orders.csv"_s << csv;
    QTest::newRow("CSV") << u"ORDERS.CSV"_s << csv;
    QTest::newRow("json") << u"orders.json"_s << json;
    QTest::newRow("Json") << u"orders.Json"_s << json;
    QTest::newRow("full path") << u"/home/a.b/export 2026.csv"_s << csv;
    QTest::newRow("two dots") << u"orders.backup.json"_s << json;
    QTest::newRow("dotted folder, no suffix") << u"/tmp/x.csv/orders"_s << -1;
    QTest::newRow("no suffix") << u"orders"_s << -1;
    QTest::newRow("other suffix") << u"orders.txt"_s << -1;
    QTest::newRow("csv then other") << u"orders.csv.txt"_s << -1;
    QTest::newRow("jsonl") << u"orders.jsonl"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TstOrderExport::formatForFileName()
{
    QFETCH(QString, fileName);
    QFETCH(int, format);
    const auto got = OrderExport::formatForFileName(fileName);
    QCOMPARE(got ? int(*got) : -1, format);
}

void TstOrderExport::fileSuffix()
{
    QCOMPARE(OrderExport::fileSuffix(OrderExport::Format::Csv), u"csv"_s);
    QCOMPARE(OrderExport::fileSuffix(OrderExport::Format::Json), u"json"_s);
    for (const auto f : {OrderExport::Format::Csv, OrderExport::Format::Json})
        QCOMPARE(OrderExport::formatForFileName(u"a."_s + OrderExport::fileSuffix(f)), f);
}

void TstOrderExport::writeCsvFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"orders.csv"_s);
    const QList<ExportRow> rows{fullRow(), bareRow()};
    QString error = u"stale"_s;
    QVERIFY(OrderExport::writeFile(path, rows, OrderExport::Format::Csv, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(contents(path), OrderExport::toCsv(rows));
    QCOMPARE(entries(dir.path()), QStringList{u"orders.csv"_s}); // no temporary file left
}

void TstOrderExport::writeJsonFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"заказы 🚀.json"_s);
    const QList<ExportRow> rows{fullRow(), bareRow()};
    QString error;
    QVERIFY(OrderExport::writeFile(path, rows, OrderExport::Format::Json, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(contents(path), OrderExport::toJson(rows));
    QCOMPARE(entries(dir.path()), QStringList{u"заказы 🚀.json"_s});
}

void TstOrderExport::writeReplacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"orders.csv"_s);
    QVERIFY(writeBytes(path, QByteArray(100000, 'x'))); // longer than the export
    QString error;
    QVERIFY(OrderExport::writeFile(path, {}, OrderExport::Format::Csv, &error));
    QCOMPARE(contents(path), csvWith({}));
    QCOMPARE(entries(dir.path()), QStringList{u"orders.csv"_s});
}

void TstOrderExport::writeToMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/orders.csv"_s);
    QString error;
    QVERIFY(!OrderExport::writeFile(path, {fullRow()}, OrderExport::Format::Csv, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"missing"_s)));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TstOrderExport::writeBelowAFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plain = dir.filePath(u"plain.txt"_s);
    QVERIFY(writeBytes(plain, "keep me"));
    QString error;
    QVERIFY(!OrderExport::writeFile(plain + u"/orders.json"_s, {fullRow()},
                                    OrderExport::Format::Json, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(contents(plain), "keep me"_ba);
    QCOMPARE(entries(dir.path()), QStringList{u"plain.txt"_s});
}

void TstOrderExport::writeWithoutFileNameFails()
{
    QString error;
    QVERIFY(!OrderExport::writeFile(QString(), {fullRow()}, OrderExport::Format::Csv, &error));
    QVERIFY(!error.isEmpty());
}

void TstOrderExport::writeErrorStringIsOptional()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!OrderExport::writeFile(dir.filePath(u"missing/orders.csv"_s), {},
                                    OrderExport::Format::Csv));
    QVERIFY(OrderExport::writeFile(dir.filePath(u"orders.csv"_s), {}, OrderExport::Format::Csv));
}

// A write that fails half-way (as on a full disk) must report it, leave the old file as it was
// and no temporary file behind. A file-size limit makes write() fail with EFBIG even for root,
// for whom permission tricks would not work; the export is larger than the limit.
void TstOrderExport::failedWriteKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"orders.csv"_s);
    QVERIFY(writeBytes(path, "old export\r\n"));
    QList<ExportRow> rows;
    for (int i = 0; i < 100; ++i)
        rows.append(fullRow());
    QVERIFY(OrderExport::toCsv(rows).size() > 4096);

    QString error;
    bool written = true;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isActive());
        written = OrderExport::writeFile(path, rows, OrderExport::Format::Csv, &error);
    }
    QVERIFY(!written); // Qt 6.4's buffered QSaveFile committed a 4096-byte file here
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(!error.contains(u"Unknown error"_s), qPrintable(error)); // the system's reason
    QCOMPARE(contents(path), "old export\r\n"_ba);
    QCOMPARE(entries(dir.path()), QStringList{u"orders.csv"_s});
#endif
}

void TstOrderExport::rowsFromStore()
{
    OrderStore store;
    ExportRow a = fullRow();
    ExportRow b = bareRow();
    ExportRow c = rowWithTag(u"x"_s);
    store.applySync({a.order, b.order, c.order});
    store.setLocation(a.order.id, u"DE"_s);
    OrderDetails details;
    details.id = b.order.id;
    details.pricePaidCents = 999;
    store.setDetails(details, false);

    const QList<ExportRow> rows =
        OrderExport::rowsFromStore(store, {c.order.id, 424242, a.order.id, b.order.id});
    QCOMPARE(rows.size(), 3); // the unknown id is skipped, the order kept
    QCOMPARE(rows.at(0).order, c.order);
    QVERIFY(rows.at(0).location.isEmpty());
    QVERIFY(!rows.at(0).pricePaidCents);
    QCOMPARE(rows.at(1).order, a.order);
    QCOMPARE(rows.at(1).location, u"DE"_s);
    QVERIFY(!rows.at(1).pricePaidCents); // no details loaded for it
    QCOMPARE(rows.at(2).order, b.order);
    QCOMPARE(rows.at(2).pricePaidCents, std::optional<qint64>(999));
    QVERIFY(OrderExport::rowsFromStore(store, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TstOrderExport)
#include "tst_orderexport.moc"
