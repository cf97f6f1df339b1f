#include "synchistory.h"

#include "domain/changedetector.h"
#include "domain/serveraddress.h"
#include "localstore.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "storeddetails.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <algorithm>

SyncHistory::SyncHistory(OrderService &orders, OrderStore &store, AccountService &account,
                         std::function<QUrl()> server, QObject *parent)
    : QObject(parent), m_orders(orders), m_orderStore(store), m_account(account),
      m_server(std::move(server))
{
    connect(&m_account, &AccountService::accountChanged, this, &SyncHistory::onAccount);
    connect(&m_orders, &OrderService::synced, this, &SyncHistory::onSynced);
}

SyncHistory::~SyncHistory()
{
    // The last sync still reaches the store (which waits for its writes as it closes); nobody is
    // told any more.
    while (!m_pending.isEmpty()) {
        m_comparing.waitForFinished();
        finishFirst(m_comparing.takeResult(), false);
    }
}

void SyncHistory::setFolder(const QString &folder)
{
    m_folder = folder;
}

void SyncHistory::setKeySource(std::function<QString()> key)
{
    m_key = std::move(key);
}

QString SyncHistory::keyIdentity(const QString &key)
{
    const QByteArray hash =
        QCryptographicHash::hash(key.trimmed().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("key:") + QString::fromLatin1(hash.toHex().left(16));
}

QString SyncHistory::currentAccount() const
{
    const QString email = m_account.account().email.trimmed().toLower();
    if (!email.isEmpty() || !m_key)
        return email;
    const QString key = m_key().trimmed();
    return key.isEmpty() ? QString() : keyIdentity(key);
}

void SyncHistory::clear()
{
    waitForRecords(); // they belong to this account's store
    m_store.reset(); // waits for its writes: what was synced stays on disk
    m_accountKey.clear();
    m_previous.reset();
    m_waiting.reset();
    m_lastSummary.clear();
    m_restoredAt = QDateTime();
    if (!m_recent.isEmpty()) {
        m_recent.clear();
        emit recentReset();
    }
}

void SyncHistory::onAccount()
{
    // The account restoreLast() shows is the one whose store it opened; the server has not named
    // it yet (and the key that may identify it is not there before sign-in).
    if (m_account.isRestored())
        return;
    // The account decides whose history this is: a sync that finished first waits for it.
    const QString key = currentAccount();
    // A sync that finished first was read with no account: it gets the one that just came.
    std::optional<SyncSnapshot> waiting = std::exchange(m_waiting, std::nullopt);
    if (waiting)
        waiting->account = m_account.account();
    if (key != m_accountKey) {
        clear();
        m_accountKey = key;
        openStore(m_server());
    }
    if (waiting)
        record(std::move(*waiting));
}

namespace {
// The account last signed in to each server, so the next run (window or CLI) opens its store
// before /me answers: {"<canonical server URL>": "<e-mail or key identity>"} beside the stores.
// Never the key: it stays in the keychain or the environment.
const QString kAccountsFile = QStringLiteral("accounts.json");

QJsonObject readAccounts(const QString &folder)
{
    QFile file(QDir(folder).filePath(kAccountsFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(64 * 1024)).object();
}

void writeAccounts(const QString &folder, const QJsonObject &accounts)
{
    // Best effort: without it the next run only waits for /me before showing the orders.
    QSaveFile file(QDir(folder).filePath(kAccountsFile));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(accounts).toJson(QJsonDocument::Indented));
        file.commit();
    }
}
} // namespace

QString SyncHistory::lastAccount(const QUrl &server) const
{
    if (m_folder.isEmpty())
        return {};
    return readAccounts(m_folder).value(ServerAddress::canonical(server).toString()).toString();
}

void SyncHistory::rememberAccount(const QUrl &server, const QString &account)
{
    QJsonObject accounts = readAccounts(m_folder);
    const QString key = ServerAddress::canonical(server).toString();
    if (accounts.value(key).toString() == account)
        return;
    accounts.insert(key, account);
    writeAccounts(m_folder, accounts);
}

void SyncHistory::forgetAccount(const QUrl &server, const QString &account)
{
    QJsonObject accounts = readAccounts(m_folder);
    const QString key = ServerAddress::canonical(server).toString();
    // Another account signed in to the server since: its entry is not ours to remove.
    if (accounts.value(key).toString() != account)
        return;
    accounts.remove(key);
    writeAccounts(m_folder, accounts);
}

bool SyncHistory::forgetCurrent()
{
    waitForRecords(); // nothing of the account may be written after its files are gone
    bool forgotten = false;
    if (m_store) {
        forgotten = m_store->forget();
        m_store.reset();
        forgetAccount(m_storeServer, m_accountKey);
    }
    // recentReset() once, whether or not clear() has a log to drop.
    const bool clearResets = !m_recent.isEmpty();
    clear();
    if (!clearResets)
        emit recentReset();
    return forgotten;
}

bool SyncHistory::restoreLast(const QUrl &server)
{
    if (m_folder.isEmpty() || m_store)
        return false;
    const QString account = lastAccount(server);
    if (account.isEmpty())
        return false;
    m_accountKey = account;
    QHash<qint64, StoredDetails> details = openStore(server, StoreSchema::PageCheck::Later);
    if (!m_store || !m_previous) {
        m_accountKey.clear();
        m_store.reset();
        m_previous.reset();
        return false;
    }
    m_restoredAt = m_previous->syncedAt;
    // The details first: the rows then come with their columns filled, with no second signal.
    m_orderStore.restoreDetails(std::move(details));
    m_orderStore.restore(m_previous->orders, m_restoredAt.toLocalTime());
    m_account.restore(m_previous->account);
    return true;
}

QHash<qint64, StoredDetails> SyncHistory::openStore(const QUrl &server,
                                                    StoreSchema::PageCheck pages)
{
    // No folder, or an account the server does not name: the session's memory only (a store
    // named after nobody would mix accounts).
    if (m_folder.isEmpty() || m_accountKey.isEmpty())
        return {};
    m_store = std::make_unique<LocalStore>(m_folder, server, m_accountKey);
    m_storeServer = server;
    if (!m_store->open(pages)) {
        emit storeMessage(m_store->message());
        m_store.reset();
        return {};
    }
    if (!m_store->message().isEmpty())
        emit storeMessage(m_store->message());
    rememberAccount(server, m_accountKey);
    connect(m_store.get(), &LocalStore::writeFailed, this, &SyncHistory::storeMessage);
    // The stored state proved damaged after it was shown: the next sync starts the new store
    // as a first one (nothing to compare with, so no made-up changes).
    connect(m_store.get(), &LocalStore::rebuilt, this, [this](const QString &message) {
        m_previous.reset();
        emit storeMessage(message);
    });
    LocalStore::Contents contents = m_store->loadSnapshot();
    m_previous = contents.previous();
    LocalStore::ActivityFilter recent;
    recent.limit = kRecentLimit;
    m_recent = m_store->loadActivity(recent);
    emit recentReset();
    return std::move(contents.details);
}

void SyncHistory::onSynced()
{
    SyncSnapshot current;
    current.orders = m_orderStore.orders();
    current.account = m_account.account();
    current.syncedAt = m_orderStore.lastSync().toUTC();
    current.complete = true;
    if (!m_account.hasAccount()) {
        m_waiting = std::move(current);
        return;
    }
    record(std::move(current));
}

void SyncHistory::record(SyncSnapshot current)
{
    // The details as they are now: they may change before the comparison is done. The store
    // takes those of the snapshot's orders only.
    QHash<qint64, StoredDetails> details;
    if (m_store)
        details = m_orderStore.loadedDetailsAsStored();
    m_pending.append(Pending{std::move(current), std::move(details)});
    if (m_pending.size() == 1)
        compareFirst();
}

void SyncHistory::compareFirst()
{
    const SyncSnapshot &current = m_pending.first().current;
    if (!m_previous) {
        // The first sync: nothing to compare, nothing to wait for.
        finishFirst(Compared{{}, ChangeDetector::merged(m_previous, current)});
        return;
    }
    const quint64 comparison = ++m_comparison;
    auto promise = std::make_shared<QPromise<Compared>>();
    m_comparing = promise->future();
    promise->start();
    // Plain values only: the worker never touches this object or the services.
    QThreadPool::globalInstance()->start([this, promise, previous = m_previous, current,
                                          comparison] {
        promise->addResult(Compared{ChangeDetector::changes(previous, current),
                                    ChangeDetector::merged(previous, current)});
        // Before finish(): every pending comparison is waited for before this object goes
        // (destructor), so it is alive while the call is queued; a call queued to an object
        // deleted since is dropped.
        QMetaObject::invokeMethod(
            this, [this, comparison] { onCompared(comparison); }, Qt::QueuedConnection);
        promise->finish();
    });
}

void SyncHistory::onCompared(quint64 comparison)
{
    // Already taken by waitForRecords() (then the first pending one, if any, is a newer one).
    if (comparison != m_comparison || m_pending.isEmpty())
        return;
    finishFirst(m_comparing.takeResult());
}

void SyncHistory::waitForRecords()
{
    while (!m_pending.isEmpty()) {
        m_comparing.waitForFinished();
        finishFirst(m_comparing.takeResult());
    }
}

void SyncHistory::finishFirst(Compared compared, bool announce)
{
    m_comparing = QFuture<Compared>();
    const Pending done = m_pending.takeFirst();
    if (m_store)
        m_store->saveSnapshot(done.current, done.details, compared.entries);
    m_previous = std::move(compared.merged);
    if (!m_pending.isEmpty())
        compareFirst();
    if (announce)
        publish(std::move(compared.entries));
}

void SyncHistory::recordListing(const std::optional<QList<Order>> &orders)
{
    SyncSnapshot current;
    current.account = m_account.account();
    current.syncedAt = QDateTime::currentDateTimeUtc();
    if (orders) {
        current.orders = *orders;
        if (!m_account.hasAccount()) {
            m_waiting = std::move(current);
        } else {
            record(std::move(current));
            waitForRecords();
        }
        return;
    }
    waitForRecords(); // the balance is compared with the last sync's
    if (!m_previous || !m_account.hasAccount())
        return;
    // Both sides without orders and partial: only the balance can differ. The stored time stays
    // the orders': a later sync's expiries are still compared from it.
    current.complete = false;
    const SyncSnapshot before{{}, m_previous->account, m_previous->syncedAt, false};
    QList<ActivityEntry> entries = ChangeDetector::changes(before, current);
    m_previous->account = current.account;
    if (m_store)
        m_store->saveSnapshot(SyncSnapshot{{}, current.account, m_previous->syncedAt, false}, {},
                              entries);
    publish(std::move(entries));
}

void SyncHistory::publish(QList<ActivityEntry> entries)
{
    if (entries.isEmpty())
        return;
    // Newest first: the detector lists them in the sync's order, all at one time but expiries.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ActivityEntry &a, const ActivityEntry &b) { return a.when > b.when; });
    m_lastSummary = ChangeDetector::summary(entries);
    m_recent = entries + m_recent;
    if (m_recent.size() > kRecentLimit)
        m_recent.resize(kRecentLimit);
    emit changesFound(entries, m_lastSummary);
}
