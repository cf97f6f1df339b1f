#include "jsonreader.h"

#include "isodate.h"

#include <QVariant>

#include <cmath>

namespace {
// A number written with a fraction or exponent is a double: beyond 2^53 it cannot be trusted
// to be the integer the server meant.
constexpr double maxExactInteger = 9007199254740992.0;
}

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object), m_path(std::move(path))
{
}

QString JsonReader::childPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonReader::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
}

void JsonReader::failField(QLatin1StringView key, const QString &problem)
{
    fail(QStringLiteral("field '%1' %2").arg(childPath(key), problem));
}

std::optional<QJsonObject> JsonReader::asObject(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    return value.toObject();
}

QJsonValue JsonReader::take(QLatin1StringView key, bool required)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined()) {
        if (required)
            failField(key, QStringLiteral("is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (it->isNull() && required) {
        failField(key, QStringLiteral("is null"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return *it;
}

static std::optional<qint64> exactInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    // Qt's parser keeps an integer literal that fits 64 bits exactly (as a qlonglong); any
    // other number is a double, trusted only where doubles hold integers exactly.
    const QVariant variant = v.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return variant.toLongLong();
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > maxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(d);
}

qint64 JsonReader::requiredInt(QLatin1StringView key)
{
    const QJsonValue v = take(key, true);
    if (v.isUndefined())
        return 0;
    const auto n = exactInteger(v);
    if (!n) {
        failField(key, QStringLiteral("is not an integer"));
        return 0;
    }
    return *n;
}

std::optional<qint64> JsonReader::optionalInt(QLatin1StringView key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const auto n = exactInteger(v);
    if (!n)
        failField(key, QStringLiteral("is not an integer"));
    return n;
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    const QJsonValue v = take(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        failField(key, QStringLiteral("is not a string"));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(QLatin1StringView key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        failField(key, QStringLiteral("is not a string"));
        return {};
    }
    return v.toString();
}

bool JsonReader::requiredBool(QLatin1StringView key)
{
    const QJsonValue v = take(key, true);
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        failField(key, QStringLiteral("is not true or false"));
        return false;
    }
    return v.toBool();
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        failField(key, QStringLiteral("is not true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QDateTime JsonReader::optionalDateTime(QLatin1StringView key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = IsoDate::parse(text);
    if (!parsed.isValid())
        failField(key, QStringLiteral("is not an ISO 8601 date"));
    return parsed;
}

QJsonArray JsonReader::requiredArray(QLatin1StringView key)
{
    const QJsonValue v = take(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        failField(key, QStringLiteral("is not a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::requiredObject(QLatin1StringView key)
{
    const QJsonValue v = take(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        failField(key, QStringLiteral("is not an object"));
        return {};
    }
    return v.toObject();
}

QStringList JsonReader::requiredStringList(QLatin1StringView key)
{
    QStringList out;
    const QJsonArray array = requiredArray(key);
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("field '%1[%2]' is not a string").arg(childPath(key)).arg(i));
            return {};
        }
        out.append(array.at(i).toString());
    }
    return out;
}
