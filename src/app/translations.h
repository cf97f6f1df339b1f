#pragma once

#include <QLocale>
#include <QString>

// Loads Qt's own and ShardDesk's catalogues for the chosen language (empty: the system's).
namespace Translations {
// The locale the interface is shown in.
QLocale localeFor(const QString &language);
// Installs the translators into the application; returns false when ShardDesk has no
// catalogue for that language (the English source strings are shown).
bool install(const QString &language);
} // namespace Translations
