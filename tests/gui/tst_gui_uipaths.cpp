// The UI paths no other test walked (issue 13), in the real MainWindow and its real dialogs over
// an in-process MockServer: the tray notifier after alerts, Copy rows / Copy order IDs on the
// clipboard, the table header's column menu and its memory across a restart, one tag for several
// orders through the input dialog, the export file dialog's suffix and overwrite handling, and
// switching server in Settings.
//
// Modal dialogs that run their own event loop (QInputDialog::getText, the file dialog's overwrite
// question, QMenu::exec) are answered from inside that loop by whenUp(), which looks for them
// from the event loop instead of sleeping.

#include "guisupport.h"

#include "alerts/renewalalerts.h"
#include "alerttext.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "settingsdialog.h"
#include "translations.h"
#include "traynotifier.h"
#include "actions/bulkactiondialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {
constexpr int kOrders = 120;
constexpr int kWaitMs = 10000;

// Calls `act` with the widget `find` returns, once there is one, from the event loop: inside the
// nested loop of a modal exec() that the caller is about to start. Polls every few milliseconds
// (never blocks) while `guard` lives; gives up after about kWaitMs so that a broken path fails
// instead of hanging.
void whenUp(QObject *guard, const std::function<QWidget *()> &find,
            const std::function<void(QWidget *)> &act, int triesLeft = kWaitMs / 5)
{
    QTimer::singleShot(5, guard, [guard, find, act, triesLeft] {
        if (QWidget *w = find(); w && w->isVisible()) {
            act(w);
            return;
        }
        if (triesLeft > 0)
            whenUp(guard, find, act, triesLeft - 1);
    });
}

template <typename T>
void whenModalUp(QObject *guard, const std::function<void(T *)> &act)
{
    whenUp(
        guard,
        [] { return static_cast<QWidget *>(qobject_cast<T *>(QApplication::activeModalWidget())); },
        [act](QWidget *w) { act(static_cast<T *>(w)); });
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The first field of every CSV record after the header: the order ids.
QList<qint64> csvIds(const QByteArray &csv)
{
    QList<qint64> ids;
    const QList<QByteArray> records = csv.split('\n');
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QByteArray record = records.at(i);
        if (!record.isEmpty())
            ids.append(record.left(record.indexOf(',')).toLongLong());
    }
    return ids;
}

// What the server received, for failure messages.
QByteArray requestList(const MockServer &server)
{
    QStringList lines;
    for (const RecordedRequest &r : server.recordedRequests())
        lines.append(QString::fromLatin1(r.method) + u' ' + r.path);
    return lines.join(u"; "_s).toUtf8();
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

class TestUiPaths final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void trayNotifierShowsAlertsAndLeadsToTheirOrders();
    void copyRowsAndIdsFollowTheTableAfterAFilter();
    void columnMenuHidesAColumnAndItIsRemembered();
    void multiOrderTagThroughTheInputDialog();
    void multiOrderTagCancelSendsNothing();
    void exportDialogAddsTheSuffixOfTheChosenFormat();
    void exportDialogAsksBeforeReplacingTheSuffixedFile();
    void settingsServerSwitchSignsOutAndAsksForTheNewKey();
    void settingsRefuseAnInsecureRemoteServer();

private:
    void openWindow();
    void refreshAndWait();
    void activate();
    QAction *action(const char *name) const;
    QTableView *table() const;
    void selectRows(const QList<int> &rows);
    QFileDialog *openExportDialog();
    bool saveThrough(QFileDialog *dialog, const QString &name);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MockServer> m_second; // the other server of a server switch
};

void TestUiPaths::initTestCase()
{
    initApplication("tst_gui_uipaths");
    // Windows are closed and reopened here; that must not end the application.
    QApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(Translations::install(QString()));
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestUiPaths::init()
{
    QSettings().clear();
    m_server->clearFaults();
    m_server->resetDemoData(kOrders);
    m_services = std::make_unique<Services>();
    openWindow();
    // Focusing the table made its first row current: let the details panel finish loading it,
    // so that what the server records from here on is the test's own doing.
    QTRY_VERIFY_WITH_TIMEOUT(m_services->store.details(m_window->currentOrderId()), kWaitMs);
    // And the table, the details of the rows on screen.
    QTRY_VERIFY_WITH_TIMEOUT(tableDetailsSettled(*m_window), kWaitMs);
    m_server->clearRecorded();
}

void TestUiPaths::cleanup()
{
    closeLoginDialogs();
    m_window.reset();
    m_services.reset();
    m_second.reset();
    QGuiApplication::clipboard()->clear();
    QSettings().clear();
}

void TestUiPaths::openWindow()
{
    QVERIFY(signIn(*m_services, *m_server));
    m_window = showWindow(*m_services);
    QVERIFY(startAndWaitForAlerts(*m_window, *m_services));
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->alerts.isChecking(), kWaitMs);
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
    activate();
}

void TestUiPaths::refreshAndWait()
{
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    action("actionRefresh")->trigger();
    QVERIFY(synced.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->alerts.isChecking(), kWaitMs);
}

// Shortcuts of the window's actions answer only while the window is the active one.
void TestUiPaths::activate()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus(Qt::OtherFocusReason);
}

QAction *TestUiPaths::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

QTableView *TestUiPaths::table() const
{
    return m_window->findChild<QTableView *>(u"ordersView"_s);
}

// Clicks the first row, Ctrl-clicks the others, as a person selects several rows.
void TestUiPaths::selectRows(const QList<int> &rows)
{
    QTableView *view = table();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        clickIndex(view, m_window->filterModel()->index(rows.at(i), OrdersModel::ProductColumn),
                   i == 0 ? Qt::NoModifier : Qt::ControlModifier);
    }
    QCOMPARE(view->selectionModel()->selectedRows().size(), rows.size());
}

// ---- 1. the tray notifier --------------------------------------------------------------------

void TestUiPaths::trayNotifierShowsAlertsAndLeadsToTheirOrders()
{
    // Two orders that will lapse within the 3-day window because nothing renews them: news.
    const QList<qint64> lapsing = makeOrdersLapse(*m_server, 2);
    QCOMPARE(lapsing.size(), 2);
    QSignalSpy due(&m_services->alerts, &RenewalWatch::notificationDue);
    refreshAndWait();
    QTRY_COMPARE(due.size(), 1);
    const RenewalAlerts alerts = due.last().at(0).value<RenewalAlerts>();
    QVERIFY(alerts.hasWarnings());
    for (qint64 id : lapsing)
        QVERIFY(alerts.attentionIds().contains(id));

    TrayNotifier *tray = m_window->tray();
    QVERIFY(tray);
    // The window turns the tray on shortly after it opens, where the desktop has one (offscreen
    // there is none: the strip in the window is then the notification).
    QTRY_COMPARE(tray->isActive(), TrayNotifier::trayAvailable() && m_window->preferences().trayEnabled);
    auto *windowIcon = tray->findChild<QSystemTrayIcon *>();
    QCOMPARE(windowIcon != nullptr, tray->isActive());

    // The words: one line per finding, the same as the notification's, and the way to the orders.
    const QString strip = m_window->alertText();
    const QStringList lines = AlertText::lines(alerts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(strip.contains(line.toHtmlEscaped()), qPrintable(strip));
    QVERIFY2(strip.contains(u"Show these orders"_s), qPrintable(strip));
    QVERIFY(!AlertText::title(alerts).isEmpty());

    // A click on the notification: the window shows exactly the alert's orders.
    if (windowIcon)
        emit windowIcon->messageClicked();
    else
        emit tray->showOrdersRequested(alerts.attentionIds()); // what the click sends
    QCOMPARE(sorted(m_window->visibleOrderIds()), sorted(alerts.attentionIds()));
    QVERIFY(alerts.attentionIds().contains(m_window->currentOrderId()));
    auto *unpin = m_window->findChild<QPushButton *>(u"unpinButton"_s);
    QVERIFY(unpin->isVisible());
    unpin->click();
    QCOMPARE(m_window->filterModel()->filter().orderIds().size(), 0);

    // The notifier on its own: news before the icon exists is kept and shown when it appears;
    // a click leads to its orders; forget() (sign-out) drops them.
    QWidget owner;
    TrayNotifier notifier(&owner, {});
    QSignalSpy requested(&notifier, &TrayNotifier::showOrdersRequested);
    QVERIFY(!notifier.notify(RenewalAlerts())); // nothing to say
    QVERIFY(!notifier.isActive());
    QVERIFY(!notifier.notify(alerts)); // no icon yet: kept for later
    notifier.setEnabled(true);
    QCOMPARE(notifier.isActive(), TrayNotifier::trayAvailable());
    if (notifier.isActive()) {
        auto *icon = notifier.findChild<QSystemTrayIcon *>();
        QVERIFY(icon);
        QVERIFY(icon->isVisible());
        QVERIFY(icon->contextMenu());
        QCOMPARE(icon->contextMenu()->actions().first()->text(), u"Show ShardDesk"_s);
        // The kept notice was shown when the icon appeared: its click leads to its orders.
        emit icon->messageClicked();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<QList<qint64>>(), alerts.attentionIds());
        QVERIFY(owner.isVisible());
        owner.hide();
        emit icon->activated(QSystemTrayIcon::Trigger);
        QVERIFY(owner.isVisible());
        QVERIFY(notifier.notify(alerts));
        notifier.forget();
        emit icon->messageClicked();
        QCOMPARE(requested.size(), 1); // the old orders are not shown again
        notifier.setEnabled(false);
        QVERIFY(!notifier.isActive());
        QVERIFY(!notifier.findChild<QSystemTrayIcon *>());
    } else {
        // No tray on this desktop: never an icon, nothing claims to be shown, no click.
        QVERIFY(!notifier.findChild<QSystemTrayIcon *>());
        QVERIFY(!notifier.notify(alerts));
        notifier.setEnabled(false);
        notifier.setEnabled(true);
        QVERIFY(!notifier.isActive());
        QCOMPARE(requested.size(), 0);
    }

    // Sign-out: the alert's orders are forgotten; a click on a notification still on screen
    // does not lead the next account to them.
    QSignalSpy windowRequested(tray, &TrayNotifier::showOrdersRequested);
    action("actionSignOut")->trigger();
    QVERIFY(m_window->alertText().isEmpty());
    if (windowIcon) {
        emit windowIcon->messageClicked();
        QCOMPARE(windowRequested.size(), 0);
    }
    QCOMPARE(m_window->filterModel()->filter().orderIds().size(), 0);
    closeLoginDialogs();
}

// ---- 2. Copy rows (Ctrl+C) and Copy order IDs (Ctrl+Shift+C) ---------------------------------

void TestUiPaths::copyRowsAndIdsFollowTheTableAfterAFilter()
{
    // A search narrows the table (sorted by expiry, so not by id).
    typeText(m_window->findChild<FilterPanel *>()->searchField(), u"isp"_s);
    const QList<qint64> visible = m_window->visibleOrderIds();
    QVERIFY(visible.size() >= 4);
    QVERIFY(visible.size() < kOrders);
    // Three rows whose table order is not their id order: a pair out of order, and the last row.
    QList<int> rows;
    for (int i = 0; i + 1 < visible.size() - 1 && rows.isEmpty(); ++i) {
        for (int j = i + 1; j < visible.size() - 1; ++j) {
            if (visible.at(i) > visible.at(j)) {
                rows = {i, j, int(visible.size()) - 1};
                break;
            }
        }
    }
    QVERIFY2(!rows.isEmpty(), "the expiry order happens to be the id order");
    // Selected bottom-up: the clipboard must still follow the table.
    selectRows({rows.at(2), rows.at(0), rows.at(1)});
    QList<qint64> idsInTableOrder;
    for (int row : std::as_const(rows))
        idsInTableOrder.append(visible.at(row));

    // The columns in view (Location is hidden by default), in their order, then one line per row.
    const QList<int> columns = {OrdersModel::IdColumn,      OrdersModel::ProductColumn,
                                OrdersModel::CycleColumn,   OrdersModel::StatusColumn,
                                OrdersModel::ExpiresColumn, OrdersModel::AutoRenewColumn,
                                OrdersModel::TagColumn,     OrdersModel::QuantityColumn,
                                OrdersModel::PriceColumn};
    QString expected = u"ID\tProduct\tCycle\tStatus\tExpires\tAuto-renew\tTag\tQuantity\tPrice paid\n"_s;
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : columns)
            cells.append(m_window->filterModel()->index(row, column).data().toString());
        const MockOrder server = *m_server->order(visible.at(row));
        QCOMPARE(cells.at(0), QString::number(server.orderId));
        QCOMPARE(cells.at(1), server.productName);
        QCOMPARE(cells.at(6), clientTag(server));
        expected += cells.join(u'\t') + u'\n';
    }

    activate();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString ids = QGuiApplication::clipboard()->text();
    QStringList idLines = ids.split(u'\n');
    QList<qint64> copied;
    for (const QString &line : std::as_const(idLines))
        copied.append(line.toLongLong());
    // The same orders in any case.
    QCOMPARE(sorted(copied), sorted(idsInTableOrder));
    QStringList wanted;
    for (qint64 id : std::as_const(idsInTableOrder))
        wanted.append(QString::number(id));
    QCOMPARE(ids, wanted.join(u'\n'));
    // Reading the table sends nothing (but the details of rows the search brought on screen).
    QVERIFY2(requestsBesidesDetails(*m_server).isEmpty(), requestList(*m_server).constData());
}

// ---- 3. the column menu ------------------------------------------------------------------------

void TestUiPaths::columnMenuHidesAColumnAndItIsRemembered()
{
    QHeaderView *header = table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(OrdersModel::CycleColumn));
    QVERIFY(header->isSectionHidden(OrdersModel::LocationColumn)); // hidden until asked for

    // Right-click on the header, then click `title` in the menu; returns what the menu offered.
    auto useMenu = [&](const QString &title) {
        struct Seen
        {
            bool shown = false;
            QStringList titles;
            QStringList checked;
            QStringList disabled;
        };
        auto seen = std::make_shared<Seen>();
        QObject guard;
        whenUp(&guard, [] { return QApplication::activePopupWidget(); },
               [seen, title](QWidget *popup) {
                   auto *menu = qobject_cast<QMenu *>(popup);
                   if (!menu) {
                       popup->close();
                       return;
                   }
                   seen->shown = true;
                   QAction *target = nullptr;
                   for (QAction *a : menu->actions()) {
                       seen->titles.append(a->text());
                       if (a->isChecked())
                           seen->checked.append(a->text());
                       if (!a->isEnabled())
                           seen->disabled.append(a->text());
                       if (a->text() == title)
                           target = a;
                   }
                   if (target)
                       QTest::mouseClick(menu, Qt::LeftButton, {},
                                         menu->actionGeometry(target).center());
                   else
                       menu->close();
               });
        const int column = header->logicalIndex(0);
        const QPoint pos(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                         header->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, header->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(header->viewport(), &event); // returns when the menu closed
        return *seen;
    };

    const auto first = useMenu(u"Cycle"_s);
    QVERIFY(first.shown);
    QCOMPARE(first.titles, (QStringList{u"ID"_s, u"Product"_s, u"Location"_s, u"Cycle"_s,
                                        u"Status"_s, u"Expires"_s, u"Auto-renew"_s, u"Tag"_s,
                                        u"Quantity"_s, u"Price paid"_s}));
    QVERIFY(!first.checked.contains(u"Location"_s));
    QVERIFY(first.checked.contains(u"Cycle"_s));
    QCOMPARE(first.disabled, QStringList{u"ID"_s}); // the ID identifies the row: it stays
    QVERIFY(header->isSectionHidden(OrdersModel::CycleColumn));

    const auto second = useMenu(u"Location"_s);
    QVERIFY(second.shown);
    QVERIFY(!second.checked.contains(u"Cycle"_s)); // the menu knows what is hidden
    QVERIFY(!header->isSectionHidden(OrdersModel::LocationColumn));

    // Copy rows takes the columns in view: no Cycle now, Location instead.
    selectRows({0});
    activate();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        u"ID\tProduct\tLocation\tStatus\tExpires\tAuto-renew\tTag\tQuantity\tPrice paid\n"_s));

    // Closing the window remembers the layout; the next window opens with it.
    m_window->close();
    QVERIFY(!QSettings().value(u"orders/header"_s).toByteArray().isEmpty());
    m_window.reset();
    openWindow();
    header = table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(OrdersModel::CycleColumn));
    QVERIFY(!header->isSectionHidden(OrdersModel::LocationColumn));
    QVERIFY(!header->isSectionHidden(OrdersModel::ProductColumn));
    const auto third = useMenu(QString()); // only look
    QVERIFY(third.shown);
    QVERIFY(!third.checked.contains(u"Cycle"_s));
    QVERIFY(third.checked.contains(u"Location"_s));
}

// ---- 4. one tag for several orders through the input dialog -------------------------------------

void TestUiPaths::multiOrderTagThroughTheInputDialog()
{
    QVERIFY(m_window->filterModel()->rowCount() >= 5);
    selectRows({0, 2, 4});
    const QList<qint64> ids = {m_window->filterModel()->orderIdAt(0),
                               m_window->filterModel()->orderIdAt(2),
                               m_window->filterModel()->orderIdAt(4)};
    QVERIFY(action("actionEditTag")->isEnabled());
    // Each click loads that order's details; let them arrive before the tags change. Pressing F2
    // at once shows a bug (issue 13 report): the click's details answer comes after the edit
    // began, so OrderService reloads them; the server may answer that reload before it has
    // applied the tag, and the answer counts as current and puts the old tag back into the
    // table while the server has the new one. Timing-dependent, so not asserted here.
    for (qint64 id : ids)
        QTRY_VERIFY_WITH_TIMEOUT(m_services->store.details(id), kWaitMs);

    struct Seen
    {
        bool shown = false;
        QString label;
        QString title;
    };
    auto seen = std::make_shared<Seen>();
    QObject guard; // stops the look-out when the test ends
    whenModalUp<QInputDialog>(&guard, [seen](QInputDialog *dialog) {
        seen->shown = true;
        seen->label = dialog->labelText();
        seen->title = dialog->windowTitle();
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        typeText(edit, u"  clients-q3  "_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    activate();
    QTest::keyClick(table(), Qt::Key_F2); // returns when the input dialog closed
    QVERIFY(seen->shown);
    QCOMPARE(seen->title, u"Tag 3 orders"_s);
    QVERIFY2(seen->label.contains(u"3 selected orders"_s), qPrintable(seen->label));

    // The bulk runs in its own dialog, one order at a time.
    QPointer<BulkActionDialog> bulk = m_window->findChild<BulkActionDialog *>();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning(), kWaitMs);
    QCOMPARE(bulk->results().size(), 3);
    for (const BulkAction::Result &r : bulk->results())
        QVERIFY2(r.ok && !r.skipped, qPrintable(r.message));
    for (qint64 id : ids) {
        QCOMPARE(clientTag(*m_server->order(id)), u"clients-q3"_s); // trimmed, as typed
        QTRY_VERIFY(!m_services->store.isPending(id));
        QVERIFY2(m_services->store.find(id)->tag == u"clients-q3"_s,
                 QByteArray(QByteArray::number(id) + ": " + requestList(*m_server)).constData());
        QCOMPARE(m_window->filterModel()->indexOfOrder(id, OrdersModel::TagColumn).data().toString(),
                 u"clients-q3"_s);
    }
    int edits = 0;
    for (const RecordedRequest &r : m_server->recordedRequests()) {
        if (r.method == "POST")
            ++edits;
    }
    QVERIFY2(edits == 3, requestList(*m_server).constData()); // one request per order
    bulk->close();
    QTRY_VERIFY(!bulk);
}

void TestUiPaths::multiOrderTagCancelSendsNothing()
{
    selectRows({1, 3});
    QList<QString> before;
    for (int row : {1, 3})
        before.append(m_services->store.find(m_window->filterModel()->orderIdAt(row))->tag);
    auto shown = std::make_shared<bool>(false);
    QObject guard;
    whenModalUp<QInputDialog>(&guard, [shown](QInputDialog *dialog) {
        *shown = true;
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        typeText(edit, u"never-sent"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    activate();
    QTest::keyClick(table(), Qt::Key_F2);
    QVERIFY(*shown);
    QVERIFY(!m_window->findChild<BulkActionDialog *>());
    // Selecting loaded the details of the clicked orders (reads); no change was sent.
    QVERIFY2(m_server->requestCount("POST", QString()) == 0, requestList(*m_server).constData());
    for (int i = 0; i < 2; ++i) {
        const qint64 id = m_window->filterModel()->orderIdAt(i == 0 ? 1 : 3);
        QCOMPARE(m_services->store.find(id)->tag, before.at(i));
        QVERIFY(!m_services->store.isPending(id));
    }
}

// ---- 5. the export dialog's suffix ----------------------------------------------------------------

QFileDialog *TestUiPaths::openExportDialog()
{
    activate();
    QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier);
    // The dialog opens without blocking; nullptr when it does not come up.
    QFileDialog *dialog = nullptr;
    const bool up = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<QFileDialog *>();
            return dialog && dialog->isVisible();
        },
        kWaitMs);
    return up ? dialog : nullptr;
}

// Types `name` into the file name field and presses Save; true when the dialog accepted it.
bool TestUiPaths::saveThrough(QFileDialog *dialog, const QString &name)
{
    auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    if (!edit)
        return false;
    edit->setFocus();
    // setText, not key clicks: the field's completer popup would take the Return key.
    edit->setText(name);
    QPushButton *save =
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    if (!save || !save->isEnabled()) {
        qWarning("no enabled Save button in the file dialog");
        return false;
    }
    QTest::mouseClick(save, Qt::LeftButton);
    return !dialog->isVisible();
}

void TestUiPaths::exportDialogAddsTheSuffixOfTheChosenFormat()
{
    typeText(m_window->findChild<FilterPanel *>()->searchField(), u"1"_s);
    const QList<qint64> visible = m_window->visibleOrderIds();
    QVERIFY(!visible.isEmpty() && visible.size() < kOrders);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // CSV, the first format: a name without a suffix gets ".csv".
    QPointer<QFileDialog> dialog = openExportDialog();
    QVERIFY(dialog);
    // The widget dialog (no native one offscreen): its fields are the ones a person uses.
    QVERIFY(dialog->findChild<QLineEdit *>(u"fileNameEdit"_s));
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(dialog->defaultSuffix(), u"csv"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text().endsWith(u".csv"_s));
    dialog->setDirectory(dir.path());
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    QVERIFY(saveThrough(dialog, u"orders-plain"_s));
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(exported.last().at(0).toBool());
    QVERIFY(!QFile::exists(dir.filePath(u"orders-plain"_s)));
    const QByteArray csv = readAll(dir.filePath(u"orders-plain.csv"_s));
    QVERIFY(csv.startsWith("id,product,billing_cycle,status,expires_at,auto_renewal,tag,"
                           "location,price_paid\r\n"));
    QCOMPARE(csvIds(csv), visible);
    QTRY_VERIFY(!dialog); // deleted on close

    // JSON chosen in the type box: the proposed name and the added suffix follow.
    dialog = openExportDialog();
    QVERIFY(dialog);
    auto *types = dialog->findChild<QComboBox *>(u"fileTypeCombo"_s);
    QVERIFY(types);
    QCOMPARE(types->count(), 2);
    QCOMPARE(types->currentIndex(), 0);
    QTest::keyClick(types, Qt::Key_Down); // a person picks the second format
    QCOMPARE(types->currentIndex(), 1);
    QVERIFY(types->currentText().startsWith(u"JSON"_s));
    QCOMPARE(dialog->defaultSuffix(), u"json"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text().endsWith(u".json"_s));
    dialog->setDirectory(dir.path());
    QVERIFY(saveThrough(dialog, u"orders-plain"_s));
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(exported.last().at(0).toBool());
    const QJsonArray array =
        QJsonDocument::fromJson(readAll(dir.filePath(u"orders-plain.json"_s))).array();
    QCOMPARE(array.size(), visible.size());
    for (qsizetype i = 0; i < visible.size(); ++i)
        QCOMPARE(array.at(i).toObject().value(u"id").toInteger(), visible.at(i));
    // The CSV of before is untouched and no file without a suffix appeared.
    QCOMPARE(readAll(dir.filePath(u"orders-plain.csv"_s)), csv);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             (QStringList{u"orders-plain.csv"_s, u"orders-plain.json"_s}));
    QTRY_VERIFY(!dialog);
}

void TestUiPaths::exportDialogAsksBeforeReplacingTheSuffixedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(u"existing.csv"_s);
    QVERIFY(writeFile(existing, "keep me\n"));

    QPointer<QFileDialog> dialog = openExportDialog();
    QVERIFY(dialog);
    dialog->setDirectory(dir.path());
    QSignalSpy exported(m_window.get(), &MainWindow::exported);

    // "existing" becomes "existing.csv" before the check: the dialog asks. No keeps the file.
    auto question = std::make_shared<QString>();
    QObject guard;
    whenModalUp<QMessageBox>(&guard, [question](QMessageBox *box) {
        *question = box->text();
        if (QAbstractButton *button = box->button(QMessageBox::No))
            button->click();
    });
    QVERIFY(!saveThrough(dialog, u"existing"_s));
    QVERIFY2(question->contains(u"existing.csv"_s), qPrintable(*question));
    QVERIFY2(question->contains(u"already exists"_s), qPrintable(*question));
    QVERIFY(dialog && dialog->isVisible()); // still choosing
    QCOMPARE(readAll(existing), QByteArray("keep me\n"));
    QCOMPARE(exported.size(), 0);

    // Yes replaces it with the export.
    question->clear();
    whenModalUp<QMessageBox>(&guard, [question](QMessageBox *box) {
        *question = box->text();
        if (QAbstractButton *button = box->button(QMessageBox::Yes))
            button->click();
    });
    QVERIFY(saveThrough(dialog, u"existing"_s));
    QVERIFY(question->contains(u"existing.csv"_s));
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(exported.last().at(0).toBool());
    QCOMPARE(csvIds(readAll(existing)), m_window->visibleOrderIds());
    QVERIFY(!QFile::exists(dir.filePath(u"existing"_s)));
    QTRY_VERIFY(!dialog);

    // A name that is new with its suffix is not asked about.
    dialog = openExportDialog();
    QVERIFY(dialog);
    dialog->setDirectory(dir.path());
    auto asked = std::make_shared<bool>(false);
    whenModalUp<QMessageBox>(&guard, [asked](QMessageBox *box) {
        *asked = true;
        if (QAbstractButton *button = box->button(QMessageBox::Yes))
            button->click();
    });
    QVERIFY(saveThrough(dialog, u"fresh"_s));
    QVERIFY(!*asked);
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(QFile::exists(dir.filePath(u"fresh.csv"_s)));
    QTRY_VERIFY(!dialog);
}

// ---- 6. switching server in Settings ----------------------------------------------------------------

void TestUiPaths::settingsServerSwitchSignsOutAndAsksForTheNewKey()
{
    // A member, so that it outlives the window even when a check below fails.
    m_second = std::make_unique<MockServer>();
    MockServer &second = *m_second;
    second.resetDemoData(37, 7);
    second.setToken(u"second-server-key"_s);
    QVERIFY(second.listen());
    QVERIFY(second.url() != m_server->url());

    action("actionSettings")->trigger();
    auto *settings = m_window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    QVERIFY(settings->findChild<QLabel *>(u"serverNote"_s)->text().contains(u"signs you out"_s));
    auto *serverEdit = settings->findChild<QLineEdit *>(u"serverEdit"_s);
    QCOMPARE(QUrl(serverEdit->text()), m_server->url());
    serverEdit->selectAll();
    typeText(serverEdit, second.url().toString());
    settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    // Signed out of the first server: no key, no orders of the old account on screen.
    QTRY_COMPARE(visibleLoginDialogs().size(), 1);
    QVERIFY(!m_services->client.hasToken());
    QVERIFY(!m_services->signIn.isSignedIn());
    QCOMPARE(m_window->ordersModel()->rowCount(), 0);
    QCOMPARE(m_window->preferences().serverUrl, second.url());

    // The sign-in asks for the key of the new server.
    LoginDialog *login = visibleLoginDialogs().first();
    QCOMPARE(login->server(), second.url());
    auto *keyEdit = login->findChild<QLineEdit *>(u"keyEdit"_s);
    QVERIFY(keyEdit->text().isEmpty());
    QSignalSpy synced(&m_services->orders, &OrderService::synced);
    typeText(keyEdit, u"second-server-key"_s);
    login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(synced.wait(kWaitMs));
    QTRY_VERIFY(visibleLoginDialogs().isEmpty());

    // The second server's orders, all of them and only them.
    QCOMPARE(m_services->client.baseUrl(), second.url());
    QCOMPARE(m_window->ordersModel()->rowCount(), 37);
    QList<qint64> wanted;
    for (const MockOrder &o : second.backend().state().orders())
        wanted.append(o.orderId);
    QList<qint64> shown;
    for (int row = 0; row < m_services->store.count(); ++row)
        shown.append(m_services->store.at(row).id);
    QCOMPARE(sorted(shown), sorted(wanted));
    for (qint64 id : m_window->visibleOrderIds())
        QVERIFY(wanted.contains(id));
    // Nothing went to the first server after the switch (its key neither).
    QVERIFY2(m_server->recordedRequests().isEmpty(), requestList(*m_server).constData());
    QVERIFY(second.requestCount("GET", u"/user/api/orders"_s) >= 1);
    // The new server is what Settings offer next time.
    QCOMPARE(Preferences::load(QSettings()).serverUrl, second.url());
}

void TestUiPaths::settingsRefuseAnInsecureRemoteServer()
{
    const Preferences before = m_window->preferences();
    action("actionSettings")->trigger();
    auto *settings = m_window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    auto *serverEdit = settings->findChild<QLineEdit *>(u"serverEdit"_s);
    serverEdit->selectAll();
    typeText(serverEdit, u"http://proxies.example.com:8080"_s);
    settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(settings->isVisible());
    auto *error = settings->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"https://"_s), qPrintable(error->text()));
    settings->reject();
    // Still signed in to the first server with every order; nothing asked for a key.
    QVERIFY(visibleLoginDialogs().isEmpty());
    QVERIFY(m_services->client.hasToken());
    QCOMPARE(m_services->client.baseUrl(), m_server->url());
    QCOMPARE(m_window->preferences(), before);
    QCOMPARE(Preferences::load(QSettings()).serverUrl, before.serverUrl);
    QCOMPARE(m_window->ordersModel()->rowCount(), kOrders);
}

QTEST_MAIN(TestUiPaths)
#include "tst_gui_uipaths.moc"
