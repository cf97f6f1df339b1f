#include "clitable.h"

#include "export/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool CliTable::parseFormat(const QString &name, Format *format)
{
    if (name == u"table")
        *format = Format::Table;
    else if (name == u"json")
        *format = Format::Json;
    else if (name == u"csv")
        *format = Format::Csv;
    else
        return false;
    return true;
}

QString CliTable::render(Format format) const
{
    switch (format) {
    case Format::Table:
        return toTable();
    case Format::Json:
        return toJson();
    case Format::Csv:
        return toCsv();
    }
    return {};
}

QString CliTable::toTable() const
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            out += last ? cells.at(c) : cells.at(c).leftJustified(widths.value(c) + 2);
        }
        return out + u'\n';
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString CliTable::toCsv() const
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList out;
        for (const QString &c : cells)
            out.append(CsvWriter::field(c));
        return out.join(u',') + QStringLiteral("\r\n");
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString CliTable::toJson() const
{
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray())
                                             : QJsonDocument(json.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}
