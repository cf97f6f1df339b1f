#pragma once

// Shared helpers of the order-action tests: the services as main() builds them (AppContext)
// pointed at an in-process MockServer on
// a random loopback port and synced before each test; picks of server orders by kind; and
// screenshots for a human to judge. Nothing of the network stack is mocked.

#include "serverrecords.h"
#include "testapplication.h"
#include "testservices.h"

#include "mockorder.h"
#include "mockserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <functional>

namespace ActionTest {

constexpr int kWaitMs = 10000;

using TestCommon::clientTag;
using TestCommon::exactRequestCount;
using TestCommon::initApplication;

// The services of main() (AppContext) pointed at `server`; `sync()` runs the first full sync.
struct Services : TestServices
{
    explicit Services(const MockServer &server, int timeoutMs = 5000)
        : TestServices(server.url(), server.token(), timeoutMs)
    {
    }
};

inline bool isDcOrIsp(const MockServer &server, const MockOrder &o)
{
    const MockProduct *p = server.backend().catalog().productById(o.productId);
    return p && p->isDatacenterOrIsp();
}

inline QList<MockOrder> serverOrders(const MockServer &server,
                                     const std::function<bool(const MockOrder &)> &pred,
                                     int limit = -1)
{
    QList<MockOrder> out;
    for (const MockOrder &o : server.backend().state().orders()) {
        if (limit >= 0 && out.size() >= limit)
            break;
        if (pred(o))
            out.append(o);
    }
    return out;
}

inline QList<qint64> idsOf(const QList<MockOrder> &orders)
{
    QList<qint64> ids;
    for (const MockOrder &o : orders)
        ids.append(o.orderId);
    return ids;
}

inline QString orderPath(qint64 id, const QString &suffix)
{
    return QStringLiteral("/user/api/orders/") + QString::number(id) + suffix;
}

// Not asserted: saved for a human to look at, once pending layout requests and delayed column
// resizes have run (as they would have by the next frame on screen).
inline void saveShot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    TestCommon::saveShot(widget, QStringLiteral("action-") + name);
}

} // namespace ActionTest
