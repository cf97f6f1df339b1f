#pragma once

// Shared helpers of the GUI tests: the services exactly as main() wires them (TestServices:
// AppContext with the key in memory), brute-force expectations computed from the mock
// server's own data, and small input helpers. Nothing of the network stack is mocked.

#include "logindialog.h"
#include "mainwindow.h"
#include "orderfilter.h"
#include "serverrecords.h"
#include "testapplication.h"
#include "testservices.h"

#include "ordersmodel.h"
#include "orderstableview.h"
#include "services/orderstore.h"
#include "services/visibledetailsloader.h"
#include "storage/synchistory.h"

#include "mockorder.h"
#include "mockserver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QKeyEvent>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>

namespace GuiTest {

using TestCommon::exactRequestCount;
using TestCommon::requestsBesidesDetails;
using TestCommon::initApplication;
using TestCommon::saveShot;
// The services of main() (AppContext), built once per test.
using Services = TestServices;

// ---- expectations from the server's own data ---------------------------------------------

inline QString clientTag(const MockOrder &o)
{
    return TestCommon::clientTag(o.tag);
}

inline int countServerOrders(const MockServer &server, const std::function<bool(const MockOrder &)> &pred)
{
    int n = 0;
    for (const MockOrder &o : server.backend().state().orders()) {
        if (pred(o))
            ++n;
    }
    return n;
}

// The specification of a category, written against the server's records.
inline bool serverInCategory(const MockOrder &o, OrderFilter::Category c, qint64 nowMsecs)
{
    switch (c) {
    case OrderFilter::Category::All:
        return true;
    case OrderFilter::Category::Active:
        return o.status == MockOrder::Status::Active;
    case OrderFilter::Category::OnHold:
        return o.status == MockOrder::Status::OnHold;
    case OrderFilter::Category::Cancelled:
        return o.status == MockOrder::Status::Cancelled;
    case OrderFilter::Category::ExpiringSoon: {
        if (o.status != MockOrder::Status::Active || !o.expiresAt)
            return false;
        const qint64 left = *o.expiresAt * 1000 - nowMsecs;
        return left >= 0 && left <= 7LL * 86400 * 1000;
    }
    }
    return false;
}

// The search: id digits, product, cycle, tag, case-insensitive. Locations are not in the list,
// so the client does not know them.
inline bool serverMatchesText(const MockOrder &o, const QString &query)
{
    const QString q = query.trimmed().toLower();
    if (q.isEmpty())
        return true;
    return QString::number(o.orderId).contains(q) || o.productName.toLower().contains(q) ||
           o.cycleName.toLower().contains(q) || clientTag(o).toLower().contains(q);
}

inline std::optional<MockOrder> firstServerOrder(const MockServer &server,
                                                 const std::function<bool(const MockOrder &)> &pred)
{
    for (const MockOrder &o : server.backend().state().orders()) {
        if (pred(o))
            return o;
    }
    return std::nullopt;
}

// Makes `count` active orders that nothing renews expire in two days (inside the default 3-day
// warning window): the news an alert reports. Their ids; fewer when the server has fewer.
inline QList<qint64> makeOrdersLapse(MockServer &server, int count)
{
    const qint64 inTwoDays = QDateTime::currentSecsSinceEpoch() + 2 * 86400;
    QList<qint64> lapsing;
    const QList<MockOrder> orders = server.backend().state().orders();
    for (const MockOrder &o : orders) {
        if (lapsing.size() == count)
            break;
        if (o.status != MockOrder::Status::Active || o.autoRenewal.value_or(false))
            continue;
        MockOrder changed = o;
        changed.expiresAt = inTwoDays;
        if (server.updateOrder(changed))
            lapsing.append(o.orderId);
    }
    return lapsing;
}

// ---- the window as the startup flow leaves it ------------------------------------------------

// Signs the services in to `server` as the startup flow does (no-op when already signed in).
inline bool signIn(Services &services, const MockServer &server, int waitMs = 10000)
{
    if (services.signIn.isSignedIn())
        return true;
    QSignalSpy signedIn(&services.signIn, &SignInService::signedIn);
    services.signIn.signIn(server.url(), server.token());
    return signedIn.wait(waitMs);
}

// The main window over `services`, shown at `size` (1280×800 is what the README promises).
inline std::unique_ptr<MainWindow> showWindow(Services &services, QSize size = QSize(1280, 800))
{
    auto window = std::make_unique<MainWindow>(services.context);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the main window was not exposed");
    return window;
}

// F5 in the active `window`, then the sync's end and the changes the drifting mock made
// (SyncHistory::changesFound, which follows the sync); false, with a warning, when either does
// not come.
inline bool pressF5AndWaitForChanges(MainWindow &window, Services &services, int waitMs = 10000)
{
    QSignalSpy changes(&services.context.history(), &SyncHistory::changesFound);
    QSignalSpy synced(&services.orders, &OrderService::synced);
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::keyClick(&window, Qt::Key_F5);
    if (!QTest::qWaitFor([&] { return !synced.isEmpty(); }, waitMs)) {
        qWarning("F5 did not sync");
        return false;
    }
    return !changes.isEmpty() || changes.wait(waitMs);
}

// Starts the session and waits until the alerts have looked at the synced orders: by then
// every row and the alert strip are on screen.
inline bool startAndWaitForAlerts(MainWindow &window, Services &services, int waitMs = 10000)
{
    QSignalSpy checked(&services.alerts, &RenewalWatch::alertsUpdated);
    window.start();
    return checked.wait(waitMs);
}

// The orders table has the details of every row on screen (or gave up on them) and nothing of
// its own is on its way to the server. (Judged by the rows on screen now, not by the loader
// alone: the view tells it about a scroll or resize only at the next pass of the event loop.)
inline bool tableDetailsSettled(const MainWindow &window)
{
    const auto *loader = window.findChild<VisibleDetailsLoader *>(QStringLiteral("detailsLoader"));
    const auto *view = window.findChild<OrdersTableView *>(QStringLiteral("ordersView"));
    if (!loader || !view || loader->inFlightCount() != 0 || loader->queuedCount() != 0)
        return false;
    const OrderStore *store = window.ordersModel()->store();
    for (qint64 id : view->orderIdsOnScreen()) {
        if (!store->details(id) && loader->state(id) != VisibleDetailsLoader::State::Failed)
            return false;
    }
    return true;
}

// ---- widgets -------------------------------------------------------------------------------

inline void clickIndex(QAbstractItemView *view, const QModelIndex &index,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

// Types `text` key by key. Characters beyond Latin-1 (Cyrillic, say) arrive as key events
// carrying their text, the way a keyboard layout delivers them; QTest::keyClicks takes only
// Latin-1.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

inline QList<LoginDialog *> visibleLoginDialogs()
{
    QList<LoginDialog *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<LoginDialog *>(w); dialog && dialog->isVisible())
            out.append(dialog);
    }
    return out;
}

// Closes and deletes every sign-in dialog a test left behind.
inline void closeLoginDialogs()
{
    QList<QPointer<LoginDialog>> dialogs;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<LoginDialog *>(w))
            dialogs.append(dialog);
    }
    for (const QPointer<LoginDialog> &dialog : std::as_const(dialogs)) {
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
    for (const QPointer<LoginDialog> &dialog : std::as_const(dialogs))
        delete dialog.data();
}

} // namespace GuiTest
