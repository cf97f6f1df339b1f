#pragma once

#include <QString>

class QWidget;

// What every test program sets up the same way.
namespace TestCommon {

// Test-mode settings (never the person's real ones), a fixed identity, English (US) formatting
// as main() uses without a configured locale, and no settings left from an earlier run.
void initApplication(const char *name);

// Screenshots for a human to judge, under the build tree (never asserted).
QString shotsDir();
// The file written (empty when it could not be).
QString saveShot(QWidget *widget, const QString &name);

} // namespace TestCommon
