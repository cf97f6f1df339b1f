#include "synchistory.h"

#include "domain/changedetector.h"
#include "localstore.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "storeddetails.h"

#include <QDateTime>

#include <algorithm>

SyncHistory::SyncHistory(OrderService &orders, OrderStore &store, AccountService &account,
                         std::function<QUrl()> server, QObject *parent)
    : QObject(parent), m_orders(orders), m_orderStore(store), m_account(account),
      m_server(std::move(server))
{
    connect(&m_account, &AccountService::accountChanged, this, &SyncHistory::onAccount);
    connect(&m_orders, &OrderService::synced, this, &SyncHistory::onSynced);
}

SyncHistory::~SyncHistory() = default;

void SyncHistory::setFolder(const QString &folder)
{
    m_folder = folder;
}

void SyncHistory::clear()
{
    m_store.reset(); // waits for its writes: what was synced stays on disk
    m_accountKey.clear();
    m_previous.reset();
    m_waiting.reset();
    m_lastSummary.clear();
    if (!m_recent.isEmpty()) {
        m_recent.clear();
        emit recentReset();
    }
}

void SyncHistory::onAccount()
{
    // The account decides whose history this is: a sync that finished first waits for it.
    const QString key = m_account.account().email.trimmed().toLower();
    if (key != m_accountKey) {
        const std::optional<SyncSnapshot> waiting = std::exchange(m_waiting, std::nullopt);
        clear();
        m_accountKey = key;
        openStore();
        if (waiting)
            record(*waiting);
        return;
    }
    if (m_waiting)
        record(*std::exchange(m_waiting, std::nullopt));
}

void SyncHistory::openStore()
{
    // No folder, or an account the server does not name: the session's memory only (a store
    // named after nobody would mix accounts).
    if (m_folder.isEmpty() || m_accountKey.isEmpty())
        return;
    m_store = std::make_unique<LocalStore>(m_folder, m_server(), m_accountKey);
    if (!m_store->open()) {
        emit storeMessage(m_store->message());
        m_store.reset();
        return;
    }
    if (!m_store->message().isEmpty())
        emit storeMessage(m_store->message());
    connect(m_store.get(), &LocalStore::writeFailed, this, &SyncHistory::storeMessage);
    const LocalStore::Contents contents = m_store->loadSnapshot();
    m_previous = contents.previous();
    LocalStore::ActivityFilter recent;
    recent.limit = kRecentLimit;
    m_recent = m_store->loadActivity(recent);
    emit recentReset();
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
    record(current);
}

void SyncHistory::record(const SyncSnapshot &current)
{
    QList<ActivityEntry> entries = ChangeDetector::changes(m_previous, current);
    if (m_store) {
        QHash<qint64, StoredDetails> details;
        for (const Order &o : current.orders) {
            if (const OrderDetails *d = m_orderStore.details(o.id))
                details.insert(o.id, StoredDetails::of(*d));
        }
        m_store->saveSnapshot(current, details, entries);
    }
    m_previous = ChangeDetector::merged(m_previous, current);
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
