#pragma once

#include "exportrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class OrderStore;

// "Export…": the orders a person sees, as CSV or JSON for spreadsheets and scripts. Pure
// functions over ExportRow values; the window decides which rows are visible.
//
// Columns, in this order (CSV header = JSON keys, snake_case like the API):
//   id, product, billing_cycle, status, expires_at, auto_renewal, tag, location, price_paid
// status is the API's word (active, on-hold, cancelled); expires_at is ISO 8601 UTC ending in
// Z; auto_renewal is true/false; price_paid is decimal money from the API's cents ("12.50",
// no currency sign, no grouping). Whatever is not known (no expiry, unknown status or
// auto-renewal, no tag, location or price) is an empty field in CSV and null in JSON.
namespace OrderExport {

enum class Format { Csv, Json };

// The column names in order: the CSV header and the JSON keys. Stable: scripts depend on them.
QStringList columns();

// RFC 4180 (see CsvWriter): a header record, then one record per row, CRLF, UTF-8, no BOM.
QByteArray toCsv(const QList<ExportRow> &rows);
// An indented JSON array with one object per row. id is a number; price_paid is the same
// decimal string as in CSV, not a JSON number: most readers would turn a number into a
// binary double, and money is kept exact everywhere in ShardDesk. Objects list their keys
// alphabetically (QJsonObject's order), which is stable too.
QByteArray toJson(const QList<ExportRow> &rows);
QByteArray encode(const QList<ExportRow> &rows, Format format);

// The format a file name asks for by its suffix, `.csv` or `.json` (any case); nullopt for any
// other name, so the caller can ask or append fileSuffix() of a default.
std::optional<Format> formatForFileName(const QString &fileName);
// "csv" or "json", without the dot.
QString fileSuffix(Format format);

// Writes the export to `fileName` through AtomicFile: the data go to a temporary file beside
// the target, which replaces the target only once everything is written. A failed export
// (missing folder, no permission, disk full) therefore leaves no half-written file and does
// not touch an existing one. On failure returns false and, when `errorString` is given, sets
// it to a sentence naming the file and the system's reason, fit to show as it is.
[[nodiscard]] bool writeFile(const QString &fileName, const QList<ExportRow> &rows, Format format,
                             QString *errorString = nullptr);

// The rows for these orders, in this order, with the location and price the store knows.
// Ids the store does not hold are skipped. Meant for the ids of the visible, filtered rows.
QList<ExportRow> rowsFromStore(const OrderStore &store, const QList<qint64> &orderIds);

} // namespace OrderExport
