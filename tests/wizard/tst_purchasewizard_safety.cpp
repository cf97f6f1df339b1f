// Money safety in the real wizard: one click, one order. A double click and a repeated Enter
// send one POST; the wizard cannot be closed while the outcome is open; an answer lost after
// the server charged is reconciled from the reloaded orders without a second POST, and the new
// order is reported; an answer lost before the charge allows another try only through a new
// click on Pay. And the main window's "New order…" opens the wizard and selects the new order.

#include "wizarddriver.h"

#include "domain/money.h"
#include "mainwindow.h"

#include <QAction>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;
using State = PurchaseController::State;
using Verdict = ReconcileReport::Verdict;

namespace {
const Choice kDatacenter{u"Datacenter Proxy"_s, u"NL"_s, u"monthly"_s, 2, {}, false};
}

class TestPurchaseWizardSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void doubleClickSendsOnePurchase();
    void repeatedEnterSendsOnePurchase();
    void hangAfterChargeIsReconciledWithoutSecondPost();
    void lostBeforeChargeNeedsANewConfirmation();
    void newOrderActionOpensWizardAndSelectsTheOrder();

private:
    std::unique_ptr<Fixture> m_f;
};

void TestPurchaseWizardSafety::initTestCase()
{
    initApplication("tst_purchasewizard_safety");
}

void TestPurchaseWizardSafety::init()
{
    m_f = std::make_unique<Fixture>();
}

void TestPurchaseWizardSafety::cleanup()
{
    m_f.reset();
}

void TestPurchaseWizardSafety::doubleClickSendsOnePurchase()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToReview(kDatacenter));
    QAbstractButton *pay = drive.commitButton();
    QVERIFY(pay->isEnabled());
    const QPoint where = pay->mapTo(&wizard, pay->rect().center());

    // A double click as the mouse sends it: press, release, double-click press, release, with
    // no event loop in between (the answer cannot have come yet).
    QTest::mousePress(pay, Qt::LeftButton);
    QTest::mouseRelease(pay, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ResultPage));
    QVERIFY(!pay->isEnabled() || !pay->isVisible());
    QTest::mouseDClick(pay, Qt::LeftButton);
    QTest::mouseRelease(pay, Qt::LeftButton);
    // And once more on whatever now sits where the pay button was.
    if (QWidget *there = wizard.childAt(where))
        QTest::mouseClick(there, Qt::LeftButton);
    // Whatever sits there now (Finish) is disabled while the order is on its way.
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    STEP(drive.settle());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    QCOMPARE(m_f->purchasePosts(), 1);
    QCOMPARE(wizard.controller()->ignoredPurchaseCalls(), 0); // the view never even asked
    // Back and forth cannot reach the pay button again.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
            !wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizard.returnToPage(PurchaseFlow::ReviewPage));
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ResultPage));
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseWizardSafety::repeatedEnterSendsOnePurchase()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    STEP(drive.walkToReview(kDatacenter));
    QVERIFY(wizard.reviewPage()->isComplete());
    drive.commitButton()->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&wizard, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ResultPage));
    QVERIFY(wizard.isVisible()); // the Enters after the first found Finish disabled
    STEP(drive.settle());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseWizardSafety::hangAfterChargeIsReconciledWithoutSecondPost()
{
    PurchaseWizard wizard(m_f->app());
    QSignalSpy placed(&wizard, &PurchaseWizard::orderPlaced);
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToReview(kDatacenter));
    const qint64 balanceBefore = m_f->server->balanceCents();

    // The server charges and creates the order, then the answer never comes.
    m_f->client.setTimeoutMs(1500);
    // The picture of the page while it checks, taken the moment the check starts.
    QString checkingHeadline;
    connect(wizard.controller(), &PurchaseController::stateChanged, this,
            [&](PurchaseController::State state) {
                if (state != State::Reconciling || !checkingHeadline.isEmpty())
                    return;
                checkingHeadline = wizard.resultPage()->headline();
                saveShot(&wizard, u"wizard-6-result-checking"_s);
            });
    MockFault hang = MockFault::make(MockFault::Kind::Hang, kPurchasePath, "POST");
    hang.afterHandling = true;
    m_f->server->addFault(hang);
    drive.click(drive.commitButton());
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ResultPage));
    QVERIFY(wizard.controller()->isBusy());

    // While the outcome is open the wizard stays: no Cancel, Escape and close do nothing.
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    wizard.close();
    wizard.reject();
    QVERIFY(wizard.isVisible());

    STEP(drive.settle());
    QCOMPARE(checkingHeadline, u"The outcome is not known yet."_s);
    QCOMPARE(wizard.controller()->state(), State::Reconciled);
    QCOMPARE(wizard.controller()->report().verdict, Verdict::OrderFound);

    const qint64 id = m_f->server->backend().state().orders().constLast().orderId;
    QCOMPARE(wizard.controller()->orderId(), id);
    QCOMPARE(wizard.resultPage()->headline(), u"The order went through: order %1."_s.arg(id));
    const QString details = wizard.resultPage()->details();
    QVERIFY2(details.contains(u"The server did not answer within 1.5 seconds."_s),
             qPrintable(details));
    QVERIFY(details.contains(u"Your balance went down by %1 to %2."_s.arg(
        Money::format(balanceBefore - m_f->server->balanceCents()),
        Money::format(m_f->server->balanceCents()))));
    QVERIFY(details.contains(u"Nothing was sent twice."_s));
    saveShot(&wizard, u"wizard-6-result-reconciled"_s);

    // One POST, the order reported, and no way to pay again.
    QCOMPARE(m_f->purchasePosts(), 1);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.at(0).at(0).toLongLong(), id);
    QVERIFY(!drive.child<QPushButton>("tryAgainButton")->isVisible());
    QVERIFY(!wizard.returnToPage(PurchaseFlow::ReviewPage));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
}

void TestPurchaseWizardSafety::lostBeforeChargeNeedsANewConfirmation()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToReview(kDatacenter));
    const qsizetype orders = m_f->server->orderCount();
    m_f->server->addFault(MockFault::make(MockFault::Kind::Drop, kPurchasePath, "POST"));
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Reconciled);
    QCOMPARE(wizard.controller()->report().verdict, Verdict::NoOrder);
    QCOMPARE(wizard.resultPage()->headline(), u"The order did not go through."_s);
    saveShot(&wizard, u"wizard-6-result-no-order"_s);
    QCOMPARE(m_f->purchasePosts(), 1); // never re-sent on its own

    // "Review and try again" leads to the review; only a new click on Pay sends.
    drive.click(drive.child<QPushButton>("tryAgainButton"));
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ReviewPage));
    STEP(drive.waitForReview());
    QCOMPARE(m_f->purchasePosts(), 1);
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    QCOMPARE(m_f->purchasePosts(), 2);
    QCOMPARE(m_f->server->orderCount(), orders + 1);
}

void TestPurchaseWizardSafety::newOrderActionOpensWizardAndSelectsTheOrder()
{
    MainWindow window(m_f->app());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy synced(&m_f->orderService, &OrderService::synced);
    window.start();
    QVERIFY(synced.wait(kWaitMs));

    auto *action = window.findChild<QAction *>(u"actionNewOrder"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+N"_s));
    action->trigger();
    QPointer<PurchaseWizard> wizard = window.findChild<PurchaseWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    WizardDriver drive(*wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->catalog()->isLoaded(), kWaitMs);
    STEP(drive.walkToReview({u"Datacenter Proxy"_s, u"US"_s, u"quarterly"_s, 1, {}, true}));
    STEP(drive.pay());
    QCOMPARE(wizard->controller()->state(), State::Succeeded);
    const qint64 id = wizard->controller()->orderId();

    // The order list reloads by itself and the new order is selected.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentOrderId(), id, kWaitMs);
    // The balance is reloaded alongside the orders; its answer may come a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(m_f->account.account().walletBalanceCents,
                              m_f->server->balanceCents(), kWaitMs);
    drive.click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull()); // closed and deleted
}

QTEST_MAIN(TestPurchaseWizardSafety)
#include "tst_purchasewizard_safety.moc"
