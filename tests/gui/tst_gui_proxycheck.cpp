// The proxy checker in the main window (issue 16), offscreen, over the services main() builds,
// real loopback HTTP to the in-process MockServer and the demo's proxies served by a
// MockProxyServer (a few dead, a few with a listed password the proxy refuses), checked against
// the mock's own IP echo as the demo does (ProxyChecker::setSessionTarget): Ctrl+K on several
// selected orders (a residential one skipped) runs at once, every row ends, the summary adds up,
// Show → Failed and the Result sort put the failed ones in view, the model passes
// QAbstractItemModelTester while results stream in; Stop, Check failed again, Copy and Save
// working; a pasted list (Ctrl+Shift+K) with bad lines; the proxies view's Check column and its
// Check them button; accessible names and press actions; screenshots in English and Russian.
// No sleeps: every wait is bounded and on a condition or a signal.
// Expected failure (reported): the checker window that the proxies view's "Check them" opens is
// blocked by the window-modal proxies dialog it came from.

#include "guisupport.h"
#include "orderfiltermodel.h"

#include "actions/proxiesview.h"
#include "actions/proxytablemodel.h"
#include "checker/proxycheckdialog.h"
#include "domain/proxycheckresult.h"
#include "proxycheckmodel.h"
#include "services/proxychecker.h"
#include "languagesupport.h"

#include "demoproxies.h"
#include "mockproxyserver.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace GuiTest;

namespace {

constexpr int kWaitMs = 8000;
using Outcome = ProxyCheckResult::Outcome;

QAccessibleInterface *accessible(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    if (!iface)
        qFatal("no accessible interface for %s", object->metaObject()->className());
    return iface;
}

// What an accessible press does, as a screen reader asks for it.
bool press(QObject *object)
{
    QAccessibleActionInterface *actions = accessible(object)->actionInterface();
    if (!actions ||
        !actions->actionNames().contains(QAccessibleActionInterface::pressAction()))
        return false;
    actions->doAction(QAccessibleActionInterface::pressAction());
    return true;
}

// The demo's kind of the proxy behind a user name "sd<order>-<index>".
std::optional<DemoProxies::Kind> kindOfUser(const QString &user)
{
    static const QRegularExpression re(u"^sd(\\d+)-(\\d+)$"_s);
    const QRegularExpressionMatch m = re.match(user);
    if (!m.hasMatch())
        return std::nullopt;
    return DemoProxies::kind(m.captured(1).toLongLong(), m.captured(2).toInt());
}

Outcome expectedOutcome(DemoProxies::Kind kind)
{
    switch (kind) {
    case DemoProxies::Kind::Working:
        return Outcome::Works;
    case DemoProxies::Kind::Dead:
        return Outcome::Refused;
    case DemoProxies::Kind::WrongPassword:
        return Outcome::AuthFailed;
    }
    return Outcome::Failed;
}

// Records the WindowBlocked / WindowUnblocked events of the checker window (created lazily by
// the main window, so watched application-wide).
class BlockWatch final : public QObject
{
public:
    bool blocked = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched->objectName() == u"proxyCheckDialog" && watched->isWidgetType()) {
            if (event->type() == QEvent::WindowBlocked)
                blocked = true;
            else if (event->type() == QEvent::WindowUnblocked)
                blocked = false;
        }
        return false;
    }
};

} // namespace

class TestGuiProxyCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlKChecksTheSelectedOrders();
    void stopThenCheckFailedAgain();
    void copyAndSaveWorking();
    void pastedListNamesItsBadLines();
    void proxiesViewShowsTheCheckColumn();
    void controlsHaveAccessibleNames();
    void pressActionsThroughAccessibility();
    void tabLeavesTheTable();
    void screenshots_data();
    void screenshots();

private:
    bool openWindow();
    void useLanguage(const QString &language);
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    ProxyCheckDialog *dialog() const
    {
        return m_window->findChild<ProxyCheckDialog *>(u"proxyCheckDialog"_s);
    }
    template <typename T> T *dialogChild(const char *name) const
    {
        return dialog()->findChild<T *>(QString::fromLatin1(name));
    }
    QTableView *ordersView() const { return m_window->findChild<QTableView *>(u"ordersView"_s); }
    ProxyChecker &checker() const { return m_services->context.proxyChecker(); }
    // Active Datacenter/ISP orders, few proxies in all, with at least one dead and one
    // wrong-password proxy among them (and at least `minOrders` orders).
    QList<MockOrder> ordersWithBadProxies(int minOrders, int maxProxies) const;
    qint64 residentialOrder() const;
    // Clicks the first order's row, Ctrl-clicks the others.
    bool selectOrders(const QList<qint64> &ids);
    // Selects `orders` (and `extra`), presses Ctrl+K and waits for the run to end.
    bool checkOrdersWithCtrlK(const QList<qint64> &ids, int waitMs = kWaitMs);
    // Every row of the run is what the demo's kind of its proxy says.
    void verifyOutcomesMatchTheDemo() const;
    QString median() const;
    void shot(QWidget *widget, const QString &name) const
    {
        saveShot(widget, m_server->profile() == MockServer::Profile::Realistic
                             ? name + u"-realistic"_s
                             : name);
    }

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MockProxyServer> m_proxy;
    std::optional<DemoProxies> m_demo;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiProxyCheck::initTestCase()
{
    initApplication("tst_gui_proxycheck");
    useLanguage(u"en"_s);
}

void TestGuiProxyCheck::init()
{
    QSettings().clear();
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(120);
    QVERIFY(m_server->listen());
    m_proxy = std::make_unique<MockProxyServer>();
    m_demo = DemoProxies::serve(*m_proxy);
    QVERIFY(m_demo);
    m_server->backend().setDemoProxies(*m_demo);
    m_services = std::make_unique<Services>(m_server->url(), m_server->token());
    // As main() does in demo mode: the demo's own echo, nothing leaves the machine.
    QUrl echo = m_server->url();
    echo.setPath(u"/echo/ip"_s);
    checker().setSessionTarget(echo);
}

void TestGuiProxyCheck::cleanup()
{
    m_window.reset();
    m_services.reset();
    if (m_proxy)
        m_proxy->close();
    m_proxy.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
    QGuiApplication::clipboard()->clear();
    useLanguage(u"en"_s);
}

void TestGuiProxyCheck::useLanguage(const QString &language)
{
    QVERIFY(GuiTest::switchLanguage(language));
}

bool TestGuiProxyCheck::openWindow()
{
    m_window = showWindow(*m_services);
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("the window did not become active");
        return false;
    }
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    m_window->start();
    if (!synced.wait(kWaitMs)) {
        qWarning("the orders did not sync");
        return false;
    }
    // Every status in view, so any order can be selected.
    m_window->findChild<QLineEdit *>(u"searchEdit"_s)->clear();
    action("actionClearFilters")->trigger();
    if (!QTest::qWaitFor([this] { return tableDetailsSettled(*m_window); }, kWaitMs)) {
        qWarning("the orders table did not settle");
        return false;
    }
    m_server->clearRecorded();
    return true;
}

QList<MockOrder> TestGuiProxyCheck::ordersWithBadProxies(int minOrders, int maxProxies) const
{
    QList<MockOrder> picked;
    int proxies = 0;
    bool dead = false;
    bool wrong = false;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status != MockOrder::Status::Active ||
            (o.productName != u"Datacenter Proxy"_s && o.productName != u"ISP Proxy"_s))
            continue;
        if (proxies + o.quantity > maxProxies)
            continue;
        bool hasDead = false;
        bool hasWrong = false;
        for (int i = 0; i < o.quantity; ++i) {
            hasDead |= DemoProxies::kind(o.orderId, i) == DemoProxies::Kind::Dead;
            hasWrong |= DemoProxies::kind(o.orderId, i) == DemoProxies::Kind::WrongPassword;
        }
        // Orders that add a missing kind first; then any, up to the count.
        if ((hasDead && !dead) || (hasWrong && !wrong) || (dead && wrong)) {
            picked << o;
            proxies += o.quantity;
            dead |= hasDead;
            wrong |= hasWrong;
        }
        if (dead && wrong && picked.size() >= minOrders)
            return picked;
    }
    return {};
}

qint64 TestGuiProxyCheck::residentialOrder() const
{
    const auto found = firstServerOrder(*m_server, [](const MockOrder &o) {
        return o.productName.contains(u"Residential"_s) && o.status == MockOrder::Status::Active;
    });
    return found ? found->orderId : 0;
}

bool TestGuiProxyCheck::selectOrders(const QList<qint64> &ids)
{
    QTableView *view = ordersView();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QModelIndex source = m_window->ordersModel()->indexOfOrder(ids.at(i));
        const QModelIndex index = m_window->filterModel()->mapFromSource(source);
        if (!index.isValid()) {
            qWarning("order %lld is not in view", ids.at(i));
            return false;
        }
        clickIndex(view, index.siblingAtColumn(OrdersModel::ProductColumn),
                   i == 0 ? Qt::NoModifier : Qt::ControlModifier);
    }
    return view->selectionModel()->selectedRows().size() == ids.size();
}

bool TestGuiProxyCheck::checkOrdersWithCtrlK(const QList<qint64> &ids, int waitMs)
{
    if (!selectOrders(ids))
        return false;
    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    if (!dialog() || !dialog()->isVisible()) {
        qWarning("Ctrl+K did not open the checker");
        return false;
    }
    return finished.wait(waitMs);
}

void TestGuiProxyCheck::verifyOutcomesMatchTheDemo() const
{
    const QList<ProxyEndpoint> &endpoints = checker().endpoints();
    const QList<ProxyCheckResult> &results = checker().results();
    QVERIFY(!endpoints.isEmpty());
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const std::optional<DemoProxies::Kind> kind = kindOfUser(endpoints.at(i).username);
        QVERIFY2(kind, qPrintable(endpoints.at(i).username));
        QVERIFY(results.at(i).isDone());
        QCOMPARE(results.at(i).outcome, expectedOutcome(*kind));
        if (results.at(i).works()) {
            QCOMPARE(results.at(i).httpStatus, 200);
            QCOMPARE(results.at(i).exitIp, u"127.0.0.1"_s);
            QVERIFY(results.at(i).totalMs >= 0);
        }
    }
}

QString TestGuiProxyCheck::median() const
{
    QList<int> times;
    for (const ProxyCheckResult &r : checker().results()) {
        if (r.works())
            times << r.totalMs;
    }
    std::sort(times.begin(), times.end());
    return times.isEmpty() ? QString() : QString::number(times.at(times.size() / 2));
}

// ---- Ctrl+K on the selected orders ---------------------------------------------------------

void TestGuiProxyCheck::ctrlKChecksTheSelectedOrders()
{
    QVERIFY(openWindow());
    const QList<MockOrder> orders = ordersWithBadProxies(3, 120);
    QVERIFY2(orders.size() >= 3, "the demo has no orders with dead and wrong-password proxies");
    const qint64 residential = residentialOrder();
    QVERIFY(residential);
    QList<qint64> ids;
    int proxies = 0;
    int working = 0;
    for (const MockOrder &o : orders) {
        ids << o.orderId;
        proxies += o.quantity;
        for (int i = 0; i < o.quantity; ++i)
            working += DemoProxies::kind(o.orderId, i) == DemoProxies::Kind::Working;
    }
    QVERIFY(selectOrders(ids + QList<qint64>{residential}));
    QVERIFY(action("actionCheckProxies")->isEnabled());
    QCOMPARE(action("actionCheckProxies")->shortcut(), QKeySequence(u"Ctrl+K"_s));
    QVERIFY(!dialog());

    QSignalSpy started(&checker(), &ProxyChecker::runStarted);
    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    ProxyCheckDialog *d = dialog();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    QCOMPARE(d->source(), ProxyCheckDialog::Source::Orders);
    // The model is watched before the first row arrives, through the reset and every result.
    QAbstractItemModelTester modelTester(
        d->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        d->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // It starts on its own, once the lists are in.
    QVERIFY(started.wait(kWaitMs));
    QVERIFY(finished.size() == 1 || finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!checker().isRunning());

    // The residential order was skipped: only the three orders' proxies, over HTTP (the default).
    QCOMPARE(d->model()->rowCount(), proxies);
    QSet<qint64> checkedOrders;
    for (const ProxyEndpoint &e : checker().endpoints()) {
        checkedOrders.insert(e.orderId);
        QCOMPARE(e.protocol, ProxyProtocol::Http);
    }
    QCOMPARE(checkedOrders, QSet<qint64>(ids.begin(), ids.end()));
    QVERIFY2(d->sourceText().contains(u"across 3 order"_s), qPrintable(d->sourceText()));
    // No request for the residential order's proxies.
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders/%1/proxies"_s.arg(residential)), 0);

    // Every row done, and each is what the demo's proxy is.
    for (int row = 0; row < d->model()->rowCount(); ++row) {
        const QString text = d->model()->index(row, ProxyCheckModel::ResultColumn).data().toString();
        QVERIFY2(text != ProxyCheckResult::label(Outcome::Waiting) &&
                     text != ProxyCheckResult::label(Outcome::Checking),
                 qPrintable(text));
    }
    verifyOutcomesMatchTheDemo();
    const ProxyCheckSummary s = checker().summary();
    QCOMPARE(s.total, proxies);
    QCOMPARE(s.works, working);
    QVERIFY(s.failed >= 2);
    QCOMPARE(d->summaryText(), u"%1 of %2 work, median %3 ms"_s.arg(working).arg(proxies).arg(median()));
    auto *progress = dialogChild<QProgressBar>("progressBar");
    QCOMPARE(progress->value(), proxies);
    QCOMPARE(progress->maximum(), proxies);

    // Sorted by Result: the failed ones on top.
    QSortFilterProxyModel *shown = d->proxyModel();
    QCOMPARE(shown->rowCount(), proxies);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(ProxyCheckModel::FailedRole).toBool(), row < s.failed);
    // A click on the Result header turns the order round, a second click back.
    auto *table = dialogChild<QTableView>("table");
    QHeaderView *header = table->horizontalHeader();
    const QPoint resultHeader(header->sectionViewportPosition(ProxyCheckModel::ResultColumn) + 10,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, resultHeader);
    QCOMPARE(shown->index(0, 0).data(ProxyCheckModel::OutcomeRole).toInt(), int(Outcome::Works));
    QVERIFY(shown->index(proxies - 1, 0).data(ProxyCheckModel::FailedRole).toBool());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, resultHeader);
    QVERIFY(shown->index(0, 0).data(ProxyCheckModel::FailedRole).toBool());

    // Show → Failed, from the keyboard.
    auto *showCombo = dialogChild<QComboBox>("showCombo");
    showCombo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(showCombo, Qt::Key_Down);
    QCOMPARE(showCombo->currentText(), u"Failed"_s);
    QCOMPARE(shown->rowCount(), s.failed);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 0).data(ProxyCheckModel::FailedRole).toBool());
    // → Working.
    QTest::keyClick(showCombo, Qt::Key_Down);
    QCOMPARE(shown->rowCount(), s.works);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ProxyCheckModel::ResultColumn).data().toString(), u"Works"_s);
    // → All.
    QTest::keyClick(showCombo, Qt::Key_Home);
    QCOMPARE(shown->rowCount(), proxies);

    // No password on screen.
    for (int row = 0; row < d->model()->rowCount(); ++row) {
        const ProxyEndpoint &e = checker().endpoints().at(row);
        for (int column = 0; column < ProxyCheckModel::ColumnCount; ++column)
            QVERIFY(!d->model()->index(row, column).data().toString().contains(e.password));
    }
}

// ---- Stop, Check failed again ---------------------------------------------------------------

void TestGuiProxyCheck::stopThenCheckFailedAgain()
{
    QVERIFY(openWindow());
    const QList<MockOrder> orders = ordersWithBadProxies(1, 60);
    QVERIFY(!orders.isEmpty());
    QList<qint64> ids;
    for (const MockOrder &o : orders)
        ids << o.orderId;
    // Every connection waits far longer than the test: the run is still going when Stop comes.
    m_proxy->setConnectDelayMs(60'000);
    QVERIFY(selectOrders(ids));
    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    ProxyCheckDialog *d = dialog();
    QVERIFY(d);
    auto *start = dialogChild<QPushButton>("startButton");
    auto *stop = dialogChild<QPushButton>("cancelButton");
    auto *recheck = dialogChild<QPushButton>("recheckButton");
    // Running: the working ones hang in the proxy's delay (the dead ones are refused at once).
    QTRY_VERIFY_WITH_TIMEOUT(checker().isRunning() && m_proxy->openConnections() > 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), kWaitMs);
    QVERIFY(!start->isEnabled());
    QVERIFY(!recheck->isEnabled());
    QVERIFY(finished.isEmpty());

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(finished.first().first().toBool(), true);
    int cancelled = 0;
    for (const ProxyCheckResult &r : checker().results()) {
        QVERIFY(r.isDone());
        cancelled += r.outcome == Outcome::Cancelled;
    }
    QVERIFY(cancelled > 0);
    for (int row = 0; row < d->model()->rowCount(); ++row) {
        const QString text = d->model()->index(row, ProxyCheckModel::ResultColumn).data().toString();
        QVERIFY2(text != u"Checking…"_s && text != u"Waiting"_s, qPrintable(text));
    }
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kWaitMs);
    QVERIFY(!stop->isEnabled());
    QVERIFY(recheck->isEnabled());

    // The cancelled ones are checked again, the proxy now answering at once.
    m_proxy->setConnectDelayMs(0);
    QTest::mouseClick(recheck, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    verifyOutcomesMatchTheDemo();

    // And again: only the failed ones this time; the working ones keep their results.
    const QList<ProxyCheckResult> before = checker().results();
    QSet<int> failed;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).failed())
            failed.insert(int(i));
    }
    QVERIFY(!failed.isEmpty());
    QVERIFY(failed.size() < before.size());
    QSignalSpy changed(&checker(), &ProxyChecker::resultChanged);
    const int served = m_proxy->connectionsServed();
    QVERIFY(recheck->isEnabled());
    QTest::mouseClick(recheck, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kWaitMs);
    QSet<int> touched;
    for (const QList<QVariant> &args : std::as_const(changed))
        touched.insert(args.first().toInt());
    QCOMPARE(touched, failed);
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!failed.contains(int(i)))
            QCOMPARE(checker().results().at(i).totalMs, before.at(i).totalMs);
    }
    verifyOutcomesMatchTheDemo();
    // Only the wrong-password ones reach the proxy (the dead ones are refused before it).
    int wrong = 0;
    for (int i : std::as_const(failed))
        wrong += checker().results().at(i).outcome == Outcome::AuthFailed;
    const int again = m_proxy->connectionsServed() - served;
    QVERIFY2(again >= wrong && again < before.size() - failed.size(),
             qPrintable(u"%1 connections for %2 wrong passwords"_s.arg(again).arg(wrong)));
    QVERIFY(start->isEnabled());
}

// ---- Copy and save working -------------------------------------------------------------------

void TestGuiProxyCheck::copyAndSaveWorking()
{
    QVERIFY(openWindow());
    const QList<MockOrder> orders = ordersWithBadProxies(2, 80);
    QVERIFY(!orders.isEmpty());
    QList<qint64> ids;
    for (const MockOrder &o : orders)
        ids << o.orderId;
    QVERIFY(checkOrdersWithCtrlK(ids));
    ProxyCheckDialog *d = dialog();
    const int works = checker().summary().works;
    QVERIFY(works > 0);
    QStringList working;
    for (qsizetype i = 0; i < checker().endpoints().size(); ++i) {
        if (checker().results().at(i).works())
            working << checker().endpoints().at(i).key();
    }

    auto *format = dialogChild<QComboBox>("formatCombo");
    auto *copy = dialogChild<QPushButton>("copyButton");
    QVERIFY(copy->isEnabled());
    QSignalSpy copied(d, &ProxyCheckDialog::copied);
    // ip:port:user:pass (the first format).
    format->setFocus(Qt::TabFocusReason);
    QTest::keyClick(format, Qt::Key_Home);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().first().toInt(), works);
    QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), works);
    for (const QString &line : std::as_const(lines)) {
        const QStringList parts = line.split(u':');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), u"127.0.0.1"_s);
        QCOMPARE(parts.at(1).toInt(), int(m_demo->httpPort()));
        QCOMPARE(kindOfUser(parts.at(2)), DemoProxies::Kind::Working);
        QVERIFY(working.contains(u"http://%1:%2@127.0.0.1:%3"_s.arg(parts.at(2), parts.at(3), parts.at(1))));
    }
    // http://user:pass@ip:port, two presses down.
    QTest::keyClick(format, Qt::Key_Down);
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(format->currentIndex(), 2);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copied.size(), 2);
    lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), works);
    for (const QString &line : std::as_const(lines)) {
        QVERIFY2(line.startsWith(u"http://sd"_s), qPrintable(line));
        QVERIFY2(working.contains(line), qPrintable(line));
    }
    // socks5://: nothing checked over SOCKS5 works in that form; said, clipboard untouched.
    const QString kept = QGuiApplication::clipboard()->text();
    QTest::keyClick(format, Qt::Key_Down);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copied.size(), 2);
    QCOMPARE(QGuiApplication::clipboard()->text(), kept);
    QVERIFY(dialogChild<QLabel>("feedbackLabel")->text().contains(u"No working proxy"_s));

    // Save working, in the format chosen.
    QTest::keyClick(format, Qt::Key_Home);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"working.txt"_s);
    QVERIFY(dialogChild<QPushButton>("exportButton")->isEnabled());
    QVERIFY(d->saveWorking(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QCOMPARE(saved, d->workingText() + u'\n');
    QCOMPARE(saved.count(u'\n'), works);
    QVERIFY(dialogChild<QLabel>("feedbackLabel")->text().contains(u"Saved"_s));
    // A folder that does not exist: said, not written.
    QVERIFY(!d->saveWorking(dir.filePath(u"missing/working.txt"_s)));
    QVERIFY(dialogChild<QLabel>("feedbackLabel")->text().contains(u"Could not save"_s));
}

// ---- a pasted list ---------------------------------------------------------------------------

void TestGuiProxyCheck::pastedListNamesItsBadLines()
{
    QVERIFY(openWindow());
    const QString http = QString::number(m_demo->httpPort());
    const QString socks = QString::number(m_demo->socksPort());
    // Users the demo's proxy accepts (any order number of that form).
    QList<int> good;
    for (int i = 0; good.size() < 3; ++i) {
        if (DemoProxies::kind(4242, i) == DemoProxies::Kind::Working)
            good << i;
    }
    const auto user = [](int i) { return DemoProxies::username(4242, i); };
    const auto pass = [](int i) { return DemoProxies::acceptedPassword(4242, i); };
    const QStringList lines{
        u"127.0.0.1:%1:%2:%3"_s.arg(http, user(good[0]), pass(good[0])),            // works
        u"not a proxy"_s,                                                            // bad (2)
        u"socks5://%1:%2@127.0.0.1:%3"_s.arg(user(good[1]), pass(good[1]), socks),  // works
        u"127.0.0.1:99999:u:p"_s,                                                    // bad (4)
        u"http://%1:wrong-password@127.0.0.1:%2"_s.arg(user(good[2]), http),         // refused login
        u"%1:%2@127.0.0.1:%3"_s.arg(user(good[2]), pass(good[2]), http),            // works
    };

    QCOMPARE(action("actionCheckProxyList")->shortcut(), QKeySequence(u"Ctrl+Shift+K"_s));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ProxyCheckDialog *d = dialog();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    QCOMPARE(d->source(), ProxyCheckDialog::Source::List);
    auto *list = dialogChild<QPlainTextEdit>("listEdit");
    auto *start = dialogChild<QPushButton>("startButton");
    QVERIFY(list->isVisible());
    QVERIFY(!start->isEnabled()); // nothing to check yet
    // Pasted, as a person does.
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(list->toPlainText(), lines.join(u'\n'));
    QVERIFY(start->isEnabled());

    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    const QString bad = d->badLinesText();
    QVERIFY2(bad.contains(u"line 2"_s) && bad.contains(u"line 4"_s), qPrintable(bad));
    QVERIFY2(!bad.contains(u"line 1:"_s) && !bad.contains(u"line 3"_s) &&
                 !bad.contains(u"line 5"_s) && !bad.contains(u"line 6"_s),
             qPrintable(bad));
    // Bad lines are said by number, never by their text.
    QVERIFY(!bad.contains(u"not a proxy"_s));
    QCOMPARE(d->model()->rowCount(), 4);
    const QList<ProxyEndpoint> &endpoints = checker().endpoints();
    QCOMPARE(endpoints.at(1).protocol, ProxyProtocol::Socks5);
    QList<Outcome> outcomes;
    for (const ProxyCheckResult &r : checker().results())
        outcomes << r.outcome;
    QCOMPARE(outcomes, (QList<Outcome>{Outcome::Works, Outcome::Works, Outcome::AuthFailed,
                                       Outcome::Works}));
    QCOMPARE(d->summaryText(), u"3 of 4 work, median %1 ms"_s.arg(median()));
    // No order column for a list.
    QCOMPARE(d->model()->index(0, ProxyCheckModel::OrderColumn).data().toString(), QString());
    // Not one request to the API (a list needs no account); the echo heard the working three.
    for (const RecordedRequest &r : requestsBesidesDetails(*m_server))
        QVERIFY2(!r.path.startsWith(u"/user/api"_s), qPrintable(r.path));
    QCOMPARE(m_server->requestCount("GET", u"/echo/ip"_s), 3);
}

// ---- the proxies view ------------------------------------------------------------------------

void TestGuiProxyCheck::proxiesViewShowsTheCheckColumn()
{
    QVERIFY(openWindow());
    const QList<MockOrder> orders = ordersWithBadProxies(1, 60);
    QVERIFY(!orders.isEmpty());
    // One order with a bad proxy (the first picked has one).
    const MockOrder order = orders.first();
    QVERIFY(selectOrders({order.orderId}));
    BlockWatch watch;
    qApp->installEventFilter(&watch);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProxiesView *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = m_window->findChild<ProxiesView *>()) != nullptr, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);
    auto *table = view->findChild<QTableView *>(u"proxiesView"_s);
    auto *checkButton = view->findChild<QPushButton *>(u"checkButton"_s);
    QVERIFY(table && checkButton);
    QCOMPARE(table->model()->rowCount(), order.quantity);
    // Nothing checked in this session: no Check column.
    QVERIFY(table->isColumnHidden(ProxyTableModel::CheckColumn));
    QVERIFY(checkButton->isVisible());
    QVERIFY(checkButton->isEnabled());

    QSignalSpy requested(view, &ProxiesView::checkRequested);
    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QTest::mouseClick(checkButton, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toLongLong(), order.orderId);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(dialog());
    QCOMPARE(checker().endpoints().size(), order.quantity);
    verifyOutcomesMatchTheDemo();

    QVERIFY(!table->isColumnHidden(ProxyTableModel::CheckColumn));
    QCOMPARE(table->model()->headerData(ProxyTableModel::CheckColumn, Qt::Horizontal).toString(),
             u"Check"_s);
    static const QRegularExpression works(u"^HTTP: Works, \\d+ ms$"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text =
            table->model()->index(row, ProxyTableModel::CheckColumn).data().toString();
        switch (DemoProxies::kind(order.orderId, row)) {
        case DemoProxies::Kind::Working:
            QVERIFY2(works.match(text).hasMatch(), qPrintable(text));
            break;
        case DemoProxies::Kind::Dead:
            QCOMPARE(text, u"HTTP: Connection refused"_s);
            break;
        case DemoProxies::Kind::WrongPassword:
            QCOMPARE(text, u"HTTP: Wrong user or password"_s);
            break;
        }
    }
    // The checker window opened by "Check them" takes input: the proxies dialog it came from
    // must not block it.
    QVERIFY(!watch.blocked);
    qApp->removeEventFilter(&watch);
    shot(view->window(), u"proxycheck-proxiesview"_s);
    view->window()->close();
}

// ---- accessibility ---------------------------------------------------------------------------

void TestGuiProxyCheck::controlsHaveAccessibleNames()
{
    QVERIFY(openWindow());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ProxyCheckDialog *d = dialog();
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowExposed(d));
    QStringList unnamed;
    int controls = 0;
    for (QWidget *w : d->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(d) || w->objectName().startsWith(u"qt_"_s))
            continue;
        // The internals of a spin box, a table or a text box speak for their owner.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            (w->parentWidget() && qobject_cast<QAbstractScrollArea *>(w->parentWidget()->parentWidget())))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTableView *>(w) ||
                             qobject_cast<QProgressBar *>(w);
        if (!control)
            continue;
        ++controls;
        if (accessible(w)->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QVERIFY(controls >= 14);
    QCOMPARE(accessible(dialogChild<QPushButton>("startButton"))->text(QAccessible::Name),
             u"Start the check"_s);
    QCOMPARE(accessible(dialogChild<QTableView>("table"))->text(QAccessible::Name),
             u"Check results"_s);

    // The value labels: "<caption>: <text>".
    auto *list = dialogChild<QPlainTextEdit>("listEdit");
    list->setPlainText(u"127.0.0.1:%1:%2:%3\nnot a proxy"_s.arg(m_demo->httpPort())
                           .arg(DemoProxies::username(7, 0), DemoProxies::acceptedPassword(7, 0)));
    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QVERIFY(d->start());
    QVERIFY(finished.wait(kWaitMs));
    for (const char *name : {"sourceLabel", "summaryLabel", "badLinesLabel"}) {
        auto *label = dialogChild<QLabel>(name);
        QVERIFY2(!label->text().isEmpty(), name);
        QCOMPARE(accessible(label)->text(QAccessible::Name),
                 label->accessibleName() + u": "_s + label->text());
        QCOMPARE(accessible(label)->text(QAccessible::Value), label->text());
    }
    QVERIFY(accessible(dialogChild<QLabel>("summaryLabel"))
                ->text(QAccessible::Name)
                .startsWith(u"Check summary: "_s));
    // A result cell reads its text.
    QAccessibleTableInterface *cells = accessible(dialogChild<QTableView>("table"))->tableInterface();
    QVERIFY(cells);
    QAccessibleInterface *cell = cells->cellAt(0, ProxyCheckModel::ResultColumn);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), u"Works"_s);
}

void TestGuiProxyCheck::pressActionsThroughAccessibility()
{
    QVERIFY(openWindow());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ProxyCheckDialog *d = dialog();
    QVERIFY(d);
    auto *start = dialogChild<QPushButton>("startButton");
    auto *stop = dialogChild<QPushButton>("cancelButton");
    auto *copy = dialogChild<QPushButton>("copyButton");
    QStringList lines;
    for (int i = 0; lines.size() < 4; ++i) {
        if (DemoProxies::kind(99, i) == DemoProxies::Kind::Working)
            lines << u"127.0.0.1:%1:%2:%3"_s.arg(m_demo->httpPort())
                         .arg(DemoProxies::username(99, i), DemoProxies::acceptedPassword(99, i));
    }
    dialogChild<QPlainTextEdit>("listEdit")->setPlainText(lines.join(u'\n'));
    QSignalSpy finished(&checker(), &ProxyChecker::finished);

    // Start, then Stop while the proxy holds every connection.
    m_proxy->setConnectDelayMs(60'000);
    QVERIFY(start->isEnabled());
    QVERIFY(press(start));
    // A press is an animated click: it lands a moment later.
    QTRY_VERIFY_WITH_TIMEOUT(checker().isRunning(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), kWaitMs);
    QVERIFY(press(stop));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(finished.first().first().toBool(), true);
    for (const ProxyCheckResult &r : checker().results())
        QCOMPARE(r.outcome, Outcome::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kWaitMs);

    // Start again, to the end; then Copy working.
    m_proxy->setConnectDelayMs(0);
    QVERIFY(press(start));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    QCOMPARE(checker().summary().works, 4);
    QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), kWaitMs);
    QSignalSpy copied(d, &ProxyCheckDialog::copied);
    QVERIFY(press(copy));
    QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, kWaitMs);
    QStringList got = QGuiApplication::clipboard()->text().split(u'\n');
    got.sort();
    lines.sort();
    QCOMPARE(got, lines);
}

void TestGuiProxyCheck::tabLeavesTheTable()
{
    QVERIFY(openWindow());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ProxyCheckDialog *d = dialog();
    QVERIFY(d);
    QApplication::setActiveWindow(d);
    QVERIFY(QTest::qWaitForWindowActive(d));
    dialogChild<QPlainTextEdit>("listEdit")->setPlainText(
        u"127.0.0.1:%1:%2:%3"_s.arg(m_demo->httpPort())
            .arg(DemoProxies::username(5, 0), DemoProxies::acceptedPassword(5, 0)));
    QSignalSpy finished(&checker(), &ProxyChecker::finished);
    QVERIFY(d->start());
    QVERIFY(finished.wait(kWaitMs));
    auto *table = dialogChild<QTableView>("table");
    QVERIFY(!table->tabKeyNavigation());
    table->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(table), kWaitMs);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QVERIFY(d->isAncestorOf(QApplication::focusWidget()));
    // Shift+Tab comes back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
}

// ---- screenshots -----------------------------------------------------------------------------

void TestGuiProxyCheck::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void TestGuiProxyCheck::screenshots()
{
    QFETCH(QString, language);
    useLanguage(language);
    QVERIFY(openWindow());
    const QList<MockOrder> orders = ordersWithBadProxies(3, 120);
    QVERIFY(!orders.isEmpty());
    QList<qint64> ids;
    for (const MockOrder &o : orders)
        ids << o.orderId;
    QVERIFY(checkOrdersWithCtrlK(ids));
    ProxyCheckDialog *d = dialog();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    QCOMPARE(m_window->size(), QSize(1280, 800));
    shot(m_window.get(), u"proxycheck-main-"_s + language);
    shot(d, u"proxycheck-dialog-"_s + language);
    // The summary is written in the window's language.
    QVERIFY(!d->summaryText().isEmpty());
}

QTEST_MAIN(TestGuiProxyCheck)
#include "tst_gui_proxycheck.moc"
