#include "orderexport.h"

#include "atomicfile.h"
#include "csvwriter.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "domain/orderstatus.h"
#include "services/orderstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace OrderExport {

namespace {

// One place for the column order; columns() and both formats follow it.
enum Column {
    IdColumn,
    ProductColumn,
    BillingCycleColumn,
    StatusColumn,
    ExpiresAtColumn,
    AutoRenewalColumn,
    TagColumn,
    LocationColumn,
    PricePaidColumn,
    ColumnCount
};

QString columnName(Column column)
{
    switch (column) {
    case IdColumn:
        return QStringLiteral("id");
    case ProductColumn:
        return QStringLiteral("product");
    case BillingCycleColumn:
        return QStringLiteral("billing_cycle");
    case StatusColumn:
        return QStringLiteral("status");
    case ExpiresAtColumn:
        return QStringLiteral("expires_at");
    case AutoRenewalColumn:
        return QStringLiteral("auto_renewal");
    case TagColumn:
        return QStringLiteral("tag");
    case LocationColumn:
        return QStringLiteral("location");
    case PricePaidColumn:
        return QStringLiteral("price_paid");
    case ColumnCount:
        break;
    }
    return {};
}

// A column's value; a null QJsonValue when it is not known. Strings, booleans and the id as
// JSON wants them; CSV writes the same values as text.
QJsonValue value(const ExportRow &row, Column column)
{
    const Order &o = row.order;
    switch (column) {
    case IdColumn:
        return QJsonValue(o.id);
    case ProductColumn:
        return o.productName;
    case BillingCycleColumn:
        return o.cycleName;
    case StatusColumn:
        // "unknown" is not a word the API uses: an unknown status is left empty like the rest.
        return o.status == OrderStatus::Unknown ? QJsonValue()
                                                : QJsonValue(OrderStatuses::apiName(o.status));
    case ExpiresAtColumn:
        return o.expiresAt.isValid() ? QJsonValue(IsoDate::toIsoUtc(o.expiresAt)) : QJsonValue();
    case AutoRenewalColumn:
        return o.autoRenewal ? QJsonValue(*o.autoRenewal) : QJsonValue();
    case TagColumn:
        // Inside ShardDesk no tag is already the empty string (Tag::fromApi); written as it is.
        return o.tag.isEmpty() ? QJsonValue() : QJsonValue(o.tag);
    case LocationColumn:
        return row.location.isEmpty() ? QJsonValue() : QJsonValue(row.location);
    case PricePaidColumn:
        return row.pricePaidCents ? QJsonValue(Money::plain(*row.pricePaidCents)) : QJsonValue();
    case ColumnCount:
        break;
    }
    return {};
}

QString csvText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // Only the id is a number, and it is an exact 64-bit integer.
        return QString::number(v.toInteger());
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

} // namespace

QStringList columns()
{
    QStringList names;
    names.reserve(ColumnCount);
    for (int c = 0; c < ColumnCount; ++c)
        names.append(columnName(Column(c)));
    return names;
}

QByteArray toCsv(const QList<ExportRow> &rows)
{
    CsvWriter csv;
    csv.addRecord(columns());
    QStringList fields;
    fields.reserve(ColumnCount);
    for (const ExportRow &row : rows) {
        fields.clear();
        for (int c = 0; c < ColumnCount; ++c)
            fields.append(csvText(value(row, Column(c))));
        csv.addRecord(fields);
    }
    return csv.data();
}

QByteArray toJson(const QList<ExportRow> &rows)
{
    QJsonArray array;
    for (const ExportRow &row : rows) {
        QJsonObject object;
        for (int c = 0; c < ColumnCount; ++c)
            object.insert(columnName(Column(c)), value(row, Column(c)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray encode(const QList<ExportRow> &rows, Format format)
{
    switch (format) {
    case Format::Csv:
        return toCsv(rows);
    case Format::Json:
        return toJson(rows);
    }
    return {};
}

std::optional<Format> formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

QString fileSuffix(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

bool writeFile(const QString &fileName, const QList<ExportRow> &rows, Format format,
               QString *errorString)
{
    const auto fail = [&](const QString &reason) {
        if (errorString) {
            //: %1 is a file path, %2 the system's reason (e.g. "No such file or directory")
            *errorString = QCoreApplication::translate("OrderExport", "Could not export to %1: %2")
                               .arg(QDir::toNativeSeparators(fileName), reason);
        }
        return false;
    };
    if (fileName.isEmpty())
        return fail(QCoreApplication::translate("OrderExport", "no file name was given"));

    QString reason;
    if (!AtomicFile::write(fileName, encode(rows, format), &reason))
        return fail(reason);
    if (errorString)
        errorString->clear();
    return true;
}

QList<ExportRow> rowsFromStore(const OrderStore &store, const QList<qint64> &orderIds)
{
    QList<ExportRow> rows;
    rows.reserve(orderIds.size());
    for (const qint64 id : orderIds) {
        const Order *order = store.find(id);
        if (!order)
            continue;
        ExportRow row{*order, store.location(id), std::nullopt};
        if (const OrderDetails *details = store.details(id))
            row.pricePaidCents = details->pricePaidCents;
        rows.append(row);
    }
    return rows;
}

} // namespace OrderExport
