#include "testservices.h"

#include "api/apiclient.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QSignalSpy>

TestServices::TestServices(int timeoutMs)
    : context(AppContext::KeyStorage::Memory), client(context.client()),
      session(context.session()), signIn(context.signIn()), account(context.account()),
      store(context.store()), orders(context.orders()), editor(context.editor()),
      catalog(context.catalog()), alerts(context.alerts()), connection(context.connection()),
      tokens(context.tokens())
{
    ApiClient::RetryPolicy retry;
    retry.maxRetries = 1;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 40;
    retry.maxRetryAfterMs = 40;
    client.setRetryPolicy(retry);
    client.setTimeoutMs(timeoutMs);
}

TestServices::TestServices(const QUrl &server, const QString &token, int timeoutMs)
    : TestServices(timeoutMs)
{
    client.setBaseUrl(server);
    client.setToken(token);
}

bool TestServices::sync(int waitMs)
{
    QSignalSpy synced(&orders, &OrderService::synced);
    orders.refresh();
    return synced.wait(waitMs);
}

bool TestServices::loadDetails(qint64 orderId, int waitMs)
{
    if (store.details(orderId))
        return true;
    QSignalSpy loaded(&store, &OrderStore::detailsLoaded);
    orders.loadDetails(orderId);
    return loaded.wait(waitMs) || store.details(orderId);
}
