#pragma once

#include "clitable.h"
#include "exitcode.h"

#include "domain/account.h"
#include "domain/activityentry.h"
#include "domain/order.h"
#include "domain/proxytype.h"
#include "domain/skippedrows.h"
#include "storage/localstore.h"
#include "storage/storeddetails.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTextStream>

class AppContext;
class BandwidthPurchase;
struct CheckPlan;
class OrderEditor;
struct OrderDetails;
class ProxyChecker;
class PurchaseRequest;
class TokenStore;
class QCommandLineParser;
struct ReconcileReport;
struct SubUser;
class SubUserEditor;

// sharddesk-cli: parses the command line, runs one command against the API and prints its
// result. finished() carries the process exit code. The runner is a composition root: it builds
// the app's services once (AppContext, the key kept in memory) and sets the server, key and
// timeout on their client; every command is then a thin adapter over those services, the same
// ones the window uses (AccountService, CatalogService, OrderService, OrderEditor,
// PurchaseController): the same refusal rules, the same tolerance of rough answers, and a lost
// answer is reconciled with the server before the command says what happened.
class CliRunner final : public QObject
{
    Q_OBJECT

public:
    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliRunner() override;

    // Starts the command; finished() follows (possibly before this returns).
    void start(const QStringList &arguments, const QString &token);
    // Where to look for a key the app remembered when none is given (the OS keychain).
    void setTokenStore(TokenStore *store) { m_tokens = store; }
    // The services the commands run on. For composition only (tests tune the client's
    // timeouts and retries here); commands never reach past the services.
    AppContext &context() const { return *m_context; }
    // Where the local store lives (SyncHistory's folder: one file per server and account, and
    // the last account per server for --offline). Empty, the default: nothing is remembered and
    // --offline finds nothing. The executable passes defaultDataFolder().
    void setDataFolder(const QString &folder);
    QString dataFolder() const { return m_dataFolder; }
    // SHARDDESK_DATA_DIR when set, else the window's own AppDataLocation (organisation and
    // application "ShardDesk"), so the CLI and the window share their stores.
    static QString defaultDataFolder();

signals:
    void finished(int exitCode);

private:
    void run(const QCommandLineParser &parser, const QStringList &positional);
    // A malformed command line: the problem and the usage text.
    void usage(const QString &problem);
    // An option or argument with a value it cannot take: one line naming it, and where to
    // find the usage.
    void badValue(const QString &problem);
    // A well-formed command that cannot be sent as it is: the reason only.
    void refuse(const QString &problem);
    void done(ExitCode code);
    void failed(const ApiError &error);
    // A purchase or renewal failed: the exit code tells whether it may have gone through.
    void failedSpending(const ApiError &error);
    // Prints the table, then ends with `code` (a report may say "down" and still print).
    void print(const CliTable &table, ExitCode code = ExitCode::Ok);
    bool takeOrderId(const QStringList &positional, qint64 *id);

    void runMe();
    // activity and --offline (activitycommand.cpp), over SyncHistory and its LocalStore.
    // --since, --kind and --order read into a filter; false, with the problem printed, when one
    // has a value it cannot take.
    bool takeActivityFilter(const QCommandLineParser &parser, LocalStore::ActivityFilter *filter);
    void runActivity(const LocalStore::ActivityFilter &filter);
    void printActivity(const QList<ActivityEntry> &entries);
    // After an answer that named the account: the balance recorded (`orders`: nullopt) or the
    // complete listing, and the account remembered as this server's last for --offline.
    void recordRead(const std::optional<QList<Order>> &orders);
    QString lastAccount() const;
    // The rows as `orders` prints them; `details` (the store's) give the price paid where the
    // services' store has none.
    void printOrders(const QList<Order> &orders, const QHash<qint64, StoredDetails> &details);
    void printOrder(const OrderDetails &details);
    void printAccount(const Account &account);
    // --offline: orders, order, me and activity answered from the store; no request is made.
    void runOffline(const QCommandLineParser &parser, const QStringList &positional);
    void runHealth();
    void runGeo(const QCommandLineParser &parser, const QStringList &positional);
    void runProducts();
    void runStock();
    void runOrders(const QString &status);
    void runOrder(qint64 id);
    void runProxies(qint64 id);
    void runPrice(const QCommandLineParser &parser, bool buy);
    // The product and cycle looked up in the catalogue (names in any case; an unknown one is
    // named with the choices), then sendPrice().
    void checkAgainstCatalog(PurchaseRequest request, bool buy);
    // The quote, or the purchase (runBuy), once the request is complete.
    void sendPrice(const PurchaseRequest &request, bool buy);
    void runBuy(const PurchaseRequest &request);
    // Reads the order into the services' store, then `then`; a failed read ends the command
    // with `nothingDone` before the error.
    void withOrder(qint64 id, const QString &nothingDone, const std::function<void()> &then);
    // The services' OrderEditor, its successful edit printed through `printOk`, a failed one
    // as an error.
    OrderEditor &editorPrinting(const std::function<void(const QString &message)> &printOk);
    // The editor refused before sending (the same rule the window applies): exit 1.
    void refuseLocally(const QString &nothingDone, const QString &why);
    void onReconciled(const ReconcileReport &report, const ApiError &lost);
    void runRenew(qint64 id);
    // A renewal that went through: what it charged and the new expiry, as far as the order
    // read back tells (none: both unknown).
    void printRenewed(qint64 id, const QString &message, const OrderDetails *details);
    // The skipped-rows warning on stderr, when a list had rows that could not be read.
    void warnSkipped(const SkippedRows &skipped);
    void runTag(qint64 id, const QString &tag);
    void runAutoRenew(qint64 id, bool on);
    void runCycle(qint64 id, const QString &cycle);

    // The residential commands (residentialcommands.cpp), over SubUserService, SubUserEditor
    // and BandwidthPurchase.
    // --type: the pool named, `fallback` when not given (nullopt: the option is required).
    // False, with the usage error printed, when it names no pool or is missing.
    bool takeProxyType(const QCommandLineParser &parser, std::optional<ProxyType> fallback,
                       ProxyType *type);
    // positional[index] as a positive whole number of GB, at most `max`.
    bool takeGb(const QStringList &positional, qsizetype index, qint64 max, qint64 *gb);
    void runSubUsers(const QCommandLineParser &parser);
    void runSubUser(const QCommandLineParser &parser, const QStringList &positional);
    // Reads the sub-user into SubUserService, then `then`: the editor works on a known user, as
    // it does in the window. A failed read ends the command with `nothingDone` before the error.
    void withSubUser(ProxyType type, const QString &userId, const QString &nothingDone,
                     const std::function<void()> &then);
    // The shared SubUserEditor, its successful change printed through `printOk`, a failed one
    // as an error.
    SubUserEditor &subUserEditorPrinting(
        const std::function<void(const QString &message, const QString &userId)> &printOk);
    // The list's columns; JSON an array (`asList`) or the one user's object.
    void printSubUsers(const QList<SubUser> &users, bool showPassword, bool asList);
    void runAddBandwidth(const QCommandLineParser &parser, const QStringList &positional);
    void onBandwidthReconciled(const BandwidthPurchase &purchase, qint64 gb);
    void printBandwidthAdded(qint64 orderId, qint64 gb, const QString &message);

    // check (checkcommand.cpp): the proxies of orders, or of a list, through one ProxyChecker.
    void runCheck(const QCommandLineParser &parser, const QStringList &positional);
    // Reads the orders' proxies (OrderProxies), then checks them. An order that cannot be read
    // is said on stderr in the server's words and the rest are checked; the exit code is then
    // that failure's.
    void readCheckOrders(const std::shared_ptr<CheckPlan> &plan);
    void checkEndpoints(const std::shared_ptr<CheckPlan> &plan);
    void printChecked(const ProxyChecker &checker, const CheckPlan &plan);

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<AppContext> m_context;
    CliTable::Format m_format = CliTable::Format::Table;
    bool m_finished = false;
    TokenStore *m_tokens = nullptr;
    bool m_askedStore = false;
    QString m_dataFolder;
};
