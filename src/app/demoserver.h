#pragma once

#include <QObject>
#include <QUrl>

class BackendHttpServer;
class QThread;

// Demo mode's server: the ProxyShard-compatible backend with seeded sample data, on loopback, in
// its own thread so serving pages never competes with painting. A plain BackendHttpServer, not
// the tests' MockServer: the app ships no latency, fault injection or request recording.
class DemoServer final : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Generates `orders` sample orders and listens on a random loopback port. Empty on failure.
    QUrl start(int orders);
    // The same without waiting: started() or failedToStart() follows.
    void startInBackground(int orders);
    QString token() const;

signals:
    void started(const QUrl &url, const QString &token);
    void failedToStart();

private:
    QThread *m_thread;
    BackendHttpServer *m_server = nullptr;
};
