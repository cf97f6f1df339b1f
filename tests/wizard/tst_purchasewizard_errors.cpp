// The wizard when the server says no or cannot help: an invalid promo code refused inline, a
// balance too small (blocked before paying, and refused by the server after the balance
// dropped), a country sold out (disabled, and refused after it sold out), no price preview
// (calculate 404), and a catalogue that fails to load. Each refusal leads back to the page
// that can fix it, and the next try needs a new click on Pay.

#include "wizarddriver.h"

#include "domain/money.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;
using State = PurchaseController::State;

class TestPurchaseWizardErrors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invalidPromoIsRefusedInline();
    void insufficientBalanceBlocksPaying();
    void insufficientBalanceRefusalLeadsBackToOptions();
    void outOfStockRefusalLeadsBackToLocation();
    void withoutPricePreviewTheWizardStillBuys();
    void catalogueFailureOffersRetry();

private:
    std::unique_ptr<Fixture> m_f;
};

void TestPurchaseWizardErrors::initTestCase()
{
    initApplication("tst_purchasewizard_errors");
}

void TestPurchaseWizardErrors::init()
{
    m_f = std::make_unique<Fixture>();
}

void TestPurchaseWizardErrors::cleanup()
{
    m_f.reset();
}

void TestPurchaseWizardErrors::invalidPromoIsRefusedInline()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.chooseProduct(u"Unmetered Residential proxy"_s));
    STEP(drive.next());
    STEP(drive.chooseCycle(u"weekly"_s));
    STEP(drive.next());
    // Unmetered has no quantity; it has auto-renew.
    QVERIFY(!drive.child<QSpinBox>("quantitySpin")->isVisible());
    QVERIFY(drive.child<QCheckBox>("autoRenewCheck")->isVisible());

    STEP(drive.enterPromo(u"NOPE"_s));
    QCOMPARE(drive.promoStatus(), u"Promo code is invalid"_s); // the server's own words
    QVERIFY(!wizard.optionsPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    saveShot(&wizard, u"wizard-4-options-invalid-promo"_s);

    // A code only for monthly cycles: refused for weekly, with the server's reason.
    STEP(drive.enterPromo(u"MONTHLY20"_s));
    QCOMPARE(drive.promoStatus(), u"Promo code is not valid for this billing cycle"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    STEP(drive.enterPromo(u"SAVE10"_s));
    QCOMPARE(drive.promoStatus(), u"SAVE10 is valid: 10 % off."_s);
    QCOMPARE(drive.priceText(), u"$67.50 (instead of $75.00, 10 % off)"_s);
    STEP(drive.next());
    STEP(drive.waitForReview());
    QCOMPARE(drive.commitButton()->text(), u"Pay $67.50"_s);
    QCOMPARE(m_f->purchasePosts(), 0);
}

void TestPurchaseWizardErrors::insufficientBalanceBlocksPaying()
{
    m_f->server->setBalanceCents(500);
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToReview({u"Datacenter Proxy"_s, u"DE"_s, u"monthly"_s, 5, {}, false}));
    // $7.50 against $5.00: stopped here, said clearly, nothing sent.
    QVERIFY(!wizard.reviewPage()->isComplete());
    QVERIFY(!drive.commitButton()->isEnabled());
    QCOMPARE(drive.commitButton()->text(), u"Pay $7.50"_s);
    QCOMPARE(wizard.reviewPage()->message(),
             u"Not enough money in your wallet: the order costs $7.50, the balance is $5.00. "
             "Top up your ProxyShard balance, or go back and buy less."_s);
    QCOMPARE(drive.child<QLabel>("afterValue")->text(), u"−$2.50"_s);
    saveShot(&wizard, u"wizard-5-review-insufficient"_s);

    // Back, buy less: 3 x $1.50 fits.
    drive.click(wizard.button(QWizard::BackButton));
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::OptionsPage));
    STEP(drive.setQuantity(3));
    STEP(drive.next());
    STEP(drive.waitForReview());
    QVERIFY(wizard.reviewPage()->isComplete());
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    QCOMPARE(m_f->server->balanceCents(), 50);
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseWizardErrors::insufficientBalanceRefusalLeadsBackToOptions()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToReview({u"Premium Residential Proxy"_s, {}, {}, 4, {}, false}));
    QVERIFY(wizard.reviewPage()->isComplete());
    // The money goes elsewhere between the review and the click.
    m_f->server->setBalanceCents(100);
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Refused);
    QVERIFY(wizard.resultPage()->details().startsWith(u"The server says: Insufficient balance"_s));
    QCOMPARE(wizard.resultPage()->fixPage(), int(PurchaseFlow::OptionsPage));
    auto *fix = drive.child<QPushButton>("fixButton");
    QCOMPARE(fix->text(), u"Change the &options"_s);
    // A refusal is final for this click: no Back past the commit, Finish closes.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
            !wizard.button(QWizard::BackButton)->isEnabled());
    saveShot(&wizard, u"wizard-6-result-refused"_s);

    drive.click(fix);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::OptionsPage));
    QCOMPARE(wizard.controller()->state(), State::Idle);
    QCOMPARE(drive.child<QSpinBox>("quantitySpin")->value(), 4); // the choice is kept
    STEP(drive.setQuantity(1));
    m_f->server->setBalanceCents(10000);
    STEP(drive.next());
    STEP(drive.waitForReview());
    QCOMPARE(drive.commitButton()->text(), u"Pay $7.00"_s);
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    const QJsonObject premium{{u"product"_s, u"Premium Residential Proxy"_s}};
    QJsonObject four = premium, one = premium;
    four.insert(u"quantity"_s, 4);
    one.insert(u"quantity"_s, 1);
    QCOMPARE(m_f->purchaseBodies(), (QList<QJsonObject>{four, one}));
}

void TestPurchaseWizardErrors::outOfStockRefusalLeadsBackToLocation()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.chooseProduct(u"ISP Proxy"_s));
    STEP(drive.next());
    QTRY_VERIFY(!wizard.catalog()->isStockLoading());
    // GB ISP is sold out: listed, not selectable.
    auto *countries = drive.child<QTableView>("countriesView");
    const QModelIndex gb = findRow(countries, CountryStockModel::CodeColumn, u"GB"_s);
    QVERIFY(gb.isValid());
    QVERIFY(!(gb.flags() & Qt::ItemIsEnabled));
    QCOMPARE(gb.siblingAtColumn(CountryStockModel::StockColumn).data().toString(), u"sold out"_s);
    clickIndex(countries, gb);
    QVERIFY(wizard.draft().location() != u"GB");
    QVERIFY(!countries->selectionModel()->isSelected(gb));

    STEP(drive.chooseLocation(u"DE"_s));
    STEP(drive.next());
    STEP(drive.chooseCycle(u"monthly"_s));
    STEP(drive.next());
    QCOMPARE(drive.child<QSpinBox>("quantitySpin")->maximum(), 150);
    STEP(drive.setQuantity(5));
    STEP(drive.next());
    STEP(drive.waitForReview());
    // Someone else buys Germany out before the click.
    m_f->server->setStock(u"DE"_s, u"isp"_s, 2);
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Refused);
    QCOMPARE(wizard.controller()->error().message(), u"Not enough proxies in stock"_s);
    QCOMPARE(wizard.resultPage()->fixPage(), int(PurchaseFlow::LocationPage));

    drive.click(drive.child<QPushButton>("fixButton"));
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::LocationPage));
    // The location page shows the live stock again.
    QTRY_COMPARE(wizard.catalog()->stockFor(ProductKind::Isp, u"DE"_s), 2);
    STEP(drive.chooseLocation(u"US"_s));
    STEP(drive.next());
    STEP(drive.chooseCycle(u"monthly"_s));
    STEP(drive.next());
    QCOMPARE(drive.child<QSpinBox>("quantitySpin")->value(), 5);
    STEP(drive.next());
    STEP(drive.waitForReview());
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    const QList<QJsonObject> bodies = m_f->purchaseBodies();
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies.at(0).value(u"location"_s).toString(), u"DE"_s);
    QCOMPARE(bodies.at(1), (QJsonObject{{u"product"_s, u"ISP Proxy"_s},
                                        {u"location"_s, u"US"_s},
                                        {u"cycle"_s, u"monthly"_s},
                                        {u"quantity"_s, 5},
                                        {u"auto_renewal"_s, false}}));
}

void TestPurchaseWizardErrors::withoutPricePreviewTheWizardStillBuys()
{
    m_f->server->setCalculateEnabled(false); // calculate answers 404
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.chooseProduct(u"Mobile Proxy 4G"_s));
    STEP(drive.next());
    STEP(drive.chooseCycle(u"month"_s));
    STEP(drive.next());
    STEP(drive.setQuantity(2));
    STEP(drive.enterPromo(u"SAVE10"_s));
    QVERIFY(drive.priceText().startsWith(u"Not known in advance"_s));
    QCOMPARE(drive.promoStatus(), u"The server checks the code when you buy."_s);
    // Once the 404 is known, nothing asks calculate again.
    const int calculateCalls = m_f->server->requestCount("GET", kCalculatePath);
    QVERIFY(calculateCalls >= 1);
    STEP(drive.next());
    STEP(drive.waitForReview());
    QVERIFY(wizard.reviewPage()->isComplete());
    QCOMPARE(drive.commitButton()->text(), u"Buy"_s);
    QVERIFY(wizard.reviewPage()->message().startsWith(u"The price is not known in advance"_s));
    QCOMPARE(drive.child<QLabel>("totalValue")->text(), u"not known in advance"_s);
    saveShot(&wizard, u"wizard-5-review-no-price-preview"_s);
    const qint64 before = m_f->server->balanceCents();
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), State::Succeeded);
    const QJsonObject mobile{{u"product"_s, u"Mobile Proxy 4G"_s},
                             {u"cycle"_s, u"month"_s},
                             {u"quantity"_s, 2},
                             {u"promo_code"_s, u"SAVE10"_s}};
    QCOMPARE(m_f->purchaseBodies(), QList<QJsonObject>{mobile});
    QCOMPARE(before - m_f->server->balanceCents(), 17820); // 2 x $99.00, 10 % off
    QCOMPARE(m_f->server->requestCount("GET", kCalculatePath), calculateCalls);
}

void TestPurchaseWizardErrors::catalogueFailureOffersRetry()
{
    MockFault broken =
        MockFault::make(MockFault::Kind::Unavailable503, u"/user/api/proxies/products"_s, "GET");
    broken.count = -1;
    m_f->server->addFault(broken);
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *retry = drive.child<QPushButton>("retryButton");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kWaitMs);
    auto *status = drive.child<QLabel>("statusLabel");
    QVERIFY(status->text().startsWith(u"The products could not be loaded: "_s));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    saveShot(&wizard, u"wizard-1-product-load-failed"_s);

    m_f->server->clearFaults();
    drive.click(retry);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.catalog()->isLoaded(), kWaitMs);
    QVERIFY(!retry->isVisible());
    QVERIFY(!status->isVisible());
    STEP(drive.chooseProduct(u"Standart Residential Proxy"_s));
    STEP(drive.next());
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::OptionsPage)); // lifetime: no cycle page
}

QTEST_MAIN(TestPurchaseWizardErrors)
#include "tst_purchasewizard_errors.moc"
