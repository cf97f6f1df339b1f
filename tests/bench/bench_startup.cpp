// From process start to the first painted main window: `sharddesk --demo --demo-orders 10000`
// against a minimal Qt program showing a 10-row QTableView. Both run offscreen, five times
// each; the medians are reported. The clock runs in this program, from spawn to the child's
// "first paint" line, so loading libraries counts too.
#include "benchsupport.h"

#include <QApplication>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int runs = 5;

// The baseline child: the smallest honest Qt window.
int baselineWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(10, 4);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 4; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("cell %1,%2").arg(r).arg(c)));
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    struct Probe : QObject
    {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !seen) {
                seen = true;
                std::printf("first paint\n");
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
            return false;
        }
        bool seen = false;
    } probe;
    view.installEventFilter(&probe);
    view.show();
    return app.exec();
}

// A throwaway settings location: the benchmark must not depend on a person's settings.
double timeToFirstPaint(const QString &program, const QStringList &arguments)
{
    return Bench::timeToFirstPaint(
        program, arguments,
        {{QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/tmp/sharddesk-bench-config")}},
        30000);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--baseline-window") == 0)
        return baselineWindow(argc, argv);

    QCoreApplication app(argc, argv);
    const QString self = QCoreApplication::applicationFilePath();
    const QString sharddesk = QStringLiteral(SHARDDESK_APP_PATH);
    QList<double> ours;
    QList<double> baseline;
    for (int i = 0; i < runs; ++i) {
        baseline.append(timeToFirstPaint(self, {QStringLiteral("--baseline-window")}));
        ours.append(timeToFirstPaint(sharddesk, {QStringLiteral("--demo"),
                                                 QStringLiteral("--demo-orders"),
                                                 QStringLiteral("10000"),
                                                 QStringLiteral("--exit-after-first-paint")}));
    }
    if (ours.contains(-1) || baseline.contains(-1)) {
        std::fprintf(stderr, "a child never painted\n");
        return 1;
    }
    Bench::report("startup_first_paint_ms", Bench::median(ours), "ms");
    Bench::report("baseline_startup_ms", Bench::median(baseline), "ms");
    Bench::report("startup_ratio_vs_baseline", Bench::median(ours) / Bench::median(baseline), "x");
    return 0;
}
