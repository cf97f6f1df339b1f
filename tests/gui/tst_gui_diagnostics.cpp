// Issue 12, "Diagnostics in the field", in the real MainWindow over an in-process MockServer:
// Help → "Copy diagnostics" puts the version, the server and the failed calls on the clipboard
// and never the key, and the Settings dialog switches the diagnostic log and shows its folder.

#include "guisupport.h"

#include "diagnostics/logfile.h"
#include "diagnostics/recenterrors.h"
#include "diagnostics/redactor.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "sharddeskversion.h"

#include "mockfault.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

#include <memory>

using namespace GuiTest;

namespace {
constexpr int kWaitMs = 10000;
}

class TestDiagnostics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpMenuHasCopyDiagnostics();
    void copyDiagnosticsHasVersionAndErrorsButNoKey();
    void settingsSwitchTheLog();
    void settingsSayWhenSharddeskDebugForcesTheLog();

private:
    QAction *copyAction() const;

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    RecentErrors *m_errors = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestDiagnostics::initTestCase()
{
    initApplication("tst_gui_diagnostics");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestDiagnostics::init()
{
    QSettings().clear();
    m_server->clearFaults();
    m_server->resetDemoData(20);
    // A key as long as a real one (the demo's "demo" is below Redactor::kMinSecretLength).
    m_server->setToken(QStringLiteral("psk_live_7Hq2mX9vLr4Tz8Wc"));
    m_services = std::make_unique<Services>();
    // Recorded as main() records them: AppContext listens to the client.
    m_errors = &m_services->context.recentErrors();
    Redactor::addSecret(m_server->token());
    QVERIFY(signIn(*m_services, *m_server));
    m_window = showWindow(*m_services, QSize(1000, 700));
}

void TestDiagnostics::cleanup()
{
    closeLoginDialogs();
    m_window.reset();
    m_services.reset();
    m_errors = nullptr;
    Redactor::clearSecrets();
    QSettings().clear();
}

QAction *TestDiagnostics::copyAction() const
{
    return m_window->findChild<QAction *>(QStringLiteral("actionCopyDiagnostics"));
}

void TestDiagnostics::helpMenuHasCopyDiagnostics()
{
    auto *help = m_window->findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(help);
    QVERIFY(copyAction());
    QVERIFY(help->actions().contains(copyAction()));
    // About stays, after it.
    QAction *about = m_window->findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    QVERIFY(help->actions().indexOf(copyAction()) < help->actions().indexOf(about));
    QCOMPARE(copyAction()->text(), QStringLiteral("Copy &diagnostics"));
    QVERIFY(!copyAction()->statusTip().isEmpty());
}

void TestDiagnostics::copyDiagnosticsHasVersionAndErrorsButNoKey()
{
    // One real failed call through the client, and one whose message carries the key (a server
    // that echoes it back).
    m_server->addFault(
        MockFault::make(MockFault::Kind::NotFound404, QStringLiteral("/user/api/me"), "GET"));
    bool answered = false;
    m_services->client.me(this, [&answered](const ApiResult<Account> &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QCOMPARE(m_errors->calls().size(), 1);
    m_errors->record({{},
                      QStringLiteral("GET"),
                      QStringLiteral("/user/api/orders"),
                      401,
                      QStringLiteral("unauthorized"),
                      QStringLiteral("Invalid key ") + m_server->token(),
                      QStringLiteral("req-42")});

    QGuiApplication::clipboard()->clear();
    copyAction()->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("Version: " SHARDDESK_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("Server: ") + m_services->client.baseUrl().toString()));
    QVERIFY(text.contains(QStringLiteral("GET /user/api/me -> HTTP 404")));
    QVERIFY(text.contains(QStringLiteral("(request id: req-42)")));
    QVERIFY2(text.contains(QStringLiteral("Invalid key [redacted]")), qPrintable(text));
    QVERIFY2(!text.contains(m_server->token()), qPrintable(text));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Diagnostics copied to the clipboard."));
}

void TestDiagnostics::settingsSwitchTheLog()
{
    QVERIFY(!m_window->preferences().diagnosticLog);
    m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("diagnosticLogCheck"));
    QVERIFY(check);
    QVERIFY(!check->isChecked());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("diagnosticLogNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QDir::toNativeSeparators(LogFile::defaultDirectory())),
             qPrintable(note->text()));

    check->click();
    QSignalSpy changed(m_window.get(), &MainWindow::preferencesChanged);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(0).value<Preferences>().diagnosticLog);
    QVERIFY(m_window->preferences().diagnosticLog);
    QVERIFY(Preferences::load(QSettings()).diagnosticLog);
}

void TestDiagnostics::settingsSayWhenSharddeskDebugForcesTheLog()
{
    qputenv("SHARDDESK_DEBUG", "1");
    SettingsDialog dialog(m_window->preferences(), SettingsDialog::Context{});
    qunsetenv("SHARDDESK_DEBUG");
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("diagnosticLogNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("SHARDDESK_DEBUG")), qPrintable(note->text()));
}

QTEST_MAIN(TestDiagnostics)
#include "tst_gui_diagnostics.moc"
