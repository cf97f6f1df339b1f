#include "domain/jsonreader.h"

#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The tolerant reader (docs/api-tolerance.md): a required accessor fails, with the field's path,
// only on a missing, null or unconvertible value; an optional accessor never fails and reads
// what it can (a number as text, a numeric string as a number, a fraction rounded, an epoch as a
// date) or gives "unknown".

namespace {
// Every accessor is tried against every kind of value in this one object.
const QByteArray fixture = R"({
    "int": 42, "negative": -7, "zero": 0, "one_point_zero": 1.0,
    "fraction": 1.5, "fraction_down": 2.4, "minus_fraction": -2.5, "huge": 1e300,
    "minus_huge": -1e300, "two_pow_60": 1152921504606846976,
    "two_pow_53": 9007199254740992, "minus_two_pow_53": -9007199254740992,
    "two_pow_53_plus_1": 9007199254740993,
    "int_as_string": "12", "padded_int_string": " 12 ", "negative_string": "-7",
    "fraction_string": "12.5", "exponent_string": "1e3", "comma_string": "12,5",
    "percent_string": "12 %", "hex_string": "0x10", "overflow_string": "99999999999999999999",
    "inf_string": "inf", "nan_string": "nan",
    "string": "hello", "padded_string": "  hello  ", "empty": "", "blank": "   ", "null": null,
    "true": true, "false": false, "array": [1, 2], "object": {"k": 1}, "empty_object": {},
    "strings": ["a", "b"], "mixed": ["a", 1, null, {"x": 1}, " b ", "", true, [2]],
    "empty_array": [],
    "word_true": "true", "word_false": "FALSE", "word_yes": "Yes", "word_no": "no",
    "word_on": "on", "word_off": " off ", "word_one": "1", "word_zero": "0", "word_maybe": "maybe",
    "two": 2,
    "date": "2026-01-02T10:00:00Z", "date_no_offset": "2026-01-02 10:00:00",
    "date_t_no_offset": "2026-01-02T10:00:00", "date_space_offset": "2026-01-02 12:00:00+02:00",
    "date_ms": "2026-01-02T10:00:00.250Z", "date_only": "2026-01-02", "date_1969": "1969-12-31T23:59:59Z",
    "bad_date": "yesterday", "bad_month": "2026-13-02T10:00:00Z",
    "epoch_seconds": 1767348000, "epoch_seconds_string": "1767348000",
    "epoch_ms": 1767348000000, "epoch_ms_string": "1767348000000",
    "epoch_fraction": 1767348000.4, "epoch_negative": -1767348000,
    "epoch_year_5138": 100000000000, "epoch_2000": 946684800, "epoch_1999": 946684799, "epoch_ms_far_future": 9000000000000000
})";

// The reader sits at the path a parser would give a list row.
const QString rowPath = u"orders[3]"_s;

JsonReader reader()
{
    return JsonReader(TestSupport::obj(fixture), rowPath);
}

QString fieldError(const QByteArray &key, const char *problem)
{
    return u"field 'orders[3]."_s + QString::fromLatin1(key) + u"' "_s +
           QString::fromLatin1(problem);
}

const QDateTime tenUtc(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc());
} // namespace

class TstJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void freshReaderIsOk();
    void requiredInt_data();
    void requiredInt();
    void requiredId_data();
    void requiredId();
    void optionalInt_data();
    void optionalInt();
    void optionalNumber_data();
    void optionalNumber();
    void requiredString_data();
    void requiredString();
    void optionalString_data();
    void optionalString();
    void optionalBool_data();
    void optionalBool();
    void optionalDateTime_data();
    void optionalDateTime();
    void everyDateIsUtc_data();
    void everyDateIsUtc();
    void requiredArray_data();
    void requiredArray();
    void optionalArray_data();
    void optionalArray();
    void requiredObject_data();
    void requiredObject();
    void optionalObject_data();
    void optionalObject();
    void optionalStringList_data();
    void optionalStringList();
    void optionalAccessorsNeverFail();
    void staticConversions();
    void childPath();
    void topLevelPathHasNoPrefix();
    void firstErrorWins();
    void readingContinuesAfterAnError();
    void manualFail();
    void asObject();
};

void TstJsonReader::freshReaderIsOk()
{
    const JsonReader r = reader();
    QVERIFY(r.ok());
    QCOMPARE(r.error(), QString());
}

// ---- integers ------------------------------------------------------------------------------

void TstJsonReader::requiredInt_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("error"); // empty: no error

    QTest::newRow("integer") << "int"_ba << qint64(42) << QString();
    QTest::newRow("negative") << "negative"_ba << qint64(-7) << QString();
    QTest::newRow("zero") << "zero"_ba << qint64(0) << QString();
    QTest::newRow("1.0 is an integer") << "one_point_zero"_ba << qint64(1) << QString();
    QTest::newRow("2^53") << "two_pow_53"_ba << qint64(9007199254740992) << QString();
    QTest::newRow("-2^53") << "minus_two_pow_53"_ba << qint64(-9007199254740992) << QString();
    // Integer literals are kept exactly by Qt's parser, even past 2^53.
    QTest::newRow("2^60") << "two_pow_60"_ba << qint64(1152921504606846976) << QString();
    QTest::newRow("2^53+1") << "two_pow_53_plus_1"_ba << qint64(9007199254740993) << QString();
    // A fraction where an integer was documented: rounded (half away from zero).
    QTest::newRow("1.5 rounded") << "fraction"_ba << qint64(2) << QString();
    QTest::newRow("2.4 rounded") << "fraction_down"_ba << qint64(2) << QString();
    QTest::newRow("-2.5 rounded") << "minus_fraction"_ba << qint64(-3) << QString();
    // A number as a string.
    QTest::newRow("\"12\" as string") << "int_as_string"_ba << qint64(12) << QString();
    QTest::newRow("\" 12 \" padded") << "padded_int_string"_ba << qint64(12) << QString();
    QTest::newRow("\"-7\"") << "negative_string"_ba << qint64(-7) << QString();
    QTest::newRow("\"12.5\" rounded") << "fraction_string"_ba << qint64(13) << QString();
    QTest::newRow("\"1e3\"") << "exponent_string"_ba << qint64(1000) << QString();

    const char *notNumber = "is not a number";
    QTest::newRow("1e300") << "huge"_ba << qint64(0) << fieldError("huge", notNumber);
    QTest::newRow("-1e300") << "minus_huge"_ba << qint64(0) << fieldError("minus_huge", notNumber);
    QTest::newRow("\"12,5\"") << "comma_string"_ba << qint64(0)
                              << fieldError("comma_string", notNumber);
    QTest::newRow("\"12 %\"") << "percent_string"_ba << qint64(0)
                              << fieldError("percent_string", notNumber);
    QTest::newRow("\"0x10\"") << "hex_string"_ba << qint64(0) << fieldError("hex_string", notNumber);
    QTest::newRow("\"99999999999999999999\"")
        << "overflow_string"_ba << qint64(0) << fieldError("overflow_string", notNumber);
    QTest::newRow("\"inf\"") << "inf_string"_ba << qint64(0) << fieldError("inf_string", notNumber);
    QTest::newRow("\"nan\"") << "nan_string"_ba << qint64(0) << fieldError("nan_string", notNumber);
    QTest::newRow("text") << "string"_ba << qint64(0) << fieldError("string", notNumber);
    QTest::newRow("empty string") << "empty"_ba << qint64(0) << fieldError("empty", notNumber);
    QTest::newRow("bool") << "true"_ba << qint64(0) << fieldError("true", notNumber);
    QTest::newRow("array") << "array"_ba << qint64(0) << fieldError("array", notNumber);
    QTest::newRow("object") << "object"_ba << qint64(0) << fieldError("object", notNumber);
    QTest::newRow("null") << "null"_ba << qint64(0) << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << qint64(0) << fieldError("nope", "is missing");
}

void TstJsonReader::requiredInt()
{
    QFETCH(QByteArray, key);
    QFETCH(qint64, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    QCOMPARE(r.requiredInt(QLatin1String(key)), expected);
    QCOMPARE(r.ok(), error.isEmpty());
    QCOMPARE(r.error(), error);
}

void TstJsonReader::requiredId_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("integer") << "int"_ba << qint64(42) << QString();
    QTest::newRow("1.0 is whole") << "one_point_zero"_ba << qint64(1) << QString();
    QTest::newRow("2^60") << "two_pow_60"_ba << qint64(1152921504606846976) << QString();
    QTest::newRow("2^53+1") << "two_pow_53_plus_1"_ba << qint64(9007199254740993) << QString();
    QTest::newRow("\"12\" as string") << "int_as_string"_ba << qint64(12) << QString();
    QTest::newRow("\" 12 \" padded") << "padded_int_string"_ba << qint64(12) << QString();
    QTest::newRow("\"1e3\"") << "exponent_string"_ba << qint64(1000) << QString();

    const char *notWhole = "is not a positive whole number";
    const char *notNumber = "is not a number";
    // An id is never rounded: 1.5 would name another row.
    QTest::newRow("1.5") << "fraction"_ba << qint64(0) << fieldError("fraction", notWhole);
    QTest::newRow("\"12.5\"") << "fraction_string"_ba << qint64(0)
                              << fieldError("fraction_string", notWhole);
    QTest::newRow("zero") << "zero"_ba << qint64(0) << fieldError("zero", notWhole);
    QTest::newRow("negative") << "negative"_ba << qint64(0) << fieldError("negative", notWhole);
    QTest::newRow("\"-7\"") << "negative_string"_ba << qint64(0)
                            << fieldError("negative_string", notWhole);
    QTest::newRow("1e300") << "huge"_ba << qint64(0) << fieldError("huge", notNumber);
    QTest::newRow("text") << "string"_ba << qint64(0) << fieldError("string", notNumber);
    QTest::newRow("empty string") << "empty"_ba << qint64(0) << fieldError("empty", notNumber);
    QTest::newRow("\"12,5\"") << "comma_string"_ba << qint64(0)
                              << fieldError("comma_string", notNumber);
    QTest::newRow("bool") << "true"_ba << qint64(0) << fieldError("true", notNumber);
    QTest::newRow("array") << "array"_ba << qint64(0) << fieldError("array", notNumber);
    QTest::newRow("object") << "object"_ba << qint64(0) << fieldError("object", notNumber);
    QTest::newRow("null") << "null"_ba << qint64(0) << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << qint64(0) << fieldError("nope", "is missing");
}

void TstJsonReader::requiredId()
{
    QFETCH(QByteArray, key);
    QFETCH(qint64, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    QCOMPARE(r.requiredId(QLatin1String(key)), expected);
    QCOMPARE(r.ok(), error.isEmpty());
    QCOMPARE(r.error(), error);
}

void TstJsonReader::optionalInt_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("integer") << "int"_ba << true << qint64(42);
    QTest::newRow("negative") << "negative"_ba << true << qint64(-7);
    QTest::newRow("zero") << "zero"_ba << true << qint64(0);
    QTest::newRow("1.0") << "one_point_zero"_ba << true << qint64(1);
    QTest::newRow("2^53") << "two_pow_53"_ba << true << qint64(9007199254740992);
    QTest::newRow("2^60") << "two_pow_60"_ba << true << qint64(1152921504606846976);
    QTest::newRow("1.5 rounded") << "fraction"_ba << true << qint64(2);
    QTest::newRow("-2.5 rounded") << "minus_fraction"_ba << true << qint64(-3);
    QTest::newRow("\"12\" as string") << "int_as_string"_ba << true << qint64(12);
    QTest::newRow("\" 12 \" padded") << "padded_int_string"_ba << true << qint64(12);
    QTest::newRow("\"12.5\" rounded") << "fraction_string"_ba << true << qint64(13);

    QTest::newRow("1e300: unknown") << "huge"_ba << false << qint64(0);
    QTest::newRow("\"12,5\": unknown") << "comma_string"_ba << false << qint64(0);
    QTest::newRow("\"0x10\": unknown") << "hex_string"_ba << false << qint64(0);
    QTest::newRow("overflowing string: unknown") << "overflow_string"_ba << false << qint64(0);
    QTest::newRow("\"nan\": unknown") << "nan_string"_ba << false << qint64(0);
    QTest::newRow("text: unknown") << "string"_ba << false << qint64(0);
    QTest::newRow("empty string: unknown") << "empty"_ba << false << qint64(0);
    QTest::newRow("bool: unknown") << "false"_ba << false << qint64(0);
    QTest::newRow("array: unknown") << "array"_ba << false << qint64(0);
    QTest::newRow("object: unknown") << "object"_ba << false << qint64(0);
    QTest::newRow("null: unknown") << "null"_ba << false << qint64(0);
    QTest::newRow("missing: unknown") << "nope"_ba << false << qint64(0);
}

void TstJsonReader::optionalInt()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, hasValue);
    QFETCH(qint64, expected);

    JsonReader r = reader();
    const std::optional<qint64> value = r.optionalInt(QLatin1String(key));
    QCOMPARE(value.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*value, expected);
    QVERIFY(r.ok());
}

void TstJsonReader::optionalNumber_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("expected");

    QTest::newRow("integer") << "int"_ba << true << 42.0;
    QTest::newRow("negative") << "negative"_ba << true << -7.0;
    QTest::newRow("zero") << "zero"_ba << true << 0.0;
    QTest::newRow("1.5 kept") << "fraction"_ba << true << 1.5;
    QTest::newRow("1e300 (finite)") << "huge"_ba << true << 1e300;
    QTest::newRow("\"12\"") << "int_as_string"_ba << true << 12.0;
    QTest::newRow("\"12.5\"") << "fraction_string"_ba << true << 12.5;
    QTest::newRow("\" 12 \" padded") << "padded_int_string"_ba << true << 12.0;
    QTest::newRow("\"1e3\"") << "exponent_string"_ba << true << 1000.0;

    QTest::newRow("\"12,5\": unknown") << "comma_string"_ba << false << 0.0;
    QTest::newRow("\"12 %\": unknown") << "percent_string"_ba << false << 0.0;
    QTest::newRow("\"inf\": unknown") << "inf_string"_ba << false << 0.0;
    QTest::newRow("\"nan\": unknown") << "nan_string"_ba << false << 0.0;
    QTest::newRow("text: unknown") << "string"_ba << false << 0.0;
    QTest::newRow("empty: unknown") << "empty"_ba << false << 0.0;
    QTest::newRow("bool: unknown") << "true"_ba << false << 0.0;
    QTest::newRow("array: unknown") << "array"_ba << false << 0.0;
    QTest::newRow("object: unknown") << "object"_ba << false << 0.0;
    QTest::newRow("null: unknown") << "null"_ba << false << 0.0;
    QTest::newRow("missing: unknown") << "nope"_ba << false << 0.0;
}

void TstJsonReader::optionalNumber()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, hasValue);
    QFETCH(double, expected);

    JsonReader r = reader();
    const std::optional<double> value = r.optionalNumber(QLatin1String(key));
    QCOMPARE(value.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*value, expected);
    QVERIFY(r.ok());
}

// ---- strings -------------------------------------------------------------------------------

void TstJsonReader::requiredString_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("string") << "string"_ba << u"hello"_s << QString();
    QTest::newRow("padded string kept as sent") << "padded_string"_ba << u"  hello  "_s
                                                << QString();
    QTest::newRow("empty string") << "empty"_ba << QString() << QString();
    // A number where text was documented is its text.
    QTest::newRow("number as text") << "int"_ba << u"42"_s << QString();
    QTest::newRow("1.0 as text") << "one_point_zero"_ba << u"1"_s << QString();
    QTest::newRow("fraction as text") << "fraction"_ba << u"1.5"_s << QString();
    QTest::newRow("2^60 as text") << "two_pow_60"_ba << u"1152921504606846976"_s << QString();

    const char *notText = "is not text";
    QTest::newRow("bool") << "true"_ba << QString() << fieldError("true", notText);
    QTest::newRow("array") << "strings"_ba << QString() << fieldError("strings", notText);
    QTest::newRow("object") << "object"_ba << QString() << fieldError("object", notText);
    QTest::newRow("null") << "null"_ba << QString() << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << QString() << fieldError("nope", "is missing");
}

void TstJsonReader::requiredString()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    QCOMPARE(r.requiredString(QLatin1String(key)), expected);
    QCOMPARE(r.ok(), error.isEmpty());
    QCOMPARE(r.error(), error);
}

void TstJsonReader::optionalString_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << "string"_ba << u"hello"_s;
    QTest::newRow("padded string kept as sent") << "padded_string"_ba << u"  hello  "_s;
    QTest::newRow("empty string") << "empty"_ba << QString();
    QTest::newRow("number as text") << "int"_ba << u"42"_s;
    QTest::newRow("negative as text") << "negative"_ba << u"-7"_s;
    QTest::newRow("1.0 as text") << "one_point_zero"_ba << u"1"_s;
    QTest::newRow("fraction as text") << "fraction"_ba << u"1.5"_s;
    QTest::newRow("1e300 as text") << "huge"_ba << u"1e+300"_s;
    QTest::newRow("true as text") << "true"_ba << u"true"_s;
    QTest::newRow("false as text") << "false"_ba << u"false"_s;
    QTest::newRow("array: empty") << "array"_ba << QString();
    QTest::newRow("object: empty") << "object"_ba << QString();
    QTest::newRow("null: empty") << "null"_ba << QString();
    QTest::newRow("missing: empty") << "nope"_ba << QString();
}

void TstJsonReader::optionalString()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);

    JsonReader r = reader();
    QCOMPARE(r.optionalString(QLatin1String(key)), expected);
    QVERIFY(r.ok());
}

// ---- booleans ------------------------------------------------------------------------------

void TstJsonReader::optionalBool_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("expected"); // -1: unknown

    QTest::newRow("true") << "true"_ba << 1;
    QTest::newRow("false") << "false"_ba << 0;
    QTest::newRow("1") << "one_point_zero"_ba << 1;
    QTest::newRow("0") << "zero"_ba << 0;
    QTest::newRow("\"true\"") << "word_true"_ba << 1;
    QTest::newRow("\"FALSE\"") << "word_false"_ba << 0;
    QTest::newRow("\"Yes\"") << "word_yes"_ba << 1;
    QTest::newRow("\"no\"") << "word_no"_ba << 0;
    QTest::newRow("\"on\"") << "word_on"_ba << 1;
    QTest::newRow("\" off \"") << "word_off"_ba << 0;
    QTest::newRow("\"1\"") << "word_one"_ba << 1;
    QTest::newRow("\"0\"") << "word_zero"_ba << 0;

    QTest::newRow("2: unknown") << "two"_ba << -1;
    QTest::newRow("42: unknown") << "int"_ba << -1;
    QTest::newRow("1.5: unknown") << "fraction"_ba << -1;
    QTest::newRow("\"maybe\": unknown") << "word_maybe"_ba << -1;
    QTest::newRow("text: unknown") << "string"_ba << -1;
    QTest::newRow("empty: unknown") << "empty"_ba << -1;
    QTest::newRow("array: unknown") << "array"_ba << -1;
    QTest::newRow("object: unknown") << "object"_ba << -1;
    QTest::newRow("null: unknown") << "null"_ba << -1;
    QTest::newRow("missing: unknown") << "nope"_ba << -1;
}

void TstJsonReader::optionalBool()
{
    QFETCH(QByteArray, key);
    QFETCH(int, expected);

    JsonReader r = reader();
    const std::optional<bool> value = r.optionalBool(QLatin1String(key));
    QCOMPARE(value.has_value(), expected != -1);
    if (value)
        QCOMPARE(*value, expected == 1);
    QVERIFY(r.ok());
}

// ---- dates ---------------------------------------------------------------------------------

void TstJsonReader::optionalDateTime_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("ISO with Z") << "date"_ba << tenUtc;
    QTest::newRow("date with space and no offset") << "date_no_offset"_ba << tenUtc;
    QTest::newRow("date with T and no offset") << "date_t_no_offset"_ba << tenUtc;
    QTest::newRow("date with space and an offset") << "date_space_offset"_ba << tenUtc;
    QTest::newRow("milliseconds") << "date_ms"_ba << tenUtc.addMSecs(250);
    QTest::newRow("a bare date is UTC midnight")
        << "date_only"_ba << QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("epoch seconds") << "epoch_seconds"_ba << tenUtc;
    QTest::newRow("epoch seconds as string") << "epoch_seconds_string"_ba << tenUtc;
    QTest::newRow("epoch milliseconds") << "epoch_ms"_ba << tenUtc;
    QTest::newRow("epoch milliseconds as string") << "epoch_ms_string"_ba << tenUtc;
    QTest::newRow("epoch with a fraction, rounded") << "epoch_fraction"_ba << tenUtc;
    // 1e11 is the last value read as seconds (the year 5138), anything above is milliseconds.
    QTest::newRow("epoch 1e11 is seconds")
        << "epoch_year_5138"_ba
        << QDateTime::fromSecsSinceEpoch(100000000000, QTimeZone::utc());
    QTest::newRow("epoch 946684800 (2000-01-01) is a date")
        << "epoch_2000"_ba << QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());

    // Before 2000 no order existed: a small number is a count or a flag, not a date.
    QTest::newRow("epoch 0: unknown") << "zero"_ba << QDateTime();
    QTest::newRow("small number: unknown") << "int"_ba << QDateTime();
    QTest::newRow("epoch before 2000: unknown") << "epoch_1999"_ba << QDateTime();
    QTest::newRow("negative epoch: unknown") << "epoch_negative"_ba << QDateTime();
    QTest::newRow("milliseconds past 9999: unknown") << "epoch_ms_far_future"_ba << QDateTime();
    QTest::newRow("1e300: unknown") << "huge"_ba << QDateTime();
    QTest::newRow("before 1970: unknown") << "date_1969"_ba << QDateTime();
    QTest::newRow("month 13: unknown") << "bad_month"_ba << QDateTime();
    QTest::newRow("not a date: unknown") << "bad_date"_ba << QDateTime();
    QTest::newRow("empty: unknown") << "empty"_ba << QDateTime();
    QTest::newRow("bool: unknown") << "true"_ba << QDateTime();
    QTest::newRow("array: unknown") << "array"_ba << QDateTime();
    QTest::newRow("object: unknown") << "object"_ba << QDateTime();
    QTest::newRow("null: unknown") << "null"_ba << QDateTime();
    QTest::newRow("missing: unknown") << "nope"_ba << QDateTime();
}

void TstJsonReader::optionalDateTime()
{
    QFETCH(QByteArray, key);
    QFETCH(QDateTime, expected);

    JsonReader r = reader();
    const QDateTime value = r.optionalDateTime(QLatin1String(key));
    QCOMPARE(value.isValid(), expected.isValid());
    QCOMPARE(value, expected);
    QVERIFY(r.ok());
}

void TstJsonReader::everyDateIsUtc_data()
{
    QTest::addColumn<QByteArray>("key");
    for (const char *key : {"date", "date_no_offset", "date_space_offset", "date_only",
                            "epoch_seconds", "epoch_seconds_string", "epoch_ms", "epoch_ms_string"})
        QTest::newRow(key) << QByteArray(key);
}

void TstJsonReader::everyDateIsUtc()
{
    // A date read from an epoch is the same kind of value as one read from ISO text: Qt::UTC
    // (what IsoDate::parse gives, what the fuzz targets check), not a time zone named UTC.
    QFETCH(QByteArray, key);
    const QDateTime value = reader().optionalDateTime(QLatin1String(key));
    QVERIFY(value.isValid());
    QCOMPARE(value.timeSpec(), Qt::UTC);
}

// ---- containers ----------------------------------------------------------------------------

void TstJsonReader::requiredArray_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("error");

    QTest::newRow("array") << "array"_ba << 2 << QString();
    QTest::newRow("empty array") << "empty_array"_ba << 0 << QString();
    QTest::newRow("object") << "object"_ba << 0 << fieldError("object", "is not a list");
    QTest::newRow("string") << "string"_ba << 0 << fieldError("string", "is not a list");
    QTest::newRow("number") << "int"_ba << 0 << fieldError("int", "is not a list");
    QTest::newRow("bool") << "true"_ba << 0 << fieldError("true", "is not a list");
    QTest::newRow("null") << "null"_ba << 0 << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << 0 << fieldError("nope", "is missing");
}

void TstJsonReader::requiredArray()
{
    QFETCH(QByteArray, key);
    QFETCH(int, size);
    QFETCH(QString, error);

    JsonReader r = reader();
    const QJsonArray array = r.requiredArray(QLatin1String(key));
    QCOMPARE(array.size(), size);
    QCOMPARE(r.ok(), error.isEmpty());
    QCOMPARE(r.error(), error);
    if (size == 2)
        QCOMPARE(array, QJsonArray({1, 2}));
}

void TstJsonReader::optionalArray_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("size");

    QTest::newRow("array") << "array"_ba << 2;
    QTest::newRow("empty array") << "empty_array"_ba << 0;
    QTest::newRow("object: empty") << "object"_ba << 0;
    QTest::newRow("string: empty") << "string"_ba << 0;
    QTest::newRow("number: empty") << "int"_ba << 0;
    QTest::newRow("bool: empty") << "true"_ba << 0;
    QTest::newRow("null: empty") << "null"_ba << 0;
    QTest::newRow("missing: empty") << "nope"_ba << 0;
}

void TstJsonReader::optionalArray()
{
    QFETCH(QByteArray, key);
    QFETCH(int, size);

    JsonReader r = reader();
    const QJsonArray array = r.optionalArray(QLatin1String(key));
    QCOMPARE(array.size(), size);
    if (size == 2)
        QCOMPARE(array, QJsonArray({1, 2}));
    QVERIFY(r.ok());
}

void TstJsonReader::requiredObject_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expectObject");
    QTest::addColumn<QString>("error");

    QTest::newRow("object") << "object"_ba << true << QString();
    QTest::newRow("array") << "array"_ba << false << fieldError("array", "is not an object");
    QTest::newRow("string") << "string"_ba << false << fieldError("string", "is not an object");
    QTest::newRow("number") << "int"_ba << false << fieldError("int", "is not an object");
    QTest::newRow("bool") << "false"_ba << false << fieldError("false", "is not an object");
    QTest::newRow("null") << "null"_ba << false << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << false << fieldError("nope", "is missing");
}

void TstJsonReader::requiredObject()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, expectObject);
    QFETCH(QString, error);

    JsonReader r = reader();
    const QJsonObject object = r.requiredObject(QLatin1String(key));
    QCOMPARE(object, expectObject ? TestSupport::obj(R"({"k": 1})") : QJsonObject());
    QCOMPARE(r.ok(), error.isEmpty());
    QCOMPARE(r.error(), error);
}

void TstJsonReader::optionalObject_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expectObject");

    QTest::newRow("object") << "object"_ba << true;
    QTest::newRow("empty object") << "empty_object"_ba << false;
    QTest::newRow("array: empty") << "array"_ba << false;
    QTest::newRow("string: empty") << "string"_ba << false;
    QTest::newRow("number: empty") << "int"_ba << false;
    QTest::newRow("bool: empty") << "false"_ba << false;
    QTest::newRow("null: empty") << "null"_ba << false;
    QTest::newRow("missing: empty") << "nope"_ba << false;
}

void TstJsonReader::optionalObject()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, expectObject);

    JsonReader r = reader();
    QCOMPARE(r.optionalObject(QLatin1String(key)),
             expectObject ? TestSupport::obj(R"({"k": 1})") : QJsonObject());
    QVERIFY(r.ok());
}

void TstJsonReader::optionalStringList_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("strings") << "strings"_ba << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empty list") << "empty_array"_ba << QStringList();
    // Numbers and booleans are their text, items trimmed; null, empty, objects and lists are
    // left out.
    QTest::newRow("mixed items")
        << "mixed"_ba << QStringList{u"a"_s, u"1"_s, u"b"_s, u"true"_s};
    QTest::newRow("numbers") << "array"_ba << QStringList{u"1"_s, u"2"_s};
    // A single word where a list was documented.
    QTest::newRow("a single string") << "string"_ba << QStringList{u"hello"_s};
    QTest::newRow("a padded string") << "padded_string"_ba << QStringList{u"hello"_s};
    QTest::newRow("blank string: empty") << "blank"_ba << QStringList();
    QTest::newRow("empty string: empty") << "empty"_ba << QStringList();
    QTest::newRow("number: empty") << "int"_ba << QStringList();
    QTest::newRow("bool: empty") << "true"_ba << QStringList();
    QTest::newRow("object: empty") << "object"_ba << QStringList();
    QTest::newRow("null: empty") << "null"_ba << QStringList();
    QTest::newRow("missing: empty") << "nope"_ba << QStringList();
}

void TstJsonReader::optionalStringList()
{
    QFETCH(QByteArray, key);
    QFETCH(QStringList, expected);

    JsonReader r = reader();
    QCOMPARE(r.optionalStringList(QLatin1String(key)), expected);
    QVERIFY(r.ok());
}

void TstJsonReader::optionalAccessorsNeverFail()
{
    // Whatever the value, no optional accessor leaves an error behind.
    const QJsonObject object = TestSupport::obj(fixture);
    QStringList keys = object.keys();
    keys.append(u"nope"_s);
    JsonReader r(object, rowPath);
    for (const QString &key : std::as_const(keys)) {
        const QByteArray latin1 = key.toLatin1();
        const QLatin1String k(latin1);
        (void)r.optionalInt(k);
        (void)r.optionalNumber(k);
        (void)r.optionalString(k);
        (void)r.optionalBool(k);
        (void)r.optionalDateTime(k);
        (void)r.optionalStringList(k);
        (void)r.optionalObject(k);
        (void)r.optionalArray(k);
        QVERIFY2(r.ok(), qPrintable(key));
    }
    QCOMPARE(r.error(), QString());
}

void TstJsonReader::staticConversions()
{
    const QJsonValue undefined(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);

    QCOMPARE(JsonReader::toInt(QJsonValue(qint64(7))), std::optional<qint64>(7));
    QCOMPARE(JsonReader::toInt(QJsonValue(2.0)), std::optional<qint64>(2));
    QCOMPARE(JsonReader::toInt(QJsonValue(2.5)), std::optional<qint64>(3));
    QCOMPARE(JsonReader::toInt(QJsonValue(u"123"_s)), std::optional<qint64>(123));
    QCOMPARE(JsonReader::toInt(QJsonValue(1e19)), std::nullopt); // past qint64
    QCOMPARE(JsonReader::toInt(QJsonValue(-1e19)), std::nullopt);
    QCOMPARE(JsonReader::toInt(QJsonValue(true)), std::nullopt);
    QCOMPARE(JsonReader::toInt(null), std::nullopt);
    QCOMPARE(JsonReader::toInt(undefined), std::nullopt);

    QCOMPARE(JsonReader::toNumber(QJsonValue(12.5)), std::optional<double>(12.5));
    QCOMPARE(JsonReader::toNumber(QJsonValue(u" 12.5 "_s)), std::optional<double>(12.5));
    QCOMPARE(JsonReader::toNumber(QJsonValue(u"abc"_s)), std::nullopt);
    QCOMPARE(JsonReader::toNumber(null), std::nullopt);
    QCOMPARE(JsonReader::toNumber(undefined), std::nullopt);

    QCOMPARE(JsonReader::toText(QJsonValue(u"x"_s)), u"x"_s);
    QCOMPARE(JsonReader::toText(QJsonValue(qint64(-3))), u"-3"_s);
    QCOMPARE(JsonReader::toText(QJsonValue(0.1)), u"0.1"_s);
    QCOMPARE(JsonReader::toText(QJsonValue(false)), u"false"_s);
    QCOMPARE(JsonReader::toText(QJsonValue(QJsonArray{u"x"_s})), QString());
    QCOMPARE(JsonReader::toText(QJsonValue(QJsonObject())), QString());
    QCOMPARE(JsonReader::toText(null), QString());
    QCOMPARE(JsonReader::toText(undefined), QString());

    QCOMPARE(JsonReader::toDateTime(QJsonValue(qint64(1767348000))), tenUtc);
    QCOMPARE(JsonReader::toDateTime(QJsonValue(1767348000000.0)), tenUtc);
    QCOMPARE(JsonReader::toDateTime(QJsonValue(u"1767348000"_s)), tenUtc);
    QCOMPARE(JsonReader::toDateTime(QJsonValue(u" 2026-01-02 10:00:00 "_s)), tenUtc);
    QCOMPARE(JsonReader::toDateTime(QJsonValue(u"2026-01-02T11:00:00+01:00"_s)), tenUtc);
    QVERIFY(!JsonReader::toDateTime(QJsonValue(u"-1767348000"_s)).isValid());
    QVERIFY(!JsonReader::toDateTime(QJsonValue(u"soon"_s)).isValid());
    QVERIFY(!JsonReader::toDateTime(null).isValid());
    QVERIFY(!JsonReader::toDateTime(undefined).isValid());
}

// ---- paths and error bookkeeping -----------------------------------------------------------

void TstJsonReader::childPath()
{
    QCOMPARE(reader().childPath("expires_at"_L1), u"orders[3].expires_at"_s);
    QCOMPARE(JsonReader(QJsonObject(), QString()).childPath("order"_L1), u"order"_s);
    QCOMPARE(JsonReader(QJsonObject(), u"order"_s).childPath("tag"_L1), u"order.tag"_s);
}

void TstJsonReader::topLevelPathHasNoPrefix()
{
    JsonReader r(TestSupport::obj(fixture), QString());
    r.requiredInt("string"_L1);
    QCOMPARE(r.error(), u"field 'string' is not a number"_s);
    JsonReader r2(TestSupport::obj(fixture), QString());
    r2.requiredArray("nope"_L1);
    QCOMPARE(r2.error(), u"field 'nope' is missing"_s);
}

void TstJsonReader::firstErrorWins()
{
    JsonReader r = reader();
    r.requiredInt("nope"_L1);
    r.requiredString("true"_L1);
    r.requiredArray("object"_L1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"field 'orders[3].nope' is missing"_s);
}

void TstJsonReader::readingContinuesAfterAnError()
{
    JsonReader r = reader();
    QCOMPARE(r.requiredInt("nope"_L1), qint64(0));
    QCOMPARE(r.requiredInt("int"_L1), qint64(42));
    QCOMPARE(r.requiredString("string"_L1), u"hello"_s);
    QCOMPARE(r.optionalBool("true"_L1), std::optional<bool>(true));
    QCOMPARE(r.optionalDateTime("date"_L1), tenUtc);
    QCOMPARE(r.error(), u"field 'orders[3].nope' is missing"_s);
}

void TstJsonReader::manualFail()
{
    JsonReader r = reader();
    r.fail(u"first"_s);
    r.fail(u"second"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"first"_s);
}

void TstJsonReader::asObject()
{
    const QJsonObject object = TestSupport::obj(R"({"a": 1})");
    QCOMPARE(JsonReader::asObject(QJsonValue(object)), std::optional<QJsonObject>(object));
    QCOMPARE(JsonReader::asObject(QJsonValue(QJsonArray{1})), std::nullopt);
    QCOMPARE(JsonReader::asObject(QJsonValue(u"x"_s)), std::nullopt);
    QCOMPARE(JsonReader::asObject(QJsonValue(5)), std::nullopt);
    QCOMPARE(JsonReader::asObject(QJsonValue(QJsonValue::Null)), std::nullopt);
    QCOMPARE(JsonReader::asObject(QJsonValue(QJsonValue::Undefined)), std::nullopt);
}

QTEST_GUILESS_MAIN(TstJsonReader)

#include "tst_jsonreader.moc"
