#pragma once

#include "mockserver.h"

#include <QThread>
#include <QUrl>

// The mock server in a thread of its own, as a separate process would be: its work never delays
// the event loop being measured. Recording is off so millions of requests do not pile up.
class ThreadedMockServer final
{
public:
    ThreadedMockServer(int orderCount, int latencyMs)
    {
        m_thread.start();
        m_server = new MockServer;
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server,
            [this, orderCount, latencyMs] {
                m_server->resetDemoData(orderCount);
                m_server->setLatency(latencyMs);
                m_server->setRecordingEnabled(false);
                m_server->listen();
                m_url = m_server->url();
            },
            Qt::BlockingQueuedConnection);
        m_token = m_server->token();
    }

    ~ThreadedMockServer()
    {
        MockServer *server = m_server;
        QMetaObject::invokeMethod(server, [server] { server->close(); delete server; },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }

private:
    QThread m_thread;
    MockServer *m_server = nullptr;
    QUrl m_url;
    QString m_token;
};
