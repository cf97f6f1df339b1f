#include "sqlstep.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace SqlStep {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QString errorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString text = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    return text.isEmpty() ? e.text() : text;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    setError(error, errorText(query));
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    setError(error, errorText(query));
    return false;
}

std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        setError(error, errorText(query));
        return std::nullopt;
    }
    if (query.next())
        return query.value(0);
    // Stepping can fail too (a damaged page is found while reading).
    if (query.lastError().isValid()) {
        setError(error, errorText(query));
        return std::nullopt;
    }
    return QVariant();
}

} // namespace SqlStep

std::unique_ptr<QSqlDatabase> SqlStep::open(const QString &name, const QString &filePath,
                                            QString *error)
{
    auto db = std::make_unique<QSqlDatabase>(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name));
    db->setDatabaseName(filePath);
    db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db->open())
        return db;
    *error = db->lastError().text();
    close(db);
    return nullptr;
}

void SqlStep::close(std::unique_ptr<QSqlDatabase> &db)
{
    if (!db)
        return;
    const QString name = db->connectionName();
    db->close();
    db.reset();
    QSqlDatabase::removeDatabase(name);
}
