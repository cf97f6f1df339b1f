#include "preferences.h"

#include "domain/serveraddress.h"

#include <QSettings>

namespace {
const QString kServerUrl = QStringLiteral("server/url");
const QString kAutoRefresh = QStringLiteral("refresh/auto");
const QString kRefreshMinutes = QStringLiteral("refresh/intervalMinutes");
const QString kWarningDays = QStringLiteral("alerts/warningDays");
const QString kTray = QStringLiteral("alerts/tray");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kDiagnosticLog = QStringLiteral("diagnostics/log");

int boundedInt(const QSettings &settings, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    const QUrl url = settings.value(kServerUrl).toUrl();
    p.serverUrl = ServerAddress::canonical(url.isValid() && !url.isEmpty()
                                                  ? url
                                                  : ServerAddress::defaultUrl());
    p.autoRefresh = settings.value(kAutoRefresh, p.autoRefresh).toBool();
    p.refreshMinutes = boundedInt(settings, kRefreshMinutes, p.refreshMinutes, minRefreshMinutes,
                                  maxRefreshMinutes);
    p.expiryWarningDays = boundedInt(settings, kWarningDays, p.expiryWarningDays, minWarningDays,
                                     maxWarningDays);
    p.trayEnabled = settings.value(kTray, p.trayEnabled).toBool();
    p.language = settings.value(kLanguage).toString();
    const QString theme = settings.value(kTheme).toString();
    if (theme == themeName(Theme::Light))
        p.theme = Theme::Light;
    else if (theme == themeName(Theme::Dark))
        p.theme = Theme::Dark;
    p.diagnosticLog = settings.value(kDiagnosticLog, p.diagnosticLog).toBool();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(kServerUrl, serverUrl);
    settings.setValue(kAutoRefresh, autoRefresh);
    settings.setValue(kRefreshMinutes, refreshMinutes);
    settings.setValue(kWarningDays, expiryWarningDays);
    settings.setValue(kTray, trayEnabled);
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, themeName(theme));
    settings.setValue(kDiagnosticLog, diagnosticLog);
}
