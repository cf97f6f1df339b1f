#pragma once

#include "domain/apierror.h"
#include "domain/proxyendpoint.h"

#include <QList>
#include <QObject>

class OrderService;

// The proxies of several orders, to be checked: each order's list is asked for at once (the
// client paces them), and every order's answer or failure is kept, so one refused order does
// not stop the other 49. Owned by whoever asks (a dialog, a command); destroying it drops the
// answers still on their way.
class OrderProxies final : public QObject
{
    Q_OBJECT

public:
    struct Failure
    {
        qint64 orderId = 0;
        ApiError error;
    };

    OrderProxies(OrderService &orders, QObject *parent = nullptr);

    // finished() follows once every order answered (at once for no ids).
    void load(const QList<qint64> &orderIds, CheckProtocols protocols);

    const QList<ProxyEndpoint> &endpoints() const { return m_endpoints; }
    const QList<Failure> &failures() const { return m_failures; }
    // Orders whose list came back (possibly empty).
    int loadedOrders() const { return m_loaded; }

signals:
    void finished();

private:
    void finishIfDone();

    OrderService &m_orders;
    QList<qint64> m_ids;
    QList<QList<ProxyEndpoint>> m_byOrder; // kept in the order asked, whatever order they came
    QList<ProxyEndpoint> m_endpoints;
    QList<Failure> m_failures;
    int m_waiting = 0;
    int m_loaded = 0;
    quint64 m_generation = 0;
};
