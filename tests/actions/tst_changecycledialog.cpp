// ChangeCycleDialog over the real services and the mock server: the cycles of the catalogue with
// the current one preselected, the promo warning, a change that shows the server's new price,
// exactly one POST however often Change is clicked, every failure (400, 403, 401, timeout) shown
// inline with the row reverted, the Datacenter/ISP gating, and the catalogue's own load failure.
// The catalogue is the shared CatalogService: one already loaded is not asked for again, and a
// load under way (the wizard's) is waited for, not repeated.

#include "actionsupport.h"

#include "actions/changecycledialog.h"
#include "api/apiclient.h"
#include "cyclelabel.h"
#include "purchase/catalogservice.h"
#include "domain/money.h"

#include "mockcatalog.h"
#include "mockproduct.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

#include <memory>

using namespace ActionTest;

namespace {
const QString kCyclePrefix = QStringLiteral("/user/api/orders/change-billing-cycle/");
const QString kProductsPath = QStringLiteral("/user/api/proxies/products");

// The cycle name the order list served for `o`, which is what the store knows: the Realistic
// profile sends "cycle_name": null for some orders (read as unknown, empty).
QString listedCycleName(const MockServer &server, const MockOrder &o)
{
    if (server.isRealistic() && MockBackend::RealisticRules::nullCycleName(o.orderId))
        return QString();
    return o.cycleName;
}
} // namespace

class TestChangeCycleDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsCyclesWithCurrentPreselected();
    void changeShowsNewPriceFromServer();
    void droppedPromoCodeIsNamed();
    void doubleClickSendsOnePost();
    void failureShownInlineAndReverted_data();
    void failureShownInlineAndReverted();
    void cycleNotOfferedAtLocationIsRefusedByServer();
    void nonDatacenterOrderIsRefusedLocally();
    void catalogueFailureShowsRetry();
    void givenCatalogueIsNotLoadedAgain();
    void catalogueLoadUnderWayIsShared();

private:
    // An active Datacenter/ISP order and a cycle its location offers besides the current one.
    std::pair<MockOrder, QString> pickOrder(const std::function<bool(const MockOrder &)> &extra = {});
    std::unique_ptr<ChangeCycleDialog> openDialog(qint64 orderId);
    static QPushButton *changeButton(ChangeCycleDialog *d)
    {
        return d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }
    static QLabel *label(ChangeCycleDialog *d, const char *name)
    {
        return d->findChild<QLabel *>(QString::fromLatin1(name));
    }

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
};

void TestChangeCycleDialog::initTestCase()
{
    initApplication("tst_changecycledialog");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestChangeCycleDialog::init()
{
    m_server->clearFaults();
    m_server->resetDemoData(150);
    m_server->clearRecorded();
    m_services = std::make_unique<Services>(*m_server);
    QVERIFY(m_services->sync());
    // The renewal alerts read the prices of lapsing orders after a sync, as in the window:
    // let them end, so that the calls counted below are the view's own.
    QTRY_COMPARE_WITH_TIMEOUT(m_services->client.callsInFlight(), 0, kWaitMs);
    m_server->clearRecorded();
}

void TestChangeCycleDialog::cleanup()
{
    m_services.reset();
    m_server->clearFaults();
    m_server->releaseHungConnections();
}

std::pair<MockOrder, QString>
TestChangeCycleDialog::pickOrder(const std::function<bool(const MockOrder &)> &extra)
{
    const MockServer &server = *m_server;
    for (const MockOrder &o : server.backend().state().orders()) {
        if (o.status != MockOrder::Status::Active || !isDcOrIsp(server, o))
            continue;
        if (extra && !extra(o))
            continue;
        const MockProduct *p = server.backend().catalog().productById(o.productId);
        for (const QString &cycle : p->cycles(o.location)) {
            if (cycle != o.cycleName)
                return {o, cycle};
        }
    }
    return {};
}

std::unique_ptr<ChangeCycleDialog> TestChangeCycleDialog::openDialog(qint64 orderId)
{
    auto dialog = std::make_unique<ChangeCycleDialog>(m_services->editor, m_services->store,
                                                      m_services->catalog, orderId);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestChangeCycleDialog::listsCyclesWithCurrentPreselected()
{
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->offeredCycles().size() >= 2, kWaitMs);
    // Without a known location: every cycle of the product, from the catalogue.
    const MockProduct *product = m_server->backend().catalog().productById(order.productId);
    QStringList all;
    for (const QString &location : product->locations) {
        for (const QString &c : product->cycles(location)) {
            if (!all.contains(c))
                all.append(c);
        }
    }
    QStringList offered = dialog->offeredCycles();
    offered.sort();
    all.sort();
    QCOMPARE(offered, all);
    QCOMPARE(dialog->selectedCycle(), listedCycleName(*m_server, order));
    QVERIFY(!changeButton(dialog.get())->isEnabled()); // the current cycle: nothing to change
    QVERIFY(label(dialog.get(), "promoWarningLabel")->isVisible());
    QVERIFY(label(dialog.get(), "promoWarningLabel")->text().contains(u"promo code"));
    QVERIFY(dialog->selectCycle(other));
    QVERIFY(changeButton(dialog.get())->isEnabled());
    QCOMPARE(m_server->requestCount("GET", kProductsPath), 1);
    QCOMPARE(m_server->requestCount("POST", kCyclePrefix), 0);
    saveShot(dialog.get(), QStringLiteral("changecycle-choose"));
}

void TestChangeCycleDialog::changeShowsNewPriceFromServer()
{
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectCycle(other), kWaitMs);
    QSignalSpy changed(dialog.get(), &ChangeCycleDialog::cycleChanged);
    QTest::mouseClick(changeButton(dialog.get()), Qt::LeftButton);
    QVERIFY(dialog->isPending());
    QVERIFY(!changeButton(dialog.get())->isEnabled());
    QVERIFY(m_services->store.isPending(order.orderId));
    QVERIFY(changed.wait(kWaitMs));

    // What the server charged now, from its own records.
    const MockProduct *product = m_server->backend().catalog().productById(order.productId);
    const qint64 original = product->unitPrice(order.location, other) * order.quantity;
    QVERIFY(dialog->result());
    QCOMPARE(dialog->result()->originalCents.value_or(-1), original);
    const QString resultText = label(dialog.get(), "resultLabel")->text();
    QVERIFY2(resultText.contains(Money::format(*dialog->result()->finalCents)),
             qPrintable(resultText));
    QVERIFY2(resultText.contains(CycleLabel::text(other)), qPrintable(resultText));
    QCOMPARE(m_server->order(order.orderId)->cycleName, other);
    QCOMPARE(m_services->store.find(order.orderId)->cycleName, other);
    QVERIFY(!m_services->store.isPending(order.orderId));
    QVERIFY(!changeButton(dialog.get())->isVisible());
    QCOMPARE(exactRequestCount(*m_server, "POST", kCyclePrefix + QString::number(order.orderId)),
             1);
    saveShot(dialog.get(), QStringLiteral("changecycle-done"));
}

void TestChangeCycleDialog::droppedPromoCodeIsNamed()
{
    // A code valid only for monthly: moving away from monthly drops it.
    const auto [order, other] = pickOrder([this](const MockOrder &o) {
        if (o.promoCode.isEmpty() || o.cycleName != u"monthly")
            return false;
        const auto code = m_server->backend().catalog().promo(o.promoCode);
        return code && !code->onlyCycle.isEmpty();
    });
    QVERIFY2(order.orderId > 0, "the demo data has a monthly order with a monthly-only code");
    QVERIFY(m_services->loadDetails(order.orderId));
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    QVERIFY(label(dialog.get(), "promoWarningLabel")->text().contains(order.promoCode));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectCycle(other), kWaitMs);
    QSignalSpy changed(dialog.get(), &ChangeCycleDialog::cycleChanged);
    QTest::mouseClick(changeButton(dialog.get()), Qt::LeftButton);
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(dialog->result()->discountPercent.value_or(-1), 0);
    QVERIFY(m_server->order(order.orderId)->promoCode.isEmpty());
    const QString text = label(dialog.get(), "resultLabel")->text();
    QVERIFY2(text.contains(order.promoCode) && text.contains(u"dropped"), qPrintable(text));
}

void TestChangeCycleDialog::doubleClickSendsOnePost()
{
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    m_server->setLatency(150); // the answer comes after every click below
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectCycle(other), kWaitMs);
    QSignalSpy finished(&m_services->editor, &OrderEditor::editFinished);
    QPushButton *button = changeButton(dialog.get());
    QTest::mouseDClick(button, Qt::LeftButton);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(finished.wait(kWaitMs));
    m_server->setLatency(0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount("POST", kCyclePrefix), 1);
    QTest::mouseClick(button, Qt::LeftButton); // done: hidden, still nothing more
    QCOMPARE(m_server->requestCount("POST", kCyclePrefix), 1);
}

void TestChangeCycleDialog::failureShownInlineAndReverted_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    // -1: no fault; the order was cancelled on the server after the client's sync (a real 400).
    QTest::newRow("400") << -1 << QStringLiteral("Cancelled orders cannot be changed");
    QTest::newRow("403") << int(MockFault::Kind::Forbidden403) << QString();
    QTest::newRow("401") << int(MockFault::Kind::Unauthorized401) << QStringLiteral("Invalid API key");
    QTest::newRow("timeout") << int(MockFault::Kind::Hang) << QStringLiteral("may still have changed");
    QTest::newRow("500") << int(MockFault::Kind::Server500) << QStringLiteral("Internal server error");
}

void TestChangeCycleDialog::failureShownInlineAndReverted()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    if (MockFault::Kind(kind) == MockFault::Kind::Hang)
        m_services->client.setTimeoutMs(400);
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectCycle(other), kWaitMs);
    if (kind < 0) {
        MockOrder cancelled = order;
        cancelled.status = MockOrder::Status::Cancelled;
        QVERIFY(m_server->updateOrder(cancelled));
    } else {
        m_server->addFault(MockFault::make(MockFault::Kind(kind), kCyclePrefix, "POST"));
    }
    QSignalSpy finished(&m_services->editor, &OrderEditor::editFinished);
    QTest::mouseClick(changeButton(dialog.get()), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(2).toBool(), false);

    QLabel *error = label(dialog.get(), "errorLabel");
    QVERIFY(error->isVisible());
    const ApiError apiError = finished.first().at(4).value<ApiError>();
    QVERIFY2(error->text().contains(apiError.message()), qPrintable(error->text()));
    if (!expected.isEmpty())
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    // Back to what the server has; the person may try again.
    QCOMPARE(m_services->store.find(order.orderId)->cycleName, listedCycleName(*m_server, order));
    QCOMPARE(m_server->order(order.orderId)->cycleName, order.cycleName);
    QVERIFY(!m_services->store.isPending(order.orderId));
    QVERIFY(changeButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->selectedCycle(), other);
    QVERIFY(!dialog->result());
    QCOMPARE(m_server->requestCount("POST", kCyclePrefix), 1); // never retried
    saveShot(dialog.get(), QStringLiteral("changecycle-error-") +
                               QString::fromLatin1(QTest::currentDataTag()));
}

void TestChangeCycleDialog::cycleNotOfferedAtLocationIsRefusedByServer()
{
    // The list does not say where an order is, so the dialog offers every cycle of the product;
    // one the order's location lacks is the server's to refuse (403).
    const MockServer &server = *m_server;
    MockOrder order;
    QString missing;
    for (const MockOrder &o : server.backend().state().orders()) {
        if (o.status != MockOrder::Status::Active || !isDcOrIsp(server, o))
            continue;
        const MockProduct *p = server.backend().catalog().productById(o.productId);
        for (const QString &location : p->locations) {
            for (const QString &c : p->cycles(location)) {
                if (!p->offersCycle(o.location, c) && missing.isEmpty()) {
                    order = o;
                    missing = c;
                }
            }
        }
        if (!missing.isEmpty())
            break;
    }
    QVERIFY(!missing.isEmpty());
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectCycle(missing), kWaitMs);
    QSignalSpy finished(&m_services->editor, &OrderEditor::editFinished);
    QTest::mouseClick(changeButton(dialog.get()), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QTRY_VERIFY(label(dialog.get(), "errorLabel")->text().contains(u"not available"));
    QCOMPARE(m_services->store.find(order.orderId)->cycleName, listedCycleName(*m_server, order));
}

void TestChangeCycleDialog::nonDatacenterOrderIsRefusedLocally()
{
    const QList<MockOrder> others = serverOrders(
        *m_server,
        [this](const MockOrder &o) {
            return !isDcOrIsp(*m_server, o) && o.status == MockOrder::Status::Active;
        },
        1);
    QCOMPARE(others.size(), 1);
    auto dialog = openDialog(others.first().orderId);
    QVERIFY(dialog);
    QLabel *state = label(dialog.get(), "stateLabel");
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), OrderEditor::whyNot(*m_services->store.find(others.first().orderId),
                                                OrderEditor::Action::Cycle));
    QVERIFY(!changeButton(dialog.get())->isEnabled());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("cycleCombo"))->isEnabled());
    QCoreApplication::processEvents(); // a deferred catalogue load would start here
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(m_services->client.callsInFlight(), 0);
    QCOMPARE(m_server->requestCount("GET", kProductsPath), 0);
    QCOMPARE(m_server->requestCount("POST", kCyclePrefix), 0);
    saveShot(dialog.get(), QStringLiteral("changecycle-refused"));
}

void TestChangeCycleDialog::catalogueFailureShowsRetry()
{
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    MockFault fault = MockFault::make(MockFault::Kind::Server500, kProductsPath, "GET");
    fault.count = 2; // the first try and its one retry
    m_server->addFault(fault);
    auto dialog = openDialog(order.orderId);
    QVERIFY(dialog);
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kWaitMs);
    QVERIFY(label(dialog.get(), "errorLabel")->text().contains(u"Internal server error"));
    QVERIFY(!changeButton(dialog.get())->isEnabled());
    saveShot(dialog.get(), QStringLiteral("changecycle-catalogue-failed"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectCycle(other), kWaitMs);
    QVERIFY(!retry->isVisible());
    QVERIFY(!label(dialog.get(), "errorLabel")->isVisible());
    QVERIFY(changeButton(dialog.get())->isEnabled());
}

void TestChangeCycleDialog::givenCatalogueIsNotLoadedAgain()
{
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    // The shared catalogue, loaded by someone else (the purchase wizard, say).
    QSignalSpy loaded(&m_services->catalog, &CatalogService::catalogLoaded);
    m_services->catalog.load();
    QVERIFY(loaded.wait(kWaitMs));
    m_server->clearRecorded();
    ChangeCycleDialog dialog(m_services->editor, m_services->store, m_services->catalog,
                             order.orderId);
    // The cycles are there at once, before the dialog is even shown.
    QVERIFY(dialog.selectCycle(other));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    QCOMPARE(m_services->client.callsInFlight(), 0);
    QCOMPARE(m_server->requestCount("GET", kProductsPath), 0);
    QVERIFY(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->isEnabled());
}

void TestChangeCycleDialog::catalogueLoadUnderWayIsShared()
{
    const auto [order, other] = pickOrder();
    QVERIFY(order.orderId > 0);
    // The wizard's load is still on its way when the dialog opens.
    QSignalSpy loaded(&m_services->catalog, &CatalogService::catalogLoaded);
    m_services->catalog.load();
    QVERIFY(m_services->catalog.isLoading());
    auto dialog = std::make_unique<ChangeCycleDialog>(m_services->editor, m_services->store,
                                                      m_services->catalog, order.orderId);
    QVERIFY(label(dialog.get(), "stateLabel")->text().contains(u"Loading"));
    QVERIFY(!dialog->selectCycle(other));
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(dialog->selectCycle(other));
    QVERIFY(changeButton(dialog.get())->isEnabled());
    QCOMPARE(m_server->requestCount("GET", kProductsPath), 1); // one load, for both

    // Closed, the dialog leaves nothing behind on the shared service: a later load (the
    // wizard's) reaches only those still listening.
    dialog.reset();
    m_services->catalog.load();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(m_server->requestCount("GET", kProductsPath), 2);
}

QTEST_MAIN(TestChangeCycleDialog)
#include "tst_changecycledialog.moc"
