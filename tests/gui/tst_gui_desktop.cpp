// Desktop integration in the real MainWindow over an in-process MockServer: Export writes
// exactly the rows in view (CSV and JSON, quoting and Unicode), the Settings dialog edits and
// persists the preferences and refuses an insecure server, the dark theme really darkens the
// window, and the alerts after a sync (orders about to lapse, the renewal funding check) show
// in the window and lead to those orders. Screenshots go to /tmp/sharddesk-shots/.

#include "guisupport.h"

#include "accountbar.h"
#include "alerts/renewalalerts.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "settingsdialog.h"
#include "theme.h"
#include "tone.h"
#include "translations.h"

#include "mockstate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace GuiTest;

namespace {
constexpr int kOrders = 200;
constexpr int kWaitMs = 10000;
constexpr qint64 kDay = 86400;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The first field of every CSV record after the header: the order ids (never quoted).
QList<qint64> csvIds(const QByteArray &csv)
{
    QList<qint64> ids;
    const QList<QByteArray> records = csv.split('\n');
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QByteArray record = records.at(i);
        if (record.isEmpty())
            continue;
        const qint64 id = record.left(record.indexOf(',')).toLongLong();
        if (id > 0)
            ids.append(id);
    }
    return ids;
}
} // namespace

class TestDesktop final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportWritesOnlyTheRowsInView();
    void exportQuotesAndKeepsUnicode();
    void exportFailureSaysWhy();
    void settingsDialogEditsAndPersists();
    void settingsRefuseAnInsecureServer();
    void settingsKeepOneSpellingPerServer();
    void signOutForgetsTheOrdersOfAnAlert();
    void darkThemeDarkensTheWindow();
    void alertsShowExpiringOrdersAndLeadToThem();
    void fundingCheckWarnsWhenRenewalsCostMoreThanTheWallet();
    void countsAgreeWithTheirNounAndGroupTheirDigits();
    void filterCountsKeepUpWithRowsThatKeepArriving();
    void helpChecksTheServer();

private:
    void openWindow();
    void refreshAndWait();
    SettingsDialog *openSettings();
    bool exportTo(const QString &path);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestDesktop::initTestCase()
{
    initApplication("tst_gui_desktop");
    // English plurals ("1 day", "3 days") come from the English catalogue, as in main().
    QVERIFY(Translations::install(QString()));
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestDesktop::init()
{
    QSettings().clear();
    Theme::apply(Preferences::Theme::Light);
    m_server->clearFaults();
    m_server->resetDemoData(kOrders);
    m_services = std::make_unique<Services>();
    openWindow();
}

void TestDesktop::cleanup()
{
    closeLoginDialogs();
    m_window.reset();
    m_services.reset();
    Theme::apply(Preferences::Theme::Light);
    QSettings().clear();
}

void TestDesktop::openWindow()
{
    QVERIFY(signIn(*m_services, *m_server));
    m_window = showWindow(*m_services);
    QVERIFY(startAndWaitForAlerts(*m_window, *m_services));
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
}

void TestDesktop::refreshAndWait()
{
    // The watch also speaks when only the balance changes: wait for the sync, then for the
    // check that follows it.
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QVERIFY(synced.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->alerts.isChecking(), kWaitMs);
}

// Export runs in the background; true when it reports success.
bool TestDesktop::exportTo(const QString &path)
{
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportTo(path);
    if (!exported.wait(kWaitMs))
        return false;
    return exported.first().at(0).toBool();
}

SettingsDialog *TestDesktop::openSettings()
{
    m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestDesktop::exportWritesOnlyTheRowsInView()
{
    // A search narrows the rows; the export must hold those and only those, in view order.
    typeText(m_window->findChild<FilterPanel *>()->searchField(), QStringLiteral("1"));
    const QList<qint64> visible = m_window->visibleOrderIds();
    QVERIFY(!visible.isEmpty());
    QVERIFY(visible.size() < kOrders);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY(exportTo(csvPath));
    const QByteArray csv = readAll(csvPath);
    QVERIFY(csv.startsWith("id,product,billing_cycle,status,expires_at,auto_renewal,tag,"
                           "location,price_paid\r\n"));
    QCOMPARE(csvIds(csv), visible);
    QCOMPARE(csv.count("\r\n"), visible.size() + 1);

    const QString jsonPath = dir.filePath(QStringLiteral("orders.json"));
    QVERIFY(exportTo(jsonPath));
    const QJsonArray array = QJsonDocument::fromJson(readAll(jsonPath)).array();
    QCOMPARE(array.size(), visible.size());
    for (qsizetype i = 0; i < visible.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.value(u"id").toInteger(), visible.at(i));
        const MockOrder server = *m_server->order(visible.at(i));
        QCOMPARE(o.value(u"product").toString(), server.productName);
        QCOMPARE(o.value(u"billing_cycle").toString(), server.cycleName);
    }
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Exported")));
}

void TestDesktop::exportQuotesAndKeepsUnicode()
{
    auto order = firstServerOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active;
    });
    QVERIFY(order);
    order->tag = QStringLiteral("Клиенты, \"VIP\" 🚀");
    QVERIFY(m_server->updateOrder(*order));
    refreshAndWait();
    typeText(m_window->findChild<FilterPanel *>()->searchField(), QStringLiteral("клиенты"));
    QCOMPARE(m_window->visibleOrderIds(), QList<qint64>{order->orderId});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tagged.csv"));
    QVERIFY(exportTo(path));
    const QByteArray csv = readAll(path);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF")); // no BOM
    QVERIFY2(csv.contains(QStringLiteral(",\"Клиенты, \"\"VIP\"\" 🚀\",").toUtf8()), csv.constData());
    QCOMPARE(csv.count("\r\n"), 2);
}

void TestDesktop::exportFailureSaysWhy()
{
    const QString path = QStringLiteral("/nonexistent-folder-for-sharddesk/orders.csv");
    QVERIFY(!exportTo(path));
    QVERIFY(!QFile::exists(path));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("orders.csv")));
    box->close();
}

void TestDesktop::settingsDialogEditsAndPersists()
{
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *refresh = dialog->findChild<QSpinBox *>(QStringLiteral("refreshSpin"));
    auto *warning = dialog->findChild<QSpinBox *>(QStringLiteral("warningSpin"));
    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
    auto *tray = dialog->findChild<QCheckBox *>(QStringLiteral("trayCheck"));
    QCOMPARE(refresh->value(), 5);
    QCOMPARE(warning->value(), 3);
    QCOMPARE(warning->suffix(), QStringLiteral(" days"));
    refresh->setValue(15);
    warning->setValue(1);
    QCOMPARE(warning->suffix(), QStringLiteral(" day"));
    tray->setChecked(false);
    theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Dark)));
    saveShot(dialog, QStringLiteral("settings-dialog"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(m_window->preferences().refreshMinutes, 15);
    QCOMPARE(m_window->preferences().expiryWarningDays, 1);
    QCOMPARE(m_services->alerts.warningDays(), 1);
    QVERIFY(!m_window->preferences().trayEnabled);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionAutoRefresh"))->text(),
             QStringLiteral("Auto-&refresh every 15 minutes"));
    const Preferences stored = Preferences::load(QSettings());
    QCOMPARE(stored, m_window->preferences());
    QCOMPARE(stored.theme, Preferences::Theme::Dark);
    QVERIFY(Tone::isDark(QApplication::palette()));
}

void TestDesktop::settingsRefuseAnInsecureServer()
{
    // The demo's server is loopback; a real one must be HTTPS.
    Preferences before = m_window->preferences();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    server->setText(QStringLiteral("http://proxies.example.com"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https://")));
    dialog->reject();
    QCOMPARE(m_window->preferences(), before);
    // Nothing changed: still signed in with every order.
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
}

void TestDesktop::settingsKeepOneSpellingPerServer()
{
    SettingsDialog::Context context;
    SettingsDialog dialog(m_window->preferences(), context);
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    // The keychain entry, the setting and the client all use the spelling without the slash.
    server->setText(QStringLiteral("https://proxies.example.com/"));
    QCOMPARE(dialog.preferences().serverUrl, QUrl(QStringLiteral("https://proxies.example.com")));
    // A password in the address would land in the settings file: refused.
    server->setText(QStringLiteral("https://me:secret@proxies.example.com"));
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    dialog.reject();
}

void TestDesktop::signOutForgetsTheOrdersOfAnAlert()
{
    const QList<qint64> ids = m_window->visibleOrderIds().mid(0, 2);
    m_window->showAttentionOrders(ids);
    QCOMPARE(m_window->filterModel()->rowCount(), 2);
    auto *all = m_window->findChild<QPushButton *>(QStringLiteral("unpinButton"));
    QVERIFY(all->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    // The next account's orders must not be filtered by the last one's ids.
    QVERIFY(!all->isVisible());
    QVERIFY(m_window->filterModel()->filter().orderIds().isEmpty());
    closeLoginDialogs();
}

void TestDesktop::darkThemeDarkensTheWindow()
{
    Preferences p = m_window->preferences();
    p.theme = Preferences::Theme::Dark;
    m_window->applyPreferences(p);
    QVERIFY(Tone::isDark(m_window->palette()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("ordersView"));
    QVERIFY(table->palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(table->palette().color(QPalette::Text).lightness() > 192);
    // Warnings stay readable: the light red of the dark theme, not the light theme's dark red.
    QVERIFY(Tone::text(Tone::Kind::Bad).lightness() > 150);
    // The connection dot follows the switch at once, not at the next change of state.
    const QString connection = m_window->findChild<AccountBar *>()->connectionText();
    QVERIFY2(connection.contains(Tone::text(Tone::Kind::Good).name()), qPrintable(connection));
    // The rendered window really is dark (not only its palette).
    const QImage image = m_window->grab().toImage();
    qint64 sum = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 16) {
        for (int x = 0; x < image.width(); x += 16) {
            sum += qGray(image.pixel(x, y));
            ++samples;
        }
    }
    QVERIFY2(sum / samples < 100, qPrintable(QString::number(sum / samples)));
    saveShot(m_window.get(), QStringLiteral("main-window-dark"));

    p.theme = Preferences::Theme::Light;
    m_window->applyPreferences(p);
    QVERIFY(!Tone::isDark(m_window->palette()));
}

void TestDesktop::alertsShowExpiringOrdersAndLeadToThem()
{
    // Two orders that will lapse within the 3-day window because nothing renews them.
    const QList<qint64> lapsing = makeOrdersLapse(*m_server, 2);
    QCOMPARE(lapsing.size(), 2);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    refreshAndWait();

    // What the server's data say, independently of the watch.
    const int expected = countServerOrders(*m_server, [now](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.expiresAt && *o.expiresAt > now &&
               *o.expiresAt <= now + 3 * kDay && !o.autoRenewal.value_or(false);
    });
    const RenewalAlerts &alerts = m_services->alerts.alerts();
    QCOMPARE(alerts.expiringIds().size(), expected);
    for (qint64 id : lapsing)
        QVERIFY(alerts.expiringIds().contains(id));

    const QString banner = m_window->alertText();
    QVERIFY2(banner.contains(QStringLiteral("%1 orders expire within 3 days").arg(expected)),
             qPrintable(banner));
    saveShot(m_window.get(), QStringLiteral("alert-strip"));

    // "Show these orders": the table holds exactly the orders of the alert.
    auto *strip = m_window->findChild<QLabel *>(QStringLiteral("alertBanner"));
    emit strip->linkActivated(QStringLiteral("#show"));
    QCOMPARE(m_window->filterModel()->rowCount(), int(alerts.attentionIds().size()));
    QList<qint64> shown = m_window->visibleOrderIds();
    QList<qint64> wanted = alerts.attentionIds();
    std::sort(shown.begin(), shown.end());
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(shown, wanted);
    QVERIFY(lapsing.contains(m_window->currentOrderId()) ||
            wanted.contains(m_window->currentOrderId()));
    auto *all = m_window->findChild<QPushButton *>(QStringLiteral("unpinButton"));
    QVERIFY(all->isVisible());
    QCoreApplication::sendPostedEvents(); // lay out the new strip before the picture
    saveShot(m_window.get(), QStringLiteral("alert-orders"));
    all->click();
    QVERIFY(m_window->filterModel()->rowCount() > int(wanted.size()));
    QVERIFY(!all->isVisible());
}

void TestDesktop::fundingCheckWarnsWhenRenewalsCostMoreThanTheWallet()
{
    // One auto-renewing order due in 2 days whose last price exceeds the wallet.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto order = firstServerOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.autoRenewal.value_or(false);
    });
    QVERIFY(order);
    order->expiresAt = now + 2 * kDay;
    order->pricePaidCents = 1'000'000'00;
    QVERIFY(m_server->updateOrder(*order));
    m_server->setBalanceCents(12'34);
    refreshAndWait();
    QTRY_VERIFY(m_services->alerts.alerts().isUnderfunded());
    QVERIFY(m_services->alerts.alerts().dueRenewalIds().contains(order->orderId));
    QTRY_VERIFY(m_window->alertText().contains(QStringLiteral("the wallet holds $12.34")));
}

QTEST_MAIN(TestDesktop)
void TestDesktop::countsAgreeWithTheirNounAndGroupTheirDigits()
{
    // The verb follows the count in English as well, and big counts are grouped like money.
    auto expiring = [](int n) {
        return QCoreApplication::translate(
                   "AlertText", "%Ln order(s) expire within %1 and will not renew themselves.",
                   nullptr, n)
            .arg(QStringLiteral("3 days"));
    };
    QCOMPARE(expiring(1),
             QStringLiteral("1 order expires within 3 days and will not renew itself."));
    QCOMPARE(expiring(1099),
             QStringLiteral("1,099 orders expire within 3 days and will not renew themselves."));
    QCOMPARE(QCoreApplication::translate("SyncStatus", "Showing %1 of %Ln order(s)", nullptr,
                                         100000)
                 .arg(QLocale().toString(66946)),
             QStringLiteral("Showing 66,946 of 100,000 orders"));
}

void TestDesktop::filterCountsKeepUpWithRowsThatKeepArriving()
{
    // A first sync inserts rows more often than the count pass runs. Each change must not put
    // the pending pass off again, or the counts stay at 0 until the sync ends.
    auto *panel = m_window->findChild<FilterPanel *>();
    auto *timer = panel->findChild<QTimer *>(QStringLiteral("countTimer"));
    QVERIFY(timer);
    QTRY_VERIFY(!timer->isActive());
    OrderStore &store = m_services->store;
    emit store.rowsChanged(0, 0);
    QVERIFY(timer->isActive());
    QElapsedTimer elapsed;
    elapsed.start();
    while (!elapsed.hasExpired(timer->interval() / 2)) {
    } // no event loop: the pass must not run in between
    emit store.rowsChanged(0, 0);
    QVERIFY2(timer->remainingTime() < timer->interval() - timer->interval() / 4,
             qPrintable(QString::number(timer->remainingTime())));
}

void TestDesktop::helpChecksTheServer()
{
    // Help → Check the server: the server's own probes, answered in the status bar.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionCheckServer"));
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("The server is up."));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/health/live")), 1);
    QCOMPARE(exactRequestCount(*m_server, "GET", QStringLiteral("/health")), 1);
}

#include "tst_gui_desktop.moc"
