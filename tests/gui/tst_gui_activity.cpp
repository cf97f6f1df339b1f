// The Activity page of the main window (issue 17), offscreen, over the services main() builds and
// real loopback HTTP to the in-process MockServer with its drift on (as the demo runs it): the
// window's first sync and two F5 refreshes find changes; Ctrl+3 shows them, newest first; the
// status bar says "Since the last sync: …"; "Show" chosen with the keyboard narrows to one kind,
// an order id typed in "Order" to that order; Enter on a row goes to the Orders page with that
// order selected, even when the orders' filter hid it; every control has an accessible name, the
// summary label exposes its text as its value, Tab leaves the table; screenshots at 1280×800 in
// English and Russian (build/shots/activity-*.png).
// No sleeps: every wait is bounded and on a condition or a signal.
// Expected failures (reported): Ctrl+3 gives the focus to the page itself, not to its table, so
// the arrow keys and Enter do nothing until Tab; the Russian catalogue lacks the Activity page's,
// its model's and the status bar's strings.

#include "guisupport.h"

#include "activity/activityview.h"
#include "activityfiltermodel.h"
#include "activitymodel.h"
#include "orderfiltermodel.h"
#include "storage/synchistory.h"
#include "languagesupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace GuiTest;
using Kind = ActivityEntry::Kind;

namespace {

constexpr int kWaitMs = 8000;

QAccessibleInterface *accessible(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    if (!iface)
        qFatal("no accessible interface for %s", object->metaObject()->className());
    return iface;
}

} // namespace

class TestGuiActivity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrl3ShowsTheChanges();
    void showChosenWithTheKeyboardFilters();
    void typedOrderIdFilters();
    void enterGoesToTheOrderEvenWhenFilteredOut();
    void controlsHaveAccessibleNames();
    void tabLeavesTheTable();
    void screenshots_data();
    void screenshots();

private:
    // The window, its first sync and two F5 refreshes (each finding the drift's changes).
    bool openWindowAndRefreshTwice();
    bool pressF5AndWaitForChanges();
    void useLanguage(const QString &language);
    SyncHistory &history() const { return m_services->context.history(); }
    QTabWidget *pages() const { return m_window->findChild<QTabWidget *>(u"pages"_s); }
    ActivityView *view() const { return m_window->findChild<ActivityView *>(u"activityView"_s); }
    template <typename T> T *viewChild(const char *name) const
    {
        return view()->findChild<T *>(QString::fromLatin1(name));
    }
    QTableView *table() const { return viewChild<QTableView>("table"); }
    // Ctrl+3, and the table focused (by Tab when Ctrl+3 leaves it on the page).
    void goToActivity();
    // The kinds of the rows the table shows, top to bottom.
    QList<int> shownKinds() const;

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuiActivity::initTestCase()
{
    initApplication("tst_gui_activity");
    useLanguage(u"en"_s);
}

void TestGuiActivity::init()
{
    QSettings().clear();
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(120);
    m_server->backend().setDrift(true);
    QVERIFY(m_server->listen());
    m_services = std::make_unique<Services>(m_server->url(), m_server->token());
}

void TestGuiActivity::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_services.reset();
    m_server.reset();
    useLanguage(u"en"_s);
}

void TestGuiActivity::useLanguage(const QString &language)
{
    QVERIFY(GuiTest::switchLanguage(language));
}

bool TestGuiActivity::pressF5AndWaitForChanges()
{
    return GuiTest::pressF5AndWaitForChanges(*m_window, *m_services, kWaitMs);
}

bool TestGuiActivity::openWindowAndRefreshTwice()
{
    m_window = showWindow(*m_services);
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("the window did not become active");
        return false;
    }
    m_tester = std::make_unique<QAbstractItemModelTester>(
        view()->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    QSignalSpy changes(&history(), &SyncHistory::changesFound);
    m_window->start();
    if (!synced.wait(kWaitMs)) {
        qWarning("the orders did not sync");
        return false;
    }
    if (!changes.isEmpty()) {
        qWarning("the first sync reported changes");
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_services->account.hasAccount(); }, kWaitMs))
        return false;
    return pressF5AndWaitForChanges() && pressF5AndWaitForChanges();
}

void TestGuiActivity::goToActivity()
{
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget(), static_cast<QWidget *>(view()));
    if (QApplication::focusWidget() != table()) {
        table()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(table()),
                                  kWaitMs);
    }
}

QList<int> TestGuiActivity::shownKinds() const
{
    QList<int> kinds;
    QAbstractItemModel *m = table()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        kinds << m->index(row, 0).data(ActivityModel::KindRole).toInt();
    return kinds;
}

// ---- the page --------------------------------------------------------------------------------

void TestGuiActivity::ctrl3ShowsTheChanges()
{
    QVERIFY(openWindowAndRefreshTwice());
    QCOMPARE(pages()->currentWidget()->objectName(), u"ordersPage"_s);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget(), static_cast<QWidget *>(view()));
    QVERIFY(view()->isAncestorOf(QApplication::focusWidget()) ||
            QApplication::focusWidget() == view());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));

    // Every change of both refreshes, newest first.
    const QList<ActivityEntry> &recent = history().recent();
    QVERIFY(recent.size() >= 4);
    QCOMPARE(table()->model()->rowCount(), int(recent.size()));
    QVERIFY(table()->isVisible());
    QAbstractItemModel *m = table()->model();
    for (int row = 1; row < m->rowCount(); ++row)
        QVERIFY(m->index(row - 1, 0).data(ActivityModel::SortRole).toDateTime() >=
                m->index(row, 0).data(ActivityModel::SortRole).toDateTime());
    QCOMPARE(m->index(0, ActivityModel::KindColumn).data().toString(),
             ActivityEntry::kindLabel(Kind(m->index(0, 0).data(ActivityModel::KindRole).toInt())));

    // The status bar and the page's summary: the last sync's line.
    const QString summary = history().lastSummary();
    QVERIFY(!summary.isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Since the last sync: "_s + summary);
    QCOMPARE(viewChild<QLabel>("summaryLabel")->text(), u"Last sync: "_s + summary);
}

void TestGuiActivity::showChosenWithTheKeyboardFilters()
{
    QVERIFY(openWindowAndRefreshTwice());
    goToActivity();
    auto *combo = viewChild<QComboBox>("kindCombo");
    // Alt+W: "Sho&w" gives the focus to its combo box.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(combo), kWaitMs);
    QCOMPARE(combo->currentIndex(), 0); // every change

    // Down through the kinds: each shows exactly its rows.
    const QList<ActivityEntry> recent = history().recent();
    QSet<int> withRows;
    for (int i = 1; i < combo->count(); ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), i);
        const int kind = combo->currentData().toInt();
        const int expected = int(std::count_if(recent.cbegin(), recent.cend(), [kind](const ActivityEntry &e) {
            return int(e.kind) == kind;
        }));
        const QList<int> kinds = shownKinds();
        QCOMPARE(kinds.size(), expected);
        QVERIFY(std::all_of(kinds.cbegin(), kinds.cend(), [kind](int k) { return k == kind; }));
        if (expected > 0)
            withRows.insert(kind);
    }
    QVERIFY2(withRows.size() >= 3, "the drift's two rounds change several kinds");
    QVERIFY(withRows.contains(int(Kind::Renewed)));
    QVERIFY(withRows.contains(int(Kind::OnHold)));
    // Home: every change again.
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(table()->model()->rowCount(), int(recent.size()));
}

void TestGuiActivity::typedOrderIdFilters()
{
    QVERIFY(openWindowAndRefreshTwice());
    goToActivity();
    auto *edit = viewChild<QLineEdit>("orderEdit");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(edit), kWaitMs);

    const QList<ActivityEntry> recent = history().recent();
    qint64 id = 0;
    for (const ActivityEntry &e : recent) {
        if (e.orderId > 0) {
            id = e.orderId;
            break;
        }
    }
    QVERIFY(id > 0);
    const QString digits = QString::number(id);
    QString typed;
    for (const QChar ch : digits) {
        QTest::keyClick(edit, ch.toLatin1());
        typed += ch;
        const int expected = int(std::count_if(recent.cbegin(), recent.cend(), [&](const ActivityEntry &e) {
            return e.orderId > 0 && QString::number(e.orderId).startsWith(typed);
        }));
        QCOMPARE(table()->model()->rowCount(), expected);
        for (int row = 0; row < expected; ++row)
            QVERIFY(table()->model()->index(row, ActivityModel::OrderColumn).data().toString()
                        .startsWith(typed));
    }
    QVERIFY(table()->model()->rowCount() >= 1);
    // No such order: nothing; cleared: everything.
    QTest::keyClick(edit, '9');
    QTest::keyClick(edit, '9');
    QCOMPARE(table()->model()->rowCount(), 0);
    edit->clear();
    QCOMPARE(table()->model()->rowCount(), int(recent.size()));
}

void TestGuiActivity::enterGoesToTheOrderEvenWhenFilteredOut()
{
    QVERIFY(openWindowAndRefreshTwice());
    // An order of the log, hidden by the orders' search.
    qint64 id = 0;
    for (const ActivityEntry &e : history().recent()) {
        if (e.orderId > 0 && m_services->store.rowOf(e.orderId) >= 0) {
            id = e.orderId;
            break;
        }
    }
    QVERIFY(id > 0);
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    search->setText(u"no-such-order-anywhere"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->filterModel()->mapFromSource(m_window->ordersModel()->indexOfOrder(id)).isValid(),
        kWaitMs);

    goToActivity();
    // Its row, by the keyboard: type the id, Down to the first row... via the table's current.
    QAbstractItemModel *m = table()->model();
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ActivityModel::OrderIdRole).toLongLong() == id) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    for (int r = table()->currentIndex().row(); r < row; ++r)
        QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), row);
    QTest::keyClick(table(), Qt::Key_Return);

    QCOMPARE(pages()->currentWidget()->objectName(), u"ordersPage"_s);
    QCOMPARE(m_window->currentOrderId(), id);
    auto *orders = m_window->findChild<QTableView *>(u"ordersView"_s);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(orders));
    const QModelIndexList selected = orders->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(OrdersModel::OrderIdRole).toLongLong(), id);

    // The balance line leads nowhere: the page stays.
    goToActivity();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ActivityModel::OrderIdRole).toLongLong() == 0) {
            table()->setCurrentIndex(m->index(r, 0));
            QTest::keyClick(table(), Qt::Key_Enter);
            QCOMPARE(pages()->currentWidget(), static_cast<QWidget *>(view()));
            break;
        }
    }
}

// ---- accessibility ---------------------------------------------------------------------------

void TestGuiActivity::controlsHaveAccessibleNames()
{
    QVERIFY(openWindowAndRefreshTwice());
    goToActivity();
    QStringList unnamed;
    int controls = 0;
    for (QWidget *w : view()->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(view()) || w->objectName().startsWith(u"qt_"_s))
            continue;
        if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
            (w->parentWidget() && qobject_cast<QAbstractScrollArea *>(w->parentWidget()->parentWidget())))
            continue;
        const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QTableView *>(w) || qobject_cast<QAbstractButton *>(w) ||
                             (qobject_cast<QLabel *>(w) && !qobject_cast<QLabel *>(w)->buddy());
        if (!control)
            continue;
        ++controls;
        if (accessible(w)->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QVERIFY(controls >= 5);
    // A combo box's accessible name on Linux is its current text (the label relation names
    // it); its own name is set for the platforms that read it.
    auto *combo = viewChild<QComboBox>("kindCombo");
    QCOMPARE(combo->accessibleName(), u"Kind of change"_s);
    QCOMPARE(accessible(combo)->text(QAccessible::Value), combo->currentText());
    QVERIFY(!accessible(combo)->relations(QAccessible::Label).isEmpty());
    QCOMPARE(accessible(viewChild<QLineEdit>("orderEdit"))->text(QAccessible::Name), u"Order ID"_s);
    QCOMPARE(accessible(table())->text(QAccessible::Name), u"Activity"_s);

    // The summary reads "<caption>: <text>", its value the text.
    auto *summary = viewChild<QLabel>("summaryLabel");
    QVERIFY(!summary->text().isEmpty());
    QCOMPARE(accessible(summary)->text(QAccessible::Name), u"Last sync: "_s + summary->text());
    QCOMPARE(accessible(summary)->text(QAccessible::Value), summary->text());

    // A cell reads its text; the balance line's order cell says whose it is.
    QAccessibleTableInterface *cells = accessible(table())->tableInterface();
    QVERIFY(cells);
    QAccessibleInterface *cell = cells->cellAt(0, ActivityModel::KindColumn);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name),
             table()->model()->index(0, ActivityModel::KindColumn).data().toString());
    QAbstractItemModel *m = table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ActivityModel::OrderIdRole).toLongLong() == 0) {
            QAccessibleInterface *order = cells->cellAt(r, ActivityModel::OrderColumn);
            QVERIFY(order);
            QCOMPARE(order->text(QAccessible::Name), u"Account"_s);
            break;
        }
    }
}

void TestGuiActivity::tabLeavesTheTable()
{
    QVERIFY(openWindowAndRefreshTwice());
    goToActivity();
    QVERIFY(!table()->tabKeyNavigation());
    QTest::keyClick(table(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));
    // Backwards from the table: the order box.
    QTest::keyClick(table(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(viewChild<QLineEdit>("orderEdit")));
}

// ---- screenshots -----------------------------------------------------------------------------

void TestGuiActivity::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void TestGuiActivity::screenshots()
{
    QFETCH(QString, language);
    useLanguage(language);
    QVERIFY(openWindowAndRefreshTwice());
    goToActivity();
    QCOMPARE(m_window->size(), QSize(1280, 800));
    table()->selectRow(0);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    saveShot(m_window.get(), u"activity-main-"_s + language);
    // The same page narrowed to one kind.
    auto *combo = viewChild<QComboBox>("kindCombo");
    combo->setCurrentIndex(combo->findData(int(Kind::Renewed)));
    QVERIFY(table()->model()->rowCount() > 0);
    saveShot(m_window.get(), u"activity-renewed-"_s + language);
    // Russian: the page and the status bar speak it.
    if (language == u"ru"_s) {
        QVERIFY(!history().lastSummary().contains(u"renewed"_s)); // the detector's line is
        QVERIFY(!m_window->statusBar()->currentMessage().startsWith(u"Since the last sync"_s));
        QVERIFY(combo->itemText(0) != u"Every change"_s);
        QVERIFY(table()->model()->headerData(ActivityModel::KindColumn, Qt::Horizontal).toString() !=
                u"What"_s);
    }
}

QTEST_MAIN(TestGuiActivity)
#include "tst_gui_activity.moc"
