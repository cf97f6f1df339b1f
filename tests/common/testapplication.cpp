#include "testapplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace TestCommon {

void initApplication(const char *name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
}

QString shotsDir()
{
    return QStringLiteral(SHARDDESK_TEST_SHOTS_DIR);
}

QString saveShot(QWidget *widget, const QString &name)
{
    QDir().mkpath(shotsDir());
    const QString path = shotsDir() + u'/' + name + QStringLiteral(".png");
    if (widget->grab().save(path))
        return path;
    qWarning("could not save %s", qPrintable(path));
    return {};
}

} // namespace TestCommon
