#include "csvreader.h"
#include "export/csvwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void readerSanity();
    void field_data();
    void field();
    void recordJoinsWithCommaAndEndsWithCrlf();
    void recordsAccumulate();
    void singleEmptyFieldIsQuoted();
    void noFieldsIsOneEmptyField();
    void emptyFieldsBetweenCommas();
    void unicodeIsUtf8WithoutBom();
    void roundTrip_data();
    void roundTrip();
};

// The reader the other tests rely on, checked against hand-written RFC 4180 text.
void TstCsvWriter::readerSanity()
{
    const auto r = CsvReader::read("a,\"b,\"\"c\"\"\",\r\n\"x\r\ny\", z \r\n"_ba);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records.at(0), (QStringList{u"a"_s, u"b,\"c\""_s, QString()}));
    QCOMPARE(r.records.at(1), (QStringList{u"x\r\ny"_s, u" z "_s}));
    QVERIFY(!CsvReader::read("a\"b\r\n"_ba).ok());
    QVERIFY(!CsvReader::read("a\nb\r\n"_ba).ok());
    QVERIFY(!CsvReader::read("\"a\"b\r\n"_ba).ok());
    QVERIFY(!CsvReader::read("\"a\r\n"_ba).ok());
    QVERIFY(!CsvReader::read("a\rb\r\n"_ba).ok());
    QVERIFY(!CsvReader::read("\xff\r\n"_ba).ok());
}

void TstCsvWriter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"shop"_s << u"shop"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("CRLF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("leading and trailing spaces kept") << u"  eu pool  "_s << u"  eu pool  "_s;
    QTest::newRow("tab kept unquoted") << u"a\tb"_s << u"a\tb"_s;
    QTest::newRow("semicolon unquoted") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("single quote unquoted") << u"it's"_s << u"it's"_s;
    QTest::newRow("formula-looking kept as is") << u"=1+2"_s << u"=1+2"_s;
    QTest::newRow("Cyrillic") << u"магазин"_s << u"магазин"_s;
    QTest::newRow("Cyrillic with comma") << u"магазин, склад"_s << u"\"магазин, склад\""_s;
}

void TstCsvWriter::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TstCsvWriter::recordJoinsWithCommaAndEndsWithCrlf()
{
    CsvWriter csv;
    csv.addRecord({u"a"_s, u"b c"_s, u"d,e"_s});
    QCOMPARE(csv.data(), "a,b c,\"d,e\"\r\n"_ba);
    QCOMPARE(csv.recordCount(), 1);
}

void TstCsvWriter::recordsAccumulate()
{
    CsvWriter csv;
    QVERIFY(csv.data().isEmpty());
    QCOMPARE(csv.recordCount(), 0);
    csv.addRecord({u"h1"_s, u"h2"_s});
    csv.addRecord({u"1"_s, u"x\ny"_s});
    csv.addRecord({u"2"_s, QString()});
    QCOMPARE(csv.data(), "h1,h2\r\n1,\"x\ny\"\r\n2,\r\n"_ba);
    QCOMPARE(csv.recordCount(), 3);
}

void TstCsvWriter::singleEmptyFieldIsQuoted()
{
    CsvWriter csv;
    csv.addRecord({QString()});
    QCOMPARE(csv.data(), "\"\"\r\n"_ba);
    const auto r = CsvReader::read(csv.data());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.records, (QList<QStringList>{QStringList{QString()}}));
}

void TstCsvWriter::noFieldsIsOneEmptyField()
{
    CsvWriter csv;
    csv.addRecord({});
    QCOMPARE(csv.data(), "\"\"\r\n"_ba);
}

void TstCsvWriter::emptyFieldsBetweenCommas()
{
    CsvWriter csv;
    csv.addRecord({QString(), QString(), QString()});
    QCOMPARE(csv.data(), ",,\r\n"_ba);
}

void TstCsvWriter::unicodeIsUtf8WithoutBom()
{
    CsvWriter csv;
    csv.addRecord({u"Прокси"_s, u"代理服务器"_s, u"🚀,🌍"_s});
    // The expected bytes spelled out, not derived from QString::toUtf8.
    const QByteArray expected = "\xd0\x9f\xd1\x80\xd0\xbe\xd0\xba\xd1\x81\xd0\xb8,"
                                "\xe4\xbb\xa3\xe7\x90\x86\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8,"
                                "\"\xf0\x9f\x9a\x80,\xf0\x9f\x8c\x8d\"\r\n"_ba;
    QCOMPARE(csv.data(), expected);
    QVERIFY(!csv.data().startsWith("\xef\xbb\xbf"));
}

void TstCsvWriter::roundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empties") << QStringList{QString(), u"x"_s, QString()};
    QTest::newRow("quotes everywhere") << QStringList{u"\"\""_s, u"\"a\""_s, u"a\"\"b"_s};
    QTest::newRow("line breaks") << QStringList{u"\r"_s, u"\n"_s, u"\r\n"_s, u"\n\r"_s};
    QTest::newRow("commas") << QStringList{u","_s, u",,"_s, u" , "_s};
    QTest::newRow("spaces") << QStringList{u" "_s, u"  lead"_s, u"trail  "_s};
    QTest::newRow("mixed hostile") << QStringList{u"a,\"b\"\r\nc"_s, u"\"\r\n,"_s};
    QTest::newRow("unicode") << QStringList{u"Ёжик"_s, u"東京, 日本"_s, u"👩‍💻\"x\""_s};
}

void TstCsvWriter::roundTrip()
{
    QFETCH(QStringList, fields);
    CsvWriter csv;
    csv.addRecord(fields);
    csv.addRecord(fields);
    const auto r = CsvReader::read(csv.data());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.records, (QList<QStringList>{fields, fields}));
}

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
