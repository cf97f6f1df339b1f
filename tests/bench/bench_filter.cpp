// Typing into the search field over 100,000 orders, against a QStandardItemModel +
// QSortFilterProxyModel baseline with the same view.
//
// A keystroke is timed from the filter change until the view has processed it (models updated,
// view laid out, pending events handled). Painting the visible cells is reported on its own:
// it is Qt's text rendering, the same for both models, and on this machine alone costs about
// 10 ms for a 1100x700 table, so it would hide what the model does.
#include "benchsupport.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "services/orderstore.h"

#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace {
constexpr int orderCount = 100000;
const QString query = QStringLiteral("client-1");

struct Timing
{
    double reactMs = 0;
    double paintMs = 0;
};

template <typename Apply>
Timing timed(QTableView &view, Apply apply)
{
    QElapsedTimer timer;
    timer.start();
    apply();
    QCoreApplication::processEvents();
    Timing t;
    t.reactMs = Bench::elapsedMs(timer);
    timer.restart();
    view.viewport()->repaint();
    t.paintMs = Bench::elapsedMs(timer);
    return t;
}

void configure(QTableView &view)
{
    // As in the main window: no row header, uniform rows, sortable.
    view.resize(1100, 700);
    view.verticalHeader()->setVisible(false);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.setSortingEnabled(true);
}

// Types the query one character at a time, then erases it down to one character.
template <typename SetText>
void typeAndErase(QTableView &view, SetText setText, QList<double> *react, QList<double> *paint)
{
    auto step = [&](const QString &text) {
        const Timing t = timed(view, [&] { setText(text); });
        react->append(t.reactMs);
        paint->append(t.paintMs);
    };
    for (qsizetype i = 1; i <= query.size(); ++i)
        step(query.left(i));
    for (qsizetype i = query.size() - 1; i >= 1; --i)
        step(query.left(i));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // --- ShardDesk's own models -----------------------------------------------------------
    OrderStore store;
    store.applySync(Bench::syntheticOrders(orderCount));
    OrdersModel orders(&store);
    OrderFilterModel filter(&orders);
    QTableView view;
    configure(view);
    view.setModel(&filter);
    view.sortByColumn(OrdersModel::IdColumn, Qt::AscendingOrder);
    view.show();
    QCoreApplication::processEvents();

    QList<double> react;
    QList<double> paint;
    OrderFilter f;
    typeAndErase(view, [&](const QString &text) {
        f.setText(text);
        filter.setFilter(f);
    }, &react, &paint);
    f.setText(QString());
    const Timing clear = timed(view, [&] { filter.setFilter(f); });
    const Timing sort =
        timed(view, [&] { view.sortByColumn(OrdersModel::ExpiresColumn, Qt::AscendingOrder); });

    // --- Baseline: strings in a QStandardItemModel, fixed-string filter over all columns ----
    QStandardItemModel standard(0, OrdersModel::ColumnCount);
    for (int r = 0; r < orderCount; ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < OrdersModel::ColumnCount; ++c)
            items.append(new QStandardItem(orders.index(r, c).data().toString()));
        standard.appendRow(items);
    }
    QSortFilterProxyModel baseline;
    baseline.setSourceModel(&standard);
    baseline.setFilterKeyColumn(-1);
    baseline.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView baselineView;
    configure(baselineView);
    baselineView.setModel(&baseline);
    baselineView.sortByColumn(OrdersModel::IdColumn, Qt::AscendingOrder);
    baselineView.show();
    QCoreApplication::processEvents();
    QList<double> baselineReact;
    QList<double> baselinePaint;
    typeAndErase(baselineView, [&](const QString &text) { baseline.setFilterFixedString(text); },
                 &baselineReact, &baselinePaint);
    timed(baselineView, [&] { baseline.setFilterFixedString(QString()); });
    // A string model can only sort the expiry column by its text.
    const Timing baselineSort = timed(baselineView, [&] {
        baselineView.sortByColumn(OrdersModel::ExpiresColumn, Qt::AscendingOrder);
    });

    Bench::report("filter_keystroke_median_ms", Bench::median(react), "ms");
    Bench::report("filter_keystroke_max_ms", Bench::maximum(react), "ms");
    Bench::report("filter_clear_ms", clear.reactMs, "ms");
    Bench::report("baseline_filter_keystroke_median_ms", Bench::median(baselineReact), "ms");
    Bench::report("filter_speedup_vs_baseline", Bench::median(baselineReact) / Bench::median(react), "x");
    Bench::report("sort_expires_ms", sort.reactMs, "ms");
    Bench::report("baseline_sort_expires_ms", baselineSort.reactMs, "ms");
    Bench::report("paint_after_keystroke_median_ms", Bench::median(paint), "ms");
    Bench::report("baseline_paint_after_keystroke_median_ms", Bench::median(baselinePaint), "ms");
    return 0;
}
