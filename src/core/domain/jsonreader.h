#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Strict field access for one JSON object. The first problem is remembered with the path of
// the field ("orders[3].expires_at"), so a malformed answer becomes a precise Protocol error
// instead of a crash or a silently wrong zero.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString path);

    qint64 requiredInt(QLatin1StringView key);
    std::optional<qint64> optionalInt(QLatin1StringView key);
    QString requiredString(QLatin1StringView key);
    // Missing or null → empty; any other non-string type is an error.
    QString optionalString(QLatin1StringView key);
    bool requiredBool(QLatin1StringView key);
    std::optional<bool> optionalBool(QLatin1StringView key);
    // Missing or null → invalid QDateTime; a string that is not ISO 8601 is an error.
    QDateTime optionalDateTime(QLatin1StringView key);
    QJsonArray requiredArray(QLatin1StringView key);
    QJsonObject requiredObject(QLatin1StringView key);
    QStringList requiredStringList(QLatin1StringView key);

    QString childPath(QLatin1StringView key) const;
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &what);

    // Shared helper for the top of a parser: the value must be an object.
    static std::optional<QJsonObject> asObject(const QJsonValue &value);

private:
    QJsonValue take(QLatin1StringView key, bool required);
    void failField(QLatin1StringView key, const QString &problem);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
