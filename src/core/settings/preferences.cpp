#include "preferences.h"

#include "domain/serveraddress.h"
#include "enumsetting.h"
#include "setting.h"

namespace {
const Setting<QUrl> kServerUrl(QStringLiteral("server/url"), ServerAddress::defaultUrl(),
                               [](const QUrl &url) { return url.isValid() && !url.isEmpty(); });
const Setting<bool> kAutoRefresh(QStringLiteral("refresh/auto"), Preferences().autoRefresh);
const auto kRefreshMinutes = Setting<int>::bounded(
    QStringLiteral("refresh/intervalMinutes"), Preferences().refreshMinutes,
    Preferences::minRefreshMinutes, Preferences::maxRefreshMinutes);
const auto kWarningDays =
    Setting<int>::bounded(QStringLiteral("alerts/warningDays"), Preferences().expiryWarningDays,
                          Preferences::minWarningDays, Preferences::maxWarningDays);
const Setting<bool> kTray(QStringLiteral("alerts/tray"), Preferences().trayEnabled);
const Setting<QString> kLanguage(QStringLiteral("ui/language"), {});
const EnumSetting<Preferences::Theme> kTheme(QStringLiteral("ui/theme"), Preferences::Theme::System,
                                             {{Preferences::Theme::System, "system"},
                                              {Preferences::Theme::Light, "light"},
                                              {Preferences::Theme::Dark, "dark"}});
const Setting<bool> kDiagnosticLog(QStringLiteral("diagnostics/log"), Preferences().diagnosticLog);
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.serverUrl = ServerAddress::canonical(kServerUrl.read(settings));
    p.autoRefresh = kAutoRefresh.read(settings);
    p.refreshMinutes = kRefreshMinutes.read(settings);
    p.expiryWarningDays = kWarningDays.read(settings);
    p.trayEnabled = kTray.read(settings);
    p.language = kLanguage.read(settings);
    p.theme = kTheme.read(settings);
    p.diagnosticLog = kDiagnosticLog.read(settings);
    return p;
}

void Preferences::save(QSettings &settings) const
{
    kServerUrl.write(settings, serverUrl);
    kAutoRefresh.write(settings, autoRefresh);
    kRefreshMinutes.write(settings, refreshMinutes);
    kWarningDays.write(settings, expiryWarningDays);
    kTray.write(settings, trayEnabled);
    kLanguage.write(settings, language);
    kTheme.write(settings, theme);
    kDiagnosticLog.write(settings, diagnosticLog);
}

void Preferences::saveServerUrl(QSettings &settings, const QUrl &url)
{
    kServerUrl.write(settings, url);
}

void Preferences::saveAutoRefresh(QSettings &settings, bool on)
{
    kAutoRefresh.write(settings, on);
}
