#include "storewriter.h"

#include "diagnostics/logcategories.h"
#include "sqlstep.h"
#include "storecodes.h"
#include "storeschema.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

StoreWriter::StoreWriter(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath)), m_connectionName(std::move(connectionName))
{
}

StoreWriter::~StoreWriter()
{
    close();
}

void StoreWriter::close()
{
    SqlStep::close(m_db);
    m_nameIds.clear();
    m_namesLoaded = false;
}

void StoreWriter::checkPages()
{
    QString error;
    if (!ensureOpen(&error)) {
        emit pagesChecked(error);
        return;
    }
    emit pagesChecked(StoreSchema::checkPages(*m_db));
}

bool StoreWriter::ensureOpen(QString *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = SqlStep::open(m_connectionName, m_filePath, error);
    if (!m_db) {
        close(); // forgets the names read through the connection that failed
        return false;
    }
    // NORMAL in WAL mode: a crash loses at most the last transaction, never the file.
    return SqlStep::exec(*m_db, u"PRAGMA synchronous = NORMAL"_s, error);
}

void StoreWriter::fail(const QString &what, const QString &error)
{
    if (m_db && m_db->isOpen())
        m_db->rollback();
    m_nameIds.clear();
    m_namesLoaded = false;
    qCWarning(lcStore) << what << error;
    emit writeFailed(what.arg(error));
}

void StoreWriter::writeSnapshot(const SyncSnapshot &snapshot,
                                const QHash<qint64, StoredDetails> &details,
                                const QList<ActivityEntry> &activity)
{
    //: %1 is the database's reason.
    const QString what = tr("Could not save the orders to the local store: %1");
    QString error;
    if (!ensureOpen(&error))
        return fail(what, error);
    if (!m_db->transaction())
        return fail(what, m_db->lastError().text());
    bool ok = loadNames(&error);
    if (ok && snapshot.complete)
        ok = removeUnlisted(snapshot.orders, &error);
    ok = ok && upsertOrders(snapshot, details, &error) && writeAccountAndMeta(snapshot, &error) &&
         insertActivity(activity, &error);
    if (ok && snapshot.complete)
        ok = dropUnusedNames(&error);
    if (!ok)
        return fail(what, error);
    if (!m_db->commit())
        return fail(what, m_db->lastError().text());
    qCDebug(lcStore) << "saved" << snapshot.orders.size() << "orders," << activity.size()
                     << "activity entries";
    if (!activity.isEmpty())
        emit activityWritten(activity.size());
    emit snapshotWritten(snapshot.syncedAt, snapshot.orders.size());
}

void StoreWriter::writeActivity(const QList<ActivityEntry> &entries)
{
    const QString what = tr("Could not save the activity log: %1");
    QString error;
    if (!ensureOpen(&error))
        return fail(what, error);
    if (!m_db->transaction())
        return fail(what, m_db->lastError().text());
    if (!insertActivity(entries, &error))
        return fail(what, error);
    if (!m_db->commit())
        return fail(what, m_db->lastError().text());
    emit activityWritten(entries.size());
}

bool StoreWriter::loadNames(QString *error)
{
    if (m_namesLoaded)
        return true;
    m_nameIds.clear();
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, text FROM names"_s)) {
        *error = SqlStep::errorText(query);
        return false;
    }
    while (query.next())
        m_nameIds.insert(query.value(1).toString(), query.value(0).toLongLong());
    m_namesLoaded = true;
    return true;
}

QVariant StoreWriter::nameId(const QString &text, QString *error)
{
    if (text.isEmpty())
        return {};
    const auto found = m_nameIds.constFind(text);
    if (found != m_nameIds.constEnd())
        return *found;
    QSqlQuery insert(*m_db);
    insert.prepare(u"INSERT INTO names (text) VALUES (?)"_s);
    insert.bindValue(0, text);
    if (!SqlStep::exec(insert, error))
        return {};
    const qint64 id = insert.lastInsertId().toLongLong();
    m_nameIds.insert(text, id);
    return id;
}

bool StoreWriter::removeUnlisted(const QList<Order> &orders, QString *error)
{
    QSet<qint64> listed;
    listed.reserve(orders.size());
    for (const Order &o : orders)
        listed.insert(o.id);
    QList<qint64> gone;
    {
        QSqlQuery query(*m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id FROM orders"_s)) {
            *error = SqlStep::errorText(query);
            return false;
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (!listed.contains(id))
                gone.append(id);
        }
    }
    QSqlQuery remove(*m_db);
    remove.prepare(u"DELETE FROM orders WHERE id = ?"_s);
    for (qint64 id : std::as_const(gone)) {
        remove.bindValue(0, id);
        if (!SqlStep::exec(remove, error))
            return false;
    }
    return true;
}

bool StoreWriter::upsertOrders(const SyncSnapshot &snapshot,
                               const QHash<qint64, StoredDetails> &details, QString *error)
{
    // Two statements: a row without new details keeps the details' columns it has.
    static const QString listColumns =
        u"id, status, product_id, product, cycle_id, cycle, expires, tag, auto_renew"_s;
    static const QString listUpdate =
        u"status = excluded.status, product_id = excluded.product_id, "
        "product = excluded.product, cycle_id = excluded.cycle_id, cycle = excluded.cycle, "
        "expires = excluded.expires, tag = excluded.tag, auto_renew = excluded.auto_renew"_s;
    QSqlQuery listOnly(*m_db);
    listOnly.prepare(u"INSERT INTO orders ("_s + listColumns +
                     u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "_s +
                     listUpdate);
    QSqlQuery withDetails(*m_db);
    withDetails.prepare(
        u"INSERT INTO orders ("_s + listColumns +
        u", has_details, quantity, price_paid_cents, addons_price_paid_cents, created, promo) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "_s +
        listUpdate +
        u", has_details = 1, quantity = excluded.quantity, "
        "price_paid_cents = excluded.price_paid_cents, "
        "addons_price_paid_cents = excluded.addons_price_paid_cents, "
        "created = excluded.created, promo = excluded.promo"_s);

    for (const Order &o : snapshot.orders) {
        const auto d = details.constFind(o.id);
        QSqlQuery &q = d == details.constEnd() ? listOnly : withDetails;
        const QVariant product = nameId(o.productName, error);
        const QVariant cycle = nameId(o.cycleName, error);
        const QVariant tag = nameId(o.tag, error);
        if (!error->isEmpty())
            return false;
        q.bindValue(0, o.id);
        q.bindValue(1, StoreCodes::status(o.status));
        q.bindValue(2, o.productId > 0 ? QVariant(o.productId) : QVariant());
        q.bindValue(3, product);
        q.bindValue(4, o.cycleId > 0 ? QVariant(o.cycleId) : QVariant());
        q.bindValue(5, cycle);
        q.bindValue(6, StoreCodes::seconds(o.expiresAt));
        q.bindValue(7, tag);
        q.bindValue(8, StoreCodes::optional(o.autoRenewal));
        if (d != details.constEnd()) {
            q.bindValue(9, StoreCodes::optional(d->quantity));
            q.bindValue(10, StoreCodes::optional(d->pricePaidCents));
            q.bindValue(11, StoreCodes::optional(d->addonsPricePaidCents));
            q.bindValue(12, StoreCodes::seconds(d->createdAt));
            q.bindValue(13, StoreCodes::text(d->promoCode));
        }
        if (!SqlStep::exec(q, error))
            return false;
    }
    return true;
}

bool StoreWriter::writeAccountAndMeta(const SyncSnapshot &snapshot, QString *error)
{
    QSqlQuery account(*m_db);
    account.prepare(u"INSERT OR REPLACE INTO account (id, email, active_orders, balance_cents) "
                    "VALUES (1, ?, ?, ?)"_s);
    account.bindValue(0, StoreCodes::text(snapshot.account.email));
    account.bindValue(1, StoreCodes::optional(snapshot.account.activeOrders));
    account.bindValue(2, StoreCodes::optional(snapshot.account.walletBalanceCents));
    if (!SqlStep::exec(account, error))
        return false;

    QSqlQuery meta(*m_db);
    meta.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    meta.bindValue(0, u"synced_at"_s);
    meta.bindValue(1, StoreCodes::msecs(snapshot.syncedAt));
    if (!SqlStep::exec(meta, error))
        return false;
    // Once the store held every order, a partial sync does not make it partial: it removes
    // nothing and only updates what it lists.
    if (!snapshot.complete)
        return true;
    meta.bindValue(0, u"complete"_s);
    meta.bindValue(1, 1);
    return SqlStep::exec(meta, error);
}

bool StoreWriter::insertActivity(const QList<ActivityEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    QSqlQuery insert(*m_db);
    insert.prepare(
        u"INSERT INTO activity (at, kind, order_id, before, after) VALUES (?, ?, ?, ?, ?)"_s);
    for (const ActivityEntry &e : entries) {
        // `at` is NOT NULL: an entry without a time sorts first rather than failing the sync.
        insert.bindValue(0, e.when.isValid() ? e.when.toMSecsSinceEpoch() : qint64(0));
        insert.bindValue(1, int(e.kind));
        insert.bindValue(2, e.orderId);
        insert.bindValue(3, StoreCodes::text(e.before));
        insert.bindValue(4, StoreCodes::text(e.after));
        if (!SqlStep::exec(insert, error))
            return false;
    }
    return true;
}

bool StoreWriter::dropUnusedNames(QString *error)
{
    // Tags come and go; without this a store would keep every tag it ever saw.
    QSqlQuery drop(*m_db);
    if (!drop.exec(u"DELETE FROM names WHERE id NOT IN (SELECT product FROM orders WHERE product "
                   "NOT NULL UNION SELECT cycle FROM orders WHERE cycle NOT NULL UNION SELECT tag "
                   "FROM orders WHERE tag NOT NULL)"_s)) {
        *error = SqlStep::errorText(drop);
        return false;
    }
    if (drop.numRowsAffected() > 0) {
        m_nameIds.clear();
        m_namesLoaded = false; // reloaded by the next write
    }
    return true;
}
