#pragma once

#include <QObject>

#include <memory>

class AccountService;
class ApiClient;
class BandwidthPurchase;
class CatalogService;
class ConnectionStatus;
class GeoService;
class OrderEditor;
class OrderService;
class OrderStore;
class ProxyChecker;
class PurchaseController;
class RecentErrors;
class RenewalWatch;
class ServerHealth;
class Session;
class SignInService;
class SubUserEditor;
class SyncHistory;
class SubUserService;
class TokenStore;

// Every service of the app, built once and wired once: main(), sharddesk-cli and the tests all
// assemble the app through this, so none of them can wire it differently. Services are handed
// out as references: none is optional.
class AppContext final
{
public:
    // Where a remembered key lives: the OS keychain, or only this process (demo, CLI, tests).
    enum class KeyStorage { Keychain, Memory };

    explicit AppContext(KeyStorage keys = KeyStorage::Keychain);
    ~AppContext();
    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    // For composition roots only (main(), the CLI, tests): server, timeouts, retry policy and
    // failure records. Widgets and commands reach the server through the services below.
    ApiClient &client() const;

    Session &session() const;
    SignInService &signIn() const;
    AccountService &account() const;
    OrderStore &store() const;
    OrderService &orders() const;
    OrderEditor &editor() const;
    CatalogService &catalog() const;
    RenewalWatch &alerts() const;
    ConnectionStatus &connection() const;
    TokenStore &tokens() const;
    ServerHealth &health() const;
    GeoService &geo() const;
    SubUserService &subUsers() const;
    SubUserEditor &subUserEditor() const;
    // The session's proxy check: its results stay for every view until the next check.
    ProxyChecker &proxyChecker() const;
    // What changed between syncs, and (with a folder set) the store that remembers the account.
    SyncHistory &history() const;
    // The last failed calls (for Help → "Copy diagnostics"), recorded from the client.
    RecentErrors &recentErrors() const;

    // A purchase has its own state (snapshot, reconcile): one controller per purchase, over the
    // shared services.
    PurchaseController *newPurchase(QObject *parent) const;
    // Adding traffic to one residential order, owned by `parent` (a dialog).
    BandwidthPurchase *newBandwidthPurchase(QObject *parent) const;

private:
    struct Parts;
    std::unique_ptr<Parts> d;
};
