// The price preview is advice (issue 12): when calculate fails (a 500) or refuses (a 400) on the
// review page, the wizard says that the price could not be previewed, in the server's words, and
// lets the person buy only after ticking "Buy without a price preview"; then exactly one
// purchase is sent and the order is made. With a working preview the box stays hidden.

#include "wizarddriver.h"

#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;
using State = PurchaseController::State;

namespace {

// How the preview breaks on the review page.
enum class Breakage { Server500, Refused400 };

// The demo catalogue with Germany taken off Datacenter Proxy: calculate for DE answers 400
// "Location 'DE' is not available for Datacenter Proxy" (promo codes are left out: unused).
MockCatalog withoutGermanDatacenter(const MockCatalog &full)
{
    MockCatalog out;
    for (MockProduct p : full.products()) {
        if (p.name == u"Datacenter Proxy")
            p.locations.removeAll(u"DE"_s);
        out.addProduct(p);
    }
    for (const MockCatalog::StockEntry &e : full.stock())
        out.setStock(e.country, e.product, e.amount);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Breakage)

class TestPurchaseWizardPreview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void failedPreviewBuysAfterConfirmation_data();
    void failedPreviewBuysAfterConfirmation();
    void workingPreviewHidesTheConfirmation();

private:
    // Product, location, cycle and quantity by mouse; ends on the options page with its own
    // price check finished, so that what breaks next is the review page's preview.
    void walkToOptions(WizardDriver &drive, PurchaseWizard &wizard);
    // A real click on the box's indicator, as a person would tick it.
    static void tick(QCheckBox *box);

    std::unique_ptr<Fixture> m_f;
};

void TestPurchaseWizardPreview::initTestCase()
{
    initApplication("tst_purchasewizard_preview");
}

void TestPurchaseWizardPreview::init()
{
    m_f = std::make_unique<Fixture>();
}

void TestPurchaseWizardPreview::cleanup()
{
    m_f.reset();
}

void TestPurchaseWizardPreview::walkToOptions(WizardDriver &drive, PurchaseWizard &wizard)
{
    drive.open();
    if (QTest::currentTestFailed())
        return;
    drive.chooseProduct(u"Datacenter Proxy"_s);
    if (QTest::currentTestFailed())
        return;
    drive.next();
    drive.chooseLocation(u"DE"_s);
    if (QTest::currentTestFailed())
        return;
    drive.next();
    drive.chooseCycle(u"monthly"_s);
    if (QTest::currentTestFailed())
        return;
    drive.next();
    QCOMPARE(drive.page(), int(PurchaseFlow::OptionsPage));
    drive.setQuantity(2);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.optionsPage()->isCheckingPrice(), kWaitMs);
}

void TestPurchaseWizardPreview::tick(QCheckBox *box)
{
    QVERIFY(box->isVisible() && box->isEnabled());
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier,
                      indicator.isValid() ? indicator.center() : QPoint(4, box->height() / 2));
}

void TestPurchaseWizardPreview::failedPreviewBuysAfterConfirmation_data()
{
    QTest::addColumn<Breakage>("breakage");
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("serverWords");
    QTest::newRow("calculate 500") << Breakage::Server500 << u"The price could not be previewed: "_s
                                   << u"Internal server error"_s;
    QTest::newRow("calculate 400")
        << Breakage::Refused400 << u"The server did not preview this order: "_s
        << u"Location 'DE' is not available for Datacenter Proxy"_s;
}

void TestPurchaseWizardPreview::failedPreviewBuysAfterConfirmation()
{
    QFETCH(Breakage, breakage);
    QFETCH(QString, opening);
    QFETCH(QString, serverWords);

    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(walkToOptions(drive, wizard));

    // The review page's preview breaks; the purchase itself would go through.
    const MockCatalog demo = m_f->server->backend().catalog();
    if (breakage == Breakage::Server500) {
        MockFault broken = MockFault::make(MockFault::Kind::Server500, kCalculatePath, "GET");
        broken.count = -1; // retries included
        m_f->server->addFault(broken);
    } else {
        m_f->server->backend().catalog() = withoutGermanDatacenter(demo);
    }
    const int calculateBefore = m_f->server->requestCount("GET", kCalculatePath);
    STEP(drive.next());
    QCOMPARE(drive.page(), int(PurchaseFlow::ReviewPage));
    STEP(drive.waitForReview());
    QVERIFY(m_f->server->requestCount("GET", kCalculatePath) > calculateBefore);

    // Said, in the server's words; nothing to press until the person confirms.
    const QString message = wizard.reviewPage()->message();
    QVERIFY2(message.startsWith(opening + serverWords), qPrintable(message));
    QVERIFY2(message.contains(u"Buy without a price preview"_s), qPrintable(message));
    QCOMPARE(drive.child<QLabel>("totalValue")->text(), u"not known in advance"_s);
    auto *confirm = drive.child<QCheckBox>("confirmWithoutPrice");
    QVERIFY(confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    QVERIFY(!wizard.reviewPage()->isComplete());
    QVERIFY(!drive.commitButton()->isEnabled());
    QCOMPARE(drive.commitButton()->text(), u"Buy"_s);
    saveShot(&wizard, breakage == Breakage::Server500 ? u"wizard-5-review-preview-failed"_s
                                                      : u"wizard-5-review-preview-refused"_s);

    // The server is whole again (the preview is not asked again until "Check again").
    m_f->server->clearFaults();
    m_f->server->backend().catalog() = demo;

    // Ticked: the button enables; unticked: disabled again; ticked once more.
    STEP(tick(confirm));
    QVERIFY(confirm->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(drive.commitButton()->isEnabled(), kWaitMs);
    QVERIFY(wizard.reviewPage()->isComplete());
    STEP(tick(confirm));
    QVERIFY(!confirm->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!drive.commitButton()->isEnabled(), kWaitMs);
    STEP(tick(confirm));
    QTRY_VERIFY_WITH_TIMEOUT(drive.commitButton()->isEnabled(), kWaitMs);
    QCOMPARE(m_f->purchasePosts(), 0);

    const qsizetype ordersBefore = m_f->server->orderCount();
    STEP(drive.pay());
    QVERIFY2(wizard.controller()->state() == State::Succeeded,
             qPrintable(wizard.controller()->error().message()));
    const qint64 id = wizard.controller()->orderId();
    QVERIFY(id > 0);
    QVERIFY(m_f->server->order(id).has_value());
    QCOMPARE(m_f->server->orderCount(), ordersBefore + 1);
    QCOMPARE(m_f->purchaseBodies(), (QList<QJsonObject>{QJsonObject{
                                        {u"product"_s, u"Datacenter Proxy"_s},
                                        {u"location"_s, u"DE"_s},
                                        {u"cycle"_s, u"monthly"_s},
                                        {u"quantity"_s, 2},
                                        {u"auto_renewal"_s, false}}}));
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseWizardPreview::workingPreviewHidesTheConfirmation()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(walkToOptions(drive, wizard));
    STEP(drive.next());
    QCOMPARE(drive.page(), int(PurchaseFlow::ReviewPage));
    STEP(drive.waitForReview());

    auto *confirm = drive.child<QCheckBox>("confirmWithoutPrice");
    QVERIFY(!confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    QVERIFY(wizard.reviewPage()->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(drive.commitButton()->isEnabled(), kWaitMs);
    QCOMPARE(drive.commitButton()->text(), u"Pay $3.00"_s);
    QCOMPARE(drive.child<QLabel>("totalValue")->text(), u"$3.00"_s);
    QVERIFY2(!wizard.reviewPage()->message().contains(u"preview"_s),
             qPrintable(wizard.reviewPage()->message()));
    QVERIFY(!drive.child<QPushButton>("retryButton")->isVisible());
    QCOMPARE(m_f->purchasePosts(), 0);
}

QTEST_MAIN(TestPurchaseWizardPreview)
#include "tst_purchasewizard_preview.moc"
