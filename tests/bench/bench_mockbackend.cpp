// How fast the demo/test backend makes and serves a large account: generating 100,000 sample
// orders, resetting a backend to them (first /me included), and serving pages of 100 rows; and
// how long an answer takes over loopback HTTP with and without MockServer's latency (the unit
// tests check the latency through an injected scheduler, without real time).
// These were wall-clock assertions in the mock server's unit tests; timings belong here.
#include "benchsupport.h"
#include "demodatagenerator.h"
#include "mockbackend.h"
#include "mockserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The median time of `rounds` GET /user/api/me over loopback against a server with this latency.
double loopbackAnswerMs(int latencyMs, int rounds)
{
    MockServer server;
    if (!server.listen())
        return -1;
    server.setRecordingEnabled(false);
    server.setLatency(latencyMs);
    QNetworkAccessManager nam;
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QNetworkRequest request(server.url().resolved(QUrl(u"/user/api/me"_s)));
        request.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            times.append(Bench::elapsedMs(timer));
        reply->deleteLater();
    }
    return times.size() == rounds ? Bench::median(times) : -1;
}

} // namespace

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

    // The answer over loopback (keep-alive connection), without and with a latency of 150 ms:
    // the second should be 150 ms more than the first, and never less than 150 ms.
    const double plain = loopbackAnswerMs(0, 50);
    const double delayed = loopbackAnswerMs(150, 5);
    Bench::report("mock_loopback_answer", plain, "ms");
    Bench::report("mock_latency_150_answer", delayed, "ms");
    return orders.size() == kOrders && plain >= 0 && delayed >= 0 ? 0 : 1;
}
