#include "mockframeworkwords.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace MockFrameworkWords {

QString jsonError(const QString &what)
{
    return u"Json deserialize error: "_s + what;
}

QString queryError(const QString &what)
{
    return u"Query deserialize error: "_s + what;
}

QString position(const QByteArray &body, qsizetype index)
{
    if (body.isEmpty())
        return u"at line 1 column 0"_s;
    index = std::clamp<qsizetype>(index, 0, body.size() - 1);
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < index; ++i) {
        if (body.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return u"at line "_s + QString::number(line) + u" column "_s +
           QString::number(index - lineStart + 1);
}

namespace {

// The last byte that is not white space (serde stops there for "missing field").
qsizetype lastSignificant(const QByteArray &body)
{
    qsizetype i = body.size() - 1;
    while (i > 0 &&
           (body.at(i) == ' ' || body.at(i) == '\n' || body.at(i) == '\r' || body.at(i) == '\t'))
        --i;
    return i;
}

qsizetype firstSignificant(const QByteArray &body)
{
    qsizetype i = 0;
    while (i + 1 < body.size() &&
           (body.at(i) == ' ' || body.at(i) == '\n' || body.at(i) == '\r' || body.at(i) == '\t'))
        ++i;
    return i;
}

// Where serde stands after reading the value of `"field":` in a compact or pretty body: the last
// byte of a scalar or string, the first byte of an object or array. Falls back to the end.
qsizetype valueEnd(const QByteArray &body, const QString &field)
{
    const QByteArray key = '"' + field.toUtf8() + '"';
    qsizetype i = body.indexOf(key);
    if (i < 0)
        return lastSignificant(body);
    i += key.size();
    while (i < body.size() && body.at(i) != ':')
        ++i;
    ++i;
    while (i < body.size() &&
           (body.at(i) == ' ' || body.at(i) == '\n' || body.at(i) == '\r' || body.at(i) == '\t'))
        ++i;
    if (i >= body.size())
        return lastSignificant(body);
    const char first = body.at(i);
    if (first == '{' || first == '[')
        return i;
    if (first == '"') {
        for (qsizetype j = i + 1; j < body.size(); ++j) {
            if (body.at(j) == '\\')
                ++j;
            else if (body.at(j) == '"')
                return j;
        }
        return lastSignificant(body);
    }
    qsizetype j = i;
    while (j + 1 < body.size() && !QByteArrayView(",}] \n\r\t").contains(body.at(j + 1)))
        ++j;
    return j;
}

} // namespace

QString unparsableBody(const QByteArray &body, const QJsonParseError &error)
{
    if (body.trimmed().isEmpty())
        return jsonError(u"EOF while parsing a value "_s + position(QByteArray(), 0));
    const qsizetype at = std::min<qsizetype>(error.offset, body.size() - 1);
    QString what;
    const qsizetype end = lastSignificant(body);
    const char first = body.at(firstSignificant(body));
    if (error.offset > end && (first == '{' || first == '[')) {
        // The text stopped inside the outer container.
        return jsonError(
            (first == '{' ? u"EOF while parsing an object "_s : u"EOF while parsing a list "_s) +
            position(body, end));
    }
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        what = u"EOF while parsing an object"_s;
        break;
    case QJsonParseError::UnterminatedArray:
        what = u"EOF while parsing a list"_s;
        break;
    case QJsonParseError::UnterminatedString:
        what = u"EOF while parsing a string"_s;
        break;
    case QJsonParseError::GarbageAtEnd:
        what = u"trailing characters"_s;
        break;
    case QJsonParseError::MissingNameSeparator:
        what = u"expected `:`"_s;
        break;
    case QJsonParseError::MissingValueSeparator:
        what = u"expected `,` or `}`"_s;
        break;
    default:
        what = u"expected value"_s;
        break;
    }
    return jsonError(what + u' ' + position(body, at));
}

QString notAnObject(const QByteArray &body, const QJsonValue &value, const QString &structName)
{
    return jsonError(u"invalid type: "_s + unexpected(value) + u", expected struct "_s +
                     structName + u' ' + position(body, firstSignificant(body)));
}

QString missingField(const QByteArray &body, const QString &field)
{
    return jsonError(u"missing field `"_s + field + u"` "_s +
                     position(body, lastSignificant(body)));
}

QString invalidType(const QByteArray &body, const QString &field, const QJsonValue &value,
                    const QString &expected)
{
    return jsonError(u"invalid type: "_s + unexpected(value) + u", expected "_s + expected + u' ' +
                     position(body, valueEnd(body, field)));
}

QString invalidValue(const QByteArray &body, const QString &field, const QJsonValue &value,
                     const QString &expected)
{
    return jsonError(u"invalid value: "_s + unexpected(value) + u", expected "_s + expected + u' ' +
                     position(body, valueEnd(body, field)));
}

QString unexpected(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"boolean `true`"_s : u"boolean `false`"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return u"integer `"_s + QString::number(qint64(d)) + u'`';
        return u"floating point `"_s + QString::number(d, 'g', 17) + u'`';
    }
    case QJsonValue::String:
        return u"string \""_s + value.toString() + u'"';
    case QJsonValue::Array:
        return u"sequence"_s;
    case QJsonValue::Object:
        return u"map"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"unit value"_s;
}

std::optional<QString> unsignedParseError(QStringView text)
{
    if (text.isEmpty())
        return u"cannot parse integer from empty string"_s;
    // Rust accepts one leading '+'; a '-' is an invalid digit for an unsigned type.
    const QStringView digits = text.startsWith(u'+') ? text.mid(1) : text;
    if (digits.isEmpty())
        return u"invalid digit found in string"_s;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return u"invalid digit found in string"_s;
    }
    bool ok = false;
    [[maybe_unused]] const quint64 value = digits.toULongLong(&ok);
    if (!ok)
        return u"number too large to fit in target type"_s;
    return std::nullopt;
}

} // namespace MockFrameworkWords
