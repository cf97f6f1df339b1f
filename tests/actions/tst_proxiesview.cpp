// ProxiesView over the real services and the mock server: the proxies of a Datacenter/ISP order
// with masked passwords, "Copy selected" and "Copy all" putting the right text on the clipboard
// in each format, "Save to file…" writing UTF-8 one a line (or, when a write fails part-way,
// saying so and keeping the old file), failures (403, 401, timeout, server error, dropped
// connection) inline with Retry, the reason instead of a request for other products, the
// loading state, a stale answer for another order dropped, and no request while hidden.

#include "actionsupport.h"

#include "actions/proxiesview.h"
#include "actions/proxytablemodel.h"
#include "api/apiclient.h"

#include "../export/filesizelimit.h" // a write failing part-way, as in the export tests

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QCheckBox>

#include <memory>

using namespace ActionTest;

namespace {
const QString kProxiesPath = QStringLiteral("/user/api/proxies/active");

// The formats as a person expects them, written out here rather than taken from ProxyFormat.
QString expectedLine(const ActiveProxy &p, ProxyFormat::Style style)
{
    const QString http = QString::number(p.httpPort);
    const QString auth = QString::fromLatin1(QUrl::toPercentEncoding(p.username)) + u':' +
                         QString::fromLatin1(QUrl::toPercentEncoding(p.password));
    switch (style) {
    case ProxyFormat::Style::IpPortUserPass:
        return QStringLiteral("%1:%2:%3:%4").arg(p.ip, http, p.username, p.password);
    case ProxyFormat::Style::UserPassAtIpPort:
        return QStringLiteral("%1:%2@%3:%4").arg(p.username, p.password, p.ip, http);
    case ProxyFormat::Style::HttpUrl:
        return QStringLiteral("http://%1@%2:%3").arg(auth, p.ip, http);
    case ProxyFormat::Style::Socks5Url:
        return QStringLiteral("socks5://%1@%2:%3").arg(auth, p.ip, QString::number(p.socksPort));
    }
    return {};
}
} // namespace

class TestProxiesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheOrdersProxies();
    void copyAllInEachFormat_data();
    void copyAllInEachFormat();
    void copySelectedRows();
    void saveToFileThroughTheDialog();
    void saveFailingPartWayKeepsExistingFile();
    void passwordsMaskedUntilShown();
    void otherProductsSayWhyWithoutRequest();
    void failureInlineWithRetry_data();
    void failureInlineWithRetry();
    void inactiveOrderHasNoProxies();
    void staleAnswerForAnotherOrderIsDropped();
    void hiddenViewLoadsWhenShown();
    void signaturesShownForOrdersWithP0fSlots();

private:
    MockOrder activeDcOrder(int minQuantity, int skip = 0) const;
    std::unique_ptr<ProxiesView> openView(qint64 orderId);
    template <typename T>
    static T *child(ProxiesView *v, const char *name)
    {
        return v->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
};

void TestProxiesView::initTestCase()
{
    initApplication("tst_proxiesview");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestProxiesView::init()
{
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->resetDemoData(120);
    m_services = std::make_unique<Services>(*m_server);
    QVERIFY(m_services->sync());
    // The renewal alerts read the prices of lapsing orders after a sync, as in the window:
    // let them end, so that the calls counted below are the view's own.
    QTRY_COMPARE_WITH_TIMEOUT(m_services->client.callsInFlight(), 0, kWaitMs);
    m_server->clearRecorded();
    QGuiApplication::clipboard()->clear();
}

void TestProxiesView::cleanup()
{
    m_services.reset();
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->releaseHungConnections();
}

MockOrder TestProxiesView::activeDcOrder(int minQuantity, int skip) const
{
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status == MockOrder::Status::Active && isDcOrIsp(*m_server, o) &&
            o.quantity >= minQuantity && skip-- <= 0)
            return o;
    }
    return {};
}

std::unique_ptr<ProxiesView> TestProxiesView::openView(qint64 orderId)
{
    auto view = std::make_unique<ProxiesView>(m_services->orders, m_services->store);
    new QAbstractItemModelTester(view->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 view.get());
    view->resize(720, 360);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    view->showOrder(orderId);
    return view;
}

void TestProxiesView::loadsTheOrdersProxies()
{
    const MockOrder order = activeDcOrder(3);
    QVERIFY(order.orderId > 0);
    m_server->setLatency(100);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QCOMPARE(view->state(), ProxiesView::State::Loading);
    QVERIFY(view->stateText().contains(u"Loading"));
    QVERIFY(!child<QPushButton>(view.get(), "copyAllButton")->isEnabled());
    saveShot(view.get(), QStringLiteral("proxies-loading"));
    QSignalSpy loaded(view.get(), &ProxiesView::proxiesLoaded);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(view->state(), ProxiesView::State::Loaded);
    QCOMPARE(int(view->proxies().size()), order.quantity);
    QCOMPARE(view->model()->rowCount(), order.quantity);
    const ActiveProxy &first = view->proxies().first();
    QCOMPARE(first.username, QStringLiteral("sd") + QString::number(order.orderId));
    QCOMPARE(view->model()->index(0, ProxyTableModel::IpColumn).data().toString(), first.ip);
    QCOMPARE(view->model()->index(0, ProxyTableModel::HttpPortColumn).data().toString(),
             QString::number(first.httpPort));
    QCOMPARE(view->model()->index(0, ProxyTableModel::SocksPortColumn).data().toString(),
             QString::number(first.socksPort));
    QCOMPARE(view->model()->index(0, ProxyTableModel::StatusColumn).data().toString(),
             first.status);
    QVERIFY(!view->model()->index(0, ProxyTableModel::UntilColumn).data().toString().isEmpty());
    QVERIFY(child<QPushButton>(view.get(), "copyAllButton")->isEnabled());
    QVERIFY(child<QPushButton>(view.get(), "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view.get(), "copySelectedButton")->isEnabled());
    QCOMPARE(exactRequestCount(*m_server, "GET", kProxiesPath), 1);
    view->findChild<QTableView *>(QStringLiteral("proxiesView"))->selectRow(1);
    saveShot(view.get(), QStringLiteral("proxies-loaded"));
}

void TestProxiesView::copyAllInEachFormat_data()
{
    QTest::addColumn<int>("style");
    for (const ProxyFormat::Style style : ProxyFormat::styles())
        QTest::newRow(qPrintable(ProxyFormat::label(style))) << int(style);
}

void TestProxiesView::copyAllInEachFormat()
{
    QFETCH(int, style);
    const MockOrder order = activeDcOrder(2);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);

    // Chosen in the combo, as a person does.
    auto *combo = child<QComboBox>(view.get(), "formatCombo");
    combo->setCurrentIndex(combo->findData(style));
    QCOMPARE(int(view->style()), style);
    QSignalSpy copied(view.get(), &ProxiesView::copied);
    QTest::mouseClick(child<QPushButton>(view.get(), "copyAllButton"), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);

    QStringList lines;
    for (const ActiveProxy &p : view->proxies())
        lines.append(expectedLine(p, ProxyFormat::Style(style)));
    QCOMPARE(QGuiApplication::clipboard()->text(), lines.join(u'\n'));
    QCOMPARE(int(lines.size()), order.quantity);
    QVERIFY(view->feedbackText().contains(ProxyFormat::label(ProxyFormat::Style(style))));
}

void TestProxiesView::copySelectedRows()
{
    const MockOrder order = activeDcOrder(4);
    QVERIFY(order.orderId > 0);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);
    view->setStyle(ProxyFormat::Style::Socks5Url);
    auto *table = child<QTableView>(view.get(), "proxiesView");
    // Rows 2 and 0, picked with the mouse (Ctrl adds): copied in list order.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->model()->index(2, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(view->model()->index(0, 0)).center());
    auto *copySelected = child<QPushButton>(view.get(), "copySelectedButton");
    QVERIFY(copySelected->isEnabled());
    QTest::mouseClick(copySelected, Qt::LeftButton);
    const QString expected =
        expectedLine(view->proxies().at(0), ProxyFormat::Style::Socks5Url) + u'\n' +
        expectedLine(view->proxies().at(2), ProxyFormat::Style::Socks5Url);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(view->feedbackText().startsWith(u"Copied 2 prox"));

    // One row: the line alone, ready to paste into a field.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->model()->index(1, 0)).center());
    QTest::mouseClick(copySelected, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             expectedLine(view->proxies().at(1), ProxyFormat::Style::Socks5Url));
}

void TestProxiesView::saveToFileThroughTheDialog()
{
    const MockOrder order = activeDcOrder(3);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);
    view->setStyle(ProxyFormat::Style::UserPassAtIpPort);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("прокси.txt")); // a non-ASCII name too

    QTest::mouseClick(child<QPushButton>(view.get(), "saveButton"), Qt::LeftButton);
    auto *fileDialog = view->findChild<QFileDialog *>(QStringLiteral("saveProxiesDialog"));
    QVERIFY(fileDialog);
    QTRY_VERIFY(fileDialog->isVisible());
    QSignalSpy saved(view.get(), &ProxiesView::saved);
    fileDialog->selectFile(path);
    static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept() is protected
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(1).toInt(), order.quantity);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString expected;
    for (const ActiveProxy &p : view->proxies())
        expected += expectedLine(p, ProxyFormat::Style::UserPassAtIpPort) + u'\n';
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);
    QVERIFY2(view->feedbackText().startsWith(QStringLiteral("Saved %1 prox").arg(order.quantity)),
             qPrintable(view->feedbackText()));

    // A place that cannot be written: said inline, nothing claimed.
    QVERIFY(!view->saveToFile(dir.filePath(QStringLiteral("missing/dir/p.txt"))));
    QVERIFY(view->feedbackText().startsWith(u"Could not save"));
}

// A save that fails part-way (as on a full disk; here a file-size limit one byte short of the
// list) says so and leaves the file that was there. The plain buffered QSaveFile of Qt 6.4
// reported "Saved" here and left a list cut off before its last byte.
void TestProxiesView::saveFailingPartWayKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    const MockOrder order = activeDcOrder(3);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);
    view->setStyle(ProxyFormat::Style::IpPortUserPass);
    QString expected;
    for (const ActiveProxy &p : view->proxies())
        expected += expectedLine(p, ProxyFormat::Style::IpPortUserPass) + u'\n';
    const QByteArray bytes = expected.toUtf8();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("proxies.txt"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write("old list\n"), qint64(9));
    }

    QSignalSpy saved(view.get(), &ProxiesView::saved);
    bool ok = true;
    {
        const FileSizeLimit limit(rlim_t(bytes.size() - 1));
        QVERIFY(limit.isActive());
        ok = view->saveToFile(path);
    }
    QVERIFY(!ok);
    QCOMPARE(saved.size(), 0);
    QVERIFY2(view->feedbackText().startsWith(u"Could not save " + QDir::toNativeSeparators(path)),
             qPrintable(view->feedbackText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old list\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("proxies.txt")}); // no temporary file left

    // Without the limit the same save goes through, whole.
    QVERIFY(view->saveToFile(path));
    QCOMPARE(saved.size(), 1);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
#endif
}

void TestProxiesView::passwordsMaskedUntilShown()
{
    const MockOrder order = activeDcOrder(1);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);
    const QModelIndex cell = view->model()->index(0, ProxyTableModel::PasswordColumn);
    const QString password = view->proxies().first().password;
    QVERIFY(!password.isEmpty());
    QVERIFY(!cell.data().toString().contains(password));
    QCOMPARE(cell.data(ProxyTableModel::RawValueRole).toString(), password);
    QSignalSpy changed(view->model(), &QAbstractItemModel::dataChanged);
    QTest::mouseClick(child<QCheckBox>(view.get(), "showPasswordsCheck"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ProxyTableModel::PasswordColumn));
    QCOMPARE(cell.data().toString(), password);
    // Copying always carries the real password.
    view->copyAll();
    QVERIFY(QGuiApplication::clipboard()->text().contains(password));
}

void TestProxiesView::otherProductsSayWhyWithoutRequest()
{
    const QList<MockOrder> others = serverOrders(
        *m_server, [this](const MockOrder &o) { return !isDcOrIsp(*m_server, o); }, 1);
    QCOMPARE(others.size(), 1);
    auto view = openView(others.first().orderId);
    QVERIFY(view);
    QCOMPARE(view->state(), ProxiesView::State::Unavailable);
    QVERIFY(view->stateText().contains(u"Datacenter and ISP"));
    QCOMPARE(m_services->client.callsInFlight(), 0);
    QCOMPARE(m_server->requestCount("GET", kProxiesPath), 0);
    QVERIFY(!child<QPushButton>(view.get(), "copyAllButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view.get(), "retryButton")->isVisible());
    saveShot(view.get(), QStringLiteral("proxies-unavailable"));
}

void TestProxiesView::failureInlineWithRetry_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("403") << int(MockFault::Kind::Forbidden403) << QStringLiteral("no proxy list");
    QTest::newRow("401") << int(MockFault::Kind::Unauthorized401) << QStringLiteral("Invalid API key");
    QTest::newRow("timeout") << int(MockFault::Kind::Hang) << QStringLiteral("Could not load");
    QTest::newRow("500") << int(MockFault::Kind::Server500) << QStringLiteral("Could not load");
    QTest::newRow("drop") << int(MockFault::Kind::Drop) << QStringLiteral("Could not load");
}

void TestProxiesView::failureInlineWithRetry()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const MockOrder order = activeDcOrder(2);
    m_services->client.setTimeoutMs(400);
    MockFault fault = MockFault::make(MockFault::Kind(kind), kProxiesPath, "GET");
    fault.count = -1; // every try, retries included
    m_server->addFault(fault);
    auto view = openView(order.orderId);
    QVERIFY(view);
    QSignalSpy failed(view.get(), &ProxiesView::loadFailed);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(view->state(), ProxiesView::State::Failed);
    QVERIFY2(view->stateText().contains(expected), qPrintable(view->stateText()));
    QVERIFY(view->stateText().contains(view->lastError().message()));
    auto *retry = child<QPushButton>(view.get(), "retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(!child<QPushButton>(view.get(), "copyAllButton")->isEnabled());
    saveShot(view.get(), QStringLiteral("proxies-error-") +
                             QString::fromLatin1(QTest::currentDataTag()));

    m_server->clearFaults();
    m_server->releaseHungConnections();
    QSignalSpy loaded(view.get(), &ProxiesView::proxiesLoaded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(view->state(), ProxiesView::State::Loaded);
    QCOMPARE(int(view->proxies().size()), order.quantity);
    QVERIFY(!retry->isVisible());
}

void TestProxiesView::inactiveOrderHasNoProxies()
{
    const QList<MockOrder> held = serverOrders(
        *m_server,
        [this](const MockOrder &o) {
            return isDcOrIsp(*m_server, o) && o.status != MockOrder::Status::Active;
        },
        1);
    QCOMPARE(held.size(), 1);
    auto view = openView(held.first().orderId);
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ProxiesView::State::Loaded, kWaitMs);
    QCOMPARE(view->proxies().size(), 0);
    QVERIFY(view->stateText().contains(u"not active"));
    QVERIFY(!child<QPushButton>(view.get(), "copyAllButton")->isEnabled());
}

void TestProxiesView::staleAnswerForAnotherOrderIsDropped()
{
    const MockOrder first = activeDcOrder(1);
    const MockOrder second = activeDcOrder(1, 1);
    QVERIFY(first.orderId != second.orderId);
    auto view = openView(first.orderId);
    QVERIFY(view);
    view->showOrder(second.orderId); // before the first answer came
    QSignalSpy loaded(view.get(), &ProxiesView::proxiesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->client.callsInFlight(), 0, kWaitMs);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toLongLong(), second.orderId);
    QCOMPARE(view->proxies().first().username,
             QStringLiteral("sd") + QString::number(second.orderId));
}

void TestProxiesView::hiddenViewLoadsWhenShown()
{
    const MockOrder order = activeDcOrder(1);
    ProxiesView view(m_services->orders, m_services->store);
    view.showOrder(order.orderId);
    QCOMPARE(m_services->client.callsInFlight(), 0);
    QSignalSpy loaded(&view, &ProxiesView::proxiesLoaded);
    view.show();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_server->requestCount("GET", kProxiesPath), 1);
}

void TestProxiesView::signaturesShownForOrdersWithP0fSlots()
{
    // An order with p0f slots: its signed proxies show their signature. Strict: exactly the
    // proxies that hold a slot; the realistic server signs every proxy.
    MockOrder withSlots;
    MockOrder without;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (o.status != MockOrder::Status::Active || !isDcOrIsp(*m_server, o) || o.quantity < 2)
            continue;
        if (o.p0fSlots > 0 && o.p0fSlots < o.quantity && withSlots.orderId == 0)
            withSlots = o;
        if (o.p0fSlots == 0 && without.orderId == 0)
            without = o;
    }
    QVERIFY(withSlots.orderId > 0 && without.orderId > 0);
    auto view = openView(withSlots.orderId);
    QVERIFY(view);
    QTRY_COMPARE(view->state(), ProxiesView::State::Loaded);
    auto *table = view->findChild<QTableView *>(QStringLiteral("proxiesView"));
    QVERIFY(!table->isColumnHidden(ProxyTableModel::SignatureColumn));
    int signedRows = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex cell = view->model()->index(row, ProxyTableModel::SignatureColumn);
        QCOMPARE(cell.data().toString(), view->proxies().at(row).signature);
        if (!cell.data().toString().isEmpty())
            ++signedRows;
        else
            QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), QStringLiteral("No p0f signature"));
    }
    QCOMPARE(signedRows, m_server->isRealistic() ? withSlots.quantity : withSlots.p0fSlots);
    saveShot(view.get(), QStringLiteral("proxies-signatures"));

    if (m_server->isRealistic())
        return; // every proxy is signed there
    // No slots, no signatures: the column is not shown.
    view->showOrder(without.orderId);
    QTRY_COMPARE(view->state(), ProxiesView::State::Loaded);
    QTRY_COMPARE(int(view->proxies().size()), without.quantity);
    QVERIFY(table->isColumnHidden(ProxyTableModel::SignatureColumn));
}

QTEST_MAIN(TestProxiesView)
#include "tst_proxiesview.moc"
