#pragma once

#include "settings/preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edits the Preferences: server, refresh, alerts, language and theme. Only the caller applies
// them, after OK; Cancel changes nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        bool demo = false;          // the server is the built-in one and cannot be changed
        bool trayAvailable = true;  // the desktop has a system tray
    };

    SettingsDialog(const Preferences &preferences, Context context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Preferences preferences() const;
    // Languages offered besides "the system's": locale names with a shipped translation.
    static QStringList availableLanguages();

    void accept() override;

private:
    void updateDaysSuffix(int days);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Preferences m_initial;
    Context m_context;
};
