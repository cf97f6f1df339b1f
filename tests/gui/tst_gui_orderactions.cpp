// The order actions as a person reaches them in the main window: the Order menu's actions on
// the selected rows, the details panel's controls, and what the server sees.
#include "guisupport.h"
#include "mainwindow.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace GuiTest;

class TestOrderActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void autoRenewActionsFollowTheSelection();
    void autoRenewFromTheMenuSendsOnePost();
    void detailsPanelSetsTheTag();
    void actionsAreOfferedOnlyWhereTheyApply();

private:
    qint64 firstOrder(const std::function<bool(const MockOrder &)> &pred) const;
    void select(qint64 orderId);
    QAction *action(const char *name) const;

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestOrderActions::initTestCase()
{
    initApplication("tst_gui_orderactions");
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(120);
    QVERIFY(m_server->listen());
}

void TestOrderActions::init()
{
    QSettings().clear();
    m_services = std::make_unique<Services>();
    m_services->client.setBaseUrl(m_server->url());
    m_services->client.setToken(m_server->token());
    m_window = std::make_unique<MainWindow>(m_services->context);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    m_window->start();
    QVERIFY(synced.wait(10000));
    // Show every status, so any order can be selected.
    m_window->findChild<QLineEdit *>(u"searchEdit"_s)->clear();
    QMetaObject::invokeMethod(m_window.get(), [this] {
        m_window->findChild<QAction *>(u"actionClearFilters"_s)->trigger();
    });
    QTRY_COMPARE(m_window->filterModel()->rowCount(), int(m_server->orderCount()));
    // The table has the details of the rows on screen: what the server records from here on is
    // the test's own doing.
    QTRY_VERIFY(tableDetailsSettled(*m_window));
    m_server->clearRecorded();
}

void TestOrderActions::cleanup()
{
    m_window.reset();
    m_services.reset();
}

qint64 TestOrderActions::firstOrder(const std::function<bool(const MockOrder &)> &pred) const
{
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (pred(o))
            return o.orderId;
    }
    return 0;
}

void TestOrderActions::select(qint64 orderId)
{
    m_window->selectOrder(orderId);
    QCOMPARE(m_window->currentOrderId(), orderId);
}

QAction *TestOrderActions::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

void TestOrderActions::autoRenewActionsFollowTheSelection()
{
    const qint64 dc = firstOrder([](const MockOrder &o) {
        return o.productName == u"Datacenter Proxy"_s && o.status == MockOrder::Status::Active;
    });
    const qint64 residential = firstOrder([](const MockOrder &o) {
        return o.productName == u"Premium Residential Proxy"_s;
    });
    QVERIFY(dc && residential);
    select(dc);
    QVERIFY(action("actionAutoRenewOn")->isEnabled());
    QVERIFY(action("actionChangeCycle")->isEnabled());
    select(residential);
    QVERIFY(!action("actionAutoRenewOn")->isEnabled());
    QVERIFY(!action("actionChangeCycle")->isEnabled());
    QVERIFY(!action("actionShowProxies")->isEnabled());
    // The details panel says why instead of offering a dead control.
    auto *check = m_window->findChild<QCheckBox *>(u"autoRenewCheck"_s);
    QVERIFY(check);
    QVERIFY(!check->isEnabled());
    QVERIFY(!check->toolTip().isEmpty());
}

void TestOrderActions::autoRenewFromTheMenuSendsOnePost()
{
    const qint64 id = firstOrder([](const MockOrder &o) {
        return o.productName == u"ISP Proxy"_s && o.status == MockOrder::Status::Active &&
               o.autoRenewal && !*o.autoRenewal;
    });
    QVERIFY(id);
    select(id);
    action("actionAutoRenewOn")->trigger();
    // Pending at once, then the server's answer.
    QVERIFY(m_services->store.isPending(id));
    QTRY_VERIFY(!m_services->store.isPending(id));
    QCOMPARE(m_server->order(id)->autoRenewal, std::optional<bool>(true));
    QCOMPARE(m_server->requestCount("POST", u"/user/api/orders/edit-auto-renewal/"_s), 1);
    QCOMPARE(m_services->store.find(id)->autoRenewal, std::optional<bool>(true));
}

void TestOrderActions::detailsPanelSetsTheTag()
{
    const qint64 id = firstOrder([](const MockOrder &o) {
        return o.status == MockOrder::Status::Active;
    });
    select(id);
    auto *edit = m_window->findChild<QLineEdit *>(u"tagEdit"_s);
    auto *apply = m_window->findChild<QPushButton *>(u"applyTagButton"_s);
    QVERIFY(edit && apply);
    QTRY_VERIFY(edit->isVisible());
    edit->setText(u"from-details"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(clientTag(*m_server->order(id)), u"from-details"_s);
    QTRY_VERIFY(!m_services->store.isPending(id));
    QCOMPARE(m_services->store.find(id)->tag, u"from-details"_s);
    QCOMPARE(m_server->requestCount("POST", u"/user/api/orders/"_s), 1);
}

void TestOrderActions::actionsAreOfferedOnlyWhereTheyApply()
{
    const qint64 onHold = firstOrder([](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold;
    });
    const qint64 active = firstOrder([](const MockOrder &o) {
        return o.status == MockOrder::Status::Active;
    });
    QVERIFY(onHold && active);
    select(onHold);
    QVERIFY(action("actionRenew")->isEnabled());
    select(active);
    QVERIFY(!action("actionRenew")->isEnabled());
    // Every order action has a shortcut.
    for (const char *name : {"actionAutoRenewOn", "actionAutoRenewOff", "actionEditTag",
                             "actionChangeCycle", "actionRenew", "actionShowProxies"})
        QVERIFY2(!action(name)->shortcut().isEmpty(), name);
    // Looking sends nothing (but the details of rows scrolled on screen).
    QCOMPARE(requestsBesidesDetails(*m_server).size(), 0);
}

QTEST_MAIN(TestOrderActions)
#include "tst_gui_orderactions.moc"
