#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

// What a command prints, in all three formats: rows for the table and CSV, the API's own
// JSON for --format json.
struct CliTable
{
    QStringList headers;
    QList<QStringList> rows;
    QJsonValue json;

    enum class Format { Table, Json, Csv };
    static bool parseFormat(const QString &name, Format *format);

    QString render(Format format) const;
    QString toTable() const;
    // RFC 4180 like the export: CsvWriter::field quoting, records ending in CRLF.
    QString toCsv() const;
    QString toJson() const;
};
