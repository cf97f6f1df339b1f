// RenewDialog over the real services and the mock server: on-hold orders listed with product,
// cycle and price, orders that are not on hold left out, the combined total and the balance
// after (against the server's own prices and balance), unchecking changes both, the
// insufficient-balance warning, unknown prices said as such, and no renewal ever sent by the
// dialog itself.

#include "actionsupport.h"

#include "actions/renewdialog.h"
#include "actions/renewlistmodel.h"
#include "cyclelabel.h"
#include "domain/money.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>

#include <memory>

using namespace ActionTest;

class TestRenewDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void totalAndBalanceAfter();
    void uncheckingChangesTotal();
    void insufficientBalanceWarns();
    void unknownPriceIsSaid();
    void nothingRenewable();
    void cancelReturnsNothingAndSendsNothing();

private:
    // Puts `count` Datacenter/ISP orders on hold on the server, then syncs the client.
    QList<MockOrder> putOnHold(int count);
    std::unique_ptr<RenewDialog> openDialog(const QList<qint64> &ids);
    qint64 sumPrices(const QList<MockOrder> &orders) const;
    static QLabel *label(RenewDialog *d, const char *name)
    {
        return d->findChild<QLabel *>(QString::fromLatin1(name));
    }
    static QPushButton *renewButton(RenewDialog *d)
    {
        return d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }
    int renewPosts() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->recordedRequests()) {
            if (r.method == "POST" && r.path.endsWith(u"/renew"))
                ++n;
        }
        return n;
    }

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
};

void TestRenewDialog::initTestCase()
{
    initApplication("tst_renewdialog");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestRenewDialog::init()
{
    m_server->clearFaults();
    m_server->resetDemoData(120);
    m_server->clearRecorded();
    m_services = std::make_unique<Services>(*m_server);
}

void TestRenewDialog::cleanup()
{
    m_services.reset();
    m_server->clearFaults();
}

QList<MockOrder> TestRenewDialog::putOnHold(int count)
{
    QList<MockOrder> out = serverOrders(
        *m_server,
        [this](const MockOrder &o) {
            return o.status == MockOrder::Status::Active && isDcOrIsp(*m_server, o) &&
                   o.expiresAt.has_value();
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

std::unique_ptr<RenewDialog> TestRenewDialog::openDialog(const QList<qint64> &ids)
{
    auto dialog = std::make_unique<RenewDialog>(m_services->orders, m_services->account, ids);
    new QAbstractItemModelTester(dialog->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 dialog.get());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

qint64 TestRenewDialog::sumPrices(const QList<MockOrder> &orders) const
{
    qint64 sum = 0;
    for (const MockOrder &o : orders)
        sum += m_server->order(o.orderId)->pricePaidCents;
    return sum;
}

void TestRenewDialog::totalAndBalanceAfter()
{
    const QList<MockOrder> held = putOnHold(3);
    QCOMPARE(held.size(), 3);
    const QList<MockOrder> active = serverOrders(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::Active; }, 1);
    QList<qint64> ids = idsOf(held);
    ids.insert(1, active.first().orderId); // a multi-selection that includes an active order

    auto dialog = openDialog(ids);
    QVERIFY(dialog);
    QCOMPARE(dialog->listedIds(), idsOf(held));
    QCOMPARE(dialog->excluded().size(), 1);
    QCOMPARE(dialog->excluded().first().first, active.first().orderId);
    QVERIFY(label(dialog.get(), "excludedLabel")->isVisible());
    QVERIFY(label(dialog.get(), "excludedLabel")->text().contains(
        QString::number(active.first().orderId)));

    const qint64 total = sumPrices(held);
    const qint64 balance = m_server->balanceCents();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->totalCents().value_or(-1), total, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->balanceAfterCents().value_or(-1), balance - total, kWaitMs);
    QCOMPARE(dialog->totalText(), Money::format(total));
    QCOMPARE(label(dialog.get(), "balanceValue")->text(), Money::format(balance));
    QCOMPARE(dialog->balanceAfterText(), Money::format(balance - total));
    QVERIFY(!label(dialog.get(), "warningLabel")->isVisible());
    QVERIFY(!dialog->isBalanceInsufficient());

    // Each row: id, product, cycle and its price.
    RenewListModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const MockOrder &o = held.at(row);
        QCOMPARE(model->index(row, RenewListModel::IdColumn).data().toString(),
                 QString::number(o.orderId));
        QCOMPARE(model->index(row, RenewListModel::ProductColumn).data().toString(), o.productName);
        // What the order list served (the Realistic profile sends null for some cycle names).
        const bool noCycle =
            m_server->isRealistic() && MockBackend::RealisticRules::nullCycleName(o.orderId);
        QCOMPARE(model->index(row, RenewListModel::CycleColumn).data().toString(),
                 noCycle ? QString() : CycleLabel::text(o.cycleName));
        QCOMPARE(model->index(row, RenewListModel::PriceColumn).data().toString(),
                 Money::format(o.pricePaidCents));
    }
    QVERIFY(renewButton(dialog.get())->text().contains(u"3"));
    saveShot(dialog.get(), QStringLiteral("renew-confirm"));

    QTest::mouseClick(renewButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->confirmedIds(), idsOf(held));
    QCOMPARE(renewPosts(), 0);
}

void TestRenewDialog::uncheckingChangesTotal()
{
    const QList<MockOrder> held = putOnHold(3);
    QCOMPARE(held.size(), 3);
    auto dialog = openDialog(idsOf(held));
    QVERIFY(dialog);
    const qint64 balance = m_server->balanceCents();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->balanceAfterCents().has_value(), kWaitMs);

    // Unchecked with the mouse on the check box of the middle row.
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("ordersView"));
    const QModelIndex middle = dialog->model()->index(1, RenewListModel::IdColumn);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(middle);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                    &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(middle.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    const QList<MockOrder> kept{held.at(0), held.at(2)};
    QCOMPARE(dialog->totalCents().value_or(-1), sumPrices(kept));
    QCOMPARE(dialog->balanceAfterCents().value_or(-1), balance - sumPrices(kept));
    QCOMPARE(dialog->totalText(), Money::format(sumPrices(kept)));
    QVERIFY(renewButton(dialog.get())->text().contains(u"2"));

    dialog->model()->setChecked(held.at(0).orderId, false);
    dialog->model()->setChecked(held.at(2).orderId, false);
    QVERIFY(!renewButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->totalCents().value_or(-1), 0);
    dialog->model()->setChecked(held.at(2).orderId, true);
    QTest::mouseClick(renewButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->confirmedIds(), QList<qint64>{held.at(2).orderId});
    QCOMPARE(renewPosts(), 0);
}

void TestRenewDialog::insufficientBalanceWarns()
{
    const QList<MockOrder> held = putOnHold(2);
    QCOMPARE(held.size(), 2);
    const qint64 total = sumPrices(held);
    m_server->setBalanceCents(total - 150);
    auto dialog = openDialog(idsOf(held));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->balanceAfterCents().value_or(0), qint64(-150), kWaitMs);
    QVERIFY(dialog->isBalanceInsufficient());
    QLabel *warning = label(dialog.get(), "warningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(Money::format(150)), qPrintable(warning->text()));
    // Still the person's call: the server refuses what it cannot pay for.
    QVERIFY(renewButton(dialog.get())->isEnabled());
    saveShot(dialog.get(), QStringLiteral("renew-insufficient"));
}

void TestRenewDialog::unknownPriceIsSaid()
{
    const QList<MockOrder> held = putOnHold(3);
    QCOMPARE(held.size(), 3);
    // The details of the second order cannot be loaded.
    MockFault fault = MockFault::make(MockFault::Kind::Server500, {}, "GET");
    fault.pathPattern = QRegularExpression(
        QRegularExpression::anchoredPattern(orderPath(held.at(1).orderId, QString())));
    fault.count = -1;
    m_server->addFault(fault);
    QSignalSpy failed(&m_services->orders, &OrderService::detailsFailed);
    auto dialog = openDialog(idsOf(held));
    QVERIFY(dialog);
    QVERIFY(failed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_services->store.details(held.at(0).orderId) &&
                                 m_services->store.details(held.at(2).orderId),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->account.hasAccount(), kWaitMs);
    QVERIFY(!dialog->totalCents());
    QVERIFY(!dialog->balanceAfterCents());
    QVERIFY2(dialog->totalText().contains(u"Not known"), qPrintable(dialog->totalText()));
    QCOMPARE(dialog->balanceAfterText(), QStringLiteral("Not known"));
    QCOMPARE(dialog->model()->index(1, RenewListModel::PriceColumn).data().toString(),
             QStringLiteral("Not known yet"));
    saveShot(dialog.get(), QStringLiteral("renew-unknown-price"));
    // Leaving the unknown one out makes the total known again.
    dialog->model()->setChecked(held.at(1).orderId, false);
    const QList<MockOrder> kept{held.at(0), held.at(2)};
    QCOMPARE(dialog->totalCents().value_or(-1), sumPrices(kept));
    QCOMPARE(dialog->balanceAfterText(),
             Money::format(m_server->balanceCents() - sumPrices(kept)));
}

void TestRenewDialog::nothingRenewable()
{
    QVERIFY(m_services->sync());
    const QList<MockOrder> active = serverOrders(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::Active; }, 2);
    auto dialog = openDialog(idsOf(active));
    QVERIFY(dialog);
    QCOMPARE(dialog->listedIds().size(), 0);
    QCOMPARE(dialog->excluded().size(), 2);
    QVERIFY(!renewButton(dialog.get())->isEnabled());
    QVERIFY(label(dialog.get(), "introLabel")->text().contains(u"None"));
}

void TestRenewDialog::cancelReturnsNothingAndSendsNothing()
{
    const QList<MockOrder> held = putOnHold(2);
    QCOMPARE(held.size(), 2);
    auto dialog = openDialog(idsOf(held));
    QVERIFY(dialog);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QTRY_VERIFY_WITH_TIMEOUT(m_services->client.callsInFlight() == 0, kWaitMs);
    QCOMPARE(renewPosts(), 0);
    for (const MockOrder &o : held)
        QCOMPARE(m_server->order(o.orderId)->status, MockOrder::Status::OnHold);
}

QTEST_MAIN(TestRenewDialog)
#include "tst_renewdialog.moc"
