// The window with the server out of reach (issue 17): a start from the local store while the
// server is down shows the stored orders with a banner that says since when, holds back the
// actions that need the server (each says why), keeps search and export working, opens no
// sign-in dialog, and comes back by itself from "Try again" once the server answers. Also: an
// outage in the middle of a session, and sign-out asking whether to forget the stored data.
// Real loopback HTTP to the in-process MockServer; StartupFlow as main() runs it.
// No sleeps: every wait is bounded and on a condition.

#include "guisupport.h"
#include "languagesupport.h"

#include "offlinebanner.h"
#include "offlinegate.h"
#include "orderfiltermodel.h"
#include "startupflow.h"
#include "storage/localstore.h"
#include "storage/synchistory.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace GuiTest;

namespace {
constexpr int kOrders = 60;
constexpr int kWaitMs = 10000;
} // namespace

class TestGuiOffline final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startWithTheServerDownShowsTheStoredOrders();
    void offlineActionsSayWhyAndReadingStillWorks();
    void tryAgainComesBackOnline();
    void outageDuringASessionShowsTheBanner();
    void signOutCanKeepTheStoredData();
    void signOutCanForgetTheStoredData();
    void screenshots_data();
    void screenshots();

private:
    // A first run that syncs and stores the account; then the services are built again, as at
    // the next start, and the window starts from the store.
    bool syncOnceAndStore();
    bool startFromStore();
    bool waitUntilOnline();
    OfflineBanner *banner() const { return m_window->findChild<OfflineBanner *>(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QMessageBox *signOutQuestion() const
    {
        return m_window->findChild<QMessageBox *>(u"signOutQuestion"_s);
    }
    void startFlow(bool restored);

    std::unique_ptr<MockServer> m_server;
    quint16 m_port = 0;
    QUrl m_url; // the server's address, also while it is closed
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<StartupFlow> m_flow;
};

void TestGuiOffline::initTestCase()
{
    initApplication("tst_gui_offline");
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(kOrders);
    QVERIFY(m_server->listen());
    m_port = m_server->port();
    m_url = m_server->url();
}

void TestGuiOffline::init()
{
    QSettings().clear();
    if (!m_server->isListening())
        QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), m_port));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestGuiOffline::cleanup()
{
    closeLoginDialogs();
    m_flow.reset();
    m_window.reset();
    m_services.reset();
}

// As main() does: the window, then (from the second run) the store's orders, then the flow.
void TestGuiOffline::startFlow(bool fromStore)
{
    m_services = std::make_unique<Services>();
    m_services->context.history().setFolder(m_folder->path());
    m_window = std::make_unique<MainWindow>(m_services->context);
    m_window->resize(1280, 800);
    m_flow = std::make_unique<StartupFlow>(m_services->context, m_window.get());
    StartupFlow::Options options;
    options.server = m_url;
    options.environmentToken = m_server->token();
    if (fromStore) {
        options.restored = m_services->context.history().restoreLast(m_url);
        QVERIFY(options.restored);
        m_window->showRestored(m_services->context.history().restoredAt());
    }
    m_flow->start(options);
}

bool TestGuiOffline::syncOnceAndStore()
{
    startFlow(false);
    SyncHistory &history = m_services->context.history();
    if (!QTest::qWaitFor([&] { return history.store() && m_services->store.hasSynced(); },
                         kWaitMs))
        return false;
    // The snapshot is written on the store's worker after the sync: wait for it.
    if (!QTest::qWaitFor(
            [&] {
                history.store()->waitForWrites();
                return !history.store()->loadSnapshot().isEmpty();
            },
            kWaitMs))
        return false;
    m_flow.reset();
    m_window.reset();
    m_services.reset();
    return true;
}

bool TestGuiOffline::startFromStore()
{
    startFlow(true);
    return m_window && !QTest::currentTestFailed() &&
           QTest::qWaitFor([this] { return m_window->isVisible(); }, kWaitMs);
}

bool TestGuiOffline::waitUntilOnline()
{
    return QTest::qWaitFor(
        [this] {
            return !m_services->connection.isOffline() && m_services->store.hasSynced() &&
                   m_services->connection.state() == ConnectionStatus::State::Connected;
        },
        kWaitMs);
}

void TestGuiOffline::startWithTheServerDownShowsTheStoredOrders()
{
    QVERIFY(syncOnceAndStore());
    m_server->close();
    QVERIFY(startFromStore());

    // The stored orders are on screen at once, the banner says why nothing moves, and no
    // sign-in dialog hides them.
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    QVERIFY(QTest::qWaitFor([this] { return banner()->isVisible(); }, kWaitMs));
    QVERIFY(m_services->connection.isOffline());
    const QString text = banner()->bannerText();
    QVERIFY2(text.contains(u"Offline since"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Showing the orders as of"_s), qPrintable(text));
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<LoginDialog *>(w) || !w->isVisible(), "a sign-in dialog opened");
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    // Details that cannot come do not stay "Loading…": once the requests already on their way
    // have failed, nothing is.
    const OrdersModel *model = m_window->ordersModel();
    QVERIFY(QTest::qWaitFor(
        [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, OrdersModel::QuantityColumn).data().toString() ==
                    u"Loading…"_s)
                    return false;
            }
            return true;
        },
        kWaitMs));
}

void TestGuiOffline::offlineActionsSayWhyAndReadingStillWorks()
{
    QVERIFY(syncOnceAndStore());
    m_server->close();
    QVERIFY(startFromStore());
    QVERIFY(QTest::qWaitFor([this] { return banner()->isVisible(); }, kWaitMs));

    m_window->selectOrder(m_services->store.at(0).id);
    for (const char *name : {"actionNewOrder", "actionRenew", "actionAutoRenewOn",
                             "actionEditTag", "actionChangeCycle", "actionShowProxies",
                             "actionCheckProxies"}) {
        QAction *a = action(name);
        QVERIFY2(a, name);
        QVERIFY2(!a->isEnabled(), name);
        QVERIFY2(a->toolTip().contains(u"Needs the server: offline since"_s),
                 qPrintable(a->toolTip()));
        QVERIFY2(a->statusTip().startsWith(u"Needs the server"_s), qPrintable(a->statusTip()));
        // Triggered anyway (a stale shortcut, a screen reader's action): nothing is sent.
        a->trigger();
    }
    // Reading goes on: search narrows the stored rows, export writes them.
    QVERIFY(action("actionRefresh")->isEnabled());
    QVERIFY(action("actionExport")->isEnabled());
    const qint64 first = m_services->store.at(0).id;
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    QTest::keyClicks(search, QString::number(first));
    QVERIFY(QTest::qWaitFor([this] { return m_window->filterModel()->rowCount() < kOrders; },
                            kWaitMs));
    QVERIFY(m_window->filterModel()->rowCount() >= 1);
    const QString file = m_folder->filePath(u"offline.csv"_s);
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportTo(file);
    QVERIFY(exported.wait(kWaitMs));
    QCOMPARE(exported.first().first().toBool(), true);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains(QByteArray::number(first)));
    QVERIFY(m_window->findChild<OfflineGate *>()->isClosed());
}

void TestGuiOffline::tryAgainComesBackOnline()
{
    QVERIFY(syncOnceAndStore());
    m_server->close();
    QVERIFY(startFromStore());
    QVERIFY(QTest::qWaitFor([this] { return banner()->isVisible(); }, kWaitMs));

    // Still down: trying again keeps the banner and asks for no key.
    auto *retry = banner()->findChild<QPushButton *>(u"offlineRetry"_s);
    QVERIFY(retry);
    QVERIFY(!retry->accessibleName().isEmpty());
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(banner()->isVisible());
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<LoginDialog *>(w) || !w->isVisible(), "a sign-in dialog opened");

    // Up again: "Try again" through the accessibility interface (as a screen reader presses it).
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), m_port));
    QAccessibleInterface *button = QAccessible::queryAccessibleInterface(retry);
    QVERIFY(button && button->actionInterface());
    button->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(waitUntilOnline());
    QVERIFY(QTest::qWaitFor([this] { return !banner()->isVisible(); }, kWaitMs));
    QVERIFY(!m_window->findChild<OfflineGate *>()->isClosed());
    QVERIFY(action("actionNewOrder")->isEnabled());
    QVERIFY(!action("actionRenew")->toolTip().contains(u"Needs the server"_s));
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
}

void TestGuiOffline::outageDuringASessionShowsTheBanner()
{
    startFlow(false);
    QVERIFY(waitUntilOnline());
    QVERIFY(!banner()->isVisible());
    QVERIFY(action("actionNewOrder")->isEnabled());

    m_server->close();
    action("actionRefresh")->trigger();
    QVERIFY(QTest::qWaitFor([this] { return banner()->isVisible(); }, kWaitMs));
    QVERIFY(!action("actionNewOrder")->isEnabled());
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders); // the last good data stays

    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), m_port));
    action("actionRefresh")->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !banner()->isVisible(); }, kWaitMs));
    QVERIFY(action("actionNewOrder")->isEnabled());
}

void TestGuiOffline::signOutCanKeepTheStoredData()
{
    QVERIFY(syncOnceAndStore());
    QVERIFY(startFromStore());
    QVERIFY(waitUntilOnline());
    LocalStore *store = m_services->context.history().store();
    QVERIFY(store);
    const QString file = store->filePath();
    QVERIFY(QFile::exists(file));

    action("actionSignOut")->trigger();
    QVERIFY(QTest::qWaitFor([this] { return signOutQuestion() && signOutQuestion()->isVisible(); },
                            kWaitMs));
    // Cancel: still signed in, nothing forgotten.
    signOutQuestion()->button(QMessageBox::Cancel)->click();
    QVERIFY(QTest::qWaitFor([this] { return !signOutQuestion(); }, kWaitMs));
    QVERIFY(m_services->session.hasKey());

    action("actionSignOut")->trigger();
    QVERIFY(QTest::qWaitFor([this] { return signOutQuestion() && signOutQuestion()->isVisible(); },
                            kWaitMs));
    auto *keep = signOutQuestion()->findChild<QPushButton *>(u"keepData"_s);
    QVERIFY(keep);
    QCOMPARE(signOutQuestion()->defaultButton(), keep);
    keep->click();
    QVERIFY(QTest::qWaitFor([this] { return !m_services->session.hasKey(); }, kWaitMs));
    QVERIFY(QFile::exists(file));
}

void TestGuiOffline::signOutCanForgetTheStoredData()
{
    QVERIFY(syncOnceAndStore());
    QVERIFY(startFromStore());
    QVERIFY(waitUntilOnline());
    LocalStore *store = m_services->context.history().store();
    QVERIFY(store);
    const QString file = store->filePath();

    action("actionSignOut")->trigger();
    QVERIFY(QTest::qWaitFor([this] { return signOutQuestion() && signOutQuestion()->isVisible(); },
                            kWaitMs));
    signOutQuestion()->findChild<QPushButton *>(u"forgetData"_s)->click();
    QVERIFY(QTest::qWaitFor([this] { return !m_services->session.hasKey(); }, kWaitMs));
    QVERIFY(QTest::qWaitFor([&] { return !QFile::exists(file); }, kWaitMs));
    // The next start has nothing to show from the store.
    SyncHistory fresh(m_services->orders, m_services->store, m_services->account,
                      [this] { return m_url; });
    fresh.setFolder(m_folder->path());
    QVERIFY(!fresh.restoreLast(m_url));
}

void TestGuiOffline::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void TestGuiOffline::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(GuiTest::switchLanguage(language));
    QVERIFY(syncOnceAndStore());
    m_server->close();
    QVERIFY(startFromStore());
    QVERIFY(QTest::qWaitFor([this] { return banner()->isVisible(); }, kWaitMs));
    // The filter's counts follow the rows a moment later (a coalescing timer).
    auto *counts = m_window->findChild<QTimer *>(u"countTimer"_s);
    QVERIFY(counts);
    QVERIFY(QTest::qWaitFor([counts] { return !counts->isActive(); }, kWaitMs));
    saveShot(m_window.get(), u"offline-%1"_s.arg(language));
    if (language == u"ru"_s) {
        QVERIFY(!banner()->bannerText().contains(u"Offline since"_s));
        QVERIFY(!action("actionRenew")->statusTip().startsWith(u"Needs the server"_s));
    }
    QVERIFY(GuiTest::switchLanguage(u"en"_s));
}

QTEST_MAIN(TestGuiOffline)
#include "tst_gui_offline.moc"
