// BulkActionDialog over the real services and the mock server: a bulk tag change over 50 orders
// with failures injected on some (what succeeded stays, what failed is named with its reason),
// exactly one request per order per action, Undo that restores the server's previous tags and
// reports its own result, auto-renew over a mix where OrderEditor refuses the non-Datacenter
// orders without sending, cancel part-way (between orders), closing while running, and bulk
// renewals that run out of balance or lose an answer.

#include "actionsupport.h"

#include "actions/bulkactiondialog.h"
#include "actions/bulkreportmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>

#include <memory>

using namespace ActionTest;

class TestBulkActionDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagOver50WithInjectedFailures();
    void undoRestoresServerTags();
    void undoReportsItsOwnFailures();
    void autoRenewOverMixRefusesNonDatacenterLocally();
    void cancelStopsBetweenOrders();
    void closingWhileRunningOnlyCancels();
    void renewRunsOutOfBalance();
    void renewWithLostAnswerStopsTheQueue();

private:
    std::unique_ptr<BulkActionDialog> openDialog();
    // Fails every tag POST of these orders with `kind`.
    void failTagsOf(const QList<qint64> &ids, MockFault::Kind kind);
    bool runToEnd(BulkActionDialog *dialog, OrderEditor::Action action, const QList<qint64> &ids,
                  const QVariant &value);
    QString summary(BulkActionDialog *dialog) const
    {
        return dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    }
    QHash<qint64, QString> serverTags(const QList<qint64> &ids) const
    {
        QHash<qint64, QString> out;
        for (const qint64 id : ids)
            out.insert(id, clientTag(m_server->order(id)->tag));
        return out;
    }
    QList<MockOrder> putOnHold(int count);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
};

void TestBulkActionDialog::initTestCase()
{
    initApplication("tst_bulkactiondialog");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestBulkActionDialog::init()
{
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->resetDemoData(160);
    m_services = std::make_unique<Services>(*m_server);
    QVERIFY(m_services->sync());
    m_server->clearRecorded();
}

void TestBulkActionDialog::cleanup()
{
    m_services.reset();
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->releaseHungConnections();
}

std::unique_ptr<BulkActionDialog> TestBulkActionDialog::openDialog()
{
    auto dialog = std::make_unique<BulkActionDialog>(m_services->editor, m_services->store);
    new QAbstractItemModelTester(dialog->reportModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 dialog.get());
    dialog->resize(640, 480);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestBulkActionDialog::failTagsOf(const QList<qint64> &ids, MockFault::Kind kind)
{
    QStringList alternatives;
    for (const qint64 id : ids)
        alternatives.append(QString::number(id));
    MockFault fault = MockFault::make(kind, {}, "POST");
    fault.pathPattern = QRegularExpression(QStringLiteral("^/user/api/orders/(") +
                                           alternatives.join(u'|') + QStringLiteral(")/tag$"));
    fault.count = -1;
    m_server->addFault(fault);
}

bool TestBulkActionDialog::runToEnd(BulkActionDialog *dialog, OrderEditor::Action action,
                                    const QList<qint64> &ids, const QVariant &value)
{
    QSignalSpy finished(dialog, &BulkActionDialog::actionFinished);
    dialog->start(action, ids, value);
    return finished.wait(kWaitMs * 2);
}

QList<MockOrder> TestBulkActionDialog::putOnHold(int count)
{
    QList<MockOrder> out = serverOrders(
        *m_server,
        [this](const MockOrder &o) {
            return o.status == MockOrder::Status::Active && isDcOrIsp(*m_server, o);
        },
        count);
    for (MockOrder &o : out) {
        o.status = MockOrder::Status::OnHold;
        m_server->updateOrder(o);
    }
    if (!m_services->sync())
        return {};
    m_server->clearRecorded();
    return out;
}

void TestBulkActionDialog::tagOver50WithInjectedFailures()
{
    const QList<qint64> ids = idsOf(serverOrders(*m_server, [](const MockOrder &) { return true; }, 50));
    QCOMPARE(ids.size(), 50);
    const QHash<qint64, QString> before = serverTags(ids);
    const QList<qint64> failing{ids.at(3), ids.at(17), ids.at(40)};
    failTagsOf(failing, MockFault::Kind::Forbidden403);

    auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy progressed(dialog->reportModel(), &QAbstractItemModel::rowsInserted);
    QVERIFY(runToEnd(dialog.get(), OrderEditor::Action::Tag, ids, QStringLiteral("bulk-50")));
    QVERIFY(progressed.size() >= 50); // the report grew as the queue ran

    const QList<BulkAction::Result> &results = dialog->results();
    QCOMPARE(results.size(), 50);
    BulkReportModel *model = dialog->reportModel();
    QCOMPARE(model->rowCount(), 50);
    for (int i = 0; i < 50; ++i) {
        const qint64 id = ids.at(i);
        const bool shouldFail = failing.contains(id);
        QCOMPARE(results.at(i).orderId, id);
        QCOMPARE(results.at(i).ok, !shouldFail);
        QCOMPARE(model->index(i, 0).data(BulkReportModel::OkRole).toBool(), !shouldFail);
        QCOMPARE(clientTag(m_server->order(id)->tag),
                 shouldFail ? before.value(id) : QStringLiteral("bulk-50"));
        QCOMPARE(m_services->store.find(id)->tag,
                 shouldFail ? before.value(id) : QStringLiteral("bulk-50"));
        // Exactly one request per order, failed or not.
        QCOMPARE(exactRequestCount(*m_server, "POST", orderPath(id, QStringLiteral("/tag"))), 1);
        if (shouldFail) {
            const QString outcome =
                model->index(i, BulkReportModel::OutcomeColumn).data().toString();
            QVERIFY2(outcome.contains(u"✗"), qPrintable(outcome));
            QVERIFY(!results.at(i).message.isEmpty());
            QCOMPARE(model->index(i, BulkReportModel::MessageColumn).data().toString(),
                     results.at(i).message);
        } else {
            QVERIFY(model->index(i, BulkReportModel::OutcomeColumn).data().toString().contains(
                u"✓"));
        }
    }
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/user/api/orders/")), 50);
    QCOMPARE(summary(dialog.get()), QStringLiteral("47 succeeded, 3 failed."));
    QVERIFY(dialog->canUndo());
    QVERIFY(dialog->undoButton()->isVisible());
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Close"));
    saveShot(dialog.get(), QStringLiteral("bulk-tag-report"));
}

void TestBulkActionDialog::undoRestoresServerTags()
{
    const QList<qint64> ids = idsOf(serverOrders(*m_server, [](const MockOrder &) { return true; }, 50));
    const QHash<qint64, QString> before = serverTags(ids);
    QSet<QString> distinct;
    for (const QString &tag : before)
        distinct.insert(tag);
    QVERIFY2(distinct.size() >= 2, "the demo orders carry several different tags");
    const QList<qint64> failing{ids.at(5), ids.at(30)};
    failTagsOf(failing, MockFault::Kind::Server500);

    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runToEnd(dialog.get(), OrderEditor::Action::Tag, ids, QStringLiteral("moved")));
    QCOMPARE(summary(dialog.get()), QStringLiteral("48 succeeded, 2 failed."));
    m_server->clearFaults();

    QSignalSpy undone(dialog.get(), &BulkActionDialog::undoFinished);
    QTest::mouseClick(dialog->undoButton(), Qt::LeftButton);
    QVERIFY(dialog->isUndoing());
    QVERIFY(!dialog->undoButton()->isVisible());
    QVERIFY(undone.wait(kWaitMs * 2));
    QCOMPARE(undone.first().first().toBool(), false);

    // The server has every previous tag back; the failed ones were never changed or undone.
    QCOMPARE(serverTags(ids), before);
    for (const qint64 id : ids) {
        QCOMPARE(m_services->store.find(id)->tag, before.value(id));
        QCOMPARE(exactRequestCount(*m_server, "POST", orderPath(id, QStringLiteral("/tag"))),
                 failing.contains(id) ? 1 : 2);
    }
    QCOMPARE(dialog->undoResults().size(), 48);
    QCOMPARE(dialog->reportModel()->rowCount(), 48);
    QCOMPARE(summary(dialog.get()), QStringLiteral("Undo: 48 succeeded, 0 failed."));
    QVERIFY(!dialog->canUndo());
    QVERIFY(!dialog->undoButton()->isVisible());
    saveShot(dialog.get(), QStringLiteral("bulk-tag-undone"));
}

void TestBulkActionDialog::undoReportsItsOwnFailures()
{
    const QList<qint64> ids = idsOf(serverOrders(*m_server, [](const MockOrder &) { return true; }, 12));
    const QHash<qint64, QString> before = serverTags(ids);
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runToEnd(dialog.get(), OrderEditor::Action::Tag, ids, QStringLiteral("temp")));
    QCOMPARE(summary(dialog.get()), QStringLiteral("12 succeeded, 0 failed."));

    failTagsOf({ids.at(4)}, MockFault::Kind::Unauthorized401);
    QSignalSpy undone(dialog.get(), &BulkActionDialog::undoFinished);
    QVERIFY(dialog->undo());
    QVERIFY(undone.wait(kWaitMs * 2));
    QCOMPARE(summary(dialog.get()), QStringLiteral("Undo: 11 succeeded, 1 failed."));
    for (const qint64 id : ids)
        QCOMPARE(clientTag(m_server->order(id)->tag),
                 id == ids.at(4) ? QStringLiteral("temp") : before.value(id));
    bool named = false;
    for (const BulkAction::Result &r : dialog->undoResults()) {
        if (r.orderId == ids.at(4)) {
            named = !r.ok && r.message.contains(u"Invalid API key");
        }
    }
    QVERIFY(named);
}

void TestBulkActionDialog::autoRenewOverMixRefusesNonDatacenterLocally()
{
    const QList<MockOrder> orders = serverOrders(
        *m_server, [](const MockOrder &o) { return o.status != MockOrder::Status::Cancelled; },
        50);
    QCOMPARE(orders.size(), 50);
    QList<qint64> dc;
    QList<qint64> other;
    for (const MockOrder &o : orders)
        (isDcOrIsp(*m_server, o) ? dc : other).append(o.orderId);
    QVERIFY(!dc.isEmpty() && !other.isEmpty());

    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runToEnd(dialog.get(), OrderEditor::Action::AutoRenew, idsOf(orders), true));
    int ok = 0;
    for (const BulkAction::Result &r : dialog->results()) {
        const bool isDc = dc.contains(r.orderId);
        QCOMPARE(r.ok, isDc);
        QCOMPARE(r.skipped, !isDc);
        const QString path = QStringLiteral("/user/api/orders/edit-auto-renewal/") +
                             QString::number(r.orderId);
        QCOMPARE(exactRequestCount(*m_server, "POST", path), isDc ? 1 : 0);
        if (isDc) {
            ++ok;
            QCOMPARE(m_server->order(r.orderId)->autoRenewal.value_or(false), true);
        } else {
            QCOMPARE(r.message, OrderEditor::whyNot(*m_services->store.find(r.orderId),
                                                    OrderEditor::Action::AutoRenew));
        }
    }
    QCOMPARE(ok, int(dc.size()));
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/user/api/orders/edit-auto-renewal/")),
             int(dc.size()));
    QCOMPARE(summary(dialog.get()),
             QStringLiteral("%1 succeeded, 0 failed, %2 not sent.").arg(dc.size()).arg(other.size()));
    QVERIFY(!dialog->canUndo()); // undo is for tags only
    QVERIFY(!dialog->undoButton()->isVisible());
    saveShot(dialog.get(), QStringLiteral("bulk-autorenew-mixed"));
}

void TestBulkActionDialog::cancelStopsBetweenOrders()
{
    const QList<qint64> ids = idsOf(serverOrders(*m_server, [](const MockOrder &) { return true; }, 50));
    const QHash<qint64, QString> before = serverTags(ids);
    m_server->setLatency(20);
    auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog.get(), &BulkActionDialog::actionFinished);
    dialog->start(OrderEditor::Action::Tag, ids, QStringLiteral("half"));
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Cancel"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->reportModel()->rowCount() >= 5, kWaitMs);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QVERIFY(!dialog->closeButton()->isEnabled());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().toBool(), true);

    const QList<BulkAction::Result> &results = dialog->results();
    QCOMPARE(results.size(), 50);
    int sent = 0;
    for (const BulkAction::Result &r : results) {
        const int posts =
            exactRequestCount(*m_server, "POST", orderPath(r.orderId, QStringLiteral("/tag")));
        if (r.skipped) {
            QCOMPARE(posts, 0);
            QVERIFY(r.message.contains(u"cancelled"));
            QCOMPARE(clientTag(m_server->order(r.orderId)->tag), before.value(r.orderId));
        } else {
            ++sent;
            QVERIFY(r.ok);
            QCOMPARE(posts, 1);
            QCOMPARE(clientTag(m_server->order(r.orderId)->tag), QStringLiteral("half"));
        }
    }
    QVERIFY2(sent >= 5 && sent < 50, qPrintable(QString::number(sent)));
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/user/api/orders/")), sent);
    QVERIFY(summary(dialog.get()).startsWith(u"Cancelled."));
    QVERIFY(summary(dialog.get()).contains(QStringLiteral("%1 not sent").arg(50 - sent)));
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Close"));
    QVERIFY(dialog->closeButton()->isEnabled());
    saveShot(dialog.get(), QStringLiteral("bulk-cancelled"));
}

void TestBulkActionDialog::closingWhileRunningOnlyCancels()
{
    const QList<qint64> ids = idsOf(serverOrders(*m_server, [](const MockOrder &) { return true; }, 20));
    m_server->setLatency(20);
    auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog.get(), &BulkActionDialog::actionFinished);
    dialog->start(OrderEditor::Action::Tag, ids, QStringLiteral("x"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->reportModel()->rowCount() >= 1, kWaitMs);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible()); // an order is in flight: it is answered and reported first
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestBulkActionDialog::renewRunsOutOfBalance()
{
    const QList<MockOrder> held = putOnHold(5);
    QCOMPARE(held.size(), 5);
    qint64 firstThree = 0;
    for (int i = 0; i < 3; ++i)
        firstThree += held.at(i).pricePaidCents;
    // Enough for the first three, not for the fourth (renewal costs what was paid).
    const qint64 smallest = std::min(held.at(3).pricePaidCents, held.at(4).pricePaidCents);
    m_server->setBalanceCents(firstThree + smallest - 1);

    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runToEnd(dialog.get(), OrderEditor::Action::Renew, idsOf(held), QVariant()));
    const QList<BulkAction::Result> &results = dialog->results();
    QCOMPARE(results.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(results.at(i).ok, i < 3);
        QCOMPARE(exactRequestCount(*m_server, "POST", orderPath(held.at(i).orderId,
                                                              QStringLiteral("/renew"))),
                 1);
        if (i >= 3)
            QVERIFY(results.at(i).message.contains(u"Insufficient balance"));
        QCOMPARE(m_server->order(held.at(i).orderId)->status,
                 i < 3 ? MockOrder::Status::Active : MockOrder::Status::OnHold);
    }
    QCOMPARE(m_server->balanceCents(), smallest - 1);
    QCOMPARE(summary(dialog.get()), QStringLiteral("3 succeeded, 2 failed."));
    saveShot(dialog.get(), QStringLiteral("bulk-renew"));
}

void TestBulkActionDialog::renewWithLostAnswerStopsTheQueue()
{
    const QList<MockOrder> held = putOnHold(4);
    QCOMPARE(held.size(), 4);
    m_services->client.setTimeoutMs(400);
    // The second renewal's answer never comes.
    MockFault hang = MockFault::make(MockFault::Kind::Hang,
                                     orderPath(held.at(1).orderId, QStringLiteral("/renew")),
                                     "POST");
    m_server->addFault(hang);
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runToEnd(dialog.get(), OrderEditor::Action::Renew, idsOf(held), QVariant()));
    const QList<BulkAction::Result> &results = dialog->results();
    QCOMPARE(results.size(), 4);
    QVERIFY(results.at(0).ok);
    QVERIFY(!results.at(1).ok && !results.at(1).skipped);
    for (int i = 2; i < 4; ++i) {
        QVERIFY(results.at(i).skipped);
        QCOMPARE(exactRequestCount(*m_server, "POST",
                                   orderPath(held.at(i).orderId, QStringLiteral("/renew"))),
                 0);
    }
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/user/api/orders/")), 2);
    QCOMPARE(summary(dialog.get()), QStringLiteral("1 succeeded, 1 failed, 2 not sent."));
}

QTEST_MAIN(TestBulkActionDialog)
#include "tst_bulkactiondialog.moc"
