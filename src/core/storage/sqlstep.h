#pragma once

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

// The few ways the store runs SQL, each saying what failed in one sentence for the log and the
// person ("…: database disk image is malformed"), so no caller repeats the error plumbing.
namespace SqlStep {
// One statement without results (DDL, PRAGMA, DELETE …).
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
// A prepared statement with its values bound (or a statement with none).
bool exec(QSqlQuery &query, QString *error);
// The first column of the first row (a PRAGMA, a COUNT): a null QVariant when there is no row,
// nullopt (and `error` set) when the statement fails.
std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, QString *error);
// The driver's and the database's words for the last error of `query`.
QString errorText(const QSqlQuery &query);
// A connection of its own (`name`) to the store file: null (and `error` set) when it does not
// open. Both sides wait up to 5 s for a second ShardDesk (the CLI) writing at the same moment
// instead of failing at once; in WAL mode a reader never blocks the writer.
std::unique_ptr<QSqlDatabase> open(const QString &name, const QString &filePath, QString *error);
// Closes and removes the connection `db` holds (resetting it first: no QSqlDatabase may refer
// to a connection when it is removed).
void close(std::unique_ptr<QSqlDatabase> &db);
} // namespace SqlStep
