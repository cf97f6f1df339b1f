#pragma once

#include "domain/activityentry.h"
#include "domain/syncsnapshot.h"
#include "storeddetails.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSqlDatabase;

// LocalStore's writes, run in its worker thread: this object lives there and owns the thread's
// own database connection (a QSqlDatabase may only be used by the thread that made it). Each
// call is one transaction: all of it is on disk, or none of it. Its signals are emitted in the
// worker thread; LocalStore forwards them to its own.
class StoreWriter final : public QObject
{
    Q_OBJECT

public:
    // `connectionName` is unique per store and thread (QSqlDatabase connections are global by
    // name).
    StoreWriter(QString filePath, QString connectionName);
    ~StoreWriter() override;

    // Upserts the orders and the account and records the sync's time. A complete snapshot also
    // removes the stored orders it does not list; a partial one removes nothing. Orders with an
    // entry in `details` get their details' columns replaced, the others keep theirs.
    // `activity` is appended in the same transaction, so a sync's log and its snapshot are never
    // apart (a crash between them would log the same changes again).
    void writeSnapshot(const SyncSnapshot &snapshot, const QHash<qint64, StoredDetails> &details,
                       const QList<ActivityEntry> &activity);
    void writeActivity(const QList<ActivityEntry> &entries);
    // StoreSchema::checkPages on this thread's connection; pagesChecked() says the outcome.
    void checkPages();
    // Closes the connection (the last one to close checkpoints the WAL into the file).
    void close();

signals:
    void snapshotWritten(const QDateTime &syncedAt, qsizetype orderCount);
    void activityWritten(qsizetype count);
    void writeFailed(const QString &message);
    // Empty `damage`: the pages are sound.
    void pagesChecked(const QString &damage);

private:
    bool ensureOpen(QString *error);
    bool upsertOrders(const SyncSnapshot &snapshot, const QHash<qint64, StoredDetails> &details,
                      QString *error);
    bool removeUnlisted(const QList<Order> &orders, QString *error);
    bool insertActivity(const QList<ActivityEntry> &entries, QString *error);
    bool writeAccountAndMeta(const SyncSnapshot &snapshot, QString *error);
    bool dropUnusedNames(QString *error);
    bool loadNames(QString *error);
    // The names row of `text` (added when new); NULL for an empty text.
    QVariant nameId(const QString &text, QString *error);
    // Rolls back, forgets cached names (they may be gone with the transaction) and reports.
    void fail(const QString &what, const QString &error);

    QString m_filePath;
    QString m_connectionName;
    std::unique_ptr<QSqlDatabase> m_db;
    QHash<QString, qint64> m_nameIds;
    bool m_namesLoaded = false;
};
