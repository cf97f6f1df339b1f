#include "jsonreader.h"

#include "isodate.h"

#include <QVariant>

#include <cmath>

namespace {
// Beyond this a double no longer converts to a qint64 without overflow.
constexpr double maxConvertible = 9.0e18;
// Epoch values above this are milliseconds (it is the year 5138 in seconds).
constexpr qint64 maxEpochSeconds = 100'000'000'000;
// Before 2000 no order existed: a smaller number is not a date (a count, a length, a flag).
constexpr qint64 minEpochSeconds = 946'684'800;

std::optional<qint64> roundedInteger(double d)
{
    if (!std::isfinite(d) || std::fabs(d) > maxConvertible)
        return std::nullopt;
    return static_cast<qint64>(std::llround(d));
}
} // namespace

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

QJsonValue JsonReader::value(QLatin1StringView key) const
{
    const auto it = m_object.constFind(key);
    return it == m_object.constEnd() ? QJsonValue(QJsonValue::Undefined) : *it;
}

QJsonValue JsonReader::takeRequired(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined()) {
        failField(key, QStringLiteral("is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (v.isNull()) {
        failField(key, QStringLiteral("is null"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

std::optional<qint64> JsonReader::toInt(const QJsonValue &v)
{
    if (v.isDouble()) {
        // Qt's parser keeps an integer literal that fits 64 bits exactly (as a qlonglong).
        const QVariant variant = v.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return variant.toLongLong();
        return roundedInteger(v.toDouble());
    }
    if (v.isString()) {
        const QString text = v.toString().trimmed();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
        const double d = text.toDouble(&ok);
        if (ok)
            return roundedInteger(d);
    }
    return std::nullopt;
}

qint64 JsonReader::requiredId(QLatin1StringView key)
{
    const QJsonValue v = takeRequired(key);
    if (v.isUndefined())
        return 0;
    const std::optional<double> number = toNumber(v);
    const std::optional<qint64> n = toInt(v);
    if (!n || !number) {
        failField(key, QStringLiteral("is not a number"));
        return 0;
    }
    if (std::trunc(*number) != *number || *n <= 0) {
        failField(key, QStringLiteral("is not a positive whole number"));
        return 0;
    }
    return *n;
}

std::optional<double> JsonReader::toNumber(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString JsonReader::toText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        if (const auto n = toInt(v); n && double(*n) == v.toDouble())
            return QString::number(*n);
        return QString::number(v.toDouble(), 'g', 15);
    }
    return {};
}

QDateTime JsonReader::toDateTime(const QJsonValue &v)
{
    std::optional<qint64> epoch;
    if (v.isDouble())
        epoch = toInt(v);
    else if (v.isString()) {
        const QString text = v.toString().trimmed();
        bool digitsOnly = !text.isEmpty();
        for (QChar c : text)
            digitsOnly = digitsOnly && c.isDigit();
        if (!digitsOnly)
            return IsoDate::parse(text);
        epoch = toInt(v);
    }
    if (!epoch || *epoch < minEpochSeconds)
        return {};
    const qint64 ms = *epoch > maxEpochSeconds ? *epoch : *epoch * 1000;
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // The same plausible range as IsoDate::parse.
    if (!dt.isValid() || dt.date().year() > 9999)
        return {};
    return dt;
}

qint64 JsonReader::requiredInt(QLatin1StringView key)
{
    const QJsonValue v = takeRequired(key);
    if (v.isUndefined())
        return 0;
    const auto n = toInt(v);
    if (!n) {
        failField(key, QStringLiteral("is not a number"));
        return 0;
    }
    return *n;
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    const QJsonValue v = takeRequired(key);
    if (v.isUndefined())
        return {};
    if (!v.isString() && !v.isDouble()) {
        failField(key, QStringLiteral("is not text"));
        return {};
    }
    return toText(v);
}

QJsonArray JsonReader::requiredArray(QLatin1StringView key)
{
    const QJsonValue v = takeRequired(key);
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
    const QJsonValue v = takeRequired(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        failField(key, QStringLiteral("is not an object"));
        return {};
    }
    return v.toObject();
}

std::optional<qint64> JsonReader::optionalInt(QLatin1StringView key) const
{
    return toInt(value(key));
}

std::optional<double> JsonReader::optionalNumber(QLatin1StringView key) const
{
    return toNumber(value(key));
}

QString JsonReader::optionalString(QLatin1StringView key) const
{
    return toText(value(key));
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == 0 || d == 1)
            return d == 1;
        return std::nullopt;
    }
    if (v.isString()) {
        const QString text = v.toString().trimmed().toLower();
        if (text == u"true" || text == u"yes" || text == u"on" || text == u"1")
            return true;
        if (text == u"false" || text == u"no" || text == u"off" || text == u"0")
            return false;
    }
    return std::nullopt;
}

QDateTime JsonReader::optionalDateTime(QLatin1StringView key) const
{
    return toDateTime(value(key));
}

QStringList JsonReader::optionalStringList(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    QStringList out;
    if (v.isString()) { // a single word where a list was documented
        const QString text = v.toString().trimmed();
        if (!text.isEmpty())
            out.append(text);
        return out;
    }
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QString text = toText(item).trimmed();
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

QJsonObject JsonReader::optionalObject(QLatin1StringView key) const
{
    return value(key).toObject();
}

QJsonArray JsonReader::optionalArray(QLatin1StringView key) const
{
    return value(key).toArray();
}
