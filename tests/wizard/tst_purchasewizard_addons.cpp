// p0f slots in the real purchase wizard (issue 15), offscreen, against the mock server over
// loopback HTTP: the Options page offers them for Datacenter and ISP only (at most one per proxy),
// re-quotes with addons_json and names what they add; the Review page shows the slots and the
// add-ons line, the Pay button the total with them; paying sends exactly one POST with the
// add-on line and charges what was shown. A residential product neither shows nor sends them.

#include "wizarddriver.h"

#include "domain/money.h"
#include "mockcatalog.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;

namespace {

QJsonArray p0fLine(qint64 slotCount)
{
    return QJsonArray{QJsonObject{{u"addon_key"_s, u"p0f_slots"_s}, {u"qty"_s, slotCount}}};
}

} // namespace

class TestPurchaseWizardAddons final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void slotsArePricedShownAndPaid_data();
    void slotsArePricedShownAndPaid();
    void residentialNeitherShowsNorSendsSlots();
    void typingALargerQuantityKeepsTheSlots();
    void newControlsHaveAccessibleNames();

private:
    // Types `value` into the p0f spin box as a person would (select all, type).
    void setSlots(WizardDriver &drive, int value);
    // The add-on line of the latest GET /orders/calculate; empty when it had none.
    QJsonArray lastQuotedAddons() const;
    int calculateGets() const { return m_f->server->requestCount("GET", kCalculatePath); }

    std::unique_ptr<Fixture> m_f;
};

void TestPurchaseWizardAddons::initTestCase()
{
    initApplication("tst_purchasewizard_addons");
}

void TestPurchaseWizardAddons::init()
{
    m_f = std::make_unique<Fixture>();
}

void TestPurchaseWizardAddons::cleanup()
{
    m_f.reset();
}

void TestPurchaseWizardAddons::setSlots(WizardDriver &drive, int value)
{
    auto *spin = drive.child<QSpinBox>("p0fSpin");
    QVERIFY(spin->isVisible() && spin->isEnabled());
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

QJsonArray TestPurchaseWizardAddons::lastQuotedAddons() const
{
    QJsonArray out;
    for (const RecordedRequest &r : m_f->server->recordedRequests()) {
        if (r.method == "GET" && r.path == kCalculatePath)
            out = QJsonDocument::fromJson(r.queryValue(u"addons_json"_s).toUtf8()).array();
    }
    return out;
}

void TestPurchaseWizardAddons::slotsArePricedShownAndPaid_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<QString>("promo");
    QTest::newRow("ISP US monthly") << u"ISP Proxy"_s << u"US"_s << u"monthly"_s << QString();
    QTest::newRow("Datacenter DE quarterly, SAVE10")
        << u"Datacenter Proxy"_s << u"DE"_s << u"quarterly"_s << u"SAVE10"_s;
}

void TestPurchaseWizardAddons::slotsArePricedShownAndPaid()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(QString, promo);

    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    const qint64 balance = m_f->server->balanceCents();
    STEP(drive.open());
    STEP(drive.walkToOptions(product, location, cycle));
    PurchaseOptionsPage *options = wizard.optionsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!options->isCheckingPrice(), kWaitMs);

    // Offered, none by default, at most one per proxy.
    auto *spin = drive.child<QSpinBox>("p0fSpin");
    QVERIFY(spin->isVisible());
    QVERIFY(drive.child<QLabel>("p0fLabel")->isVisible());
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->maximum(), drive.child<QSpinBox>("quantitySpin")->value());
    QVERIFY(lastQuotedAddons().isEmpty());

    STEP(drive.setQuantity(4));
    QCOMPARE(spin->maximum(), 4);
    STEP(setSlots(drive, 4));
    // Fewer proxies lower the maximum and the slots with it; more proxies again give the
    // chosen slots back (a quantity typed digit by digit passes through small values).
    STEP(drive.setQuantity(2));
    QCOMPARE(spin->maximum(), 2);
    QCOMPARE(spin->value(), 2);
    QCOMPARE(wizard.draft().p0fSlots(), 2);
    STEP(drive.setQuantity(4));
    QCOMPARE(spin->maximum(), 4);
    QCOMPARE(spin->value(), 4);
    QCOMPARE(wizard.draft().p0fSlots(), 4);
    if (!promo.isEmpty())
        STEP(drive.enterPromo(promo));
    QTRY_VERIFY_WITH_TIMEOUT(!options->isCheckingPrice(), kWaitMs);

    // Three slots: a new preview that carries them, and the price names what they add.
    const int before = calculateGets();
    STEP(setSlots(drive, 3));
    QCOMPARE(wizard.draft().p0fSlots(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!options->isCheckingPrice(), kWaitMs);
    QVERIFY(calculateGets() > before);
    QCOMPARE(lastQuotedAddons(), p0fLine(3));

    const MockProduct *mp = m_f->server->backend().catalog().product(product);
    QVERIFY(mp);
    const qint64 original = mp->unitPrice(location, cycle) * 4;
    const qint64 finalCents = MockCatalog::applyDiscount(original, promo.isEmpty() ? 0 : 10);
    const qint64 addons = 3 * MockCatalog::p0fSlotPrice(cycle);
    QVERIFY(addons > 0);
    const qint64 total = finalCents + addons;
    const QString price = drive.priceText();
    QVERIFY2(price.contains(Money::format(addons)) && price.contains(u"p0f"_s),
             qPrintable(price));
    QVERIFY2(price.contains(Money::format(total)), qPrintable(price));
    QVERIFY2(price.contains(Money::format(finalCents)), qPrintable(price));
    QVERIFY(options->isComplete());
    saveShot(&wizard, u"wizard-addons-options"_s);

    // Review: the slots, the add-ons line, the total and the Pay button with the add-ons.
    STEP(drive.next());
    QCOMPARE(drive.page(), int(PurchaseFlow::ReviewPage));
    STEP(drive.waitForReview());
    auto *slotsValue = drive.child<QLabel>("p0fValue");
    auto *addonsValue = drive.child<QLabel>("addonsValue");
    QVERIFY(slotsValue->isVisible());
    QCOMPARE(slotsValue->text(), u"3"_s);
    QVERIFY(addonsValue->isVisible());
    QCOMPARE(addonsValue->text(), Money::format(addons));
    QCOMPARE(drive.child<QLabel>("totalValue")->text(), Money::format(total));
    QCOMPARE(drive.child<QLabel>("afterValue")->text(), Money::format(balance - total));
    QCOMPARE(wizard.reviewPage()->commitText(), u"Pay "_s + Money::format(total));
    QCOMPARE(drive.commitButton()->text(), u"Pay "_s + Money::format(total));
    QCOMPARE(lastQuotedAddons(), p0fLine(3));
    saveShot(&wizard, u"wizard-addons-review"_s);

    // Paying: exactly one POST with the add-on line; charged what the button said.
    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), PurchaseController::State::Succeeded);
    const QList<QJsonObject> bodies = m_f->purchaseBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.first().value(u"addons"_s).toArray(), p0fLine(3));
    QCOMPARE(bodies.first().value(u"quantity"_s).toInteger(), 4);
    QCOMPARE(m_f->server->balanceCents(), balance - total);
    const std::optional<MockOrder> made = m_f->server->order(wizard.controller()->orderId());
    QVERIFY(made);
    QCOMPARE(made->p0fSlots, 3);
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseWizardAddons::residentialNeitherShowsNorSendsSlots()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    const qint64 balance = m_f->server->balanceCents();
    STEP(drive.open());

    // First ISP with two slots chosen...
    STEP(drive.walkToOptions(u"ISP Proxy"_s, u"US"_s, u"monthly"_s));
    STEP(drive.setQuantity(3));
    STEP(setSlots(drive, 2));
    QCOMPARE(wizard.draft().p0fSlots(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.optionsPage()->isCheckingPrice(), kWaitMs);

    // ...then back to the products for a residential one: no slots offered, none sent.
    for (int i = 0; i < 3; ++i) {
        const int page = drive.page();
        STEP(drive.click(wizard.button(QWizard::BackButton)));
        QTRY_VERIFY_WITH_TIMEOUT(drive.page() != page, kWaitMs);
    }
    QCOMPARE(drive.page(), int(PurchaseFlow::ProductPage));
    STEP(drive.chooseProduct(u"Standart Residential Proxy"_s));
    STEP(drive.next());
    QCOMPARE(drive.page(), int(PurchaseFlow::OptionsPage));
    QVERIFY(!drive.child<QSpinBox>("p0fSpin")->isVisible());
    QVERIFY(!drive.child<QLabel>("p0fLabel")->isVisible());
    QCOMPARE(wizard.draft().p0fSlots(), 0);
    STEP(drive.setQuantity(5));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.optionsPage()->isCheckingPrice(), kWaitMs);
    QVERIFY(lastQuotedAddons().isEmpty());
    QVERIFY(!m_f->server->recordedRequests().isEmpty());
    for (const RecordedRequest &r : m_f->server->recordedRequests()) {
        if (r.path == kCalculatePath && r.queryValue(u"product"_s) == u"Standart Residential Proxy")
            QVERIFY2(!r.hasQueryItem(u"addons_json"_s), qPrintable(r.query.toString()));
    }
    QVERIFY2(!drive.priceText().contains(u"p0f"_s), qPrintable(drive.priceText()));

    STEP(drive.next());
    STEP(drive.waitForReview());
    QVERIFY(!drive.child<QLabel>("p0fValue")->isVisible());
    QVERIFY(!drive.child<QLabel>("addonsValue")->isVisible());
    const QString total = drive.child<QLabel>("totalValue")->text();
    QCOMPARE(drive.commitButton()->text(), u"Pay "_s + total);

    STEP(drive.pay());
    QCOMPARE(wizard.controller()->state(), PurchaseController::State::Succeeded);
    const QList<QJsonObject> bodies = m_f->purchaseBodies();
    QCOMPARE(bodies.size(), 1);
    QVERIFY2(!bodies.first().contains(u"addons"_s),
             QJsonDocument(bodies.first()).toJson().constData());
    QCOMPARE(bodies.first(), (QJsonObject{{u"product"_s, u"Standart Residential Proxy"_s},
                                          {u"quantity"_s, 5}}));
    QCOMPARE(Money::format(balance - m_f->server->balanceCents()), total);
}

// Raising the number of proxies by typing it (12 after 4, keys "1" then "2") must not cost the
// person the slots already chosen: the spin box passes through 1 on the way.
void TestPurchaseWizardAddons::typingALargerQuantityKeepsTheSlots()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToOptions(u"Datacenter Proxy"_s, u"US"_s, u"monthly"_s));
    STEP(drive.setQuantity(4));
    STEP(setSlots(drive, 3));
    auto *spin = drive.child<QSpinBox>("p0fSpin");
    STEP(drive.setQuantity(12));
    QCOMPARE(spin->maximum(), 12);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.optionsPage()->isCheckingPrice(), kWaitMs);
    QCOMPARE(spin->value(), 3);
    QCOMPARE(wizard.draft().p0fSlots(), 3);
    QCOMPARE(lastQuotedAddons(), p0fLine(3));
}

void TestPurchaseWizardAddons::newControlsHaveAccessibleNames()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    auto *spin = drive.child<QSpinBox>("p0fSpin");
    QVERIFY(!spin->accessibleName().isEmpty());
    QVERIFY(spin->accessibleName().contains(u"p0f"_s));
    QVERIFY(!spin->accessibleDescription().isEmpty());
    // The label's mnemonic reaches the spin box.
    QCOMPARE(drive.child<QLabel>("p0fLabel")->buddy(), static_cast<QWidget *>(spin));
    for (const char *name : {"p0fValue", "addonsValue"}) {
        auto *label = drive.child<QLabel>(name);
        QVERIFY2(!label->accessibleName().isEmpty(), name);
    }
    QVERIFY(drive.child<QLabel>("p0fValue")->accessibleName().contains(u"p0f"_s));
}

QTEST_MAIN(TestPurchaseWizardAddons)
#include "tst_purchasewizard_addons.moc"
