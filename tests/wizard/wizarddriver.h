#pragma once

// Drives the real PurchaseWizard the way a person with a mouse does: clicks on rows, on the
// Next and Pay buttons; types into the quantity and promo fields. Every step waits for the
// wizard (QTRY_*), never sleeps. Helpers are void and use QVERIFY: callers check
// QTest::currentTestFailed() through STEP().

#include "wizardsupport.h"

#include "purchase/catalogservice.h"
#include "purchase/countrystockmodel.h"
#include "cyclelabel.h"
#include "purchase/productlistmodel.h"
#include "purchase/purchasecontroller.h"
#include "purchase/purchasecyclepage.h"
#include "purchase/purchaseflow.h"
#include "purchase/purchaselocationpage.h"
#include "purchase/purchaseoptionspage.h"
#include "purchase/purchaseresultpage.h"
#include "purchase/purchasereviewpage.h"
#include "purchase/purchasewizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

// Runs one driver step and stops the test function if it failed.
#define STEP(expr)                                                                                 \
    do {                                                                                           \
        expr;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace WizardTest {

inline constexpr int kWaitMs = 10000;

// What to buy; empty fields are pages the product does not have (or left as they are).
struct Choice
{
    QString product;
    QString location;
    QString cycle;
    int quantity = 0; // 0: leave as it is
    QString promo;
    bool autoRenew = false;
};

class WizardDriver final
{
public:
    explicit WizardDriver(PurchaseWizard &wizard) : m_w(wizard) {}

    template <typename T> T *child(const char *name) const
    {
        T *found = m_w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("the wizard has no %s", name);
        return found;
    }

    int page() const { return m_w.currentId(); }

    void open()
    {
        m_w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_w));
        QCOMPARE(page(), int(PurchaseFlow::ProductPage));
        QTRY_VERIFY_WITH_TIMEOUT(m_w.catalog()->isLoaded(), kWaitMs);
    }

    void click(QAbstractButton *button)
    {
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && button->isVisible(), kWaitMs);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void next()
    {
        const int before = page();
        click(m_w.button(QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(page() != before, kWaitMs);
    }

    void chooseProduct(const QString &name)
    {
        QCOMPARE(page(), int(PurchaseFlow::ProductPage));
        auto *view = child<QTableView>("productsView");
        const QModelIndex index = findRow(view, ProductListModel::NameColumn, name);
        QVERIFY2(index.isValid(), qPrintable(name));
        clickIndex(view, index);
        QCOMPARE(m_w.draft().product(), name);
    }

    void chooseLocation(const QString &code)
    {
        QCOMPARE(page(), int(PurchaseFlow::LocationPage));
        QTRY_VERIFY_WITH_TIMEOUT(!m_w.catalog()->isStockLoading(), kWaitMs);
        auto *view = child<QTableView>("countriesView");
        const QModelIndex index = findRow(view, CountryStockModel::CodeColumn, code);
        QVERIFY2(index.isValid(), qPrintable(code));
        clickIndex(view, index);
        QCOMPARE(m_w.draft().location(), code);
    }

    void chooseCycle(const QString &cycle)
    {
        QCOMPARE(page(), int(PurchaseFlow::CyclePage));
        auto *view = child<QListView>("cyclesView");
        const QModelIndex index = findRow(view, 0, CycleLabel::text(cycle));
        QVERIFY2(index.isValid(), qPrintable(cycle));
        clickIndex(view, index);
        QCOMPARE(m_w.draft().cycle(), cycle);
    }

    void setQuantity(int quantity)
    {
        auto *spin = child<QSpinBox>("quantitySpin");
        QVERIFY(spin->isVisible());
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(quantity));
        QCOMPARE(spin->value(), quantity);
    }

    void enterPromo(const QString &code)
    {
        auto *edit = child<QLineEdit>("promoEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, code);
        click(child<QPushButton>("checkPromoButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_w.optionsPage()->isCheckingPrice(), kWaitMs);
    }

    QString promoStatus() const { return child<QLabel>("promoStatusLabel")->text(); }
    QString priceText() const { return child<QLabel>("priceLabel")->text(); }

    // Product, location and cycle (each skipped when empty) by mouse; ends on the Options page.
    void walkToOptions(const QString &product, const QString &location, const QString &cycle)
    {
        chooseProduct(product);
        if (QTest::currentTestFailed())
            return;
        next();
        if (!location.isEmpty()) {
            chooseLocation(location);
            next();
        }
        if (!cycle.isEmpty()) {
            chooseCycle(cycle);
            next();
        }
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page(), int(PurchaseFlow::OptionsPage));
    }

    // Product to Review, every page by mouse; ends on a Review page that has finished checking.
    void walkToReview(const Choice &c)
    {
        walkToOptions(c.product, c.location, c.cycle);
        if (QTest::currentTestFailed())
            return;
        if (c.quantity > 0)
            setQuantity(c.quantity);
        if (!c.promo.isEmpty())
            enterPromo(c.promo);
        auto *renew = child<QCheckBox>("autoRenewCheck");
        if (c.autoRenew != renew->isChecked()) {
            QVERIFY(renew->isVisible());
            QTest::mouseClick(renew, Qt::LeftButton);
        }
        if (QTest::currentTestFailed())
            return;
        next();
        QCOMPARE(page(), int(PurchaseFlow::ReviewPage));
        waitForReview();
    }

    void waitForReview() { QTRY_VERIFY_WITH_TIMEOUT(!m_w.reviewPage()->isChecking(), kWaitMs); }

    QAbstractButton *commitButton() const { return m_w.button(QWizard::CommitButton); }

    // Presses the pay button once and waits until the controller is out of its busy states.
    void pay()
    {
        QCOMPARE(page(), int(PurchaseFlow::ReviewPage));
        click(commitButton());
        QCOMPARE(page(), int(PurchaseFlow::ResultPage));
        settle();
    }

    void settle(int timeoutMs = kWaitMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_w.controller()->isBusy(), timeoutMs);
    }

private:
    PurchaseWizard &m_w;
};

} // namespace WizardTest

Q_DECLARE_METATYPE(WizardTest::Choice)
