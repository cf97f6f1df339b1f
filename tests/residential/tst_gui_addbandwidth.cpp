// AddBandwidthDialog (offscreen) over the services main() builds and real loopback HTTP to the
// in-process MockServer, in whichever profile CTest asks for: on a demo residential order the
// price appears and the OK button names the spend; two quick clicks send one POST; the dialog
// cannot be closed while the request is on its way; trafficAdded after success; a refusal shows
// the server's words. And Order → Add traffic… in the main window: enabled for a residential
// order, disabled with its reason for a Datacenter one, and opening the dialog.

#include "guisupport.h"
#include "residentialsupport.h"

#include "actions/addbandwidthdialog.h"
#include "domain/money.h"
#include "orderfiltermodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Residential;

class TestGuiAddBandwidth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void priceAppearsAndTheButtonNamesIt();
    void twoQuickClicksSendOnePost();
    void refusalShowsTheServersWords();
    void lostAnswerThatAddedIsSaid();
    void lostAnswerThatAddedNothingAllowsAnotherTry();
    void shortfallIsSaidBeforeSending();
    void menuActionFollowsTheSelection();

private:
    std::unique_ptr<AddBandwidthDialog> openDialog(const MockOrder &order);
    static QPushButton *button(AddBandwidthDialog *d, QDialogButtonBox::StandardButton which)
    {
        return d->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(which);
    }
    static QLabel *label(AddBandwidthDialog *d, const char *name)
    {
        return d->findChild<QLabel *>(QString::fromLatin1(name));
    }
    static QSpinBox *amount(AddBandwidthDialog *d)
    {
        return d->findChild<QSpinBox *>(u"amountSpin"_s);
    }
    int bandwidthPosts() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->recordedRequests()) {
            if (r.method == "POST" && r.path.endsWith(u"/add-bandwidth"))
                ++n;
        }
        return n;
    }

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<TestServices> m_services;
};

void TestGuiAddBandwidth::initTestCase()
{
    GuiTest::initApplication("tst_gui_addbandwidth");
}

void TestGuiAddBandwidth::init()
{
    QSettings().clear();
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(120);
    QVERIFY(m_server->listen());
    m_services = std::make_unique<TestServices>(m_server->url(), m_server->token());
}

void TestGuiAddBandwidth::cleanup()
{
    m_services.reset();
    m_server.reset();
}

std::unique_ptr<AddBandwidthDialog> TestGuiAddBandwidth::openDialog(const MockOrder &order)
{
    auto dialog = std::make_unique<AddBandwidthDialog>(
        m_services->context.newBandwidthPurchase(nullptr), order.orderId, order.productName);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the dialog was not exposed");
    // Ready once the order and the balance are read, then priced.
    const bool priced = QTest::qWaitFor(
        [&dialog] {
            return dialog->purchase()->state() == BandwidthPurchase::State::Ready &&
                   dialog->priceCents().has_value();
        },
        kWaitMs);
    return priced ? std::move(dialog) : nullptr;
}

void TestGuiAddBandwidth::priceAppearsAndTheButtonNamesIt()
{
    const auto order = residentialOrder(*m_server);
    QVERIFY(order);
    const qint64 balance = m_server->balanceCents();
    auto dialog = openDialog(*order);
    QVERIFY(dialog);
    QCOMPARE(amount(dialog.get())->value(), 10);
    const qint64 price = bandwidthPrice(*m_server, *order, 10);
    QVERIFY(price > 0);
    QCOMPARE(*dialog->priceCents(), price);
    QCOMPARE(label(dialog.get(), "priceValue")->text(), Money::format(price));
    QCOMPARE(label(dialog.get(), "balanceValue")->text(), Money::format(balance));
    QCOMPARE(label(dialog.get(), "afterValue")->text(), Money::format(balance - price));
    QCOMPARE(label(dialog.get(), "currentValue")->text(), u"%1 GB"_s.arg(order->quantity));
    QPushButton *ok = button(dialog.get(), QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), u"Add 10 GB for %1"_s.arg(Money::format(price)));
    QCOMPARE(ok->accessibleName(), ok->text());
    GuiTest::saveShot(dialog.get(), u"addbandwidth-ready"_s);

    // Another amount: priced again, and the button follows.
    amount(dialog.get())->setValue(3);
    QVERIFY(ok->text() == u"Add 3 GB"_s); // not priced yet: no stale price on the button
    QTRY_VERIFY_WITH_TIMEOUT(dialog->priceCents().has_value(), kWaitMs);
    QCOMPARE(*dialog->priceCents(), bandwidthPrice(*m_server, *order, 3));
    QCOMPARE(ok->text(), u"Add 3 GB for %1"_s.arg(Money::format(bandwidthPrice(*m_server, *order, 3))));
    // Nothing spent by looking.
    QCOMPARE(bandwidthPosts(), 0);
    QCOMPARE(m_server->balanceCents(), balance);
}

void TestGuiAddBandwidth::twoQuickClicksSendOnePost()
{
    const auto order = residentialOrder(*m_server);
    QVERIFY(order);
    const qint64 balance = m_server->balanceCents();
    auto dialog = openDialog(*order);
    QVERIFY(dialog);
    const qint64 price = *dialog->priceCents();
    QSignalSpy added(dialog.get(), &AddBandwidthDialog::trafficAdded);
    QPushButton *ok = button(dialog.get(), QDialogButtonBox::Ok);

    AnswerGate gate(*m_server); // the answer waits until the test lets it go
    QSignalSpy received(m_server.get(), &MockServer::requestReceived);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(dialog->purchase()->state(), BandwidthPurchase::State::Sending);
    QVERIFY(!ok->isEnabled());
    QVERIFY(received.wait(kWaitMs));
    QCOMPARE(bandwidthPosts(), 1);
    QCOMPARE(gate.held(), 1);
    QVERIFY(label(dialog.get(), "stateLabel")->isVisibleTo(dialog.get()));
    QVERIFY(label(dialog.get(), "stateLabel")->text().contains(u"sending"_s));

    // It cannot be closed while the request is on its way.
    QVERIFY(!button(dialog.get(), QDialogButtonBox::Cancel)->isEnabled());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->close());
    QVERIFY(dialog->isVisible());
    GuiTest::saveShot(dialog.get(), u"addbandwidth-sending"_s);

    gate.release();
    QVERIFY(added.wait(kWaitMs));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).toLongLong(), order->orderId);
    QCOMPARE(dialog->purchase()->state(), BandwidthPurchase::State::Succeeded);
    QVERIFY(label(dialog.get(), "resultLabel")->isVisibleTo(dialog.get()));
    QVERIFY2(label(dialog.get(), "resultLabel")->text().contains(u"Added 10 GB"_s),
             qPrintable(label(dialog.get(), "resultLabel")->text()));
    // Done: only Close is left, and it closes.
    QVERIFY(!button(dialog.get(), QDialogButtonBox::Ok));
    QPushButton *close = button(dialog.get(), QDialogButtonBox::Close);
    QVERIFY(close);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->client.callsInFlight() == 0, kWaitMs);
    QCOMPARE(bandwidthPosts(), 1);
    QCOMPARE(m_server->balanceCents(), balance - price);
    QCOMPARE(m_server->order(order->orderId)->quantity, order->quantity + 10);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(bandwidthPosts(), 1);
}

void TestGuiAddBandwidth::refusalShowsTheServersWords()
{
    const auto order = residentialOrder(*m_server);
    QVERIFY(order);
    auto dialog = openDialog(*order);
    QVERIFY(dialog);
    // The money went elsewhere after the dialog read the balance: the server says no.
    m_server->setBalanceCents(1);
    QSignalSpy added(dialog.get(), &AddBandwidthDialog::trafficAdded);
    QSignalSpy refused(dialog->purchase(), &BandwidthPurchase::refused);
    QPushButton *ok = button(dialog.get(), QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(refused.wait(kWaitMs));
    QLabel *error = label(dialog.get(), "errorLabel");
    QVERIFY(error->isVisibleTo(dialog.get()));
    QVERIFY2(error->text().contains(u"Insufficient balance"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"Nothing was added"_s), qPrintable(error->text()));
    GuiTest::saveShot(dialog.get(), u"addbandwidth-refused"_s);
    // Open, and another try possible.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->purchase()->state(), BandwidthPurchase::State::Ready);
    QVERIFY(ok->isEnabled());
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_server->order(order->orderId)->quantity, order->quantity);
    QCOMPARE(bandwidthPosts(), 1);

    // The balance back: the next click goes through and the old words go away.
    m_server->setBalanceCents(250000);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(added.wait(kWaitMs));
    QVERIFY(!error->isVisibleTo(dialog.get()));
    QCOMPARE(bandwidthPosts(), 2);
    QCOMPARE(m_server->order(order->orderId)->quantity, order->quantity + 10);
    // Cancel works when nothing is on its way.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestGuiAddBandwidth::lostAnswerThatAddedIsSaid()
{
    const auto order = residentialOrder(*m_server);
    QVERIFY(order);
    auto dialog = openDialog(*order);
    QVERIFY(dialog);
    m_server->addFault(exactFault(MockFault::Kind::Drop, "POST",
                                  orderPath(order->orderId, u"/add-bandwidth"_s), true));
    QSignalSpy added(dialog.get(), &AddBandwidthDialog::trafficAdded);
    QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(added.wait(kWaitMs));
    QCOMPARE(dialog->purchase()->state(), BandwidthPurchase::State::Reconciled);
    QCOMPARE(dialog->purchase()->verdict(), BandwidthPurchase::Verdict::Added);
    QVERIFY2(label(dialog.get(), "resultLabel")->text().contains(u"10 GB were added"_s),
             qPrintable(label(dialog.get(), "resultLabel")->text()));
    QVERIFY(button(dialog.get(), QDialogButtonBox::Close));
    QCOMPARE(bandwidthPosts(), 1);
    QCOMPARE(m_server->order(order->orderId)->quantity, order->quantity + 10);
}

void TestGuiAddBandwidth::lostAnswerThatAddedNothingAllowsAnotherTry()
{
    const auto order = residentialOrder(*m_server);
    QVERIFY(order);
    auto dialog = openDialog(*order);
    QVERIFY(dialog);
    // The connection drops before the server acts.
    m_server->addFault(exactFault(MockFault::Kind::Drop, "POST",
                                  orderPath(order->orderId, u"/add-bandwidth"_s), false));
    QSignalSpy reconciled(dialog->purchase(), &BandwidthPurchase::reconciled);
    QSignalSpy added(dialog.get(), &AddBandwidthDialog::trafficAdded);
    QPushButton *ok = button(dialog.get(), QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(reconciled.wait(kWaitMs));
    QCOMPARE(dialog->purchase()->verdict(), BandwidthPurchase::Verdict::NotAdded);
    QCOMPARE(dialog->purchase()->state(), BandwidthPurchase::State::Ready);
    QLabel *error = label(dialog.get(), "errorLabel");
    QVERIFY(error->isVisibleTo(dialog.get()));
    QVERIFY2(error->text().contains(u"nothing was added"_s), qPrintable(error->text()));
    QVERIFY(ok->isEnabled());
    QCOMPARE(added.size(), 0);
    QCOMPARE(bandwidthPosts(), 1);
    QCOMPARE(m_server->order(order->orderId)->quantity, order->quantity);
    // The next click is a new, answered POST.
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(added.wait(kWaitMs));
    QCOMPARE(bandwidthPosts(), 2);
    QCOMPARE(m_server->order(order->orderId)->quantity, order->quantity + 10);
}

void TestGuiAddBandwidth::shortfallIsSaidBeforeSending()
{
    const auto order = residentialOrder(*m_server);
    QVERIFY(order);
    const qint64 price = bandwidthPrice(*m_server, *order, 10);
    m_server->setBalanceCents(price - 1);
    auto dialog = openDialog(*order);
    QVERIFY(dialog);
    QPushButton *ok = button(dialog.get(), QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QLabel *error = label(dialog.get(), "errorLabel");
    QVERIFY(error->isVisibleTo(dialog.get()));
    QVERIFY2(error->text().contains(u"does not cover"_s), qPrintable(error->text()));
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    // Less traffic fits: the button comes back.
    amount(dialog.get())->setValue(1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->priceCents().has_value(), kWaitMs);
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisibleTo(dialog.get()));
    QCOMPARE(bandwidthPosts(), 0);
}

void TestGuiAddBandwidth::menuActionFollowsTheSelection()
{
    auto window = GuiTest::showWindow(*m_services);
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    window->start();
    QVERIFY(synced.wait(kWaitMs));
    window->findChild<QLineEdit *>(u"searchEdit"_s)->clear();
    QMetaObject::invokeMethod(window.get(), [&window] {
        window->findChild<QAction *>(u"actionClearFilters"_s)->trigger();
    });
    QTRY_COMPARE(window->filterModel()->rowCount(), int(m_server->orderCount()));

    auto *action = window->findChild<QAction *>(u"actionAddTraffic"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+G"_s));

    const auto residential = residentialOrder(*m_server);
    const auto dc = demoOrder(*m_server, u"Datacenter Proxy"_s);
    QVERIFY(residential && dc);
    window->selectOrder(dc->orderId);
    QCOMPARE(window->currentOrderId(), dc->orderId);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"Standard and Premium Residential"_s),
             qPrintable(action->toolTip()));
    if (const auto cancelled = demoOrder(*m_server, residential->productName, true)) {
        window->selectOrder(cancelled->orderId);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(u"cancelled"_s), qPrintable(action->toolTip()));
    }

    window->selectOrder(residential->orderId);
    QCOMPARE(window->currentOrderId(), residential->orderId);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(GuiTest::tableDetailsSettled(*window), kWaitMs);
    m_server->clearRecorded();
    // The shortcut opens the dialog for that order; nothing is spent by opening it.
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    AddBandwidthDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<AddBandwidthDialog *>()) != nullptr, kWaitMs);
    QVERIFY(dialog->windowTitle().contains(QString::number(residential->orderId)));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->priceCents().has_value(), kWaitMs);
    QCOMPARE(bandwidthPosts(), 0);
    dialog->reject();
}

QTEST_MAIN(TestGuiAddBandwidth)
#include "tst_gui_addbandwidth.moc"
