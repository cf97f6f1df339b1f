// A full sync of 10,000 orders from sharddesk-mock-server with 25 ms latency per request:
// ShardDesk's concurrent sync (until the table model holds every row) against following `next`
// one page of 100 at a time, and against the floor six connections per host allow.
#include "api/apiclient.h"
#include "benchsupport.h"
#include "threadedmockserver.h"
#include "ordersmodel.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>

#include <cmath>

namespace {
constexpr int orderCount = 10000;
constexpr int latencyMs = 25;
constexpr int pageSize = 100;

double concurrentSyncMs(const QUrl &url, const QString &token)
{
    ApiClient client;
    client.setBaseUrl(url);
    client.setToken(token);
    OrderStore store;
    OrdersModel model(&store);
    OrderService service(&client, &store);
    QEventLoop loop;
    QObject::connect(&service, &OrderService::synced, &loop, &QEventLoop::quit);
    QObject::connect(&service, &OrderService::syncFailed, &loop, [&loop](const ApiError &e) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(e.message()));
        loop.exit(1);
    });
    QElapsedTimer timer;
    timer.start();
    service.refresh();
    if (loop.exec() != 0 || model.rowCount() != orderCount)
        return -1;
    return Bench::elapsedMs(timer);
}

// The baseline: one request at a time, following `next` until it is null.
double sequentialSyncMs(const QUrl &url, const QString &token, int *pages)
{
    ApiClient client;
    client.setBaseUrl(url);
    client.setToken(token);
    QEventLoop loop;
    qsizetype rows = 0;
    *pages = 0;
    std::function<void(qint64)> fetch = [&](qint64 offset) {
        client.ordersPage(OrderStatus::Unknown, offset, pageSize, &loop,
                          [&, offset](ApiResult<OrdersPage> result) {
                              if (!result.ok()) {
                                  loop.exit(1);
                                  return;
                              }
                              ++*pages;
                              rows += result.value().orders.size();
                              if (result.value().hasNext())
                                  fetch(offset + pageSize);
                              else
                                  loop.quit();
                          });
    };
    QElapsedTimer timer;
    timer.start();
    fetch(0);
    if (loop.exec() != 0 || rows != orderCount)
        return -1;
    return Bench::elapsedMs(timer);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    ThreadedMockServer server(orderCount, latencyMs);
    const QUrl url = server.url();
    const QString token = server.token();

    int pages = 0;
    const double sequential = sequentialSyncMs(url, token, &pages);
    const double concurrent = concurrentSyncMs(url, token);
    const double floor = std::ceil(pages / 6.0) * latencyMs;

    Bench::report("sync_concurrent_ms", concurrent, "ms");
    Bench::report("sync_sequential_ms", sequential, "ms");
    Bench::report("sync_floor_ms", floor, "ms");
    Bench::report("sync_concurrent_vs_floor", concurrent / floor, "x");
    Bench::report("sync_sequential_vs_concurrent", sequential / concurrent, "x");

    return concurrent < 0 || sequential < 0 ? 1 : 0;
}
