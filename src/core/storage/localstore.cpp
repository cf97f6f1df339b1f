#include "localstore.h"

#include "diagnostics/logcategories.h"
#include "domain/serveraddress.h"
#include "sqlstep.h"
#include "storecodes.h"
#include "storeschema.h"
#include "storewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace {

// QSqlDatabase connections are process-wide by name: each store and thread gets its own.
QString connectionName(const char *role)
{
    static std::atomic<int> counter{0};
    return u"sharddesk-store-"_s + QLatin1StringView(role) + u'-' + QString::number(++counter);
}

const QStringList kCompanions{u"-wal"_s, u"-shm"_s};

// Below this many orders one read is quick enough that a second connection costs more than it
// saves.
constexpr qint64 kSplitReadRows = 20000;

struct OrderRows
{
    QList<Order> orders;
    QHash<qint64, StoredDetails> details;
    QDateTime syncedAt;
    bool ok = false;
};

// The orders with ids in [from, to) (either end open), in id order, with the details kept, and
// the sync time of the write they belong to.
OrderRows readOrders(QSqlDatabase &db, const QHash<qint64, QString> &names,
                     std::optional<qint64> from, std::optional<qint64> to)
{
    OrderRows rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT value FROM meta WHERE key = 'synced_at'"_s) && q.next())
        rows.syncedAt = StoreCodes::fromMsecs(q.value(0));
    QString where;
    if (from)
        where = u" WHERE id >= %1"_s.arg(*from);
    if (to)
        where += (where.isEmpty() ? u" WHERE"_s : u" AND"_s) + u" id < %1"_s.arg(*to);
    auto name = [&names](const QVariant &id) {
        return id.isNull() ? QString() : names.value(id.toLongLong());
    };
    if (q.exec(u"SELECT id, status, product_id, product, cycle_id, cycle, expires, tag, "
               "auto_renew, has_details, quantity, price_paid_cents, addons_price_paid_cents, "
               "created, promo FROM orders"_s +
               where + u" ORDER BY id"_s)) {
        while (q.next()) {
            Order o;
            o.id = q.value(0).toLongLong();
            o.status = StoreCodes::status(q.value(1).toInt());
            o.productId = q.value(2).toLongLong();
            o.productName = name(q.value(3));
            o.cycleId = q.value(4).toLongLong();
            o.cycleName = name(q.value(5));
            o.expiresAt = StoreCodes::fromSeconds(q.value(6));
            o.tag = name(q.value(7));
            o.autoRenewal = StoreCodes::optionalBool(q.value(8));
            if (q.value(9).toInt() != 0) {
                rows.details.insert(o.id, StoredDetails{StoreCodes::optionalInt(q.value(10)),
                                                        StoreCodes::optionalInt(q.value(11)),
                                                        StoreCodes::optionalInt(q.value(12)),
                                                        StoreCodes::fromSeconds(q.value(13)),
                                                        q.value(14).toString()});
            }
            rows.orders.append(std::move(o));
        }
    }
    rows.ok = !q.lastError().isValid();
    if (!rows.ok)
        qCWarning(lcStore) << "reading the store:" << SqlStep::errorText(q);
    return rows;
}

} // namespace

std::optional<SyncSnapshot> LocalStore::Contents::previous() const
{
    if (isEmpty())
        return std::nullopt;
    return snapshot;
}

LocalStore::LocalStore(QString folder, const QUrl &server, const QString &account, QObject *parent)
    : QObject(parent), m_folder(std::move(folder)),
      m_filePath(QDir(m_folder).filePath(fileNameFor(server, account))),
      m_readName(connectionName("read")), m_writeName(connectionName("write"))
{
    m_thread.setObjectName(u"LocalStore writer"_s);
}

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::fileNameFor(const QUrl &server, const QString &account)
{
    const QByteArray key = ServerAddress::canonical(server).toString().toUtf8() + '\n' +
                           account.trimmed().toLower().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return u"store-"_s + QString::fromLatin1(hash.left(16)) + u".sqlite"_s;
}

bool LocalStore::open(StoreSchema::PageCheck pages)
{
    if (isOpen())
        return true;
    m_message.clear();
    if (!QDir().mkpath(m_folder)) {
        m_message = tr("Could not create the folder %1 for the local store.")
                        .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }

    QString error;
    if (!openReader(&error)) {
        m_message = tr("Could not open the local store %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), error);
        return false;
    }
    const StoreSchema::Inspection found = StoreSchema::inspect(*m_read, pages);
    if (found.verdict != StoreSchema::Verdict::Empty &&
        found.verdict != StoreSchema::Verdict::Ours) {
        closeReader();
        const QString moved = moveAside(found.reason);
        if (moved.isEmpty())
            return false; // m_message says why
        if (!openReader(&error)) {
            m_message += u' ' + tr("A new store could not be opened: %1").arg(error);
            return false;
        }
    }
    // The pages were checked just now, or will be on the worker: not a second time here.
    if (!StoreSchema::migrate(*m_read, &error, StoreSchema::PageCheck::Later)) {
        closeReader();
        m_message = tr("Could not prepare the local store %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), error);
        return false;
    }
    startWriter();
    // First in the writer's queue, on its own connection and core: the pages of a file that was
    // ours are read through while the window paints what it holds.
    if (pages == StoreSchema::PageCheck::Later && found.verdict == StoreSchema::Verdict::Ours)
        QMetaObject::invokeMethod(m_writer, &StoreWriter::checkPages, Qt::QueuedConnection);
    return true;
}

void LocalStore::onPagesChecked(const QString &damage)
{
    if (damage.isEmpty() || !isOpen())
        return;
    stopWriter();
    closeReader();
    QString error;
    if (moveAside(damage).isEmpty() || !openReader(&error) ||
        !StoreSchema::migrate(*m_read, &error, StoreSchema::PageCheck::Later)) {
        if (!error.isEmpty())
            m_message += u' ' + tr("A new store could not be opened: %1").arg(error);
        closeReader();
        emit rebuilt(m_message);
        return;
    }
    startWriter();
    emit rebuilt(m_message);
}

QString LocalStore::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_filePath + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_filePath, target)) {
        m_message = tr("The local store %1 cannot be used (%2) and could not be moved aside.")
                        .arg(QDir::toNativeSeparators(m_filePath), reason);
        qCWarning(lcStore) << m_message;
        return {};
    }
    // A journal left beside the old file belongs to it, never to the new one.
    for (const QString &suffix : kCompanions) {
        if (QFileInfo::exists(m_filePath + suffix) &&
            !QFile::rename(m_filePath + suffix, target + suffix))
            QFile::remove(m_filePath + suffix);
    }
    //: %1: why the file was unusable ("it is damaged (…)"); %2: where the old file is now.
    m_message = tr("The stored data could not be used (%1). It was moved to %2 and will be "
                   "rebuilt from the server.")
                    .arg(reason, QDir::toNativeSeparators(target));
    qCWarning(lcStore) << m_message;
    return target;
}

bool LocalStore::openReader(QString *error)
{
    m_read = SqlStep::open(m_readName, m_filePath, error);
    return m_read != nullptr;
}

void LocalStore::closeReader()
{
    SqlStep::close(m_read);
}

void LocalStore::startWriter()
{
    m_writer = new StoreWriter(m_filePath, m_writeName);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &StoreWriter::snapshotWritten, this, &LocalStore::snapshotSaved);
    connect(m_writer, &StoreWriter::activityWritten, this, &LocalStore::activityAppended);
    connect(m_writer, &StoreWriter::writeFailed, this, &LocalStore::writeFailed);
    connect(m_writer, &StoreWriter::pagesChecked, this, &LocalStore::onPagesChecked);
    m_thread.start();
}

void LocalStore::stopWriter()
{
    if (!m_writer)
        return;
    // The connection is closed in the thread that opened it; then the thread ends and the
    // writer, no longer in a running thread, is deleted here.
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_writer;
    m_writer = nullptr;
}

void LocalStore::close()
{
    stopWriter();
    closeReader();
}

bool LocalStore::forget()
{
    close();
    bool ok = !QFileInfo::exists(m_filePath) || QFile::remove(m_filePath);
    for (const QString &suffix : kCompanions) {
        if (QFileInfo::exists(m_filePath + suffix))
            ok = QFile::remove(m_filePath + suffix) && ok;
    }
    return ok;
}

void LocalStore::saveSnapshot(const SyncSnapshot &snapshot,
                              const QHash<qint64, StoredDetails> &details,
                              const QList<ActivityEntry> &activity)
{
    if (!m_writer)
        return emit writeFailed(tr("The local store is not open."));
    QMetaObject::invokeMethod(m_writer, [w = m_writer, snapshot, details, activity] {
        w->writeSnapshot(snapshot, details, activity);
    });
}

void LocalStore::appendActivity(const QList<ActivityEntry> &entries)
{
    if (!m_writer)
        return emit writeFailed(tr("The local store is not open."));
    QMetaObject::invokeMethod(m_writer, [w = m_writer, entries] { w->writeActivity(entries); });
}

void LocalStore::waitForWrites()
{
    if (m_writer)
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
}

LocalStore::Contents LocalStore::loadSnapshot()
{
    Contents contents;
    if (!m_read)
        return contents;
    QSqlDatabase &db = *m_read;
    // One read transaction: the orders, account and time of the same committed write.
    db.transaction();

    QHash<qint64, QString> names;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, text FROM names"_s)) {
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    // `complete` is written only by a complete sync: a store without it never held them all.
    contents.snapshot.complete = false;
    if (q.exec(u"SELECT key, value FROM meta"_s)) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (key == u"synced_at")
                contents.snapshot.syncedAt = StoreCodes::fromMsecs(q.value(1));
            else if (key == u"complete")
                contents.snapshot.complete = q.value(1).toInt() != 0;
        }
    }

    if (q.exec(u"SELECT email, active_orders, balance_cents FROM account"_s) && q.next()) {
        Account &a = contents.snapshot.account;
        a.email = q.value(0).toString();
        a.activeOrders = StoreCodes::optionalInt(q.value(1));
        a.walletBalanceCents = StoreCodes::optionalInt(q.value(2));
    }

    qint64 count = 0;
    if (q.exec(u"SELECT count(*) FROM orders"_s) && q.next())
        count = q.value(0).toLongLong();
    // A large store is read in two halves at once, the second on a worker with a connection of
    // its own: on two cores the start from 100,000 stored orders paints about 70 ms sooner. Its
    // read sees the last committed write as ours does unless a write landed in between (another
    // ShardDesk, the CLI): then the second half is read again here, from our transaction.
    std::optional<qint64> middle;
    if (count >= kSplitReadRows && q.exec(u"SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET %1"_s
                                              .arg(count / 2)) &&
        q.next())
        middle = q.value(0).toLongLong();
    q.finish();
    std::future<OrderRows> secondHalf;
    if (middle) {
        secondHalf = std::async(std::launch::async, [path = m_filePath, names, from = *middle] {
            QString error;
            std::unique_ptr<QSqlDatabase> own = SqlStep::open(connectionName("half"), path, &error);
            OrderRows rows;
            if (own) {
                own->transaction();
                rows = readOrders(*own, names, from, std::nullopt);
                own->commit();
                SqlStep::close(own);
            }
            return rows;
        });
    }
    OrderRows first = readOrders(db, names, std::nullopt, middle);
    contents.snapshot.orders = std::move(first.orders);
    contents.details = std::move(first.details);
    if (middle) {
        contents.snapshot.orders.reserve(count);
        OrderRows second = secondHalf.get();
        if (!second.ok || second.syncedAt != contents.snapshot.syncedAt)
            second = readOrders(db, names, middle, std::nullopt);
        contents.snapshot.orders.append(std::move(second.orders));
        contents.details.insert(second.details);
    }
    db.commit();
    return contents;
}

QList<ActivityEntry> LocalStore::loadActivity(const ActivityFilter &filter)
{
    QList<ActivityEntry> entries;
    if (!m_read)
        return entries;
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where << u"at >= ?"_s;
        values << filter.since.toMSecsSinceEpoch();
    }
    if (!filter.kinds.isEmpty()) {
        QStringList numbers;
        for (ActivityEntry::Kind kind : filter.kinds)
            numbers << QString::number(int(kind)); // numbers only: nothing to escape
        where << u"kind IN ("_s + numbers.join(u", ") + u')';
    }
    if (filter.orderId) {
        where << u"order_id = ?"_s;
        values << *filter.orderId;
    }
    QString sql = u"SELECT at, kind, order_id, before, after FROM activity"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY at DESC, id ASC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT "_s + QString::number(filter.limit);

    QSqlQuery q(*m_read);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        qCWarning(lcStore) << "reading the activity log:" << SqlStep::errorText(q);
        return entries;
    }
    while (q.next()) {
        const auto kind = ActivityEntry::kindFromNumber(q.value(1).toInt());
        if (!kind)
            continue; // written by a newer version: not ours to show
        entries.append(ActivityEntry{*kind, q.value(2).toLongLong(),
                                     StoreCodes::fromMsecs(q.value(0)), q.value(3).toString(),
                                     q.value(4).toString()});
    }
    return entries;
}
