#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

// One settings key: its name, its default and what counts as a valid value, so that each key
// is spelled in one place and a hand-edited or stale file reads as the default rather than as
// nonsense.
template <typename T>
class Setting
{
public:
    using Check = std::function<bool(const T &)>;

    Setting(QString key, T fallback, Check valid = {})
        : m_key(std::move(key)), m_fallback(std::move(fallback)), m_valid(std::move(valid))
    {
    }

    static Setting bounded(QString key, T fallback, T min, T max)
    {
        return Setting(std::move(key), std::move(fallback),
                       [min, max](const T &value) { return value >= min && value <= max; });
    }

    const QString &key() const { return m_key; }
    const T &fallback() const { return m_fallback; }

    T read(const QSettings &settings) const
    {
        const std::optional<T> value = convert(settings.value(m_key));
        return value && (!m_valid || m_valid(*value)) ? *value : m_fallback;
    }

    void write(QSettings &settings, const T &value) const
    {
        settings.setValue(m_key, QVariant::fromValue(value));
    }

private:
    // QVariant's own conversions are too forgiving: "banana" is a true bool and a 0 int.
    static std::optional<T> convert(const QVariant &stored)
    {
        if (!stored.isValid())
            return std::nullopt;
        if constexpr (std::is_same_v<T, bool>) {
            if (stored.typeId() == QMetaType::Bool)
                return stored.toBool();
            const QString text = stored.toString().trimmed().toLower();
            if (text == u"true" || text == u"1")
                return true;
            if (text == u"false" || text == u"0")
                return false;
            return std::nullopt;
        } else if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int value = stored.toInt(&ok);
            return ok ? std::optional<T>(value) : std::nullopt;
        } else {
            if (!stored.canConvert<T>())
                return std::nullopt;
            return stored.value<T>();
        }
    }

    QString m_key;
    T m_fallback;
    Check m_valid;
};
