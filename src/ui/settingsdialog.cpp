#include "settingsdialog.h"

#include "domain/serveraddress.h"
#include "ui_settingsdialog.h"

#include "actions/actionmessage.h"
#include "diagnostics/logfile.h"
#include "services/signinservice.h"

#include <QDir>
#include <QLocale>
#include <QPushButton>

SettingsDialog::SettingsDialog(const Preferences &preferences, Context context, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_initial(preferences),
      m_context(context)
{
    m_ui->setupUi(this);

    m_ui->serverEdit->setText(preferences.serverUrl.toString());
    if (context.demo) {
        m_ui->serverEdit->setEnabled(false);
        m_ui->serverNote->setText(tr("Demo mode uses its built-in server; this setting applies "
                                     "when you run ShardDesk normally."));
    } else {
        m_ui->serverNote->setText(tr("Changing the server signs you out and asks for the key "
                                     "for the new one."));
    }

    m_ui->autoRefreshCheck->setChecked(preferences.autoRefresh);
    m_ui->refreshSpin->setRange(Preferences::minRefreshMinutes, Preferences::maxRefreshMinutes);
    m_ui->refreshSpin->setValue(preferences.refreshMinutes);
    m_ui->refreshSpin->setEnabled(preferences.autoRefresh);
    connect(m_ui->autoRefreshCheck, &QCheckBox::toggled, m_ui->refreshSpin, &QWidget::setEnabled);

    m_ui->warningSpin->setRange(Preferences::minWarningDays, Preferences::maxWarningDays);
    m_ui->warningSpin->setValue(preferences.expiryWarningDays);
    updateDaysSuffix(preferences.expiryWarningDays);
    connect(m_ui->warningSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateDaysSuffix);

    m_ui->trayCheck->setChecked(preferences.trayEnabled);
    if (!context.trayAvailable) {
        m_ui->trayNote->setText(tr("This desktop has no system tray, so ShardDesk shows the "
                                   "alerts in its window instead."));
    }
    m_ui->trayNote->setVisible(!context.trayAvailable);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &name : availableLanguages()) {
        const QLocale locale(name);
        // Each language under its own name: someone who cannot read the current one can still
        // find theirs.
        // Qt calls English "American English"; the catalogue is simply English.
        QString native = locale.language() == QLocale::English ? QStringLiteral("English")
                                                                : locale.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native[0].toUpper();
        m_ui->languageCombo->addItem(native, name);
    }
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(preferences.language)));
    m_ui->languageNote->setText(tr("A new language is used from the next start."));

    m_ui->themeCombo->addItem(tr("System"), int(Preferences::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_ui->themeCombo->setCurrentIndex(
        qMax(0, m_ui->themeCombo->findData(int(preferences.theme))));

    m_ui->diagnosticLogCheck->setChecked(preferences.diagnosticLog);
    if (LogFile::debugRequested()) {
        // SHARDDESK_DEBUG=1 keeps the log on whatever the box says: say so rather than let the
        // box look broken.
        m_ui->diagnosticLogNote->setText(
            tr("Log folder: %1\nOn for this session because SHARDDESK_DEBUG is set.")
                .arg(QDir::toNativeSeparators(LogFile::defaultDirectory())));
    } else {
        m_ui->diagnosticLogNote->setText(
            tr("Log folder: %1").arg(QDir::toNativeSeparators(LogFile::defaultDirectory())));
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QStringList SettingsDialog::availableLanguages()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({QStringLiteral("sharddesk_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.mid(10, file.size() - 13); // "sharddesk_" … ".qm"
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

Preferences SettingsDialog::preferences() const
{
    Preferences p = m_initial;
    if (!m_context.demo)
        p.serverUrl = ServerAddress::canonical(
            QUrl::fromUserInput(m_ui->serverEdit->text().trimmed()));
    p.autoRefresh = m_ui->autoRefreshCheck->isChecked();
    p.refreshMinutes = m_ui->refreshSpin->value();
    p.expiryWarningDays = m_ui->warningSpin->value();
    p.trayEnabled = m_ui->trayCheck->isChecked();
    p.language = m_ui->languageCombo->currentData().toString();
    p.theme = Preferences::Theme(m_ui->themeCombo->currentData().toInt());
    p.diagnosticLog = m_ui->diagnosticLogCheck->isChecked();
    return p;
}

void SettingsDialog::accept()
{
    if (!m_context.demo) {
        const QString problem = SignInService::checkServer(preferences().serverUrl);
        if (!problem.isEmpty()) {
            ActionMessage::showError(m_ui->errorLabel, problem);
            m_ui->serverEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void SettingsDialog::updateDaysSuffix(int days)
{
    // The unit follows the number ("1 day", "3 days"; Russian has three forms).
    const QString text = tr("%Ln day(s)", nullptr, days);
    const QString number = QString::number(days);
    m_ui->warningSpin->setSuffix(text.startsWith(number) ? text.mid(number.size()) : QString());
}
