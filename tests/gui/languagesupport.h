#pragma once

// Switching the interface language inside one GUI test program (English, then Russian, …).
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace GuiTest {

// Drops every installed translator and installs `language`'s ("en", "ru"; empty: the system's).
// False when its catalogue could not be loaded.
[[nodiscard]] inline bool switchLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    return Translations::install(language);
}

} // namespace GuiTest
