#pragma once

#include <QSettings>
#include <QString>

#include <initializer_list>
#include <utility>
#include <vector>

// A settings key holding an enum by name ("on-hold", "dark"): a file stays readable and
// survives reordering the enum. Plain numbers, as older versions stored some enums, are still
// read when they are one of the enum's values.
template <typename E>
class EnumSetting
{
public:
    EnumSetting(QString key, E fallback, std::initializer_list<std::pair<E, const char *>> names)
        : m_key(std::move(key)), m_fallback(fallback)
    {
        for (const auto &[value, name] : names)
            m_names.emplace_back(value, QString::fromLatin1(name));
    }

    const QString &key() const { return m_key; }
    E fallback() const { return m_fallback; }

    QString nameOf(E value) const
    {
        for (const auto &[known, name] : m_names) {
            if (known == value)
                return name;
        }
        return nameOf(m_fallback);
    }

    E read(const QSettings &settings) const
    {
        const QVariant stored = settings.value(m_key);
        if (!stored.isValid())
            return m_fallback;
        const QString text = stored.toString().trimmed();
        for (const auto &[value, name] : m_names) {
            if (name == text)
                return value;
        }
        bool ok = false;
        const int number = text.toInt(&ok);
        for (const auto &[value, name] : m_names) {
            if (ok && int(value) == number)
                return value;
        }
        return m_fallback;
    }

    void write(QSettings &settings, E value) const { settings.setValue(m_key, nameOf(value)); }

private:
    QString m_key;
    E m_fallback;
    std::vector<std::pair<E, QString>> m_names;
};
