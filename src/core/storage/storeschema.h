#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// The local store's tables and their versions. The version is SQLite's `user_version` pragma;
// `application_id` marks the file as ShardDesk's, so a foreign SQLite file is never mistaken for
// ours (nor changed). Version 1:
//   meta      key/value: synced_at (ms since the epoch, UTC), complete (0/1)
//   account   one row: email, active_orders, balance_cents
//   names     interned strings (product, cycle and tag names): a large account repeats a few
//   orders    integer columns only, apart from promo: id (the rowid, so no extra index), status
//             (StoreCodes), product_id, product (names.id), cycle_id, cycle (names.id), expires
//             (epoch seconds), tag (names.id, NULL for none), auto_renew (NULL: unknown),
//             has_details, quantity, price_paid_cents, addons_price_paid_cents, created (epoch
//             seconds), promo — the details' columns NULL when unknown
//   activity  at (ms since the epoch, UTC), kind (ActivityEntry::Kind's number), order_id (0 for
//             the balance), before, after; indexed by time and by order
// Nothing here holds the API key or a proxy password, and nothing may: the store is a plain file
// in the user's data folder.
class StoreSchema final
{
    Q_DECLARE_TR_FUNCTIONS(StoreSchema)

public:
    // "SHDK": PRAGMA application_id of every ShardDesk store.
    static constexpr int kApplicationId = 0x5348444B;
    static constexpr int kLatestVersion = 1;

    // What an open database file is, before anything is written to it.
    enum class Verdict {
        Empty,        // no tables: a new file
        Ours,         // ShardDesk's, at a version this build reads (older ones are migrated)
        NotADatabase, // not SQLite at all (or its header is destroyed)
        Foreign,      // SQLite, but another program's
        Newer,        // ShardDesk's, from a newer version
        Damaged,      // ours, but the integrity check fails
    };
    struct Inspection
    {
        Verdict verdict = Verdict::Empty;
        int version = 0;
        QString reason; // for people, empty for Empty and Ours
    };
    // Whether inspect() reads every page (PRAGMA quick_check, some 25 ms for 100,000 orders)
    // or leaves that to checkPages() later, off the path to the first paint.
    enum class PageCheck { Now, Later };
    // Reads the header pragmas and, with PageCheck::Now, checks every page; writes nothing.
    static Inspection inspect(QSqlDatabase &db, PageCheck pages = PageCheck::Now);
    // PRAGMA quick_check: empty when the pages are sound, else why not, for people.
    static QString checkPages(QSqlDatabase &db);

    // Brings an empty or older database to kLatestVersion, each step in its own transaction,
    // and switches the file to WAL (readers never wait for the writer). Refuses a newer or a
    // foreign database and says why in `error`.
    // PageCheck::Later when the caller checked the pages already, or will.
    static bool migrate(QSqlDatabase &db, QString *error = nullptr,
                        PageCheck pages = PageCheck::Now);

    static int version(QSqlDatabase &db);
};
