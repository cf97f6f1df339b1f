// The real MainWindow over the services main() builds, signed in to an in-process MockServer with
// 300 seeded orders, driven with mouse and keyboard: the orders appear, every filter and the
// search narrow the rows to brute-force counts from the server's data, sorting, lazy cached
// details, refresh keeping the selection, a failed refresh with retry, the 401 path,
// accessibility names, and settings that survive a restart. Screenshots go to
// /tmp/sharddesk-shots/.

#include "guisupport.h"

#include "accountbar.h"
#include "domain/money.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "ordercategoriesmodel.h"
#include "orderdetailspanel.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"

#include "mockstate.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

#include <memory>

using namespace GuiTest;
using Category = OrderFilter::Category;

namespace {
constexpr int kOrders = 300;
constexpr int kWaitMs = 10000;
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seededOrdersAppear();
    void categoryListNarrowsRows();
    void productComboNarrowsRows();
    void tagComboNarrowsRows();
    void searchFieldNarrowsRows();
    void filtersCombine();
    void ctrlFFocusesSearch();
    void keyboardAlone();
    void clickingHeaderSorts();
    void selectingRowLoadsDetailsOnce();
    void refreshKeepsSelection();
    void failedRefreshKeepsRowsAndRetries();
    void unauthorizedAsksForKeyAndKeepsRows();
    void unauthorizedEverywhereKeepsRows();
    void everyControlHasAnAccessibleName();
    void settingsPersist();

private:
    // Signs in, builds the window like main(), shows it and waits for the first full sync.
    void openWindow();
    int expected(Category category, const QString &product = {}, const QString &tag = {},
                 const QString &text = {}) const;
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QTableView *view() const { return child<QTableView>("ordersView"); }
    QListView *categoryView() const { return child<QListView>("categoryView"); }
    QLineEdit *searchEdit() const { return child<QLineEdit>("searchEdit"); }
    QToolButton *retryButton() const;
    void selectCategory(Category category);
    // Moves a combo with the keyboard (Down) until its data is `value`.
    bool chooseWithKeyboard(QComboBox *combo, const QString &value);
    void typeSearch(const QString &text);
    bool waitForSync(int previousCount);
    qint64 orderIdAtViewRow(int row) const;
    // Lets the batched live counts arrive, then saves a screenshot.
    void shot(const QString &name);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_synced;
};

void TestMainWindow::initTestCase()
{
    initApplication("tst_gui_mainwindow");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_server->clearFaults();
    m_server->resetDemoData(kOrders);
    m_server->clearRecorded();
    m_services = std::make_unique<Services>();
    openWindow();
}

void TestMainWindow::cleanup()
{
    closeLoginDialogs();
    m_synced.reset();
    m_window.reset();
    m_services.reset();
    m_server->clearFaults();
    QSettings().clear();
}

void TestMainWindow::openWindow()
{
    QVERIFY(signIn(*m_services, *m_server));
    m_window = showWindow(*m_services);
    m_synced = std::make_unique<QSignalSpy>(&m_services->orders, &OrderService::synced);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->start();
    QVERIFY(m_synced->wait(kWaitMs));
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
}

bool TestMainWindow::waitForSync(int previousCount)
{
    if (m_synced->size() > previousCount)
        return true;
    return m_synced->wait(kWaitMs);
}

int TestMainWindow::expected(Category category, const QString &product, const QString &tag,
                             const QString &text) const
{
    const qint64 now = m_window->ordersModel()->nowMsecs();
    return countServerOrders(*m_server, [&](const MockOrder &o) {
        if (!serverInCategory(o, category, now))
            return false;
        if (!product.isEmpty() && o.productName != product)
            return false;
        if (tag == OrderFilter::untaggedTag() && !clientTag(o).isEmpty())
            return false;
        if (!tag.isEmpty() && tag != OrderFilter::untaggedTag() && clientTag(o) != tag)
            return false;
        return serverMatchesText(o, text);
    });
}

QToolButton *TestMainWindow::retryButton() const
{
    for (QToolButton *b : m_window->statusBar()->findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Retry"))
            return b;
    }
    return nullptr;
}

void TestMainWindow::selectCategory(Category category)
{
    QListView *list = categoryView();
    clickIndex(list, list->model()->index(OrderCategoriesModel::rowOf(category), 0));
    QCOMPARE(m_window->filterModel()->filter().category(), category);
}

bool TestMainWindow::chooseWithKeyboard(QComboBox *combo, const QString &value)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i <= combo->count(); ++i) {
        if (combo->currentData().toString() == value)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentData().toString() == value;
}

void TestMainWindow::typeSearch(const QString &text)
{
    QLineEdit *edit = searchEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), QString());
    typeText(edit, text);
    QCOMPARE(edit->text(), text);
}

qint64 TestMainWindow::orderIdAtViewRow(int row) const
{
    return m_window->filterModel()->orderIdAt(row);
}

void TestMainWindow::shot(const QString &name)
{
    auto *counts = qobject_cast<OrderCategoriesModel *>(categoryView()->model());
    const int all = m_window->filterModel()->categoryCounts().at(0);
    QTRY_COMPARE_WITH_TIMEOUT(counts->index(0).data(OrderCategoriesModel::CountRole).toInt(), all,
                              kWaitMs);
    saveShot(m_window.get(), name);
}

void TestMainWindow::seededOrdersAppear()
{
    OrdersModel *model = m_window->ordersModel();
    QCOMPARE(model->rowCount(), int(m_server->orderCount()));
    // Every server order is there once, with the status of the tab it was listed under and
    // the tag as the person knows it.
    QSet<qint64> seen;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        const QModelIndex index = model->indexOfOrder(o.orderId);
        QVERIFY2(index.isValid(), qPrintable(QString::number(o.orderId)));
        seen.insert(o.orderId);
        const Order &row = model->orderAt(index.row());
        QCOMPARE(row.productName, o.productName);
        QCOMPARE(row.cycleName, o.cycleName);
        QCOMPARE(row.tag, clientTag(o));
        const OrderStatus status = o.status == MockOrder::Status::Active ? OrderStatus::Active
                                   : o.status == MockOrder::Status::OnHold
                                       ? OrderStatus::OnHold
                                       : OrderStatus::Cancelled;
        QCOMPARE(row.status, status);
        QCOMPARE(row.expiresAt.isValid(), o.expiresAt.has_value());
        if (o.expiresAt)
            QCOMPARE(row.expiresAt.toSecsSinceEpoch(), *o.expiresAt);
    }
    QCOMPARE(seen.size(), kOrders);

    // First start: the active orders, soonest expiry first.
    QCOMPARE(m_window->filterModel()->filter().category(), Category::Active);
    QCOMPARE(m_window->filterModel()->rowCount(), expected(Category::Active));
    QCOMPARE(view()->model()->rowCount(), expected(Category::Active));
    QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), int(OrdersModel::ExpiresColumn));

    // The account bar and the status bar tell the rest.
    auto *bar = m_window->findChild<AccountBar *>();
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->balanceText().contains(Money::format(m_server->balanceCents())),
                             kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::Connected,
                              kWaitMs);
    QVERIFY2(m_window->syncStatusText().contains(QLocale().toString(expected(Category::Active))),
             qPrintable(m_window->syncStatusText()));
    QVERIFY2(m_window->syncStatusText().contains(QString::number(kOrders)),
             qPrintable(m_window->syncStatusText()));
    bool updatedShown = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        updatedShown = updatedShown || label->text().startsWith(QStringLiteral("Updated "));
    QVERIFY(updatedShown);
    shot(QStringLiteral("mainwindow-first-start"));
}

void TestMainWindow::categoryListNarrowsRows()
{
    const Category all[] = {Category::All, Category::Active, Category::OnHold,
                            Category::Cancelled, Category::ExpiringSoon};
    auto *counts = qobject_cast<OrderCategoriesModel *>(categoryView()->model());
    QVERIFY(counts);
    for (Category category : all) {
        selectCategory(category);
        const int n = expected(category);
        QVERIFY2(n > 0, qPrintable(OrderCategoriesModel::label(category)));
        QCOMPARE(view()->model()->rowCount(), n);
        // The live count beside the category says the same.
        const QModelIndex row = counts->index(OrderCategoriesModel::rowOf(category));
        QTRY_COMPARE_WITH_TIMEOUT(row.data(OrderCategoriesModel::CountRole).toInt(), n, kWaitMs);
        QVERIFY(row.data().toString().contains(QLocale().toString(n)));
    }
    QCOMPARE(expected(Category::All), kOrders);
    // The keyboard moves through the categories too.
    categoryView()->setFocus();
    QTest::keyClick(categoryView(), Qt::Key_Home);
    QCOMPARE(m_window->filterModel()->filter().category(), Category::All);
    QTest::keyClick(categoryView(), Qt::Key_Down);
    QCOMPARE(m_window->filterModel()->filter().category(), Category::Active);
    QCOMPARE(view()->model()->rowCount(), expected(Category::Active));
}

void TestMainWindow::productComboNarrowsRows()
{
    selectCategory(Category::All);
    auto *combo = child<QComboBox>("productCombo");
    QSet<QString> serverProducts;
    for (const MockOrder &o : m_server->backend().state().orders())
        serverProducts.insert(o.productName);
    QCOMPARE(combo->count(), int(serverProducts.size()) + 1); // plus "All products"
    int total = 0;
    for (const QString &product : std::as_const(serverProducts)) {
        QVERIFY2(chooseWithKeyboard(combo, product), qPrintable(product));
        const int n = expected(Category::All, product);
        QCOMPARE(view()->model()->rowCount(), n);
        total += n;
    }
    QCOMPARE(total, kOrders);
    // With a category as well.
    selectCategory(Category::Cancelled);
    const QString product = combo->currentData().toString();
    QCOMPARE(view()->model()->rowCount(), expected(Category::Cancelled, product));
    QVERIFY(chooseWithKeyboard(combo, QString()));
    QCOMPARE(view()->model()->rowCount(), expected(Category::Cancelled));
}

void TestMainWindow::tagComboNarrowsRows()
{
    selectCategory(Category::All);
    auto *combo = child<QComboBox>("tagCombo");
    QSet<QString> serverTags;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (!clientTag(o).isEmpty())
            serverTags.insert(clientTag(o));
    }
    QCOMPARE(combo->count(), int(serverTags.size()) + 2); // plus "All tags" and "Untagged"
    QVERIFY(chooseWithKeyboard(combo, OrderFilter::untaggedTag()));
    QCOMPARE(combo->currentText(), QStringLiteral("Untagged"));
    const int untagged = expected(Category::All, {}, OrderFilter::untaggedTag());
    QVERIFY(untagged > 0);
    QCOMPARE(view()->model()->rowCount(), untagged);
    int total = untagged;
    for (const QString &tag : std::as_const(serverTags)) {
        QVERIFY2(chooseWithKeyboard(combo, tag), qPrintable(tag));
        const int n = expected(Category::All, {}, tag);
        QVERIFY(n > 0);
        QCOMPARE(view()->model()->rowCount(), n);
        // Every visible row carries that tag.
        for (int row = 0; row < view()->model()->rowCount(); ++row)
            QCOMPARE(view()->model()->index(row, OrdersModel::TagColumn).data().toString(), tag);
        total += n;
    }
    QCOMPARE(total, kOrders);
}

void TestMainWindow::searchFieldNarrowsRows()
{
    selectCategory(Category::All);
    const MockOrder sample = m_server->backend().state().orders().at(17);
    const QStringList queries = {
        QString::number(sample.orderId),            // one id
        QString::number(sample.orderId).left(5),    // id digits
        QStringLiteral("isp"),                      // product, lower case
        QStringLiteral("RESIDENTIAL"),              // product, upper case
        QStringLiteral("Month"),                    // cycle
        QStringLiteral("acme"),                     // tag
        QStringLiteral("ТЕСТ"),                     // tag, Cyrillic, other case
        QStringLiteral("zz-nothing-matches"),
    };
    for (const QString &q : queries) {
        typeSearch(q);
        const int n = expected(Category::All, {}, {}, q);
        if (!q.startsWith(u'z'))
            QVERIFY2(n > 0, qPrintable(q));
        QCOMPARE(view()->model()->rowCount(), n);
        if (q == QStringLiteral("acme"))
            shot(QStringLiteral("mainwindow-search"));
    }
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(m_window->syncStatusText().contains(QStringLiteral("Showing 0")));
    // Clearing the search shows everything again.
    typeSearch(QString());
    QCOMPARE(view()->model()->rowCount(), kOrders);
}

void TestMainWindow::filtersCombine()
{
    selectCategory(Category::Active);
    QVERIFY(chooseWithKeyboard(child<QComboBox>("productCombo"), QStringLiteral("Datacenter Proxy")));
    typeSearch(QStringLiteral("month"));
    const int n = expected(Category::Active, QStringLiteral("Datacenter Proxy"), {},
                           QStringLiteral("month"));
    QVERIFY(n > 0);
    QCOMPARE(view()->model()->rowCount(), n);
    QVERIFY(chooseWithKeyboard(child<QComboBox>("tagCombo"), OrderFilter::untaggedTag()));
    QCOMPARE(view()->model()->rowCount(),
             expected(Category::Active, QStringLiteral("Datacenter Proxy"),
                      OrderFilter::untaggedTag(), QStringLiteral("month")));
    // The live counts follow the other filters.
    auto *counts = qobject_cast<OrderCategoriesModel *>(categoryView()->model());
    QTRY_COMPARE_WITH_TIMEOUT(
        counts->index(OrderCategoriesModel::rowOf(Category::Cancelled))
            .data(OrderCategoriesModel::CountRole)
            .toInt(),
        expected(Category::Cancelled, QStringLiteral("Datacenter Proxy"),
                 OrderFilter::untaggedTag(), QStringLiteral("month")),
        kWaitMs);

    // "Clear filters" (Ctrl+Shift+L) brings back every order.
    view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view()->model()->rowCount(), kOrders);
    QCOMPARE(searchEdit()->text(), QString());
}

void TestMainWindow::ctrlFFocusesSearch()
{
    view()->setFocus();
    QVERIFY(view()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(searchEdit()->hasFocus(), kWaitMs);
    // Typing goes straight into the search.
    selectCategory(Category::All);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(searchEdit()->hasFocus(), kWaitMs);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("scraping"));
    QCOMPARE(searchEdit()->text(), QStringLiteral("scraping"));
    QCOMPARE(view()->model()->rowCount(), expected(Category::All, {}, {}, QStringLiteral("scraping")));
}

void TestMainWindow::keyboardAlone()
{
    // Ctrl+1 goes to the orders, arrows pick one, its details load; Ctrl+I goes to them.
    searchEdit()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(view()->hasFocus(), kWaitMs);
    QTest::keyClick(view(), Qt::Key_Down);
    QTest::keyClick(view(), Qt::Key_Down);
    const qint64 id = m_window->currentOrderId();
    QVERIFY(id > 0);
    auto *details = child<OrderDetailsPanel>("detailsPanel");
    QCOMPARE(details->orderId(), id);
    const std::optional<MockOrder> server = m_server->order(id);
    QVERIFY(server);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("quantityValue")->text(),
                              QLocale().toString(server->quantity), kWaitMs);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("productValue")->hasFocus(), kWaitMs);
}

void TestMainWindow::clickingHeaderSorts()
{
    selectCategory(Category::All);
    QHeaderView *header = view()->horizontalHeader();
    auto clickHeader = [header](int logical) {
        const int x = header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, header->height() / 2));
    };
    auto checkSorted = [this](int column, Qt::SortOrder order) {
        QAbstractItemModel *m = view()->model();
        for (int row = 1; row < m->rowCount(); ++row) {
            const QVariant a = m->index(row - 1, column).data(OrdersModel::RawValueRole);
            const QVariant b = m->index(row, column).data(OrdersModel::RawValueRole);
            // No expiry sorts after every date.
            const qint64 ka = a.isValid() ? a.toLongLong() : std::numeric_limits<qint64>::max();
            const qint64 kb = b.isValid() ? b.toLongLong() : std::numeric_limits<qint64>::max();
            if (order == Qt::AscendingOrder ? ka > kb : ka < kb)
                return false;
        }
        return true;
    };

    clickHeader(OrdersModel::IdColumn);
    QCOMPARE(header->sortIndicatorSection(), int(OrdersModel::IdColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QVERIFY(checkSorted(OrdersModel::IdColumn, first));
    clickHeader(OrdersModel::IdColumn);
    QVERIFY(header->sortIndicatorOrder() != first);
    QVERIFY(checkSorted(OrdersModel::IdColumn, header->sortIndicatorOrder()));
    const qint64 firstId = orderIdAtViewRow(0);
    QCOMPARE(firstId, header->sortIndicatorOrder() == Qt::AscendingOrder
                          ? MockState::kFirstOrderId
                          : MockState::kFirstOrderId + kOrders - 1);

    clickHeader(OrdersModel::ExpiresColumn);
    QCOMPARE(header->sortIndicatorSection(), int(OrdersModel::ExpiresColumn));
    QVERIFY(checkSorted(OrdersModel::ExpiresColumn, header->sortIndicatorOrder()));
    clickHeader(OrdersModel::StatusColumn);
    QVERIFY(checkSorted(OrdersModel::StatusColumn, header->sortIndicatorOrder()));
}

void TestMainWindow::selectingRowLoadsDetailsOnce()
{
    selectCategory(Category::All);
    auto *details = child<OrderDetailsPanel>("detailsPanel");
    auto *quantity = child<QLabel>("quantityValue");
    auto *price = child<QLabel>("priceValue");
    QAbstractItemModel *m = view()->model();

    clickIndex(view(), m->index(3, OrdersModel::ProductColumn));
    const qint64 a = m_window->currentOrderId();
    QCOMPARE(a, orderIdAtViewRow(3));
    QCOMPARE(details->orderId(), a);
    const std::optional<MockOrder> serverA = m_server->order(a);
    QVERIFY(serverA);
    const QString pathA = QStringLiteral("/user/api/orders/%1").arg(a);
    QTRY_COMPARE_WITH_TIMEOUT(quantity->text(), QLocale().toString(serverA->quantity), kWaitMs);
    QCOMPARE(price->text(), Money::format(serverA->pricePaidCents));
    QCOMPARE(child<QLabel>("productValue")->text(), serverA->productName);
    QCOMPARE(child<QLabel>("promoValue")->text(),
             serverA->promoCode.isEmpty() ? QStringLiteral("None") : serverA->promoCode);
    QCOMPARE(exactRequestCount(*m_server, "GET", pathA), 1);
    // The table's quantity and price columns fill in too.
    const QModelIndex rowA = m_window->filterModel()->indexOfOrder(a, OrdersModel::PriceColumn);
    QCOMPARE(rowA.data(OrdersModel::RawValueRole).toLongLong(), serverA->pricePaidCents);
    shot(QStringLiteral("mainwindow-details"));

    // Another order, then back: the first one comes from the cache.
    clickIndex(view(), m->index(5, OrdersModel::ProductColumn));
    const qint64 b = m_window->currentOrderId();
    QVERIFY(b != a);
    const std::optional<MockOrder> serverB = m_server->order(b);
    QTRY_COMPARE_WITH_TIMEOUT(quantity->text(), QLocale().toString(serverB->quantity), kWaitMs);
    QCOMPARE(price->text(), Money::format(serverB->pricePaidCents));
    clickIndex(view(), m_window->filterModel()->indexOfOrder(a, OrdersModel::ProductColumn));
    QCOMPARE(m_window->currentOrderId(), a);
    QCOMPARE(quantity->text(), QLocale().toString(serverA->quantity));
    QCOMPARE(price->text(), Money::format(serverA->pricePaidCents));
    QCOMPARE(exactRequestCount(*m_server, "GET", pathA), 1);

    // Reload asks the server again, and shows what it says now.
    MockOrder changed = *serverA;
    changed.quantity = serverA->quantity + 7;
    QVERIFY(m_server->updateOrder(changed));
    auto *reload = child<QPushButton>("refreshButton");
    QVERIFY(reload->isVisible());
    QTest::mouseClick(reload, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exactRequestCount(*m_server, "GET", pathA), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(quantity->text(), QLocale().toString(changed.quantity), kWaitMs);
}

void TestMainWindow::refreshKeepsSelection()
{
    selectCategory(Category::All);
    QAbstractItemModel *m = view()->model();
    clickIndex(view(), m->index(10, OrdersModel::IdColumn));
    const qint64 selected = m_window->currentOrderId();
    QVERIFY(selected > 0);
    const std::optional<MockOrder> before = m_server->order(selected);
    QVERIFY(before);

    // On the server meanwhile: the selected order is renewed for a year (it moves to the
    // end of the expiry sort), another one is tagged, a third one disappears.
    MockOrder renewed = *before;
    renewed.status = MockOrder::Status::Active;
    renewed.expiresAt = QDateTime::currentSecsSinceEpoch() + 365LL * 86400;
    QVERIFY(m_server->updateOrder(renewed));
    MockOrder tagged = m_server->backend().state().orders().at(0);
    if (tagged.orderId == selected)
        tagged = m_server->backend().state().orders().at(1);
    tagged.tag = QStringLiteral("refreshed-tag");
    QVERIFY(m_server->updateOrder(tagged));

    const int syncs = int(m_synced->size());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForSync(syncs));
    QCOMPARE(m_window->currentOrderId(), selected);
    const QModelIndex current = view()->currentIndex();
    QCOMPARE(current.row(), m_window->filterModel()->indexOfOrder(selected).row());
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_window->filterModel()->orderIdAt(rows.first().row()), selected);
    QCOMPARE(child<OrderDetailsPanel>("detailsPanel")->orderId(), selected);
    // The new data is there.
    QCOMPARE(m_window->ordersModel()->orderAt(int(m_services->store.rowOf(tagged.orderId))).tag,
             QStringLiteral("refreshed-tag"));
    QCOMPARE(m_services->store.find(selected)->expiresAt.toSecsSinceEpoch(), *renewed.expiresAt);

    // The toolbar's Refresh action does the same.
    const int syncs2 = int(m_synced->size());
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
    refresh->trigger();
    QVERIFY(waitForSync(syncs2));
    QCOMPARE(m_window->currentOrderId(), selected);
    QCOMPARE(view()->selectionModel()->selectedRows().size(), 1);
}

void TestMainWindow::failedRefreshKeepsRowsAndRetries()
{
    selectCategory(Category::All);
    clickIndex(view(), view()->model()->index(2, 0));
    const qint64 selected = m_window->currentOrderId();
    const int visible = view()->model()->rowCount();
    QSignalSpy failed(&m_services->orders, &OrderService::syncFailed);
    MockFault broken = MockFault::make(MockFault::Kind::Server500,
                                        QStringLiteral("/user/api/orders"), "GET");
    broken.count = -1;
    m_server->addFault(broken);

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(failed.wait(kWaitMs));
    // The orders stay on screen and usable.
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    QCOMPARE(view()->model()->rowCount(), visible);
    QCOMPARE(m_window->currentOrderId(), selected);
    QVERIFY2(m_window->syncStatusText().startsWith(QStringLiteral("Refresh failed")),
             qPrintable(m_window->syncStatusText()));
    QVERIFY(m_window->syncStatusText().size() > QStringLiteral("Refresh failed: ").size());
    QToolButton *retry = retryButton();
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::Offline,
                              kWaitMs);
    shot(QStringLiteral("mainwindow-refresh-failed"));

    m_server->clearFaults();
    const int syncs = int(m_synced->size());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(waitForSync(syncs));
    QVERIFY(!retry->isVisible());
    QVERIFY2(!m_window->syncStatusText().contains(QStringLiteral("failed")),
             qPrintable(m_window->syncStatusText()));
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    QCOMPARE(m_window->currentOrderId(), selected);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::Connected,
                              kWaitMs);
}

void TestMainWindow::unauthorizedAsksForKeyAndKeepsRows()
{
    selectCategory(Category::All);
    MockFault rejected = MockFault::make(MockFault::Kind::Unauthorized401,
                                         QStringLiteral("/user/api/me"));
    rejected.count = -1;
    m_server->addFault(rejected);
    const int meBefore = exactRequestCount(*m_server, "GET", QStringLiteral("/user/api/me"));

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleLoginDialogs().isEmpty(), kWaitMs);
    QCOMPARE(visibleLoginDialogs().size(), 1);
    QPointer<LoginDialog> dialog = visibleLoginDialogs().first();
    QCOMPARE(dialog->parentWidget(), m_window.get());
    QCOMPARE(dialog->server().adjusted(QUrl::StripTrailingSlash),
             m_server->url().adjusted(QUrl::StripTrailingSlash));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no longer accepts")), qPrintable(message->text()));
    // Nothing is lost meanwhile.
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    QCOMPARE(view()->model()->rowCount(), kOrders);
    saveShot(dialog, QStringLiteral("signin-again-dialog"));

    // The key works again (the server fixed it): type it, sign in, and the data refreshes.
    m_server->clearFaults();
    const int syncs = int(m_synced->size());
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QVERIFY(key);
    key->setFocus();
    QTest::keyClicks(key, m_server->token());
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kWaitMs);
    QVERIFY(waitForSync(syncs));
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::Connected,
                              kWaitMs);
    QVERIFY(exactRequestCount(*m_server, "GET", QStringLiteral("/user/api/me")) >= meBefore + 2);
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    QVERIFY(visibleLoginDialogs().isEmpty());
    // A second 401 asks again (the first dialog left nothing stuck).
    m_server->addFault(MockFault::make(MockFault::Kind::Unauthorized401,
                                       QStringLiteral("/user/api/me")));
    const int meNow = exactRequestCount(*m_server, "GET", QStringLiteral("/user/api/me"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(exactRequestCount(*m_server, "GET", QStringLiteral("/user/api/me")) >
                                 meNow,
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleLoginDialogs().isEmpty(), kWaitMs);
    QCOMPARE(visibleLoginDialogs().size(), 1);
}

void TestMainWindow::unauthorizedEverywhereKeepsRows()
{
    // The key is revoked: every call answers 401, the refresh fails as a whole.
    selectCategory(Category::OnHold);
    const int visible = view()->model()->rowCount();
    MockFault revoked = MockFault::make(MockFault::Kind::Unauthorized401, QStringLiteral("/user/api"));
    revoked.count = -1;
    m_server->addFault(revoked);
    QSignalSpy failed(&m_services->orders, &OrderService::syncFailed);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(failed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!visibleLoginDialogs().isEmpty(), kWaitMs);
    // One dialog, however many calls were refused.
    QCOMPARE(visibleLoginDialogs().size(), 1);
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    QCOMPARE(view()->model()->rowCount(), visible);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::KeyRejected,
                              kWaitMs);
    // The dialog explains it; the status bar does not offer a retry that cannot work.
    QToolButton *retry = retryButton();
    QVERIFY(retry && !retry->isVisible());
    shot(QStringLiteral("mainwindow-key-rejected"));

    m_server->clearFaults();
    const int syncs = int(m_synced->size());
    LoginDialog *dialog = visibleLoginDialogs().first();
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit")), m_server->token());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(waitForSync(syncs));
    QTRY_VERIFY_WITH_TIMEOUT(visibleLoginDialogs().isEmpty(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::Connected,
                              kWaitMs);
    QCOMPARE(view()->model()->rowCount(), visible);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    QStringList missing;
    int checked = 0;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QListView *>(w) || qobject_cast<QTableView *>(w) ||
                             qobject_cast<QPushButton *>(w);
        if (!control)
            continue;
        // A combo box's own popup list is part of the combo box.
        bool insideCombo = false;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            insideCombo = insideCombo || qobject_cast<QComboBox *>(p);
        if (insideCombo)
            continue;
        ++checked;
        bool hasBuddy = false;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->buddy() == w && !label->text().isEmpty())
                hasBuddy = true;
        }
        QString name = w->accessibleName();
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
            name = iface->text(QAccessible::Name);
        if (w->accessibleName().isEmpty() && !hasBuddy) {
            // A push button's own text is its name; anything else needs a name or a label.
            auto *button = qobject_cast<QPushButton *>(w);
            if (!button || button->text().remove(u'&').trimmed().isEmpty())
                missing.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                               w->objectName());
        }
        if (name.trimmed().isEmpty())
            missing.append(QStringLiteral("(screen reader) ") +
                           QString::fromLatin1(w->metaObject()->className()) + u' ' +
                           w->objectName());
    }
    QVERIFY(checked >= 7);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QToolButton *retry = retryButton();
    QVERIFY(retry);
    QVERIFY(!retry->accessibleName().isEmpty());
}

void TestMainWindow::settingsPersist()
{
    selectCategory(Category::Cancelled);
    QVERIFY(chooseWithKeyboard(child<QComboBox>("productCombo"), QStringLiteral("ISP Proxy")));
    QVERIFY(chooseWithKeyboard(child<QComboBox>("tagCombo"), OrderFilter::untaggedTag()));
    typeSearch(QStringLiteral("1"));
    const OrderFilter filter = m_window->filterModel()->filter();
    QCOMPARE(filter.category(), Category::Cancelled);
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(OrdersModel::TagColumn, 141);
    view()->sortByColumn(OrdersModel::IdColumn, Qt::DescendingOrder);
    header->setSectionHidden(OrdersModel::LocationColumn, true);
    const int shown = view()->model()->rowCount();
    QCOMPARE(shown, expected(Category::Cancelled, QStringLiteral("ISP Proxy"),
                             OrderFilter::untaggedTag(), QStringLiteral("1")));

    QVERIFY(m_window->close());
    m_window.reset();

    // A new window, as after a restart (the same account still signed in).
    m_window = std::make_unique<MainWindow>(m_services->context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->filterModel()->filter(), filter);
    QCOMPARE(categoryView()->currentIndex().row(), OrderCategoriesModel::rowOf(Category::Cancelled));
    QCOMPARE(child<QComboBox>("productCombo")->currentData().toString(), QStringLiteral("ISP Proxy"));
    QCOMPARE(child<QComboBox>("tagCombo")->currentData().toString(), OrderFilter::untaggedTag());
    QCOMPARE(searchEdit()->text(), QStringLiteral("1"));
    QHeaderView *restored = view()->horizontalHeader();
    // The product takes what the others leave (issue 14); the others keep their widths.
    QCOMPARE(restored->sectionResizeMode(OrdersModel::ProductColumn), QHeaderView::Stretch);
    QCOMPARE(restored->sectionSize(OrdersModel::TagColumn), 141);
    QVERIFY(restored->isSectionHidden(OrdersModel::LocationColumn));
    QCOMPARE(restored->sortIndicatorSection(), int(OrdersModel::IdColumn));
    QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(view()->model()->rowCount(), shown);
    QVERIFY(orderIdAtViewRow(0) > orderIdAtViewRow(1));
}

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
