#include "domain/isodate.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;

// Runs in Europe/Berlin (see main): "no offset means UTC" is only tested for real when the
// machine's own zone is not UTC and has daylight-saving transitions.
class TstIsoDate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void parseView();
    void parseHugeInput();
    void toIsoUtc_data();
    void toIsoUtc();
    void roundTrip_data();
    void roundTrip();
};

void TstIsoDate::initTestCase()
{
    // The zone set in main() is in effect: +01:00 in winter, +02:00 in summer.
    QCOMPARE(QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc(), 3600);
    QCOMPARE(QDateTime(QDate(2026, 7, 15), QTime(12, 0)).offsetFromUtc(), 7200);
}

void TstIsoDate::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedUtc"); // ISODateWithMs in UTC; empty: must be rejected

    // Offsets.
    QTest::newRow("offset +02:00")
        << u"2026-01-02T10:00:00+02:00"_s << u"2026-01-02T08:00:00.000Z"_s;
    QTest::newRow("offset -05:30")
        << u"2026-01-02T10:00:00-05:30"_s << u"2026-01-02T15:30:00.000Z"_s;
    QTest::newRow("offset +0200 without colon")
        << u"2026-01-02T10:00:00+0200"_s << u"2026-01-02T08:00:00.000Z"_s;
    QTest::newRow("offset +00:00")
        << u"2026-01-02T10:00:00+00:00"_s << u"2026-01-02T10:00:00.000Z"_s;
    QTest::newRow("offset crosses midnight")
        << u"2026-01-01T01:00:00+03:00"_s << u"2025-12-31T22:00:00.000Z"_s;
    QTest::newRow("Z") << u"2026-01-02T10:00:00Z"_s << u"2026-01-02T10:00:00.000Z"_s;

    // No offset: UTC, whatever the local zone says.
    QTest::newRow("no offset, winter") << u"2026-01-02T10:00:00"_s << u"2026-01-02T10:00:00.000Z"_s;
    QTest::newRow("no offset, summer") << u"2026-07-15T10:00:00"_s << u"2026-07-15T10:00:00.000Z"_s;
    QTest::newRow("no offset, no seconds")
        << u"2026-01-02T10:00"_s << u"2026-01-02T10:00:00.000Z"_s;
    // 02:30 does not exist on the local clock that night (Berlin springs forward 02:00 -> 03:00),
    // but it is a perfectly good UTC time.
    QTest::newRow("no offset, inside local DST gap")
        << u"2026-03-29T02:30:00"_s << u"2026-03-29T02:30:00.000Z"_s;
    // 02:30 happens twice on the local clock that night; in UTC it is one instant.
    QTest::newRow("no offset, inside local DST overlap")
        << u"2026-10-25T02:30:00"_s << u"2026-10-25T02:30:00.000Z"_s;

    // Fractional seconds.
    QTest::newRow("fraction .123 Z")
        << u"2026-01-02T10:00:00.123Z"_s << u"2026-01-02T10:00:00.123Z"_s;
    QTest::newRow("fraction .5 Z") << u"2026-01-02T10:00:00.5Z"_s << u"2026-01-02T10:00:00.500Z"_s;
    QTest::newRow("fraction microseconds Z")
        << u"2026-01-02T10:00:00.123456Z"_s << u"2026-01-02T10:00:00.123Z"_s;
    QTest::newRow("fraction with offset")
        << u"2026-01-02T10:00:00.250+01:00"_s << u"2026-01-02T09:00:00.250Z"_s;
    QTest::newRow("fraction without offset")
        << u"2026-01-02T10:00:00.250"_s << u"2026-01-02T10:00:00.250Z"_s;

    // A space instead of the 'T'.
    QTest::newRow("space, no offset") << u"2026-01-02 10:00:00"_s << u"2026-01-02T10:00:00.000Z"_s;
    QTest::newRow("space, Z") << u"2026-01-02 10:00:00Z"_s << u"2026-01-02T10:00:00.000Z"_s;
    QTest::newRow("space, offset")
        << u"2026-01-02 10:00:00+02:00"_s << u"2026-01-02T08:00:00.000Z"_s;
    QTest::newRow("space, fraction")
        << u"2026-01-02 10:00:00.750"_s << u"2026-01-02T10:00:00.750Z"_s;

    // Date only: midnight UTC.
    QTest::newRow("date only, winter") << u"2026-01-02"_s << u"2026-01-02T00:00:00.000Z"_s;
    QTest::newRow("date only, summer") << u"2026-07-15"_s << u"2026-07-15T00:00:00.000Z"_s;

    // Surrounding whitespace is not part of the value.
    QTest::newRow("surrounding whitespace")
        << u"  2026-01-02T10:00:00Z \n"_s << u"2026-01-02T10:00:00.000Z"_s;

    // Range edges.
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("last second of 9999")
        << u"9999-12-31T23:59:59Z"_s << u"9999-12-31T23:59:59.000Z"_s;
    QTest::newRow("leap day") << u"2028-02-29T12:00:00Z"_s << u"2028-02-29T12:00:00.000Z"_s;

    // Rejected.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("whitespace only") << u"     \t    "_s << QString();
    QTest::newRow("garbage") << u"garbage!!!"_s << QString();
    QTest::newRow("ten letters") << u"abcdefghij"_s << QString();
    QTest::newRow("too short") << u"2026-01-0"_s << QString();
    QTest::newRow("epoch seconds") << u"1767348000"_s << QString();
    QTest::newRow("day first") << u"02-01-2026"_s << QString();
    QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s << QString();
    QTest::newRow("February 30") << u"2026-02-30"_s << QString();
    QTest::newRow("not a leap year") << u"2026-02-29T12:00:00Z"_s << QString();
    QTest::newRow("hour 25") << u"2026-01-02T25:00:00Z"_s << QString();
    QTest::newRow("minute 60") << u"2026-01-02T10:60:00Z"_s << QString();
    QTest::newRow("trailing junk") << u"2026-01-02T10:00:00Zjunk"_s << QString();
    QTest::newRow("year 1969") << u"1969-12-31T23:59:59Z"_s << QString();
    QTest::newRow("year 0001") << u"0001-01-01T00:00:00Z"_s << QString();
    QTest::newRow("year 10000") << u"10000-01-01T00:00:00Z"_s << QString();
    QTest::newRow("negative year") << u"-2026-01-02T10:00:00Z"_s << QString();
    // Local 9999-12-31 23:00 at -05:00 is 10000-01-01 04:00 UTC: outside the accepted range.
    QTest::newRow("offset pushes UTC past year 9999")
        << u"9999-12-31T23:00:00-05:00"_s << QString();
    QTest::newRow("valid prefix, long junk")
        << (u"2026-01-02T10:00:00Z"_s + QString(100, u'x')) << QString();
}

void TstIsoDate::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedUtc);

    const QDateTime parsed = IsoDate::parse(input);
    if (expectedUtc.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), expectedUtc);
    // The instant, not only the text.
    QCOMPARE(parsed, QDateTime::fromString(expectedUtc, Qt::ISODateWithMs));
}

void TstIsoDate::parseView()
{
    // A view into a larger text: only the viewed part counts.
    const QString text = u"expires=2026-01-02T10:00:00Z;"_s;
    const QDateTime parsed = IsoDate::parse(QStringView(text).mid(8, 20));
    QCOMPARE(parsed, QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc()));
}

void TstIsoDate::parseHugeInput()
{
    // A hostile server value: a megabyte of digits, and a valid date drowned in junk.
    QCOMPARE(IsoDate::parse(QString(1024 * 1024, u'9')), QDateTime());
    QCOMPARE(IsoDate::parse(QString(1024 * 1024, u'-')), QDateTime());
    QCOMPARE(IsoDate::parse(QString(u"2026-01-02T10:00:00Z"_s + QString(1024 * 1024, u'0'))),
             QDateTime());
    // Whitespace padding is trimmed away, however long.
    const QString padded = QString(4096, u' ') + u"2026-01-02T10:00:00Z"_s + QString(4096, u' ');
    QCOMPARE(IsoDate::parse(padded), QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc()));
}

void TstIsoDate::toIsoUtc_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTC") << QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc())
                         << u"2026-01-02T10:00:00Z"_s;
    QTest::newRow("fixed +02:00") << QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone(7200))
                                  << u"2026-01-02T08:00:00Z"_s;
    QTest::newRow("fixed -05:30") << QDateTime(QDate(2026, 1, 2), QTime(22, 0), QTimeZone(-19800))
                                  << u"2026-01-03T03:30:00Z"_s;
    QTest::newRow("local winter (+01:00)")
        << QDateTime(QDate(2026, 1, 2), QTime(11, 0)) << u"2026-01-02T10:00:00Z"_s;
    QTest::newRow("local summer (+02:00)")
        << QDateTime(QDate(2026, 7, 15), QTime(12, 0)) << u"2026-07-15T10:00:00Z"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TstIsoDate::toIsoUtc()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);
    QCOMPARE(IsoDate::toIsoUtc(dateTime), expected);
}

void TstIsoDate::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("Z") << u"2026-01-02T10:00:00Z"_s << u"2026-01-02T10:00:00Z"_s;
    QTest::newRow("offset") << u"2026-01-02T10:00:00+02:00"_s << u"2026-01-02T08:00:00Z"_s;
    QTest::newRow("no offset") << u"2026-01-02T10:00:00"_s << u"2026-01-02T10:00:00Z"_s;
    QTest::newRow("no offset, summer") << u"2026-07-15T10:00:00"_s << u"2026-07-15T10:00:00Z"_s;
    QTest::newRow("space") << u"2026-01-02 10:00:00"_s << u"2026-01-02T10:00:00Z"_s;
    QTest::newRow("date only") << u"2026-01-02"_s << u"2026-01-02T00:00:00Z"_s;
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << u"1970-01-01T00:00:00Z"_s;
}

void TstIsoDate::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);

    const QDateTime first = IsoDate::parse(input);
    QVERIFY(first.isValid());
    const QString text = IsoDate::toIsoUtc(first);
    QCOMPARE(text, canonical);
    const QDateTime second = IsoDate::parse(text);
    QCOMPARE(second, first);
    QCOMPARE(IsoDate::toIsoUtc(second), canonical);
}

int main(int argc, char *argv[])
{
    // Before anything reads the zone: a zone with an offset and daylight-saving transitions.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCoreApplication app(argc, argv);
    TstIsoDate test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_isodate.moc"
