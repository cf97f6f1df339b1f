// How fast the demo/test backend makes and serves a large account: generating 100,000 sample
// orders, resetting a backend to them (first /me included), and serving pages of 100 rows.
// These were wall-clock assertions in the mock server's unit tests; timings belong here.
#include "benchsupport.h"
#include "demodatagenerator.h"
#include "mockbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kOrders = 100000;
    constexpr qint64 kNow = 1'800'000'000;

    QElapsedTimer timer;
    timer.start();
    MockCatalog catalog = MockCatalog::demo();
    const QList<MockOrder> orders = DemoDataGenerator(5).generate(catalog, kOrders, kNow);
    Bench::report("mock_generate_100k", Bench::elapsedMs(timer), "ms");

    timer.restart();
    MockBackend backend;
    backend.resetDemoData(kOrders, 5);
    (void)backend.handle(MockRequest::get(u"/user/api/me"_s, "demo"));
    Bench::report("mock_reset_100k_and_me", Bench::elapsedMs(timer), "ms");

    (void)backend.handle(MockRequest::get(u"/user/api/orders?status=all&limit=100"_s, "demo"));
    constexpr int kPages = 400;
    timer.restart();
    for (int i = 0; i < kPages; ++i) {
        const QString status = i % 2 ? u"active"_s : u"all"_s;
        (void)backend.handle(MockRequest::get(u"/user/api/orders?status="_s + status +
                                                  u"&offset="_s +
                                                  QString::number((i * 397) % 50000) +
                                                  u"&limit=100"_s,
                                              "demo"));
    }
    Bench::report("mock_page_of_100", Bench::elapsedMs(timer) / kPages, "ms");
    return orders.size() == kOrders ? 0 : 1;
}
