#include "domain/jsonreader.h"

#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Every accessor is tried against every kind of value in this one object.
const QByteArray fixture = R"({
    "int": 42, "negative": -7, "zero": 0, "one_point_zero": 1.0,
    "fraction": 1.5, "huge": 1e300, "two_pow_60": 1152921504606846976,
    "two_pow_53": 9007199254740992, "minus_two_pow_53": -9007199254740992,
    "two_pow_53_plus_1": 9007199254740993,
    "int_as_string": "12", "string": "hello", "empty": "", "null": null,
    "true": true, "false": false, "array": [1, 2], "object": {"k": 1},
    "strings": ["a", "b"], "mixed": ["a", 1], "empty_array": [],
    "date": "2026-01-02T10:00:00Z", "date_no_offset": "2026-01-02 10:00:00",
    "bad_date": "yesterday"
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
} // namespace

class TstJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void freshReaderIsOk();
    void requiredInt_data();
    void requiredInt();
    void optionalInt_data();
    void optionalInt();
    void requiredString_data();
    void requiredString();
    void optionalString_data();
    void optionalString();
    void requiredBool_data();
    void requiredBool();
    void optionalBool_data();
    void optionalBool();
    void optionalDateTime_data();
    void optionalDateTime();
    void requiredArray_data();
    void requiredArray();
    void requiredObject_data();
    void requiredObject();
    void requiredStringList_data();
    void requiredStringList();
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

    const char *notInt = "is not an integer";
    QTest::newRow("1.5") << "fraction"_ba << qint64(0) << fieldError("fraction", notInt);
    QTest::newRow("1e300") << "huge"_ba << qint64(0) << fieldError("huge", notInt);
    // Integer literals are kept exactly by Qt's parser, even past 2^53. (A whole number written
    // with an exponent, 1.15e18, is turned into an integer by the parser already: no reader can
    // tell it apart, and the provider writes integers as literals.)
    QTest::newRow("2^60") << "two_pow_60"_ba << qint64(1152921504606846976) << QString();
    QTest::newRow("2^53+1") << "two_pow_53_plus_1"_ba << qint64(9007199254740993) << QString();

    QTest::newRow("\"12\" as string")
        << "int_as_string"_ba << qint64(0) << fieldError("int_as_string", notInt);
    QTest::newRow("bool") << "true"_ba << qint64(0) << fieldError("true", notInt);
    QTest::newRow("array") << "array"_ba << qint64(0) << fieldError("array", notInt);
    QTest::newRow("object") << "object"_ba << qint64(0) << fieldError("object", notInt);
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

void TstJsonReader::optionalInt_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("error");

    const char *notInt = "is not an integer";
    QTest::newRow("integer") << "int"_ba << true << qint64(42) << QString();
    QTest::newRow("negative") << "negative"_ba << true << qint64(-7) << QString();
    QTest::newRow("zero") << "zero"_ba << true << qint64(0) << QString();
    QTest::newRow("2^53") << "two_pow_53"_ba << true << qint64(9007199254740992) << QString();
    QTest::newRow("missing") << "nope"_ba << false << qint64(0) << QString();
    QTest::newRow("null") << "null"_ba << false << qint64(0) << QString();
    QTest::newRow("1.5") << "fraction"_ba << false << qint64(0) << fieldError("fraction", notInt);
    QTest::newRow("1e300") << "huge"_ba << false << qint64(0) << fieldError("huge", notInt);
    QTest::newRow("2^60") << "two_pow_60"_ba << true << qint64(1152921504606846976) << QString();

    QTest::newRow("\"12\" as string")
        << "int_as_string"_ba << false << qint64(0) << fieldError("int_as_string", notInt);
    QTest::newRow("bool") << "false"_ba << false << qint64(0) << fieldError("false", notInt);
    QTest::newRow("object") << "object"_ba << false << qint64(0) << fieldError("object", notInt);
}

void TstJsonReader::optionalInt()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, hasValue);
    QFETCH(qint64, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    const std::optional<qint64> value = r.optionalInt(QLatin1String(key));
    QCOMPARE(value.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*value, expected);
    QCOMPARE(r.error(), error);
}

// ---- strings -------------------------------------------------------------------------------

void TstJsonReader::requiredString_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");

    const char *notString = "is not a string";
    QTest::newRow("string") << "string"_ba << u"hello"_s << QString();
    QTest::newRow("empty string") << "empty"_ba << QString() << QString();
    QTest::newRow("number") << "int"_ba << QString() << fieldError("int", notString);
    QTest::newRow("bool") << "true"_ba << QString() << fieldError("true", notString);
    QTest::newRow("array") << "strings"_ba << QString() << fieldError("strings", notString);
    QTest::newRow("object") << "object"_ba << QString() << fieldError("object", notString);
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
    QCOMPARE(r.error(), error);
}

void TstJsonReader::optionalString_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");

    const char *notString = "is not a string";
    QTest::newRow("string") << "string"_ba << u"hello"_s << QString();
    QTest::newRow("empty string") << "empty"_ba << QString() << QString();
    QTest::newRow("missing") << "nope"_ba << QString() << QString();
    QTest::newRow("null") << "null"_ba << QString() << QString();
    QTest::newRow("number") << "int"_ba << QString() << fieldError("int", notString);
    QTest::newRow("bool") << "false"_ba << QString() << fieldError("false", notString);
    QTest::newRow("array") << "array"_ba << QString() << fieldError("array", notString);
    QTest::newRow("object") << "object"_ba << QString() << fieldError("object", notString);
}

void TstJsonReader::optionalString()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    QCOMPARE(r.optionalString(QLatin1String(key)), expected);
    QCOMPARE(r.error(), error);
}

// ---- booleans ------------------------------------------------------------------------------

void TstJsonReader::requiredBool_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("error");

    const char *notBool = "is not true or false";
    QTest::newRow("true") << "true"_ba << true << QString();
    QTest::newRow("false") << "false"_ba << false << QString();
    QTest::newRow("0") << "zero"_ba << false << fieldError("zero", notBool);
    QTest::newRow("42") << "int"_ba << false << fieldError("int", notBool);
    QTest::newRow("string") << "string"_ba << false << fieldError("string", notBool);
    QTest::newRow("object") << "object"_ba << false << fieldError("object", notBool);
    QTest::newRow("null") << "null"_ba << false << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << false << fieldError("nope", "is missing");
}

void TstJsonReader::requiredBool()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    QCOMPARE(r.requiredBool(QLatin1String(key)), expected);
    QCOMPARE(r.error(), error);
}

void TstJsonReader::optionalBool_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("expected"); // -1: no value
    QTest::addColumn<QString>("error");

    const char *notBool = "is not true or false";
    QTest::newRow("true") << "true"_ba << 1 << QString();
    QTest::newRow("false") << "false"_ba << 0 << QString();
    QTest::newRow("missing") << "nope"_ba << -1 << QString();
    QTest::newRow("null") << "null"_ba << -1 << QString();
    QTest::newRow("0") << "zero"_ba << -1 << fieldError("zero", notBool);
    QTest::newRow("string") << "string"_ba << -1 << fieldError("string", notBool);
    QTest::newRow("array") << "array"_ba << -1 << fieldError("array", notBool);
}

void TstJsonReader::optionalBool()
{
    QFETCH(QByteArray, key);
    QFETCH(int, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    const std::optional<bool> value = r.optionalBool(QLatin1String(key));
    QCOMPARE(value.has_value(), expected != -1);
    if (value)
        QCOMPARE(*value, expected == 1);
    QCOMPARE(r.error(), error);
}

// ---- dates ---------------------------------------------------------------------------------

void TstJsonReader::optionalDateTime_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("error");

    const QDateTime tenUtc(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc());
    QTest::newRow("ISO with Z") << "date"_ba << tenUtc << QString();
    QTest::newRow("no offset, space") << "date_no_offset"_ba << tenUtc << QString();
    QTest::newRow("missing") << "nope"_ba << QDateTime() << QString();
    QTest::newRow("null") << "null"_ba << QDateTime() << QString();
    QTest::newRow("empty string") << "empty"_ba << QDateTime() << QString();
    QTest::newRow("not a date") << "bad_date"_ba << QDateTime()
                                << fieldError("bad_date", "is not an ISO 8601 date");
    QTest::newRow("number") << "int"_ba << QDateTime() << fieldError("int", "is not a string");
    QTest::newRow("bool") << "true"_ba << QDateTime() << fieldError("true", "is not a string");
}

void TstJsonReader::optionalDateTime()
{
    QFETCH(QByteArray, key);
    QFETCH(QDateTime, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    const QDateTime value = r.optionalDateTime(QLatin1String(key));
    QCOMPARE(value.isValid(), expected.isValid());
    QCOMPARE(value, expected);
    QCOMPARE(r.error(), error);
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
    QCOMPARE(r.error(), error);
    if (size == 2)
        QCOMPARE(array, QJsonArray({1, 2}));
}

void TstJsonReader::requiredObject_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expectObject");
    QTest::addColumn<QString>("error");

    QTest::newRow("object") << "object"_ba << true << QString();
    QTest::newRow("array") << "array"_ba << false << fieldError("array", "is not an object");
    QTest::newRow("string") << "string"_ba << false << fieldError("string", "is not an object");
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
    QCOMPARE(r.error(), error);
}

void TstJsonReader::requiredStringList_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("strings") << "strings"_ba << QStringList{u"a"_s, u"b"_s} << QString();
    QTest::newRow("empty") << "empty_array"_ba << QStringList() << QString();
    QTest::newRow("second is a number")
        << "mixed"_ba << QStringList() << u"field 'orders[3].mixed[1]' is not a string"_s;
    QTest::newRow("first is a number")
        << "array"_ba << QStringList() << u"field 'orders[3].array[0]' is not a string"_s;
    QTest::newRow("a string, not a list")
        << "string"_ba << QStringList() << fieldError("string", "is not a list");
    QTest::newRow("null") << "null"_ba << QStringList() << fieldError("null", "is null");
    QTest::newRow("missing") << "nope"_ba << QStringList() << fieldError("nope", "is missing");
}

void TstJsonReader::requiredStringList()
{
    QFETCH(QByteArray, key);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    JsonReader r = reader();
    QCOMPARE(r.requiredStringList(QLatin1String(key)), expected);
    QCOMPARE(r.error(), error);
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
    r.requiredInt("fraction"_L1);
    QCOMPARE(r.error(), u"field 'fraction' is not an integer"_s);
}

void TstJsonReader::firstErrorWins()
{
    JsonReader r = reader();
    r.optionalDateTime("bad_date"_L1);
    r.requiredInt("nope"_L1);
    r.requiredString("int"_L1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"field 'orders[3].bad_date' is not an ISO 8601 date"_s);
}

void TstJsonReader::readingContinuesAfterAnError()
{
    JsonReader r = reader();
    QCOMPARE(r.requiredInt("nope"_L1), qint64(0));
    QCOMPARE(r.requiredInt("int"_L1), qint64(42));
    QCOMPARE(r.requiredString("string"_L1), u"hello"_s);
    QCOMPARE(r.optionalBool("true"_L1), std::optional<bool>(true));
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
