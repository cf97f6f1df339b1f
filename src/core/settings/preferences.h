#pragma once

#include <QString>
#include <QUrl>

class QSettings;

// What the person chose in Settings, read from and written to QSettings in one place so the
// keys and defaults are not scattered over the windows that use them.
struct Preferences
{
    enum class Theme { System, Light, Dark };

    QUrl serverUrl;
    bool autoRefresh = true;
    int refreshMinutes = 5;
    int expiryWarningDays = 3;
    bool trayEnabled = true;
    QString language; // empty: follow the system; otherwise a locale name such as "ru"
    Theme theme = Theme::System;
    // Write the diagnostic log (LogFile); off by default, SHARDDESK_DEBUG=1 forces it on.
    bool diagnosticLog = false;

    static constexpr int minRefreshMinutes = 1;
    static constexpr int maxRefreshMinutes = 24 * 60;
    static constexpr int minWarningDays = 1;
    static constexpr int maxWarningDays = 60;

    // Out-of-range or unreadable values fall back to the defaults: a hand-edited settings file
    // must not make the app refresh every millisecond or never warn.
    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The two preferences changed outside Settings: the server signed in to and the View
    // menu's auto-refresh. They go through the same keys as save().
    static void saveServerUrl(QSettings &settings, const QUrl &url);
    static void saveAutoRefresh(QSettings &settings, bool on);

    friend bool operator==(const Preferences &, const Preferences &) = default;
};
