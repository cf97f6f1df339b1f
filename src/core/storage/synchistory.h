#pragma once

#include "domain/activityentry.h"
#include "domain/syncsnapshot.h"
#include "storeschema.h"
#include "storeddetails.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class AccountService;
class LocalStore;
class OrderService;
class OrderStore;

// What changed since the last sync, and the memory of it between runs. After every complete sync
// the orders and the account are compared with the previous snapshot (ChangeDetector): new
// orders, renewals, expiries, on-hold and cancelled orders, tag, auto-renew and cycle changes
// made elsewhere, balance changes. The entries become the activity log, newest first.
//
// With a folder, each account's snapshot and log are kept in its LocalStore, so the first sync
// of a run is compared with the last one of the previous run. Without one (demo, CLI, tests)
// the history lives for the session only: the second sync is still compared with the first.
class SyncHistory final : public QObject
{
    Q_OBJECT

public:
    // The log kept in memory for the views; older entries stay in the store.
    static constexpr int kRecentLimit = 2000;

    SyncHistory(OrderService &orders, OrderStore &store, AccountService &account,
                std::function<QUrl()> server, QObject *parent = nullptr);
    ~SyncHistory() override;

    // Where the stores live (the app: AppDataLocation). Empty: nothing is written to disk.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }

    // Where the signed-in API key is read from, for an account whose /me names no e-mail (the
    // real service may not): such an account is then known by keyIdentity(), so it still gets a
    // store. Without a source, or without a key, it keeps the session's memory only.
    void setKeySource(std::function<QString()> key);
    // "key:" and the first 16 hex digits of the key's SHA-256: stable for a key, and neither the
    // store's name nor accounts.json can give the key back.
    static QString keyIdentity(const QString &key);

    // A complete sync is compared with the previous one on a worker thread (100,000 orders take
    // ~10 ms), and its entries are published and stored when that is done: changesFound() comes
    // after OrderService::synced, not inside it. This waits for the comparisons under way and
    // publishes them now (tests; clear() and recordListing() do it themselves).
    void waitForRecords();

    // The activity so far, newest first (at most kRecentLimit).
    const QList<ActivityEntry> &recent() const { return m_recent; }
    // "3 renewed, 1 on hold, balance −$42.00" for the last sync that changed something.
    QString lastSummary() const { return m_lastSummary; }
    // The store of the signed-in account; null before the account is known or without a folder.
    LocalStore *store() const { return m_store.get(); }

    // Another account or server: the memory of this one is closed (its file stays; a sync still
    // being compared is stored first).
    void clear();

    // Sign-out's "forget the stored data of this account": deletes the signed-in account's store
    // file and its accounts.json entry, and clears the memory (recent() empties, recentReset()
    // is emitted). Call it before signing out: signing out closes the store and forgets which
    // account it was. The next account that becomes known opens a new store. False when no
    // store was open or a file could not be removed (the memory is cleared either way).
    bool forgetCurrent();

    // A read made apart from the sync (sharddesk-cli's `orders`, `me`), recorded like one, now
    // (the comparison done and queued to the store before this returns):
    // `orders` is every order of every status, compared and stored as a complete sync's (it
    // waits for the account as a sync does); nullopt records the account alone, whose balance is
    // compared and stored while the orders keep their time (their expiries were not looked at).
    // The account alone with no earlier snapshot records nothing: a first sync has no news.
    void recordListing(const std::optional<QList<Order>> &orders);

    // Start of a run: shows what the store remembers of the account last signed in to this
    // server (its orders with their details' columns, and the account, as of their sync) before
    // the first sync answers (OrderStore::restoreDetails, restore; AccountService::restore). False
    // when there is no folder, no account remembered for the server, or nothing stored.
    bool restoreLast(const QUrl &server);
    // The account whose store was opened last for `server` (e-mail in lower case, or the
    // keyIdentity() of an account without one); empty when none or without a folder.
    QString lastAccount(const QUrl &server) const;
    // When the data restoreLast() showed was synced; invalid when nothing was restored.
    QDateTime restoredAt() const { return m_restoredAt; }

signals:
    // A sync found changes: `entries` newest first, `summary` one line for the status bar.
    void changesFound(const QList<ActivityEntry> &entries, const QString &summary);
    // recent() was replaced (an account's log loaded, or cleared).
    void recentReset();
    // Something about the store a person should know (a damaged file moved aside, a failed write).
    void storeMessage(const QString &text);

private:
    void onAccount();
    // Whose history this is: the e-mail in lower case, else keyIdentity(); empty when neither.
    QString currentAccount() const;
    void onSynced();
    // Opens the account's store and loads its snapshot and log; returns the stored details'
    // columns (restoreLast() shows them).
    // `pages`: a start from the store checks the file's pages after the first paint.
    QHash<qint64, StoredDetails>
    openStore(const QUrl &server, StoreSchema::PageCheck pages = StoreSchema::PageCheck::Now);
    void rememberAccount(const QUrl &server, const QString &account);
    void forgetAccount(const QUrl &server, const QString &account);
    // Queues `current` to be compared with the sync before it (the first comparison under way).
    void record(SyncSnapshot current);
    struct Compared
    {
        QList<ActivityEntry> entries;
        SyncSnapshot merged;
    };
    struct Pending
    {
        SyncSnapshot current;
        QHash<qint64, StoredDetails> details;
    };
    void compareFirst();
    void onCompared(quint64 comparison);
    // Stores the first pending sync with its entries, starts the next comparison, and (with
    // `announce`) publishes the entries.
    void finishFirst(Compared compared, bool announce = true);
    void publish(QList<ActivityEntry> entries);

    OrderService &m_orders;
    OrderStore &m_orderStore;
    AccountService &m_account;
    std::function<QUrl()> m_server;
    std::function<QString()> m_key;
    QString m_folder;
    QString m_accountKey; // the account whose store is open (or whose memory this is)
    std::unique_ptr<LocalStore> m_store;
    QUrl m_storeServer; // the server m_store was opened for
    std::optional<SyncSnapshot> m_previous;
    std::optional<SyncSnapshot> m_waiting; // a sync that finished before the account was known
    QList<Pending> m_pending; // in sync order; the first one's comparison is m_comparing
    QFuture<Compared> m_comparing;
    quint64 m_comparison = 0; // which comparison m_comparing is (a finished one may be stale)
    QList<ActivityEntry> m_recent;
    QString m_lastSummary;
    QDateTime m_restoredAt;
};
