// Resident memory that 100,000 orders cost when held by the store and the table models,
// against a QStandardItemModel holding the same columns as strings.
#include "benchsupport.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "services/orderstore.h"

#include <QGuiApplication>
#include <QStandardItemModel>

#include <malloc.h>

namespace {
constexpr int orderCount = 100000;

// Freed memory goes back to the system so the resident size shows what is really held.
qint64 settledResident()
{
    malloc_trim(0);
    return Bench::residentBytes();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const qint64 before = settledResident();
    auto *store = new OrderStore;
    // Parsed rows arrive with their own string copies; the store interns them.
    store->applySync(Bench::syntheticOrders(orderCount));
    auto *orders = new OrdersModel(store);
    auto *filter = new OrderFilterModel(orders);
    filter->sort(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    const qint64 ours = settledResident() - before;

    const qint64 baselineBefore = settledResident();
    auto *standard = new QStandardItemModel(0, OrdersModel::ColumnCount);
    for (int r = 0; r < orderCount; ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < OrdersModel::ColumnCount; ++c)
            items.append(new QStandardItem(orders->index(r, c).data().toString()));
        standard->appendRow(items);
    }
    const qint64 baseline = settledResident() - baselineBefore;

    Bench::report("bytes_per_order", double(ours) / orderCount, "bytes");
    Bench::report("baseline_bytes_per_order", double(baseline) / orderCount, "bytes");
    Bench::report("memory_ratio_vs_baseline", double(baseline) / double(qMax<qint64>(1, ours)), "x");
    std::printf("sizeof(Order)=%zu\n", sizeof(Order));
    delete standard;
    delete filter;
    delete orders;
    delete store;
    return 0;
}
