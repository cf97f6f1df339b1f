// StoreSchema: a new file gets every table at the latest version, WAL and ShardDesk's
// application id; a file at version 1 (made by hand, as version 1 shipped) opens with its rows
// and is not touched again; a newer version, a foreign SQLite file and bytes that are no database
// are refused with a sentence that says so, and left unchanged; nothing in the schema could hold
// a key or a password.

#include "storage/storeschema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One connection for the length of a test, removed afterwards (connections are global by name).
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

private:
    inline static int s_count = 0;
    QString m_name = u"tst_storeschema-"_s + QString::number(++s_count);
    QSqlDatabase m_db;
};

} // namespace

class TstStoreSchema : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabase();
    void migrateTwiceChangesNothing();
    void handMadeVersion1Opens();
    void newerVersionRefused();
    void foreignFileRefused();
    void notADatabaseRefused();
    void damagedFileFound();
    void noSecretColumns();
};

void TstStoreSchema::freshDatabase()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(u"new.sqlite"_s));
    QCOMPARE(StoreSchema::inspect(c.db()).verdict, StoreSchema::Verdict::Empty);
    QString error;
    QVERIFY2(StoreSchema::migrate(c.db(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(StoreSchema::version(c.db()), StoreSchema::kLatestVersion);
    QCOMPARE(c.scalar(u"PRAGMA application_id"_s).toInt(), StoreSchema::kApplicationId);
    QCOMPARE(c.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QStringList tables;
    QSqlQuery q(c.db());
    QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    while (q.next())
        tables << q.value(0).toString();
    QCOMPARE(tables,
             (QStringList{u"account"_s, u"activity"_s, u"meta"_s, u"names"_s, u"orders"_s}));
    const StoreSchema::Inspection found = StoreSchema::inspect(c.db());
    QCOMPARE(found.verdict, StoreSchema::Verdict::Ours);
    QCOMPARE(found.version, 1);
    QVERIFY(found.reason.isEmpty());
}

void TstStoreSchema::migrateTwiceChangesNothing()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(u"twice.sqlite"_s));
    QVERIFY(StoreSchema::migrate(c.db()));
    QVERIFY(c.exec(u"INSERT INTO orders (id, status) VALUES (5, 1)"_s));
    QVERIFY(StoreSchema::migrate(c.db()));
    QCOMPARE(c.scalar(u"SELECT count(*) FROM orders"_s).toInt(), 1);
}

void TstStoreSchema::handMadeVersion1Opens()
{
    // Version 1 as it shipped, written without StoreSchema: a later build must read it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    {
        Connection c(path);
        for (const char *sql : {
                 "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID",
                 "CREATE TABLE account (id INTEGER PRIMARY KEY CHECK (id = 1), email TEXT,"
                 " active_orders INTEGER, balance_cents INTEGER)",
                 "CREATE TABLE names (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
                 "CREATE TABLE orders (id INTEGER PRIMARY KEY, status INTEGER NOT NULL,"
                 " product_id INTEGER, product INTEGER, cycle_id INTEGER, cycle INTEGER,"
                 " expires INTEGER, tag INTEGER, auto_renew INTEGER,"
                 " has_details INTEGER NOT NULL DEFAULT 0, quantity INTEGER,"
                 " price_paid_cents INTEGER, addons_price_paid_cents INTEGER, created INTEGER,"
                 " promo TEXT)",
                 "CREATE TABLE activity (id INTEGER PRIMARY KEY, at INTEGER NOT NULL,"
                 " kind INTEGER NOT NULL, order_id INTEGER NOT NULL, before TEXT, after TEXT)",
                 "INSERT INTO orders (id, status, expires) VALUES (77, 2, 1767225600)",
                 "PRAGMA application_id = 1397245003",
                 "PRAGMA user_version = 1",
             })
            QVERIFY2(c.exec(QString::fromLatin1(sql)), sql);
    }
    Connection c(path);
    const StoreSchema::Inspection found = StoreSchema::inspect(c.db());
    QCOMPARE(found.verdict, StoreSchema::Verdict::Ours);
    QCOMPARE(found.version, 1);
    QString error;
    QVERIFY2(StoreSchema::migrate(c.db(), &error), qPrintable(error));
    QCOMPARE(StoreSchema::version(c.db()), StoreSchema::kLatestVersion);
    QCOMPARE(c.scalar(u"SELECT expires FROM orders WHERE id = 77"_s).toLongLong(), 1767225600);
}

void TstStoreSchema::newerVersionRefused()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(u"newer.sqlite"_s));
    QVERIFY(StoreSchema::migrate(c.db()));
    QVERIFY(c.exec(u"PRAGMA user_version = 7"_s));
    QCOMPARE(StoreSchema::inspect(c.db()).verdict, StoreSchema::Verdict::Newer);
    QString error;
    QVERIFY(!StoreSchema::migrate(c.db(), &error));
    QCOMPARE(error, u"The stored data cannot be used: it was written by a newer version of "
                    "ShardDesk (store version 7, this one reads up to 1)."_s);
    QCOMPARE(StoreSchema::version(c.db()), 7); // left as it was
}

void TstStoreSchema::foreignFileRefused()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(u"foreign.sqlite"_s));
    QVERIFY(c.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"_s));
    QCOMPARE(StoreSchema::inspect(c.db()).verdict, StoreSchema::Verdict::Foreign);
    QString error;
    QVERIFY(!StoreSchema::migrate(c.db(), &error));
    QCOMPARE(error, u"The stored data cannot be used: it belongs to another program."_s);
    QCOMPARE(c.scalar(u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
    // Another program's id, even with no tables.
    Connection other(dir.filePath(u"other.sqlite"_s));
    QVERIFY(other.exec(u"PRAGMA application_id = 42"_s));
    QCOMPARE(StoreSchema::inspect(other.db()).verdict, StoreSchema::Verdict::Foreign);
}

void TstStoreSchema::notADatabaseRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"noise.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray noise(8192, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    file.write(noise);
    file.close();
    Connection c(path);
    const StoreSchema::Inspection found = StoreSchema::inspect(c.db());
    QCOMPARE(found.verdict, StoreSchema::Verdict::NotADatabase);
    QVERIFY2(found.reason.startsWith(u"it is not a database ("_s), qPrintable(found.reason));
    QVERIFY(!StoreSchema::migrate(c.db()));
    QCOMPARE(file.size(), noise.size());
}

void TstStoreSchema::damagedFileFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    {
        Connection c(path);
        QVERIFY(StoreSchema::migrate(c.db()));
        QVERIFY(c.exec(u"PRAGMA journal_mode = DELETE"_s)); // everything in the one file
        QVERIFY(c.exec(u"BEGIN"_s));
        for (int i = 1; i <= 2000; ++i)
            QVERIFY(c.exec(u"INSERT INTO orders (id, status, promo) VALUES (%1, 1, "
                           "'SPRING-SALE-2026')"_s.arg(i)));
        QVERIFY(c.exec(u"COMMIT"_s));
    }
    // Overwrite the middle pages: the header stays, the b-tree does not.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 4 * 4096);
    file.seek(2 * 4096);
    file.write(QByteArray(2 * 4096, '\x5a'));
    file.close();
    Connection c(path);
    const StoreSchema::Inspection found = StoreSchema::inspect(c.db());
    QVERIFY2(found.verdict == StoreSchema::Verdict::Damaged ||
                 found.verdict == StoreSchema::Verdict::NotADatabase,
             qPrintable(found.reason));
    QVERIFY(!found.reason.isEmpty());
}

void TstStoreSchema::noSecretColumns()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(u"columns.sqlite"_s));
    QVERIFY(StoreSchema::migrate(c.db()));
    const QString sql =
        c.scalar(u"SELECT group_concat(sql, ' ') FROM sqlite_master"_s).toString().toLower();
    QVERIFY(!sql.isEmpty());
    for (const char *word : {"key", "password", "token", "secret", "login", "credential"}) {
        // "key" appears only as PRIMARY KEY and meta's `key` column.
        QString rest = sql;
        rest.remove(u"primary key"_s).remove(u"(key text"_s);
        QVERIFY2(!rest.contains(QLatin1StringView(word)), word);
    }
}

QTEST_GUILESS_MAIN(TstStoreSchema)
#include "tst_storeschema.moc"
