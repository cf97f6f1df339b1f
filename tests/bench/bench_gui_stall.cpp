// The longest time the GUI thread is unresponsive while 100,000 orders sync from the mock
// server (own thread, 5 ms latency) into the table as the app shows it (sorted, filtered,
// with the filter panel's counts). A 1 ms timer probes the event loop; a stall is the largest
// gap between two of its ticks.
#include "api/apiclient.h"
#include "benchsupport.h"
#include "filterpanel.h"
#include "threadedmockserver.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QThread>
#include <QTimer>

namespace {
constexpr int orderCount = 100000;
constexpr int latencyMs = 5;
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ThreadedMockServer server(orderCount, latencyMs);
    const QUrl url = server.url();

    ApiClient client;
    client.setBaseUrl(url);
    client.setToken(server.token());
    OrderStore store;
    OrdersModel orders(&store);
    OrderFilterModel filter(&orders);
    QTableView view;
    view.resize(1100, 700);
    view.verticalHeader()->setVisible(false);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(true);
    view.setModel(&filter);
    view.sortByColumn(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    FilterPanel panel;
    panel.attach(&filter, &store);
    view.show();
    panel.show();
    OrderService service(&client, &store);

    Bench::StallProbe probe;

    QEventLoop loop;
    QObject::connect(&service, &OrderService::synced, &loop, &QEventLoop::quit);
    QObject::connect(&service, &OrderService::syncFailed, &loop, [&loop](const ApiError &e) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(e.message()));
        loop.exit(1);
    });
    probe.start();
    service.refresh();
    const int rc = loop.exec();
    // The sync's aftermath (counts, repaint) belongs to it as well.
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const double total = probe.elapsed();

    Bench::report("max_stall_ms", probe.maxStallMs(), "ms");
    Bench::report("gui_sync_100k_ms", total - 200, "ms");
    Bench::report("rows_in_model", orders.rowCount(), "rows");

    return rc == 0 && orders.rowCount() == orderCount ? 0 : 1;
}
