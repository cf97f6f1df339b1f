#pragma once

// Shared helpers of the order-action tests: the services as main() builds them (ApiClient,
// OrderStore, AccountService, OrderService, OrderEditor) pointed at an in-process MockServer on
// a random loopback port and synced before each test; picks of server orders by kind; and
// screenshots for a human to judge. Nothing of the network stack is mocked.

#include "api/apiclient.h"
#include "services/accountservice.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

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

inline const QString kShotsDir = QStringLiteral("/tmp/sharddesk-shots");
constexpr int kWaitMs = 10000;

inline void initApplication(const char *name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
}

struct Services
{
    explicit Services(const MockServer &server, int timeoutMs = 5000)
        : account(&client), orders(&client, &store), editor(&client, &orders)
    {
        client.setBaseUrl(server.url());
        client.setToken(server.token());
        client.setTimeoutMs(timeoutMs);
        // Retries stay on for GETs, only faster; POSTs are never retried anyway.
        ApiClient::RetryPolicy retry;
        retry.maxRetries = 1;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 40;
        retry.maxRetryAfterMs = 40;
        client.setRetryPolicy(retry);
    }

    // The first full sync, as the window does after sign-in.
    bool sync()
    {
        QSignalSpy synced(&orders, &OrderService::synced);
        orders.refresh();
        return synced.wait(kWaitMs);
    }

    bool loadDetails(qint64 orderId)
    {
        if (store.details(orderId))
            return true;
        QSignalSpy loaded(&store, &OrderStore::detailsLoaded);
        orders.loadDetails(orderId);
        return loaded.wait(kWaitMs) || store.details(orderId);
    }

    ApiClient client;
    OrderStore store;
    AccountService account;
    OrderService orders;
    OrderEditor editor;
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

// How the client shows a server tag: null and the provider's "none" are no tag.
inline QString clientTag(const std::optional<QString> &tag)
{
    if (!tag)
        return {};
    const QString t = tag->trimmed();
    return t.compare(u"none", Qt::CaseInsensitive) == 0 ? QString() : t;
}

inline int exactRequestCount(const MockServer &server, const QByteArray &method,
                             const QString &path)
{
    int n = 0;
    for (const RecordedRequest &r : server.recordedRequests()) {
        if (r.method == method && r.path == path)
            ++n;
    }
    return n;
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
    QDir().mkpath(kShotsDir);
    const QString path = kShotsDir + QStringLiteral("/action-") + name + QStringLiteral(".png");
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

} // namespace ActionTest
