// The longest time the GUI thread is unresponsive while the orders table (OrdersTableView, as
// the window shows it) scrolls page by page through 100,000 orders, with the search narrowing
// and clearing on the way: once without and once with the details of the rows on screen
// loading (VisibleDetailsLoader; the mock server in its own thread, 5 ms latency). The same
// 1 ms probe as bench_gui_stall: a stall is the largest gap between two of its ticks.
#include "api/apiclient.h"
#include "benchsupport.h"
#include "orderfilter.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "orderstableview.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/visibledetailsloader.h"
#include "threadedmockserver.h"

#include <QApplication>
#include <QEventLoop>
#include <QScrollBar>
#include <QTimer>

#include <tuple>

namespace {
constexpr int orderCount = 100000;
constexpr int latencyMs = 5;
constexpr int steps = 400;     // page downs per run
constexpr int stepEveryMs = 8; // faster than anyone scrolls by page
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ThreadedMockServer server(orderCount, latencyMs);
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setToken(server.token());
    OrderStore store;
    OrdersModel orders(&store);
    OrderFilterModel filter(&orders);
    OrderService service(&client, &store);
    VisibleDetailsLoader loader(&service);
    orders.setDetailsLoader(&loader);
    OrdersTableView view;
    view.resize(1000, 700);
    view.attach(&filter, &store);
    view.show();

    QEventLoop loop;
    QObject::connect(&service, &OrderService::synced, &loop, &QEventLoop::quit);
    service.refresh();
    loop.exec();
    if (orders.rowCount() != orderCount)
        return 1;

    int detailsAnswered = 0;
    QObject::connect(&store, &OrderStore::detailsLoaded, &store, [&] { ++detailsAnswered; });

    // One run: page down `steps` times; every 50th step types a search, the next one clears it.
    auto run = [&](bool loading) {
        QMetaObject::Connection wire;
        if (loading)
            wire = QObject::connect(&view, &OrdersTableView::ordersOnScreenChanged, &loader,
                                    &VisibleDetailsLoader::setVisibleOrders);
        view.verticalScrollBar()->setValue(0);
        detailsAnswered = 0;
        Bench::StallProbe probe;
        int step = 0;
        QTimer stepper;
        stepper.setInterval(stepEveryMs);
        QObject::connect(&stepper, &QTimer::timeout, &stepper, [&] {
            if (step++ == steps) {
                loop.quit();
                return;
            }
            QScrollBar *bar = view.verticalScrollBar();
            bar->setValue(bar->value() + bar->pageStep());
            if (step % 50 == 0 || step % 50 == 1) {
                OrderFilter f = filter.filter();
                f.setText(step % 50 == 0 ? QStringLiteral("isp") : QString());
                filter.setFilter(f);
            }
        });
        probe.start();
        stepper.start();
        loop.exec();
        // What was asked for on the way comes back in its own time: wait for it unmeasured.
        probe.stop();
        const double total = probe.elapsed();
        const int answered = detailsAnswered;
        QObject::disconnect(wire);
        loader.setVisibleOrders({});
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        return std::make_tuple(probe.maxStallMs(), total, answered);
    };

    const auto [stallWithout, totalWithout, answeredWithout] = run(false);
    Bench::report("scroll_max_stall_without_loading_ms", stallWithout, "ms");
    Bench::report("scroll_run_without_loading_ms", totalWithout, "ms");
    const auto [stallWith, totalWith, answeredWith] = run(true);
    Bench::report("scroll_max_stall_with_loading_ms", stallWith, "ms");
    Bench::report("scroll_run_with_loading_ms", totalWith, "ms");
    Bench::report("details_answered_while_scrolling", answeredWith, "orders");
    return answeredWithout == 0 && answeredWith > 0 ? 0 : 1;
}
