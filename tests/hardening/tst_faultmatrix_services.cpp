// The mock server's every fault kind through the app's services, with data loaded first: an
// orders refresh (OrderService), an account refresh (AccountService), a details load, and each
// OrderEditor edit (tag, auto-renewal, billing cycle, renewal). After each fault the store and
// the account are exactly as they were, no edit is left pending, and the failure was reported
// with the right kind and a message a person can read. The one exception is the action
// endpoints' 200 with a body that is not the documented JSON (isJunkSuccess): any 2xx is success
// there, so the edit is confirmed and the row keeps the change, nothing else moves. (tst_faults
// covers ApiClient alone; tst_moneysafety covers how often money-spending POSTs reach the
// server.) The matrix is printed at the end.

#include "hardeningsupport.h"

#include "services/accountservice.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include "../faultexpectations.h"
#include "mockserver.h"

#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MockFault::Kind)

namespace {

constexpr int kWaitMs = 15000;
constexpr int kTimeoutMs = 300;

const QStringList &operations()
{
    static const QStringList ops{u"orders refresh"_s, u"account refresh"_s, u"order details"_s,
                                 u"edit tag"_s,       u"edit auto-renew"_s, u"change cycle"_s,
                                 u"renew"_s};
    return ops;
}

QRegularExpression exactPath(const QString &path)
{
    return QRegularExpression(u'^' + QRegularExpression::escape(path) + u'$');
}

// The operations that change an order through an action endpoint (any 2xx is success).
bool isAction(const QString &operation)
{
    return operation == u"edit tag" || operation == u"edit auto-renew" ||
           operation == u"change cycle" || operation == u"renew";
}

} // namespace

class TestFaultMatrixServices final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanupTestCase();

    void faultLeavesDataAsItWas_data();
    void faultLeavesDataAsItWas();
    void renewChargedButAnswerLostIsReconciled_data();
    void renewChargedButAnswerLostIsReconciled();

private:
    // Runs one operation against the armed fault; the error it reported (kind None: none came).
    ApiError run(const QString &operation);
    QString pathOf(const QString &operation) const;

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<AccountService> m_account;
    std::unique_ptr<OrderEditor> m_editor;
    qint64 m_manageable = 0; // an active Datacenter/ISP order
    qint64 m_onHold = 0;
    // operation → fault → what came out
    QMap<QString, QMap<QString, QString>> m_matrix;
};

void TestFaultMatrixServices::init()
{
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(40);
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(m_server->token());
    m_client->setTimeoutMs(kTimeoutMs);
    ApiClient::RetryPolicy retry;
    retry.maxRetries = 1;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 20;
    retry.maxRetryAfterMs = 20;
    m_client->setRetryPolicy(retry);
    m_store = std::make_unique<OrderStore>();
    m_orders = std::make_unique<OrderService>(m_client.get(), m_store.get());
    m_account = std::make_unique<AccountService>(m_client.get());
    m_editor = std::make_unique<OrderEditor>(m_client.get(), m_orders.get());

    m_manageable = 0;
    m_onHold = 0;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        const bool dcOrIsp = o.productName == u"Datacenter Proxy" || o.productName == u"ISP Proxy";
        if (!m_manageable && dcOrIsp && o.status == MockOrder::Status::Active)
            m_manageable = o.orderId;
        if (!m_onHold && o.status == MockOrder::Status::OnHold)
            m_onHold = o.orderId;
    }
    QVERIFY(m_manageable && m_onHold);

    // Data first: the orders, the account and one order's details.
    QSignalSpy synced(m_orders.get(), &OrderService::synced);
    QSignalSpy accountChanged(m_account.get(), &AccountService::accountChanged);
    QSignalSpy detailsLoaded(m_store.get(), &OrderStore::detailsLoaded);
    m_orders->refresh();
    m_account->refresh();
    QVERIFY(synced.wait(kWaitMs));
    if (accountChanged.isEmpty())
        QVERIFY(accountChanged.wait(kWaitMs));
    m_orders->loadDetails(m_manageable);
    QVERIFY(detailsLoaded.wait(kWaitMs));
    QCOMPARE(m_store->count(), qsizetype(40));
    QVERIFY(m_account->hasAccount());
}

void TestFaultMatrixServices::cleanup()
{
    m_editor.reset();
    m_account.reset();
    m_orders.reset();
    m_store.reset();
    m_client.reset();
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

QString TestFaultMatrixServices::pathOf(const QString &operation) const
{
    const QString orders = u"/user/api/orders"_s;
    if (operation == u"orders refresh")
        return orders;
    if (operation == u"account refresh")
        return u"/user/api/me"_s;
    if (operation == u"order details")
        return orders + u'/' + QString::number(m_manageable);
    if (operation == u"edit tag")
        return orders + u'/' + QString::number(m_manageable) + u"/tag"_s;
    if (operation == u"edit auto-renew")
        return orders + u"/edit-auto-renewal/"_s + QString::number(m_manageable);
    if (operation == u"change cycle")
        return orders + u"/change-billing-cycle/"_s + QString::number(m_manageable);
    if (operation == u"renew")
        return orders + u'/' + QString::number(m_onHold) + u"/renew"_s;
    return {};
}

ApiError TestFaultMatrixServices::run(const QString &operation)
{
    if (operation == u"orders refresh") {
        QSignalSpy failed(m_orders.get(), &OrderService::syncFailed);
        m_orders->refresh();
        if (failed.isEmpty() && !failed.wait(kWaitMs))
            return {};
        return failed.first().at(0).value<ApiError>();
    }
    if (operation == u"account refresh") {
        QSignalSpy failed(m_account.get(), &AccountService::refreshFailed);
        m_account->refresh();
        if (failed.isEmpty() && !failed.wait(kWaitMs))
            return {};
        return failed.first().at(0).value<ApiError>();
    }
    if (operation == u"order details") {
        QSignalSpy failed(m_orders.get(), &OrderService::detailsFailed);
        m_orders->loadDetails(m_manageable, true);
        if (failed.isEmpty() && !failed.wait(kWaitMs))
            return {};
        return failed.first().at(1).value<ApiError>();
    }

    QSignalSpy finished(m_editor.get(), &OrderEditor::editFinished);
    bool started = false;
    const Order *row = m_store->find(m_manageable);
    if (!row)
        return {};
    if (operation == u"edit tag")
        started = m_editor->setTag(m_manageable, u"fault-matrix"_s);
    else if (operation == u"edit auto-renew")
        started = m_editor->setAutoRenewal(m_manageable, !row->autoRenewal.value_or(false));
    else if (operation == u"change cycle")
        started = m_editor->changeCycle(m_manageable, row->cycleName == u"quarterly" ? u"monthly"_s
                                                                                    : u"quarterly"_s);
    else if (operation == u"renew")
        started = m_editor->renew(m_onHold);
    if (!started) {
        qWarning("%s did not start: %s", qPrintable(operation), qPrintable(m_editor->lastRefusal()));
        return {};
    }
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        return {};
    if (finished.first().at(2).toBool())
        return {}; // the server confirmed: the fault did not bite
    return finished.first().at(4).value<ApiError>();
}

void TestFaultMatrixServices::faultLeavesDataAsItWas_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<MockFault::Kind>("fault");
    for (const QString &operation : operations()) {
        for (MockFault::Kind fault : MockFault::allKinds()) {
            QTest::addRow("%s, %s", qPrintable(operation), qPrintable(MockFault::kindName(fault)))
                << operation << fault;
        }
    }
}

void TestFaultMatrixServices::faultLeavesDataAsItWas()
{
    QFETCH(QString, operation);
    QFETCH(MockFault::Kind, fault);

    const QList<Order> ordersBefore = m_store->orders();
    const Account accountBefore = m_account->account();
    const QDateTime lastSyncBefore = m_store->lastSync();
    const OrderDetails *details = m_store->details(m_manageable);
    QVERIFY(details);
    const QJsonObject detailsBefore = details->toJson();

    MockFault f;
    f.kind = fault;
    f.pathPattern = exactPath(pathOf(operation));
    f.count = -1;
    m_server->addFault(f);
    // Short for a hang; long enough elsewhere that a slow (e.g. sanitized) build still gets the
    // 17 MiB answer's headers, which alone must stop the transfer.
    m_client->setTimeoutMs(fault == MockFault::Kind::Hang ? kTimeoutMs : 10000);
    QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);

    QSignalSpy detailsLoaded(m_store.get(), &OrderStore::detailsLoaded);
    QSignalSpy detailsFailed(m_orders.get(), &OrderService::detailsFailed);
    QSignalSpy reconciled(m_editor.get(), &OrderEditor::renewalReconciled);

    const ApiError error = run(operation);
    const ApiError::Kind expected =
        isAction(operation) ? expectedKindForAction(fault) : expectedKind(fault);
    m_matrix[operation][MockFault::kindName(fault)] =
        error.isError() ? ApiError::kindName(error.kind()) : u"ok"_s;

    QCOMPARE(ApiError::kindName(error.kind()), ApiError::kindName(expected));
    QCOMPARE(unauthorized.size(), fault == MockFault::Kind::Unauthorized401 ? 1 : 0);
    QList<Order> ordersExpected = ordersBefore;
    if (expected == ApiError::Kind::None) {
        // A 2xx from an action endpoint: confirmed, whatever the body said. The row keeps the
        // change the server confirmed; a cycle change and a renewal read the order back.
        const qint64 edited = operation == u"renew" ? m_onHold : m_manageable;
        if (operation == u"change cycle" || operation == u"renew") {
            if (detailsLoaded.isEmpty() && detailsFailed.isEmpty())
                QVERIFY(detailsLoaded.wait(kWaitMs));
            QVERIFY(detailsFailed.isEmpty());
            QCOMPARE(detailsLoaded.size(), 1);
            QCOMPARE(detailsLoaded.first().at(0).toLongLong(), edited);
        }
        for (Order &o : ordersExpected) {
            if (o.id != edited)
                continue;
            if (operation == u"edit tag")
                o.tag = u"fault-matrix"_s;
            else if (operation == u"edit auto-renew")
                o.autoRenewal = !o.autoRenewal.value_or(false);
            else if (operation == u"change cycle")
                o.cycleName = o.cycleName == u"quarterly" ? u"monthly"_s : u"quarterly"_s;
        }
        if (operation == u"renew") {
            // Read back from the server, which (the fault stood in for it) did not renew: the
            // row says what the server says.
            QVERIFY(m_store->details(m_onHold));
            QCOMPARE(m_store->details(m_onHold)->status, OrderStatus::OnHold);
            const Order *row = m_store->find(m_onHold);
            QVERIFY(row);
            QCOMPARE(row->status, OrderStatus::OnHold);
            for (Order &o : ordersExpected) {
                if (o.id == m_onHold)
                    o = *row;
            }
        }
        QVERIFY(detailsFailed.isEmpty());
        QVERIFY2(reconciled.isEmpty(), "a confirmed edit was reconciled as if the answer was lost");
    } else {
        QVERIFY2(error.isError(), "the failure was reported");
        QVERIFY2(!error.message().trimmed().isEmpty(), "a message a person can read");
        QVERIFY2(!error.message().contains(u'<'), qPrintable(error.message()));
        QVERIFY2(error.message().size() < 600, qPrintable(error.message()));
        if (operation == u"renew" && error.leavesOutcomeUnknown()) {
            // The answer was lost: the order was read back, and it is not renewed (the fault
            // stood in for the server).
            QCOMPARE(reconciled.size(), 1);
            QCOMPARE(reconciled.first().at(0).toLongLong(), m_onHold);
            QVERIFY(!reconciled.first().at(1).toBool()); // not renewed
            QVERIFY(reconciled.first().at(2).toBool());  // known
            QCOMPARE(detailsLoaded.size(), 1);
            QCOMPARE(detailsLoaded.first().at(0).toLongLong(), m_onHold);
        } else {
            QVERIFY2(detailsLoaded.isEmpty(), "an order read back after a failed edit");
            QVERIFY(reconciled.isEmpty());
        }
    }

    // The data loaded before is exactly as it was (but for the confirmed change).
    QVERIFY2(m_store->orders() == ordersExpected, "the order rows changed");
    QCOMPARE(m_store->lastSync(), lastSyncBefore);
    QVERIFY(m_account->account() == accountBefore);
    QVERIFY(m_account->hasAccount());
    QVERIFY(m_store->details(m_manageable));
    QCOMPARE(m_store->details(m_manageable)->toJson(), detailsBefore);
    QVERIFY(!m_store->isPending(m_manageable));
    QVERIFY(!m_store->isPending(m_onHold));
    QVERIFY(!m_editor->isBusy(m_manageable));
    QVERIFY(!m_editor->isBusy(m_onHold));
    QVERIFY(!m_orders->isSyncing());
    QVERIFY(!m_account->isRefreshing());
    // (An aborted sync may still have a retry timer of a cancelled page pending: it ends as
    // Cancelled on its own, so in-flight calls are checked for the single calls only.)
    if (operation != u"orders refresh")
        QCOMPARE(m_client->callsInFlight(), 0);
}

void TestFaultMatrixServices::renewChargedButAnswerLostIsReconciled_data()
{
    QTest::addColumn<MockFault::Kind>("fault");
    // The server renews (and charges), then the answer is lost or cannot be read. A 200 whatever
    // its body is a success of the renewal itself; everything else leaves the outcome unknown
    // to the app, which must read the order back, exactly as PurchaseController does for a
    // purchase.
    for (MockFault::Kind fault :
         {MockFault::Kind::Drop, MockFault::Kind::Hang, MockFault::Kind::Server500,
          MockFault::Kind::BadGateway502, MockFault::Kind::Unavailable503,
          MockFault::Kind::TruncatedJson, MockFault::Kind::WrongTypes, MockFault::Kind::HtmlPage,
          MockFault::Kind::EmptyBody, MockFault::Kind::Oversized})
        QTest::newRow(qPrintable(MockFault::kindName(fault))) << fault;
}

void TestFaultMatrixServices::renewChargedButAnswerLostIsReconciled()
{
    QFETCH(MockFault::Kind, fault);
    const qint64 balanceBefore = m_server->balanceCents();
    MockFault f;
    f.kind = fault;
    f.pathPattern = exactPath(pathOf(u"renew"_s));
    f.count = 1;
    f.afterHandling = true;
    m_server->addFault(f);
    m_client->setTimeoutMs(fault == MockFault::Kind::Hang ? kTimeoutMs : 10000);
    QSignalSpy reconciled(m_editor.get(), &OrderEditor::renewalReconciled);
    QSignalSpy finished(m_editor.get(), &OrderEditor::editFinished);
    QSignalSpy detailsLoaded(m_store.get(), &OrderStore::detailsLoaded);

    QVERIFY(m_editor->renew(m_onHold));
    QVERIFY(finished.wait(kWaitMs));
    // The server did renew, once, and took the money.
    QCOMPARE(m_server->requestCount("POST", pathOf(u"renew"_s)), 1);
    QVERIFY(m_server->order(m_onHold));
    QCOMPARE(m_server->order(m_onHold)->status, MockOrder::Status::Active);
    QVERIFY(m_server->balanceCents() < balanceBefore);

    const ApiError error = finished.first().at(4).value<ApiError>();
    qInfo("%s after the charge: reported %s (%s), reconciled: %s",
          qPrintable(MockFault::kindName(fault)), finished.first().at(2).toBool() ? "ok" : "failure",
          qPrintable(ApiError::kindName(error.kind())),
          reconciled.isEmpty() ? "no" : (reconciled.first().at(1).toBool() ? "renewed" : "not renewed"));
    QVERIFY2(finished.first().at(2).toBool(), "the renewal went through and must be reported so");
    QVERIFY(!error.isError());
    if (isJunkSuccess(fault)) {
        // A 2xx: the renewal is confirmed by the answer itself, no reconcile is needed; the
        // order is read back for its new status and expiry.
        QVERIFY2(reconciled.isEmpty(), "a confirmed renewal was reconciled as if the answer was lost");
        if (detailsLoaded.isEmpty())
            QVERIFY(detailsLoaded.wait(kWaitMs));
    } else {
        QVERIFY2(!reconciled.isEmpty(),
                 "the outcome was unknown, yet the order was not read back: the person is told "
                 "the renewal failed although it went through");
        QVERIFY(reconciled.first().at(1).toBool()); // renewed
        QVERIFY(reconciled.first().at(2).toBool()); // known
        QVERIFY(!detailsLoaded.isEmpty());
    }
    QCOMPARE(detailsLoaded.last().at(0).toLongLong(), m_onHold);
    QVERIFY(m_store->details(m_onHold));
    QCOMPARE(m_store->details(m_onHold)->status, OrderStatus::Active);
    QVERIFY(!m_editor->isBusy(m_onHold));
    QVERIFY(!m_store->isPending(m_onHold));
    // Sent once, never again.
    QCOMPARE(m_server->requestCount("POST", pathOf(u"renew"_s)), 1);
}

void TestFaultMatrixServices::cleanupTestCase()
{
    if (m_matrix.isEmpty())
        return;
    QStringList faults;
    for (MockFault::Kind k : MockFault::allKinds())
        faults.append(MockFault::kindName(k));
    qsizetype first = 9;
    for (const QString &op : operations())
        first = qMax(first, op.size());
    QList<qsizetype> widths;
    for (const QString &f : std::as_const(faults)) {
        qsizetype w = f.size();
        for (const QString &op : operations())
            w = qMax(w, m_matrix.value(op).value(f).size());
        widths.append(w);
    }
    auto row = [&](const QString &head, const QStringList &cells) {
        QString line = head.leftJustified(first) + u" |"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += u' ' + cells.at(i).leftJustified(widths.at(i)) + u" |"_s;
        return line;
    };
    qInfo("Fault matrix through the services (error kind reported, ok: the server's 2xx was taken "
          "as confirmation; data unchanged, but for a confirmed change, in every cell that "
          "passed):");
    qInfo("%s", qPrintable(row(u"operation"_s, faults)));
    for (const QString &op : operations()) {
        QStringList cells;
        for (const QString &f : std::as_const(faults))
            cells.append(m_matrix.value(op).value(f, u"-"_s));
        qInfo("%s", qPrintable(row(op, cells)));
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrixServices)
#include "tst_faultmatrix_services.moc"
