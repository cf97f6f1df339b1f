#include "demoserver.h"

#include "backendhttpserver.h"

#include <QThread>

DemoServer::DemoServer(QObject *parent) : QObject(parent), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("demo-server"));
}

DemoServer::~DemoServer()
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, &BackendHttpServer::close,
                                  Qt::BlockingQueuedConnection);
        m_server->deleteLater();
    }
    m_thread->quit();
    m_thread->wait();
}

QUrl DemoServer::start(int orders)
{
    m_thread->start();
    m_server = new BackendHttpServer();
    // Always the tidy server: SHARDDESK_MOCK_PROFILE is the tests' switch, MockServer's only.
    m_server->setProfile(MockBackend::Profile::Strict);
    m_server->moveToThread(m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, orders, &listening] {
            m_server->resetDemoData(orders);
            listening = m_server->listen();
        },
        Qt::BlockingQueuedConnection);
    return listening ? m_server->url() : QUrl();
}

void DemoServer::startInBackground(int orders)
{
    m_thread->start();
    m_server = new BackendHttpServer();
    // Always the tidy server: SHARDDESK_MOCK_PROFILE is the tests' switch, MockServer's only.
    m_server->setProfile(MockBackend::Profile::Strict);
    m_server->moveToThread(m_thread);
    // Sample data is generated in the server's thread while the window paints.
    QMetaObject::invokeMethod(m_server, [this, orders] {
        m_server->resetDemoData(orders);
        const bool listening = m_server->listen();
        const QUrl url = listening ? m_server->url() : QUrl();
        const QString token = m_server->token();
        QMetaObject::invokeMethod(this, [this, url, token] {
            if (url.isEmpty())
                emit failedToStart();
            else
                emit started(url, token);
        });
    });
}

QString DemoServer::token() const
{
    return m_server ? m_server->token() : QString();
}
