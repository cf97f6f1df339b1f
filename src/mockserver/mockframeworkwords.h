#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

// The words a production web framework (actix-web with serde) uses for malformed requests, as the
// realistic profile answers them in text/plain: "Json deserialize error: missing field `cycle` at
// line 1 column 2", "Query deserialize error: invalid digit found in string". Positions are
// serde_json's: 1-based line and byte column of where the parser stood.
namespace MockFrameworkWords {

// "Json deserialize error: " + what / "Query deserialize error: " + what.
QString jsonError(const QString &what);
QString queryError(const QString &what);

// "at line L column C" for the byte at `index` of `body` (column 0 for an empty body).
QString position(const QByteArray &body, qsizetype index);

// The message for a body that is not JSON at all (empty, garbage, cut off).
QString unparsableBody(const QByteArray &body, const QJsonParseError &error);
// A JSON body that is not an object, e.g. `[1]`: "invalid type: sequence, expected struct X".
QString notAnObject(const QByteArray &body, const QJsonValue &value, const QString &structName);
// A required field that is absent: serde reports it at the closing brace.
QString missingField(const QByteArray &body, const QString &field);
// A field of the wrong type: "invalid type: integer `5`, expected a string at line 1 column 8".
QString invalidType(const QByteArray &body, const QString &field, const QJsonValue &value,
                    const QString &expected);
// A value of the right type out of the target's range, e.g. "invalid value: integer `-1`,
// expected u32".
QString invalidValue(const QByteArray &body, const QString &field, const QJsonValue &value,
                     const QString &expected);

// serde's description of a JSON value it did not expect: "integer `5`", "string \"x\"", "null".
QString unexpected(const QJsonValue &value);

// Rust's ParseIntError words for an unsigned integer, or nullopt when `text` is a valid u64:
// "cannot parse integer from empty string", "invalid digit found in string",
// "number too large to fit in target type".
std::optional<QString> unsignedParseError(QStringView text);
// Rust's ParseBoolError: only "true" and "false" (lower case) are booleans.
inline QString boolParseError()
{
    return QStringLiteral("provided string was not `true` or `false`");
}

} // namespace MockFrameworkWords
