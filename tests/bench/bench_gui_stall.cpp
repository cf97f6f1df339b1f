// The longest time the GUI thread is unresponsive while 100,000 orders sync from the mock
// server (own thread, 5 ms latency) into the table as the app shows it (sorted, filtered,
// with the filter panel's counts), through the services main() builds (AppContext: the alerts
// and the sync history with a local store in a throwaway folder). A 1 ms timer probes the event
// loop; a stall is the largest gap between two of its ticks.
// Then a second sync of the same account, compared with the first: the longest single step of
// the GUI thread at its end (SyncEndProbe).
#include "api/apiclient.h"
#include "benchsupport.h"
#include "filterpanel.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "session/appcontext.h"
#include "storage/localstore.h"
#include "storage/synchistory.h"
#include "syncendprobe.h"
#include "threadedmockserver.h"

#include <QApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {
constexpr int orderCount = 100000;
constexpr int latencyMs = 5;

// Runs the loop until the sync ends: 0 when it synced.
int syncOnce(AppContext &context)
{
    QEventLoop loop;
    QObject::connect(&context.orders(), &OrderService::synced, &loop, &QEventLoop::quit);
    QObject::connect(&context.orders(), &OrderService::syncFailed, &loop,
                     [&loop](const ApiError &e) {
                         std::fprintf(stderr, "sync failed: %s\n", qPrintable(e.message()));
                         loop.exit(1);
                     });
    context.orders().refresh();
    return loop.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ThreadedMockServer server(orderCount, latencyMs);
    QTemporaryDir folder;

    AppContext context(AppContext::KeyStorage::Memory);
    context.client().setBaseUrl(server.url());
    context.client().setToken(server.token());
    context.history().setFolder(folder.path());
    OrdersModel orders(&context.store());
    OrderFilterModel filter(&orders);
    QTableView view;
    view.resize(1100, 700);
    view.verticalHeader()->setVisible(false);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(true);
    view.setModel(&filter);
    view.sortByColumn(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    FilterPanel panel;
    panel.attach(&filter, &context.store());
    view.show();
    panel.show();

    // The account first, as after a sign-in: the sync is recorded as soon as it ends.
    {
        QEventLoop loop;
        QObject::connect(&context.account(), &AccountService::accountChanged, &loop,
                         &QEventLoop::quit);
        context.account().refresh();
        loop.exec();
    }

    Bench::StallProbe probe;
    probe.start();
    int rc = syncOnce(context);
    // The sync's aftermath (counts, repaint) belongs to it as well.
    {
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    probe.stop();
    const double total = probe.elapsed();
    Bench::report("max_stall_ms", probe.maxStallMs(), "ms");
    Bench::report("gui_sync_100k_ms", total - 200, "ms");
    Bench::report("rows_in_model", orders.rowCount(), "rows");
    context.history().waitForRecords();
    if (context.history().store())
        context.history().store()->waitForWrites();

    if (rc == 0) {
        SyncEndProbe end(context);
        rc = syncOnce(context);
        end.settle();
        end.report("second_sync_end");
    }

    return rc == 0 && orders.rowCount() == orderCount ? 0 : 1;
}
