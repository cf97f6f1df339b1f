// The purchase controller's state machine against the mock server over real HTTP: one POST per
// confirmation, refusals classified, lost answers reconciled from a fresh order list and
// balance, never retried, and a new try only after an explicit acknowledge().

#include "wizardsupport.h"

#include "purchase/freshsync.h"
#include "purchase/purchasecontroller.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;
using State = PurchaseController::State;
using Reason = PurchaseRefusal::Reason;
using Verdict = ReconcileReport::Verdict;

Q_DECLARE_METATYPE(PurchaseRefusal::Reason)

class TestPurchaseController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void purchaseSucceedsAndReloadsOrders();
    void secondPurchaseWhileNotIdleIsIgnored();
    void refusalIsClassifiedAndNeverRetried_data();
    void refusalIsClassifiedAndNeverRetried();
    void unauthorizedIsASignInRefusal();
    void hangAfterChargeIsReconciledWithoutSecondPost();
    void lostBeforeChargeIsNoOrderAndNeedsAcknowledge_data();
    void lostBeforeChargeIsNoOrderAndNeedsAcknowledge();
    void unreadableOrderListIsUnclearUntilCheckedAgain();
    void withoutBaselineTheOutcomeIsUnclear();
    void quoteIsPricedRefusedOrUnavailable();
    void onlyTheLatestQuoteIsAnswered();
    void prepareReviewLoadsBalanceAndBaseline();
    void freshSyncRestartsARunningSync();

private:
    PurchaseRequest datacenter(const QString &location = u"DE"_s, qint64 quantity = 2) const;
    void prepare(PurchaseController &controller);
    // Runs the controller until it leaves the busy states.
    void settle(PurchaseController &controller, int timeoutMs = 10000);

    std::unique_ptr<Fixture> m_f;
};

void TestPurchaseController::initTestCase()
{
    initApplication("tst_purchasecontroller");
    qRegisterMetaType<PurchaseController::State>();
    qRegisterMetaType<QuoteAnswer>();
    qRegisterMetaType<ReconcileReport>();
}

void TestPurchaseController::init()
{
    m_f = std::make_unique<Fixture>();
}

void TestPurchaseController::cleanup()
{
    m_f.reset();
}

PurchaseRequest TestPurchaseController::datacenter(const QString &location, qint64 quantity) const
{
    PurchaseRequest r(u"Datacenter Proxy"_s);
    r.setLocation(location);
    r.setCycle(u"monthly"_s);
    r.setQuantity(quantity);
    return r;
}

void TestPurchaseController::prepare(PurchaseController &controller)
{
    QSignalSpy prepared(&controller, &PurchaseController::reviewPrepared);
    controller.prepareReview();
    QVERIFY(prepared.wait(10000));
    QVERIFY(controller.hasOrderBaseline());
    QVERIFY(controller.isBalanceKnown());
}

void TestPurchaseController::settle(PurchaseController &controller, int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), timeoutMs);
}

void TestPurchaseController::purchaseSucceedsAndReloadsOrders()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    const qint64 before = m_f->server->balanceCents();
    QSignalSpy states(&controller, &PurchaseController::stateChanged);
    QSignalSpy succeeded(&controller, &PurchaseController::succeeded);
    QSignalSpy followUp(&controller, &PurchaseController::followUpFinished);

    QVERIFY(controller.purchase(datacenter()));
    QCOMPARE(controller.state(), State::Sending);
    QVERIFY(controller.isBusy());
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(controller.state(), State::Succeeded);
    const qint64 id = succeeded.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(controller.orderId(), id);
    QVERIFY(m_f->server->order(id).has_value());
    QCOMPARE(controller.serverMessage(), u"Order paid successfully"_s);
    QCOMPARE(states.size(), 2); // Sending, Succeeded

    // The exact shape of a Datacenter purchase.
    const QList<QJsonObject> bodies = m_f->purchaseBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.at(0), QJsonObject({{u"product"_s, u"Datacenter Proxy"_s},
                                        {u"location"_s, u"DE"_s},
                                        {u"cycle"_s, u"monthly"_s},
                                        {u"quantity"_s, 2},
                                        {u"auto_renewal"_s, false}}));

    // Orders and balance are reloaded after the purchase, so the new order can be shown.
    QVERIFY(followUp.wait(10000));
    QVERIFY(m_f->store.rowOf(id) >= 0);
    QCOMPARE(m_f->account.account().walletBalanceCents, m_f->server->balanceCents());
    QVERIFY(m_f->server->balanceCents() < before);
}

void TestPurchaseController::secondPurchaseWhileNotIdleIsIgnored()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    const qsizetype ordersBefore = m_f->server->orderCount();

    QVERIFY(controller.purchase(datacenter()));
    // A double click, a repeated Enter, a second confirmation while sending: all ignored.
    QVERIFY(!controller.purchase(datacenter()));
    QVERIFY(!controller.purchase(datacenter(u"US"_s, 1)));
    QCOMPARE(controller.ignoredPurchaseCalls(), 2);
    settle(controller);
    QCOMPARE(controller.state(), State::Succeeded);
    // Succeeded is final: a new order needs a new wizard.
    QVERIFY(!controller.purchase(datacenter()));
    QVERIFY(!controller.acknowledge());
    QCOMPARE(controller.ignoredPurchaseCalls(), 3);
    QCOMPARE(m_f->purchasePosts(), 1);
    QCOMPARE(m_f->server->orderCount(), ordersBefore + 1);
}

void TestPurchaseController::refusalIsClassifiedAndNeverRetried_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("message");
    QTest::addColumn<PurchaseRefusal::Reason>("reason");
    QTest::newRow("insufficient balance")
        << u"balance"_s << u"Insufficient balance"_s << Reason::InsufficientBalance;
    QTest::newRow("out of stock") << u"stock"_s << u"Not enough proxies in stock"_s
                                  << Reason::OutOfStock;
    QTest::newRow("invalid promo")
        << u"promo"_s << u"Promo code is invalid"_s << Reason::InvalidPromo;
    QTest::newRow("promo not for this cycle")
        << u"promo-cycle"_s << u"Promo code is not valid for this billing cycle"_s
        << Reason::InvalidPromo;
    QTest::newRow("cycle not offered (403)")
        << u"cycle"_s << u"Cycle is not available"_s << Reason::CycleUnavailable;
}

void TestPurchaseController::refusalIsClassifiedAndNeverRetried()
{
    QFETCH(QString, case_);
    QFETCH(QString, message);
    QFETCH(PurchaseRefusal::Reason, reason);

    PurchaseRequest request = datacenter();
    if (case_ == u"balance") {
        m_f->server->setBalanceCents(100);
    } else if (case_ == u"stock") {
        m_f->server->setStock(u"DE"_s, u"dc"_s, 1);
    } else if (case_ == u"promo") {
        request.setPromoCode(u"NOPE"_s);
    } else if (case_ == u"promo-cycle") {
        request.setCycle(u"weekly"_s);
        request.setPromoCode(u"MONTHLY20"_s);
    } else if (case_ == u"cycle") {
        request.setLocation(u"JP"_s); // JP is sold monthly and quarterly only
        request.setCycle(u"weekly"_s);
    }

    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    const qint64 balance = m_f->server->balanceCents();
    const qsizetype orders = m_f->server->orderCount();
    QSignalSpy refused(&controller, &PurchaseController::refused);
    QVERIFY(controller.purchase(request));
    QVERIFY(refused.wait(10000));
    QCOMPARE(controller.state(), State::Refused);
    QCOMPARE(controller.error().message(), message);
    QCOMPARE(controller.refusalReason(), reason);
    QCOMPARE(refused.at(0).at(1).value<PurchaseRefusal::Reason>(), reason);
    QVERIFY(!controller.isBusy());
    QCOMPARE(m_f->purchasePosts(), 1);
    QCOMPARE(m_f->server->balanceCents(), balance);
    QCOMPARE(m_f->server->orderCount(), orders);

    // Only an explicit acknowledge() opens the way to a new confirmation.
    QVERIFY(!controller.purchase(request));
    QVERIFY(controller.canTryAgain());
    QVERIFY(controller.acknowledge());
    QCOMPARE(controller.state(), State::Idle);
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseController::unauthorizedIsASignInRefusal()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    QSignalSpy unauthorized(&m_f->client, &ApiClient::unauthorized);
    m_f->client.setToken(u"revoked"_s);
    QVERIFY(controller.purchase(datacenter()));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Refused, 10000);
    QCOMPARE(controller.refusalReason(), Reason::SignInNeeded);
    // The main window listens to this and asks for a key.
    QCOMPARE(unauthorized.size(), 1);
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseController::hangAfterChargeIsReconciledWithoutSecondPost()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    m_f->client.setTimeoutMs(1500);
    MockFault hang = MockFault::make(MockFault::Kind::Hang, kPurchasePath, "POST");
    hang.afterHandling = true; // the server charges, the client never hears
    m_f->server->addFault(hang);
    const qint64 balanceBefore = m_f->server->balanceCents();

    QSignalSpy states(&controller, &PurchaseController::stateChanged);
    QSignalSpy unknown(&controller, &PurchaseController::outcomeUnknown);
    QSignalSpy reconciled(&controller, &PurchaseController::reconciled);
    QVERIFY(controller.purchase(datacenter(u"NL"_s, 3)));
    QVERIFY(reconciled.wait(15000));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Timeout);

    QList<State> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen.append(args.at(0).value<State>());
    QCOMPARE(seen,
             (QList<State>{State::Sending, State::Unknown, State::Reconciling, State::Reconciled}));

    const ReconcileReport &report = controller.report();
    QCOMPARE(report.verdict, Verdict::OrderFound);
    const qint64 newest = m_f->server->backend().state().orders().constLast().orderId;
    QCOMPARE(report.newOrderIds, QList<qint64>{newest});
    QCOMPARE(controller.orderId(), newest);
    QCOMPARE(report.balanceBeforeCents, std::optional<qint64>(balanceBefore));
    QCOMPARE(report.balanceAfterCents, std::optional<qint64>(m_f->server->balanceCents()));
    QVERIFY(*report.balanceChangeCents() < 0);

    // Bought once, and it stays that way.
    QCOMPARE(m_f->purchasePosts(), 1);
    QVERIFY(!controller.canTryAgain());
    QVERIFY(!controller.acknowledge());
    QVERIFY(!controller.purchase(datacenter(u"NL"_s, 3)));
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseController::lostBeforeChargeIsNoOrderAndNeedsAcknowledge_data()
{
    QTest::addColumn<MockFault::Kind>("fault");
    QTest::addColumn<ApiError::Kind>("error");
    QTest::newRow("dropped") << MockFault::Kind::Drop << ApiError::Kind::Network;
    QTest::newRow("500") << MockFault::Kind::Server500 << ApiError::Kind::Server;
    QTest::newRow("502 page") << MockFault::Kind::BadGateway502 << ApiError::Kind::Server;
}

void TestPurchaseController::lostBeforeChargeIsNoOrderAndNeedsAcknowledge()
{
    QFETCH(MockFault::Kind, fault);
    QFETCH(ApiError::Kind, error);
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    m_f->server->addFault(MockFault::make(fault, kPurchasePath, "POST"));
    const qsizetype orders = m_f->server->orderCount();

    QSignalSpy reconciled(&controller, &PurchaseController::reconciled);
    QVERIFY(controller.purchase(datacenter()));
    QVERIFY(reconciled.wait(15000));
    QCOMPARE(controller.error().kind(), error);
    QCOMPARE(controller.report().verdict, Verdict::NoOrder);
    QVERIFY(controller.report().newOrderIds.isEmpty());
    QCOMPARE(controller.report().balanceChangeCents(), std::optional<qint64>(0));
    QCOMPARE(m_f->purchasePosts(), 1); // never retried on its own

    // A new try is the person's decision: acknowledge, then a new purchase() call.
    QVERIFY(!controller.purchase(datacenter()));
    QVERIFY(controller.canTryAgain());
    QVERIFY(controller.acknowledge());
    QVERIFY(controller.purchase(datacenter()));
    settle(controller);
    QCOMPARE(controller.state(), State::Succeeded);
    QCOMPARE(m_f->purchasePosts(), 2);
    QCOMPARE(m_f->server->orderCount(), orders + 1);
}

void TestPurchaseController::unreadableOrderListIsUnclearUntilCheckedAgain()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    prepare(controller);
    m_f->client.setTimeoutMs(1500);
    MockFault drop = MockFault::make(MockFault::Kind::Drop, kPurchasePath, "POST");
    drop.afterHandling = true;
    m_f->server->addFault(drop);
    MockFault broken = MockFault::make(MockFault::Kind::Server500, u"/user/api/orders"_s, "GET");
    broken.count = -1;
    m_f->server->addFault(broken);

    QSignalSpy reconciled(&controller, &PurchaseController::reconciled);
    QVERIFY(controller.purchase(datacenter()));
    QVERIFY(reconciled.wait(15000));
    QCOMPARE(controller.report().verdict, Verdict::Unclear);
    QVERIFY(controller.report().ordersError.isError());
    // Money may have gone: no new try until the outcome is known.
    QVERIFY(!controller.canTryAgain());
    QVERIFY(!controller.acknowledge());

    m_f->server->clearFaults();
    QVERIFY(controller.reconcileAgain());
    QCOMPARE(controller.state(), State::Reconciling);
    QVERIFY(reconciled.wait(15000));
    QCOMPARE(controller.report().verdict, Verdict::OrderFound);
    QCOMPARE(controller.orderId(), m_f->server->backend().state().orders().constLast().orderId);
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseController::withoutBaselineTheOutcomeIsUnclear()
{
    // Never listed the orders before paying: every order would look new.
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    QVERIFY(!controller.hasOrderBaseline());
    m_f->server->addFault(MockFault::make(MockFault::Kind::Server500, kPurchasePath, "POST"));
    QSignalSpy reconciled(&controller, &PurchaseController::reconciled);
    QVERIFY(controller.purchase(datacenter()));
    QVERIFY(reconciled.wait(15000));
    QCOMPARE(controller.report().verdict, Verdict::Unclear);
    QVERIFY(!controller.report().baselineComplete);
    QVERIFY(!controller.canTryAgain());
}

void TestPurchaseController::quoteIsPricedRefusedOrUnavailable()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    QSignalSpy quoted(&controller, &PurchaseController::quoted);

    PurchaseRequest request = datacenter(u"DE"_s, 2);
    request.setPromoCode(u"SAVE10"_s);
    controller.requestQuote(request);
    QVERIFY(controller.isQuoting());
    QVERIFY(quoted.wait(10000));
    QuoteAnswer answer = quoted.takeFirst().at(0).value<QuoteAnswer>();
    QCOMPARE(answer.status, QuoteAnswer::Status::Priced);
    QCOMPARE(answer.quote.originalCents, 300); // 2 x $1.50 monthly in DE
    QCOMPARE(answer.quote.discountPercent, 10);
    QCOMPARE(answer.quote.totalCents, 270);
    QCOMPARE(answer.request.toJson(), request.toJson());
    QVERIFY(!controller.isQuoting());

    request.setPromoCode(u"NOPE"_s);
    controller.requestQuote(request);
    QVERIFY(quoted.wait(10000));
    answer = quoted.takeFirst().at(0).value<QuoteAnswer>();
    QCOMPARE(answer.status, QuoteAnswer::Status::Refused);
    QCOMPARE(answer.error.message(), u"Promo code is invalid"_s);

    // An older deployment without /orders/calculate: asked once, then known.
    m_f->server->setCalculateEnabled(false);
    const int before = m_f->server->requestCount("GET", kCalculatePath);
    controller.requestQuote(request);
    QVERIFY(quoted.wait(10000));
    QCOMPARE(quoted.takeFirst().at(0).value<QuoteAnswer>().status,
             QuoteAnswer::Status::Unavailable);
    QVERIFY(!controller.quotesAvailable());
    controller.requestQuote(datacenter());
    QVERIFY(quoted.wait(10000));
    QCOMPARE(quoted.takeFirst().at(0).value<QuoteAnswer>().status,
             QuoteAnswer::Status::Unavailable);
    QCOMPARE(m_f->server->requestCount("GET", kCalculatePath), before + 1);
}

void TestPurchaseController::onlyTheLatestQuoteIsAnswered()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    QSignalSpy quoted(&controller, &PurchaseController::quoted);
    controller.requestQuote(datacenter(u"DE"_s, 1));
    controller.requestQuote(datacenter(u"DE"_s, 2));
    controller.requestQuote(datacenter(u"DE"_s, 3));
    QVERIFY(quoted.wait(10000));
    // Give any stray older answer the chance to arrive: none may.
    QSignalSpy again(&controller, &PurchaseController::quoted);
    controller.requestQuote(datacenter(u"US"_s, 1));
    QVERIFY(again.wait(10000));
    QCOMPARE(quoted.size(), 2);
    QCOMPARE(quoted.at(0).at(0).value<QuoteAnswer>().request.quantity(), 3);
    QCOMPARE(quoted.at(1).at(0).value<QuoteAnswer>().request.location(), u"US"_s);
}

void TestPurchaseController::prepareReviewLoadsBalanceAndBaseline()
{
    PurchaseController controller(&m_f->client, &m_f->account, &m_f->orderService);
    QVERIFY(!controller.isBalanceKnown());
    QVERIFY(!controller.hasOrderBaseline());
    m_f->server->setBalanceCents(12345);
    prepare(controller);
    QCOMPARE(controller.balanceCents(), 12345);
    QCOMPARE(m_f->store.count(), m_f->server->orderCount());
    QVERIFY(!controller.preparationError().isError());

    // A second review only reloads the balance: the order list is already there.
    QSignalSpy syncs(&m_f->orderService, &OrderService::syncStarted);
    m_f->server->setBalanceCents(999);
    prepare(controller);
    QCOMPARE(controller.balanceCents(), 999);
    QCOMPARE(syncs.size(), 0);

    // A failure is reported, not hidden.
    MockFault broken = MockFault::make(MockFault::Kind::Server500, u"/user/api/me"_s, "GET");
    broken.count = -1;
    m_f->server->addFault(broken);
    QSignalSpy prepared(&controller, &PurchaseController::reviewPrepared);
    controller.prepareReview();
    QVERIFY(prepared.wait(10000));
    QCOMPARE(controller.preparationError().kind(), ApiError::Kind::Server);
}

void TestPurchaseController::freshSyncRestartsARunningSync()
{
    FreshSync fresh(&m_f->orderService, &m_f->account);
    QSignalSpy finished(&fresh, &FreshSync::finished);
    QSignalSpy started(&m_f->orderService, &OrderService::syncStarted);
    QSignalSpy synced(&m_f->orderService, &OrderService::synced);

    m_f->orderService.refresh(); // someone else's sync, begun before the change to see
    QVERIFY(m_f->orderService.isSyncing());
    m_f->account.refresh(); // and someone else's balance load
    fresh.start(FreshSync::Orders | FreshSync::Account);
    QVERIFY(fresh.isRunning());
    QCOMPARE(started.size(), 2); // the running sync was restarted, not joined
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(synced.size(), 1); // only the fresh one completed
    QVERIFY(!fresh.ordersError().isError());
    QVERIFY(!fresh.accountError().isError());
    // The balance was asked for twice: the load already running, then a fresh one.
    QCOMPARE(m_f->server->requestCount("GET", u"/user/api/me"_s), 2);
}

QTEST_MAIN(TestPurchaseController)
#include "tst_purchasecontroller.moc"
