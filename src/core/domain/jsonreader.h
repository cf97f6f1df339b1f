#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Field access for one JSON object, as a tolerant reader (docs/api-tolerance.md): the contract
// says what a field should be, production says what it is. A required field is one the feature
// cannot work without; it may still arrive in a convertible spelling (a number as a string, an
// integral double) and only a missing, null or unconvertible one is an error, remembered with
// its path ("orders[3].order_id") so a person and a test can see which. An optional field never
// fails: whatever cannot be read is "unknown" (nullopt, empty, invalid).
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString path);

    qint64 requiredInt(QLatin1StringView key);
    // An identifier: a positive whole number (a JSON integer, an integral double or a digit
    // string). A fraction is not rounded: 101.5 is no order's id.
    qint64 requiredId(QLatin1StringView key);
    QString requiredString(QLatin1StringView key);
    QJsonArray requiredArray(QLatin1StringView key);
    QJsonObject requiredObject(QLatin1StringView key);

    // Integers: JSON integers, integral or fractional doubles (rounded), numeric strings.
    std::optional<qint64> optionalInt(QLatin1StringView key) const;
    // Any finite number, or a numeric string ("12.5", "12,5 %" is not one).
    std::optional<double> optionalNumber(QLatin1StringView key) const;
    // Strings as they are; numbers and booleans as their text; anything else empty.
    QString optionalString(QLatin1StringView key) const;
    // true/false, 1/0 and the words true/false/yes/no/on/off/1/0.
    std::optional<bool> optionalBool(QLatin1StringView key) const;
    // ISO 8601 (with 'T' or a space, with or without an offset; none means UTC), or epoch
    // seconds (milliseconds when the number is too large to be seconds) as a number or string.
    QDateTime optionalDateTime(QLatin1StringView key) const;
    // A list of words: numbers and booleans as their text, empty items and objects skipped; a
    // single string is a list of one; null or anything else is empty.
    QStringList optionalStringList(QLatin1StringView key) const;
    // An object or an empty one.
    QJsonObject optionalObject(QLatin1StringView key) const;
    QJsonArray optionalArray(QLatin1StringView key) const;

    QString childPath(QLatin1StringView key) const;
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &what);

    // The conversions themselves, for values that are not fields of an object.
    static std::optional<qint64> toInt(const QJsonValue &value);
    static std::optional<double> toNumber(const QJsonValue &value);
    static QString toText(const QJsonValue &value);
    static QDateTime toDateTime(const QJsonValue &value);

    // Shared helper for the top of a parser: the value must be an object.
    static std::optional<QJsonObject> asObject(const QJsonValue &value);

private:
    QJsonValue value(QLatin1StringView key) const;
    QJsonValue takeRequired(QLatin1StringView key);
    void failField(QLatin1StringView key, const QString &problem);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
