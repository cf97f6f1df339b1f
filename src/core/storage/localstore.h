#pragma once

#include "domain/activityentry.h"
#include "domain/syncsnapshot.h"
#include "storeddetails.h"
#include "storeschema.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>

class QSqlDatabase;
class StoreWriter;

// What ShardDesk remembers of one account on one server between runs: the orders with their
// details' columns, the account, when they were synced, and the activity log. One SQLite file per
// server and account (see fileNameFor), in a folder the caller gives (the app: AppDataLocation).
//
// Writes are queued to a worker thread with its own connection, in call order, each one
// transaction; their signals arrive on this object's thread. Reads run on the calling thread
// through a second connection: in WAL mode a reader sees the last committed write and never
// waits for a write in progress. Use a LocalStore from the thread that created it.
class LocalStore final : public QObject
{
    Q_OBJECT

public:
    struct Contents
    {
        SyncSnapshot snapshot; // syncedAt invalid: nothing stored yet
        QHash<qint64, StoredDetails> details;
        bool isEmpty() const { return !snapshot.syncedAt.isValid(); }
        // The previous side for ChangeDetector: nullopt when nothing was stored yet.
        std::optional<SyncSnapshot> previous() const;
    };
    struct ActivityFilter
    {
        QDateTime since;                  // invalid: from the start
        QList<ActivityEntry::Kind> kinds; // empty: every kind
        std::optional<qint64> orderId;    // nullopt: every order (0: the balance entries)
        int limit = 0;                    // 0: all
    };

    LocalStore(QString folder, const QUrl &server, const QString &account,
               QObject *parent = nullptr);
    ~LocalStore() override; // waits for the queued writes

    // "store-<16 hex digits>.sqlite": a hash of the canonical server URL and the account
    // (case-insensitive), so neither is readable from the folder listing.
    static QString fileNameFor(const QUrl &server, const QString &account);
    QString filePath() const { return m_filePath; }

    // Opens the file, creating or migrating it. A file that cannot be ours (not SQLite, another
    // program's, a newer ShardDesk's, damaged) is moved aside as "<name>.corrupt-<UTC time>" and a
    // fresh one created: message() then says so for the person. false only when no store could
    // be opened at all (message() says why); the app then runs without one. Never throws.
    // PageCheck::Later (a start from the store): the page check runs on the worker after open()
    // returns; a damaged file is then moved aside and a fresh one opened, and rebuilt() says so.
    bool open(StoreSchema::PageCheck pages = StoreSchema::PageCheck::Now);
    bool isOpen() const { return m_read != nullptr; }
    QString message() const { return m_message; }
    // Waits for the queued writes and closes both connections (the WAL is folded into the file).
    void close();
    // Closes the store and deletes its files: sign-out's "forget the stored data".
    bool forget();

    // Queued to the worker thread; snapshotSaved() or writeFailed() follows. See StoreWriter.
    void saveSnapshot(const SyncSnapshot &snapshot,
                      const QHash<qint64, StoredDetails> &details = {},
                      const QList<ActivityEntry> &activity = {});
    void appendActivity(const QList<ActivityEntry> &entries);
    // Blocks until every write queued so far is done (sign-out, the CLI before it exits, tests).
    void waitForWrites();

    // What the last committed write left, read on this thread. Fast enough for a cold start:
    // one forward-only scan of the orders table in rowid order, rows of a few integers (strings
    // are interned ids resolved through a small in-memory table), no per-row queries.
    Contents loadSnapshot();
    // Newest first.
    QList<ActivityEntry> loadActivity(const ActivityFilter &filter);
    QList<ActivityEntry> loadActivity() { return loadActivity(ActivityFilter{}); }

    // For tests: the object that writes, living in the worker thread.
    StoreWriter *writer() const { return m_writer; }

signals:
    void snapshotSaved(const QDateTime &syncedAt, qsizetype orderCount);
    void activityAppended(qsizetype count);
    void writeFailed(const QString &message);
    // The late page check found the file damaged: it was moved aside and a fresh store is open
    // (isOpen() false when even that failed). `message` says so for the person.
    void rebuilt(const QString &message);

private:
    void onPagesChecked(const QString &damage);
    bool openReader(QString *error);
    void closeReader();
    void startWriter();
    void stopWriter();
    QString moveAside(const QString &reason);

    QString m_folder;
    QString m_filePath;
    QString m_readName;
    QString m_writeName;
    QString m_message;
    std::unique_ptr<QSqlDatabase> m_read;
    QThread m_thread;
    StoreWriter *m_writer = nullptr;
};
