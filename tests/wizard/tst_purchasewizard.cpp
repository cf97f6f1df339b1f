// The real purchase wizard, offscreen, against the mock server over HTTP: every product shape
// bought with the mouse alone (the exact request body the server received is checked), one
// bought with the keyboard alone, and a screenshot of every page.

#include "wizarddriver.h"

#include "domain/money.h"

#include <QFileInfo>

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;

class TestPurchaseWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void buysEveryProductShape_data();
    void buysEveryProductShape();
    void everyPageWithScreenshots();
    void keyboardOnly();
    void everyControlHasAnAccessibleName();

private:
    std::unique_ptr<Fixture> m_f;
};

void TestPurchaseWizard::initTestCase()
{
    initApplication("tst_purchasewizard");
}

void TestPurchaseWizard::init()
{
    m_f = std::make_unique<Fixture>();
}

void TestPurchaseWizard::cleanup()
{
    m_f.reset();
}

void TestPurchaseWizard::buysEveryProductShape_data()
{
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QList<int>>("pages");
    using namespace PurchaseFlow;

    QTest::newRow("Datacenter") << Choice{u"Datacenter Proxy"_s, u"DE"_s, u"monthly"_s, 3,
                                          u"SAVE10"_s,           true}
                                << QJsonObject{{u"product"_s, u"Datacenter Proxy"_s},
                                               {u"location"_s, u"DE"_s},
                                               {u"cycle"_s, u"monthly"_s},
                                               {u"quantity"_s, 3},
                                               {u"auto_renewal"_s, true},
                                               {u"promo_code"_s, u"SAVE10"_s}}
                                << QList<int>{ProductPage, LocationPage, CyclePage,
                                              OptionsPage, ReviewPage,   ResultPage};
    QTest::newRow("ISP") << Choice{u"ISP Proxy"_s, u"US"_s, u"quarterly"_s, 0, {}, false}
                         << QJsonObject{{u"product"_s, u"ISP Proxy"_s},
                                        {u"location"_s, u"US"_s},
                                        {u"cycle"_s, u"quarterly"_s},
                                        {u"quantity"_s, 1},
                                        {u"auto_renewal"_s, false}}
                         << QList<int>{ProductPage, LocationPage, CyclePage,
                                       OptionsPage, ReviewPage,   ResultPage};
    QTest::newRow("Standart Residential")
        << Choice{u"Standart Residential Proxy"_s, {}, {}, 5, {}, false}
        << QJsonObject{{u"product"_s, u"Standart Residential Proxy"_s}, {u"quantity"_s, 5}}
        << QList<int>{ProductPage, OptionsPage, ReviewPage, ResultPage};
    QTest::newRow("Premium Residential")
        << Choice{u"Premium Residential Proxy"_s, {}, {}, 2, u"SAVE10"_s, false}
        << QJsonObject{{u"product"_s, u"Premium Residential Proxy"_s},
                       {u"quantity"_s, 2},
                       {u"promo_code"_s, u"SAVE10"_s}}
        << QList<int>{ProductPage, OptionsPage, ReviewPage, ResultPage};
    QTest::newRow("Unmetered Residential")
        << Choice{u"Unmetered Residential proxy"_s, {}, u"weekly"_s, 0, {}, true}
        << QJsonObject{{u"product"_s, u"Unmetered Residential proxy"_s},
                       {u"cycle"_s, u"weekly"_s},
                       {u"auto_renewal"_s, true}}
        << QList<int>{ProductPage, CyclePage, OptionsPage, ReviewPage, ResultPage};
    QTest::newRow("Mobile") << Choice{u"Mobile Proxy 4G"_s, {}, u"week"_s, 2, {}, false}
                            << QJsonObject{{u"product"_s, u"Mobile Proxy 4G"_s},
                                           {u"cycle"_s, u"week"_s},
                                           {u"quantity"_s, 2}}
                            << QList<int>{ProductPage, CyclePage, OptionsPage, ReviewPage,
                                          ResultPage};
}

void TestPurchaseWizard::buysEveryProductShape()
{
    QFETCH(Choice, choice);
    QFETCH(QJsonObject, body);
    QFETCH(QList<int>, pages);

    PurchaseWizard wizard(m_f->app());
    QSignalSpy placed(&wizard, &PurchaseWizard::orderPlaced);
    WizardDriver drive(wizard);
    const qint64 balance = m_f->server->balanceCents();
    STEP(drive.open());
    STEP(drive.walkToReview(choice));

    // The review shows the server's price and the balance, and names the amount on the button.
    auto *review = wizard.reviewPage();
    QVERIFY(review->isComplete());
    QCOMPARE(drive.child<QLabel>("balanceValue")->text(), Money::format(balance));
    const QString total = drive.child<QLabel>("totalValue")->text();
    QCOMPARE(review->commitText(), u"Pay "_s + total);
    QCOMPARE(drive.commitButton()->text(), review->commitText());
    STEP(drive.pay());

    QCOMPARE(wizard.controller()->state(), PurchaseController::State::Succeeded);
    const qint64 id = wizard.controller()->orderId();
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.at(0).at(0).toLongLong(), id);
    QVERIFY(wizard.resultPage()->headline().contains(QString::number(id)));
    QCOMPARE(wizard.visitedIds(), pages);

    // Exactly this body, exactly once; and what was shown is what was charged.
    QCOMPARE(m_f->purchaseBodies(), QList<QJsonObject>{body});
    QCOMPARE(Money::format(balance - m_f->server->balanceCents()), total);
    QVERIFY(m_f->server->order(id).has_value());

    // Finish closes; nothing else is sent.
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
            !wizard.button(QWizard::BackButton)->isEnabled());
    drive.click(wizard.button(QWizard::FinishButton));
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(m_f->purchasePosts(), 1);
}

void TestPurchaseWizard::everyPageWithScreenshots()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    QStringList shots;
    shots << saveShot(&wizard, u"wizard-1-product"_s);

    STEP(drive.chooseProduct(u"Datacenter Proxy"_s));
    STEP(drive.next());
    QTRY_VERIFY(!wizard.catalog()->isStockLoading());
    // Sold out: shown, not selectable; clicking it chooses nothing.
    auto *countries = drive.child<QTableView>("countriesView");
    const QModelIndex fr = findRow(countries, CountryStockModel::CodeColumn, u"FR"_s);
    clickIndex(countries, fr);
    QVERIFY(wizard.draft().location() != u"FR");
    QVERIFY(!countries->selectionModel()->isSelected(fr));
    shots << saveShot(&wizard, u"wizard-2-location"_s);
    // The search box narrows the list by name or code.
    auto *search = drive.child<QLineEdit>("searchEdit");
    QTest::keyClicks(search, u"neth"_s);
    QCOMPARE(countries->model()->rowCount(), 1);
    shots << saveShot(&wizard, u"wizard-2-location-search"_s);
    search->clear();
    QCOMPARE(countries->model()->rowCount(), 6);
    STEP(drive.chooseLocation(u"GB"_s));
    STEP(drive.next());

    // GB datacenter: weekly, monthly, quarterly, yearly.
    QCOMPARE(wizard.cyclePage()->offeredCycles(),
             (QStringList{u"weekly"_s, u"monthly"_s, u"quarterly"_s, u"yearly"_s}));
    STEP(drive.chooseCycle(u"monthly"_s));
    shots << saveShot(&wizard, u"wizard-3-cycle"_s);
    STEP(drive.next());

    // Quantity bounded by the stock in GB (800).
    QCOMPARE(drive.child<QSpinBox>("quantitySpin")->maximum(), 800);
    STEP(drive.setQuantity(4));
    STEP(drive.enterPromo(u"SAVE10"_s));
    QCOMPARE(drive.promoStatus(), u"SAVE10 is valid: 10 % off."_s);
    QCOMPARE(drive.priceText(), u"$5.76 (instead of $6.40, 10 % off)"_s);
    shots << saveShot(&wizard, u"wizard-4-options"_s);
    STEP(drive.next());

    STEP(drive.waitForReview());
    QCOMPARE(drive.commitButton()->text(), u"Pay $5.76"_s);
    QCOMPARE(drive.child<QLabel>("originalValue")->text(), u"$6.40"_s);
    QCOMPARE(drive.child<QLabel>("discountValue")->text(), u"10 % (−$0.64)"_s);
    QCOMPARE(drive.child<QLabel>("afterValue")->text(),
             Money::format(m_f->server->balanceCents() - 576));
    shots << saveShot(&wizard, u"wizard-5-review"_s);
    STEP(drive.pay());
    shots << saveShot(&wizard, u"wizard-6-result"_s);
    qInfo("screenshots: %s", qPrintable(shots.join(u", "_s)));
    for (const QString &shot : std::as_const(shots))
        QVERIFY(QFileInfo(shot).size() > 0);
}

void TestPurchaseWizard::keyboardOnly()
{
    PurchaseWizard wizard(m_f->app());
    WizardDriver drive(wizard);
    STEP(drive.open());
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    // Product: the list has the focus; the current row is the choice. Down to ISP, Enter.
    QCOMPARE(QApplication::focusWidget(), drive.child<QTableView>("productsView"));
    for (int i = 0; i < 6 && wizard.draft().product() != u"ISP Proxy"; ++i)
        key(Qt::Key_Down);
    QCOMPARE(wizard.draft().product(), u"ISP Proxy"_s);
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::LocationPage));

    // Location: Alt+S reaches the search box; type, Tab into the list, Enter.
    QTRY_VERIFY(!wizard.catalog()->isStockLoading());
    key(Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), drive.child<QLineEdit>("searchEdit"));
    type(u"germ"_s);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), drive.child<QTableView>("countriesView"));
    QCOMPARE(wizard.draft().location(), u"DE"_s);
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::CyclePage));

    // Cycle: monthly is the first ISP cycle, quarterly the next.
    QCOMPARE(QApplication::focusWidget(), drive.child<QListView>("cyclesView"));
    QCOMPARE(wizard.draft().cycle(), u"monthly"_s);
    key(Qt::Key_Down);
    QCOMPARE(wizard.draft().cycle(), u"quarterly"_s);
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::OptionsPage));

    // Options: Up twice (quantity 3), Tab past the p0f slots (none) to the promo code, type
    // it, Enter checks it; Alt+A ticks auto-renew; Enter goes on once the price is known.
    QCOMPARE(QApplication::focusWidget(), drive.child<QSpinBox>("quantitySpin"));
    key(Qt::Key_Up);
    key(Qt::Key_Up);
    QCOMPARE(wizard.draft().quantity(), 3);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), drive.child<QSpinBox>("p0fSpin"));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), drive.child<QLineEdit>("promoEdit"));
    type(u"SAVE10"_s);
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::OptionsPage)); // still checking the code
    QTRY_COMPARE(drive.promoStatus(), u"SAVE10 is valid: 10 % off."_s);
    key(Qt::Key_A, Qt::AltModifier); // a mnemonic "clicks" with a short animation
    QTRY_VERIFY(drive.child<QCheckBox>("autoRenewCheck")->isChecked());
    QTRY_VERIFY(wizard.optionsPage()->isComplete());
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ReviewPage));

    // Review: Enter pays, once the checks are done.
    QTRY_VERIFY(wizard.reviewPage()->isComplete());
    QCOMPARE(drive.commitButton()->text(), u"Pay $24.19"_s); // 3 x $8.96, 10 % off
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(PurchaseFlow::ResultPage));
    STEP(drive.settle());
    QCOMPARE(wizard.controller()->state(), PurchaseController::State::Succeeded);
    const QJsonObject expected{{u"product"_s, u"ISP Proxy"_s}, {u"location"_s, u"DE"_s},
                               {u"cycle"_s, u"quarterly"_s},   {u"quantity"_s, 3},
                               {u"auto_renewal"_s, true},      {u"promo_code"_s, u"SAVE10"_s}};
    QCOMPARE(m_f->purchaseBodies(), QList<QJsonObject>{expected});
    // Enter finishes.
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    key(Qt::Key_Return);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

namespace {
// Headers, corner buttons, a spin box's line edit, a line edit's clear button: parts of the
// control they belong to, which carries the name.
bool isPartOfAControl(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p) ||
            qobject_cast<const QAbstractSpinBox *>(p))
            return true;
    }
    return false;
}
} // namespace

void TestPurchaseWizard::everyControlHasAnAccessibleName()
{
    PurchaseWizard wizard(m_f->app());
    const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
    QStringList missing;
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        if (!control || isPartOfAControl(w))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            missing.append(QString::fromLatin1(w->metaObject()->className()) + u'/' +
                           w->objectName() + u'/' +
                           (w->parentWidget() ? w->parentWidget()->objectName() : QString()));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

QTEST_MAIN(TestPurchaseWizard)
#include "tst_purchasewizard.moc"
