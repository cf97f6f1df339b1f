#include "appcontext.h"

#include "session.h"

#include "alerts/renewalwatch.h"
#include "api/apiclient.h"
#include "auth/keychaintokenstore.h"
#include "auth/memorytokenstore.h"
#include "diagnostics/recenterrors.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "services/accountservice.h"
#include "services/connectionstatus.h"
#include "services/geoservice.h"
#include "services/subusereditor.h"
#include "services/subuserservice.h"
#include "purchase/bandwidthpurchase.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/proxychecker.h"
#include "services/serverhealth.h"
#include "services/signinservice.h"
#include "storage/synchistory.h"

#include <QDateTime>

namespace {
std::unique_ptr<TokenStore> makeTokenStore(AppContext::KeyStorage keys)
{
    if (keys == AppContext::KeyStorage::Memory)
        return std::make_unique<MemoryTokenStore>();
    return std::make_unique<KeychainTokenStore>();
}
} // namespace

// Declaration order is construction order: each part only uses the ones above it.
struct AppContext::Parts
{
    explicit Parts(KeyStorage keys)
        : tokens(makeTokenStore(keys)), signIn(&client), account(&client),
          orders(&client, &store), editor(&client, &orders), catalog(&client),
          alerts(&orders, &account), health(&client), geo(&client),
          subUsers(&client), subUserEditor(&client, &subUsers),
          session(client, signIn, account, orders, *tokens, connection),
          history(orders, store, account, [this] { return session.server(); })
    {
        QObject::connect(&client, &ApiClient::callFailed, &client,
                         [this](const QString &method, const QString &path,
                                const ApiError &error, const QString &requestId) {
                             recentErrors.record({QDateTime::currentDateTimeUtc(), method, path,
                                                  error.httpStatus(),
                                                  ApiError::kindName(error.kind()),
                                                  error.message(), requestId});
                         });
        // Another account or server may reach other places.
        QObject::connect(&session, &Session::accountDropped, &geo, &GeoService::clear);
        QObject::connect(&session, &Session::accountDropped, &subUsers, &SubUserService::clear);
        QObject::connect(&session, &Session::accountDropped, &history, &SyncHistory::clear);
        // An account whose /me names no e-mail is known by a hash of its key.
        history.setKeySource([this] { return client.token(); });
    }

    // First, so it outlives the client: a call aborted while the client is torn down still
    // reports its failure here.
    RecentErrors recentErrors;
    ApiClient client;
    OrderStore store;
    std::unique_ptr<TokenStore> tokens;
    ConnectionStatus connection;
    SignInService signIn;
    AccountService account;
    OrderService orders;
    OrderEditor editor;
    CatalogService catalog;
    RenewalWatch alerts;
    ServerHealth health;
    GeoService geo;
    SubUserService subUsers;
    SubUserEditor subUserEditor;
    ProxyChecker proxyChecker;
    Session session;
    SyncHistory history;
};

AppContext::AppContext(KeyStorage keys) : d(std::make_unique<Parts>(keys)) {}

AppContext::~AppContext() = default;

ApiClient &AppContext::client() const { return d->client; }
Session &AppContext::session() const { return d->session; }
SignInService &AppContext::signIn() const { return d->signIn; }
AccountService &AppContext::account() const { return d->account; }
OrderStore &AppContext::store() const { return d->store; }
OrderService &AppContext::orders() const { return d->orders; }
OrderEditor &AppContext::editor() const { return d->editor; }
CatalogService &AppContext::catalog() const { return d->catalog; }
RenewalWatch &AppContext::alerts() const { return d->alerts; }
ConnectionStatus &AppContext::connection() const { return d->connection; }
TokenStore &AppContext::tokens() const { return *d->tokens; }
ServerHealth &AppContext::health() const { return d->health; }
GeoService &AppContext::geo() const { return d->geo; }
SubUserService &AppContext::subUsers() const { return d->subUsers; }
SubUserEditor &AppContext::subUserEditor() const { return d->subUserEditor; }
ProxyChecker &AppContext::proxyChecker() const { return d->proxyChecker; }
SyncHistory &AppContext::history() const { return d->history; }
RecentErrors &AppContext::recentErrors() const { return d->recentErrors; }

PurchaseController *AppContext::newPurchase(QObject *parent) const
{
    return new PurchaseController(&d->client, &d->account, &d->orders, parent);
}

BandwidthPurchase *AppContext::newBandwidthPurchase(QObject *parent) const
{
    return new BandwidthPurchase(&d->client, &d->account, &d->store, parent);
}
