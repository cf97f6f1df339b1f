#include "storeschema.h"

#include "sqlstep.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// One migration: the statements that take version N-1 to N. Append, never edit a shipped one.
struct Step
{
    int version;
    const char *const *statements;
    size_t count;
};

constexpr const char *kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID",
    "CREATE TABLE account (id INTEGER PRIMARY KEY CHECK (id = 1), email TEXT,"
    " active_orders INTEGER, balance_cents INTEGER)",
    "CREATE TABLE names (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, status INTEGER NOT NULL,"
    " product_id INTEGER, product INTEGER, cycle_id INTEGER, cycle INTEGER, expires INTEGER,"
    " tag INTEGER, auto_renew INTEGER, has_details INTEGER NOT NULL DEFAULT 0,"
    " quantity INTEGER, price_paid_cents INTEGER, addons_price_paid_cents INTEGER,"
    " created INTEGER, promo TEXT)",
    "CREATE TABLE activity (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " order_id INTEGER NOT NULL, before TEXT, after TEXT)",
    "CREATE INDEX activity_by_time ON activity (at)",
    "CREATE INDEX activity_by_order ON activity (order_id, at)",
};

constexpr Step kSteps[] = {
    {1, kVersion1, std::size(kVersion1)},
};
static_assert(std::size(kSteps) == StoreSchema::kLatestVersion);

int intPragma(QSqlDatabase &db, const char *name, QString *error)
{
    const auto value = SqlStep::scalar(db, u"PRAGMA "_s + QLatin1StringView(name), error);
    return value ? value->toInt() : -1;
}

bool runStep(QSqlDatabase &db, const Step &step, QString *error)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (size_t i = 0; ok && i < step.count; ++i)
        ok = SqlStep::exec(db, QString::fromLatin1(step.statements[i]), error);
    if (ok && step.version == 1)
        ok = SqlStep::exec(
            db, u"PRAGMA application_id = "_s + QString::number(StoreSchema::kApplicationId),
            error);
    if (ok)
        ok = SqlStep::exec(db, u"PRAGMA user_version = "_s + QString::number(step.version), error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace

int StoreSchema::version(QSqlDatabase &db)
{
    return intPragma(db, "user_version", nullptr);
}

QString StoreSchema::checkPages(QSqlDatabase &db)
{
    QString error;
    const auto answer = SqlStep::scalar(db, u"PRAGMA quick_check"_s, &error);
    if (answer && answer->toString() == u"ok")
        return {};
    return tr("it is damaged (%1)").arg(answer ? answer->toString() : error);
}

StoreSchema::Inspection StoreSchema::inspect(QSqlDatabase &db, PageCheck pages)
{
    Inspection result;
    QString error;
    // The first read is where SQLite finds out that a file is not a database at all
    // (SQLITE_NOTADB, 26) or that its pages are broken (SQLITE_CORRUPT, 11, and the rest).
    QSqlQuery first(db);
    if (!first.exec(u"SELECT count(*) FROM sqlite_master"_s) || !first.next()) {
        const bool notADatabase = first.lastError().nativeErrorCode() == u"26";
        result.verdict = notADatabase ? Verdict::NotADatabase : Verdict::Damaged;
        result.reason = notADatabase
                            ? tr("it is not a database (%1)").arg(SqlStep::errorText(first))
                            : tr("it is damaged (%1)").arg(SqlStep::errorText(first));
        return result;
    }
    const int tableCount = first.value(0).toInt();
    first.finish();
    const int applicationId = intPragma(db, "application_id", &error);
    result.version = intPragma(db, "user_version", &error);
    if (applicationId == 0 && result.version == 0 && tableCount == 0)
        return result; // Empty
    if (applicationId != kApplicationId) {
        result.verdict = Verdict::Foreign;
        result.reason = tr("it belongs to another program");
        return result;
    }
    if (result.version > kLatestVersion) {
        result.verdict = Verdict::Newer;
        result.reason = tr("it was written by a newer version of ShardDesk (store version %1, "
                           "this one reads up to %2)")
                            .arg(result.version)
                            .arg(kLatestVersion);
        return result;
    }
    if (pages == PageCheck::Now) {
        result.reason = checkPages(db);
        if (!result.reason.isEmpty()) {
            result.verdict = Verdict::Damaged;
            return result;
        }
    }
    result.verdict = Verdict::Ours;
    return result;
}

bool StoreSchema::migrate(QSqlDatabase &db, QString *error, PageCheck pages)
{
    const Inspection found = inspect(db, pages);
    switch (found.verdict) {
    case Verdict::Empty:
    case Verdict::Ours:
        break;
    case Verdict::NotADatabase:
    case Verdict::Foreign:
    case Verdict::Newer:
    case Verdict::Damaged:
        if (error)
            //: %1 says why, e.g. "it was written by a newer version of ShardDesk (…)".
            *error = tr("The stored data cannot be used: %1.").arg(found.reason);
        return false;
    }
    // Persistent in the file; it cannot change inside a transaction, so it comes first.
    const auto mode = SqlStep::scalar(db, u"PRAGMA journal_mode = WAL"_s, error);
    if (!mode)
        return false;
    for (const Step &step : kSteps) {
        if (step.version <= found.version)
            continue;
        if (!runStep(db, step, error))
            return false;
    }
    return true;
}
