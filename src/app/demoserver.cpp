#include "demoserver.h"

#include "backendhttpserver.h"
#include "demoproxies.h"
#include "mockproxyserver.h"

#include <QThread>

DemoServer::DemoServer(QObject *parent) : QObject(parent), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("demo-server"));
}

DemoServer::~DemoServer()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                if (m_proxies)
                    m_proxies->close();
                m_server->close();
            },
            Qt::BlockingQueuedConnection);
        m_server->deleteLater(); // the proxies with it
    }
    m_thread->quit();
    m_thread->wait();
}

void DemoServer::create()
{
    m_thread->start();
    m_server = new BackendHttpServer();
    // Always the tidy server: SHARDDESK_MOCK_PROFILE is the tests' switch, MockServer's only.
    m_server->setProfile(MockBackend::Profile::Strict);
    m_server->moveToThread(m_thread);
}

QUrl DemoServer::serve(int orders)
{
    m_server->resetDemoData(orders);
    // The account changes on its own between two syncs (renewals, orders on hold, a tag...), so
    // that refreshing twice shows the Activity panel at work.
    m_server->backend().setDrift(true);
    m_proxies = new MockProxyServer(m_server);
    if (const std::optional<DemoProxies> proxies = DemoProxies::serve(*m_proxies))
        m_server->backend().setDemoProxies(*proxies);
    return m_server->listen() ? m_server->url() : QUrl();
}

void DemoServer::setUrl(const QUrl &url)
{
    m_echoUrl = url;
    if (!url.isEmpty())
        m_echoUrl.setPath(QStringLiteral("/echo/ip"));
}

QUrl DemoServer::start(int orders)
{
    create();
    QUrl url;
    QMetaObject::invokeMethod(
        m_server, [this, orders, &url] { url = serve(orders); }, Qt::BlockingQueuedConnection);
    setUrl(url);
    return url;
}

void DemoServer::startInBackground(int orders)
{
    create();
    // Sample data is generated in the server's thread while the window paints.
    QMetaObject::invokeMethod(m_server, [this, orders] {
        const QUrl url = serve(orders);
        const QString token = m_server->token();
        QMetaObject::invokeMethod(this, [this, url, token] {
            setUrl(url);
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
