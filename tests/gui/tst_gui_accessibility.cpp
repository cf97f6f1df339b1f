// The window as a screen reader or a switch device meets it: through QAccessibleInterface only
// (names, values, actions), over the services of main() and the in-process MockServer
// (issue 14). Value labels say their value, the auto-renew box's toggle action sends the
// request, the wizard advances on Enter and its tables read cell by cell, the "×" buttons have
// names, and Tab leaves the orders table.
#include "guisupport.h"

#include "../wizard/wizarddriver.h"

#include "accountbar.h"
#include "actions/bulkactiondialog.h"
#include "actions/changecycledialog.h"
#include "actions/renewdialog.h"
#include "actions/tageditordelegate.h"
#include "domain/money.h"
#include "orderdetailspanel.h"
#include "orderfiltermodel.h"
#include "translations.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10000;

QAccessibleInterface *accessible(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    if (!iface)
        qFatal("no accessible interface for %s", object->metaObject()->className());
    return iface;
}

QString accessibleName(QObject *object)
{
    return accessible(object)->text(QAccessible::Name);
}

QString accessibleValue(QObject *object)
{
    return accessible(object)->text(QAccessible::Value);
}

// The "×" of a line edit with clearButtonEnabled, as Qt shows it.
QToolButton *clearButtonOf(QLineEdit *edit)
{
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        if (button->defaultAction() &&
            button->defaultAction()->objectName() == "_q_qlineeditclearaction"_L1)
            return button;
    }
    return nullptr;
}

// What a table reader hears for the cell at (row, column) of `view`.
QString cellName(QAbstractItemView *view, int row, int column)
{
    QAccessibleTableInterface *table = accessible(view)->tableInterface();
    if (!table)
        return {};
    QAccessibleInterface *cell = table->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QString();
}

QString cellDescription(QAbstractItemView *view, int row, int column)
{
    QAccessibleTableInterface *table = accessible(view)->tableInterface();
    QAccessibleInterface *cell = table ? table->cellAt(row, column) : nullptr;
    return cell ? cell->text(QAccessible::Description) : QString();
}

} // namespace

class TestGuiAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void accountBarSaysItsValues();
    void alertStripSaysTheAlerts();
    void clearButtonsHaveNames();
    void tabLeavesTheOrdersTable();
    void detailsPanelSaysItsValues();
    void detailsPanelSaysTheP0fAddons();
    void autoRenewToggleActionSendsTheRequest();

    void enterOnQuantityAdvancesWithoutASecondPreview();
    void wizardTablesReadCellByCell();
    void resultPageOffersNoCancel();

    void changeCycleResultSaysTheResult();
    void bulkSummarySaysTheSummary();
    void renewTotalSaysTheTotal();

    void signInKeyButtonIsExplained();

private:
    void openWindow();
    qint64 firstOrder(const std::function<bool(const MockOrder &)> &pred) const;
    QList<qint64> renewableOrders(int count) const;
    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<GuiTest::Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAccessibility::initTestCase()
{
    GuiTest::initApplication("tst_gui_accessibility");
    // What a screen reader hears includes plurals ("1 p0f slot"): the English catalogue, as
    // in main().
    QVERIFY(Translations::install(QString()));
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestGuiAccessibility::init()
{
    QSettings().clear();
    m_server->clearFaults();
    m_server->resetDemoData(80);
    m_server->clearRecorded();
    m_services = std::make_unique<GuiTest::Services>(m_server->url(), m_server->token());
}

void TestGuiAccessibility::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_server->releaseHungConnections();
}

void TestGuiAccessibility::openWindow()
{
    m_window = GuiTest::showWindow(*m_services);
    QVERIFY(GuiTest::startAndWaitForAlerts(*m_window, *m_services));
    // Every status in view, so any order can be selected.
    QMetaObject::invokeMethod(m_window.get(), [this] {
        child<QAction>("actionClearFilters")->trigger();
    });
    QTRY_COMPARE(m_window->filterModel()->rowCount(), int(m_server->orderCount()));
    m_server->clearRecorded();
}

qint64 TestGuiAccessibility::firstOrder(const std::function<bool(const MockOrder &)> &pred) const
{
    const std::optional<MockOrder> order = GuiTest::firstServerOrder(*m_server, pred);
    return order ? order->orderId : 0;
}

QList<qint64> TestGuiAccessibility::renewableOrders(int count) const
{
    QList<qint64> ids;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        const Order *order = m_services->store.find(o.orderId);
        if (order && OrderEditor::whyNot(*order, OrderEditor::Action::Renew).isEmpty())
            ids.append(o.orderId);
        if (ids.size() == count)
            break;
    }
    return ids;
}

// ---- the main window -----------------------------------------------------------------------

void TestGuiAccessibility::accountBarSaysItsValues()
{
    m_server->setBalanceCents(10000000);
    openWindow();
    auto *bar = m_window->findChild<AccountBar *>();
    QVERIFY(bar);
    const QString balance = Money::format(10000000);
    QTRY_VERIFY_WITH_TIMEOUT(bar->balanceText().contains(balance), kWaitMs);

    QStringList names;
    for (QLabel *label : bar->findChildren<QLabel *>())
        names.append(accessibleName(label));
    // Plain text, never the markup of the rich label ("Balance: <b>…</b>").
    QVERIFY2(names.contains(u"Balance: "_s + balance), qPrintable(names.join(u" | ")));
    const int active = GuiTest::countServerOrders(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::Active; });
    QVERIFY2(names.contains(u"Active orders: "_s + QLocale().toString(active)),
             qPrintable(names.join(u" | ")));
    bool emailNamed = false;
    for (const QString &name : std::as_const(names))
        emailNamed = emailNamed || (name.startsWith(u"Account: "_s) && name.contains(u'@'));
    QVERIFY2(emailNamed, qPrintable(names.join(u" | ")));
}

void TestGuiAccessibility::alertStripSaysTheAlerts()
{
    QCOMPARE(GuiTest::makeOrdersLapse(*m_server, 2).size(), 2);
    openWindow();
    auto *strip = child<QLabel>("alertBanner");
    QVERIFY(strip);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->alertText().isEmpty(), kWaitMs);
    const QString name = accessibleName(strip);
    QVERIFY2(name.startsWith(u"Alerts: "_s), qPrintable(name));
    QVERIFY2(name.contains(u"within 3 day"_s), qPrintable(name));
    QVERIFY2(!name.contains(u'<'), qPrintable(name));
    QCOMPARE(accessibleValue(strip), name.mid(QStringLiteral("Alerts: ").size()));
}

void TestGuiAccessibility::clearButtonsHaveNames()
{
    openWindow();
    auto *search = child<QLineEdit>("searchEdit");
    QVERIFY(search);
    QToolButton *clearSearch = clearButtonOf(search);
    QVERIFY(clearSearch);
    QCOMPARE(accessibleName(clearSearch), u"Clear search"_s);
    QVERIFY(!clearSearch->toolTip().isEmpty());

    auto *tag = child<QLineEdit>("tagEdit");
    QVERIFY(tag);
    QToolButton *clearTag = clearButtonOf(tag);
    QVERIFY(clearTag);
    QCOMPARE(accessibleName(clearTag), u"Clear tag"_s);

    // The tag editor of the table's Tag column.
    TagEditorDelegate delegate(m_services->store);
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(
        &parent, QStyleOptionViewItem(), m_window->filterModel()->index(0, 0)));
    auto *edit = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(edit);
    QToolButton *clearEditor = clearButtonOf(edit);
    QVERIFY(clearEditor);
    QCOMPARE(accessibleName(clearEditor), u"Clear tag"_s);
}

void TestGuiAccessibility::tabLeavesTheOrdersTable()
{
    openWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *view = child<QTableView>("ordersView");
    QVERIFY(view);
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(0, 1));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != view);
    QVERIFY(QApplication::focusWidget());
    // Back with Shift+Tab: one stop for the whole table, not one per cell.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QCOMPARE(view->currentIndex().row(), 0);
}

void TestGuiAccessibility::detailsPanelSaysTheP0fAddons()
{
    // Issue 15: an order with p0f slots (a change pending when there is one); the add-ons row
    // says so, and an order without add-ons has no such row.
    openWindow();
    std::optional<MockOrder> order = GuiTest::firstServerOrder(*m_server, [](const MockOrder &o) {
        return o.p0fSlots > 0 && o.p0fSlotsNext < o.p0fSlots;
    });
    if (!order) {
        order = GuiTest::firstServerOrder(*m_server,
                                          [](const MockOrder &o) { return o.p0fSlots > 0; });
    }
    QVERIFY(order);
    m_window->selectOrder(order->orderId);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->store.details(order->orderId), kWaitMs);
    auto *panel = m_window->findChild<OrderDetailsPanel *>();
    auto *addons = panel->findChild<QLabel *>(QStringLiteral("addonsValue"));
    QVERIFY(addons);
    QTRY_VERIFY(addons->isVisible());
    const QString name = accessibleName(addons);
    const QString expected =
        u"Add-ons: "_s + QString::number(order->p0fSlots) +
        (order->p0fSlots == 1 ? u" p0f slot, "_s : u" p0f slots, "_s) +
        QString::number(qMin(order->p0fSlots, order->quantity)) + u" in use "_s +
        (order->p0fSlotsNext == order->p0fSlots ? QString()
         : order->p0fSlotsNext == 0
             ? u"Cancelled from the next renewal "_s
             : QString::number(order->p0fSlotsNext) +
                   (order->p0fSlotsNext == 1 ? u" slot"_s : u" slots"_s) +
                   u" from the next renewal "_s) +
        Money::format(order->p0fSlots * order->p0fSlotPriceCents) +
        u" paid for the add-ons"_s;
    QCOMPARE(name, expected);
    TestCommon::saveShot(m_window.get(), QStringLiteral("details-p0f-addons"));

    const std::optional<MockOrder> plain = GuiTest::firstServerOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.p0fSlots == 0;
    });
    QVERIFY(plain);
    m_window->selectOrder(plain->orderId);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->store.details(plain->orderId), kWaitMs);
    QTRY_VERIFY(!addons->isVisible());
}

void TestGuiAccessibility::detailsPanelSaysItsValues()
{
    openWindow();
    const std::optional<MockOrder> order = GuiTest::firstServerOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.pricePaidCents > 0 && o.quantity > 1;
    });
    QVERIFY(order);
    m_window->selectOrder(order->orderId);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->store.details(order->orderId), kWaitMs);
    auto *panel = m_window->findChild<OrderDetailsPanel *>();
    QVERIFY(panel);
    const auto value = [panel](const char *name) {
        return panel->findChild<QLabel *>(QString::fromLatin1(name));
    };
    QTRY_COMPARE(accessibleName(value("quantityValue")),
                 u"Quantity: "_s + QLocale().toString(order->quantity));
    QCOMPARE(accessibleName(value("productValue")), u"Product: "_s + order->productName);
    QCOMPARE(accessibleValue(value("productValue")), order->productName);
    QCOMPARE(accessibleName(value("priceValue")),
             u"Price paid: "_s + Money::format(order->pricePaidCents));
    QCOMPARE(accessibleName(value("statusValue")), u"Status: Active"_s);
    // A two-line date is read as one line.
    const QString created = accessibleName(value("createdValue"));
    QVERIFY2(created.startsWith(u"Created: "_s) && !created.contains(u'\n') &&
                 created.size() > QStringLiteral("Created: ").size(),
             qPrintable(created));
    // Every one of the eleven values says what it is and what it holds.
    const QList<QLabel *> values = {value("productValue"), value("locationValue"),
                                    value("cycleValue"),   value("statusValue"),
                                    value("createdValue"), value("expiresValue"),
                                    value("quantityValue"), value("priceValue"),
                                    value("promoValue"),   value("autoRenewValue"),
                                    value("tagValue")};
    for (QLabel *label : values) {
        QVERIFY(label);
        const QString name = accessibleName(label);
        QVERIFY2(name.contains(u": "_s) && name.endsWith(accessibleValue(label)) &&
                     !accessibleValue(label).isEmpty(),
                 qPrintable(label->objectName() + u" → "_s + name));
        // The caption label points at its value, for readers that follow the relation.
        const auto labelledBy = accessible(label)->relations(QAccessible::Label);
        QVERIFY2(!labelledBy.isEmpty(), qPrintable(label->objectName()));
    }
}

void TestGuiAccessibility::autoRenewToggleActionSendsTheRequest()
{
    openWindow();
    const qint64 id = firstOrder([this](const MockOrder &o) {
        const MockProduct *p = m_server->backend().catalog().productById(o.productId);
        return p && p->isDatacenterOrIsp() && o.status == MockOrder::Status::Active &&
               o.autoRenewal && !*o.autoRenewal;
    });
    QVERIFY(id);
    m_window->selectOrder(id);
    auto *check = child<QCheckBox>("autoRenewCheck");
    QVERIFY(check);
    QTRY_VERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());

    QAccessibleInterface *iface = accessible(check);
    QAccessibleActionInterface *actions = iface->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::toggleAction());

    QTRY_VERIFY_WITH_TIMEOUT(m_server->order(id)->autoRenewal == std::optional<bool>(true), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->store.isPending(id), kWaitMs);
    QCOMPARE(m_services->store.find(id)->autoRenewal, std::optional<bool>(true));
    QVERIFY(iface->state().checked);
    // The panel's own redraws after the answer set the box without sending anything.
    QCOMPARE(m_server->requestCount("POST", u"/user/api/orders/edit-auto-renewal/"_s), 1);
}

// ---- the purchase wizard -------------------------------------------------------------------

void TestGuiAccessibility::enterOnQuantityAdvancesWithoutASecondPreview()
{
    PurchaseWizard wizard(m_services->context);
    WizardTest::WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToOptions(u"Datacenter Proxy"_s, u"DE"_s, u"monthly"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.optionsPage()->isCheckingPrice(), kWaitMs);
    QVERIFY(wizard.optionsPage()->isComplete());
    const int previews = m_server->requestCount("GET", WizardTest::kCalculatePath);

    auto *spin = drive.child<QSpinBox>("quantitySpin");
    QApplication::setActiveWindow(&wizard);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Return);
    // Enter is the default button's, Next: at once, with no price to wait for.
    QCOMPARE(drive.page(), int(PurchaseFlow::ReviewPage));
    drive.waitForReview();
    // The Review page's own check only.
    QCOMPARE(m_server->requestCount("GET", WizardTest::kCalculatePath), previews + 1);
}

void TestGuiAccessibility::wizardTablesReadCellByCell()
{
    PurchaseWizard wizard(m_services->context);
    WizardTest::WizardDriver drive(wizard);
    STEP(drive.open());
    auto *products = drive.child<QTableView>("productsView");
    QTRY_VERIFY(products->model()->rowCount() > 0);
    for (int row = 0; row < products->model()->rowCount(); ++row) {
        for (int column = 0; column < products->model()->columnCount(); ++column) {
            const QString shown = products->model()->index(row, column).data().toString();
            QCOMPARE(cellName(products, row, column), shown);
        }
        // The row read as one sentence stays available on its first cell.
        const QString description =
            products->model()->index(row, ProductListModel::DescriptionColumn).data().toString();
        if (!description.isEmpty())
            QVERIFY(cellDescription(products, row, ProductListModel::NameColumn)
                        .contains(description));
    }

    STEP(drive.chooseProduct(u"Datacenter Proxy"_s));
    STEP(drive.next());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.catalog()->isStockLoading(), kWaitMs);
    auto *countries = drive.child<QTableView>("countriesView");
    QTRY_VERIFY(countries->model()->rowCount() > 0);
    QAbstractItemModel *model = countries->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            QCOMPARE(cellName(countries, row, column), model->index(row, column).data().toString());
        const QString code =
            model->index(row, CountryStockModel::CodeColumn).data().toString();
        QVERIFY(cellDescription(countries, row, CountryStockModel::CountryColumn).contains(code));
    }
}

void TestGuiAccessibility::resultPageOffersNoCancel()
{
    PurchaseWizard wizard(m_services->context);
    WizardTest::WizardDriver drive(wizard);
    STEP(drive.open());
    STEP(drive.walkToReview(WizardTest::Choice{u"Datacenter Proxy"_s, u"DE"_s, u"monthly"_s, 1,
                                               {}, false}));
    STEP(drive.pay());
    QCOMPARE(drive.page(), int(PurchaseFlow::ResultPage));
    QAbstractButton *cancel = wizard.button(QWizard::CancelButton);
    QTRY_VERIFY(!cancel->isVisible() || !cancel->isEnabled());
    const QAccessible::State state = accessible(cancel)->state();
    QVERIFY(state.invisible || state.disabled);
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isVisible() && finish->isEnabled());
    // The headline says what became of the order, not only "Purchase result".
    auto *headline = wizard.findChild<QLabel *>(u"headlineLabel"_s);
    QVERIFY(headline);
    const QString name = accessibleName(headline);
    QVERIFY2(name.startsWith(u"Purchase result: "_s) &&
                 name.size() > QStringLiteral("Purchase result: ").size(),
             qPrintable(name));
}

// ---- the order action dialogs --------------------------------------------------------------

void TestGuiAccessibility::changeCycleResultSaysTheResult()
{
    QVERIFY(m_services->sync());
    MockOrder order;
    QString other;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        const MockProduct *p = m_server->backend().catalog().productById(o.productId);
        if (o.status != MockOrder::Status::Active || !p || !p->isDatacenterOrIsp())
            continue;
        for (const QString &cycle : p->cycles(o.location)) {
            if (cycle != o.cycleName && other.isEmpty()) {
                order = o;
                other = cycle;
            }
        }
        if (!other.isEmpty())
            break;
    }
    QVERIFY(!other.isEmpty());
    ChangeCycleDialog dialog(m_services->editor, m_services->store, m_services->catalog,
                             order.orderId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.selectCycle(other), kWaitMs);
    QSignalSpy changed(&dialog, &ChangeCycleDialog::cycleChanged);
    QAbstractButton *change = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    accessible(change)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(changed.wait(kWaitMs));
    QVERIFY(dialog.result() && dialog.result()->finalCents);

    auto *result = dialog.findChild<QLabel *>(u"resultLabel"_s);
    const QString name = accessibleName(result);
    QVERIFY2(name.startsWith(u"Result: "_s), qPrintable(name));
    QVERIFY2(name.contains(Money::format(*dialog.result()->finalCents)), qPrintable(name));
    QCOMPARE(accessibleValue(result), name.mid(QStringLiteral("Result: ").size()));
}

void TestGuiAccessibility::bulkSummarySaysTheSummary()
{
    QVERIFY(m_services->sync());
    QList<qint64> ids;
    for (const MockOrder &o : m_server->backend().state().orders()) {
        if (ids.size() < 3)
            ids.append(o.orderId);
    }
    BulkActionDialog dialog(m_services->editor, m_services->store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &BulkActionDialog::actionFinished);
    dialog.start(OrderEditor::Action::Tag, ids, u"a11y"_s);
    QVERIFY(finished.wait(kWaitMs * 2));
    auto *summary = dialog.findChild<QLabel *>(u"summaryLabel"_s);
    QVERIFY(summary->text().contains(u"3 succeeded"_s));
    QCOMPARE(accessibleName(summary), u"Summary: "_s + summary->text());
    QCOMPARE(accessibleValue(summary), summary->text());
}

void TestGuiAccessibility::renewTotalSaysTheTotal()
{
    QVERIFY(m_services->sync());
    const QList<qint64> ids = renewableOrders(2);
    QCOMPARE(ids.size(), 2);
    RenewDialog dialog(m_services->orders, m_services->account, ids);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *total = dialog.findChild<QLabel *>(u"totalValue"_s);
    QVERIFY(total);
    QTRY_VERIFY_WITH_TIMEOUT(!total->text().isEmpty(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(accessibleName(total), u"Total price: "_s + total->text(), kWaitMs);
    QCOMPARE(accessibleValue(total), total->text());
    auto *balance = dialog.findChild<QLabel *>(u"balanceValue"_s);
    QTRY_VERIFY_WITH_TIMEOUT(accessibleName(balance).startsWith(u"Wallet balance: $"_s), kWaitMs);
}

// ---- sign-in ---------------------------------------------------------------------------------

void TestGuiAccessibility::signInKeyButtonIsExplained()
{
    LoginDialog dialog(m_services->signIn, m_services->tokens);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *key = dialog.findChild<QLineEdit *>(u"keyEdit"_s);
    QVERIFY(key);
    QAction *toggle = nullptr;
    for (QAction *action : key->actions()) {
        if (action->isCheckable())
            toggle = action;
    }
    QVERIFY(toggle);
    // A drawn icon (not the style's "yes" circle) that says what it does, to everyone.
    QVERIFY(!toggle->icon().isNull());
    QVERIFY(!toggle->icon().pixmap(16, 16).isNull());
    QToolButton *button = nullptr;
    for (QToolButton *b : key->findChildren<QToolButton *>()) {
        if (b->defaultAction() == toggle)
            button = b;
    }
    QVERIFY(button);
    QCOMPARE(accessibleName(button), u"Show key"_s);
    const QString before = toggle->toolTip();
    QVERIFY(!before.isEmpty());
    accessible(button)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_COMPARE(key->echoMode(), QLineEdit::Normal);
    QCOMPARE(accessibleName(button), u"Hide key"_s);
    QVERIFY(toggle->toolTip() != before);
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
