#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 has it, so any spreadsheet or script reads the file the same way: records end
// with CRLF; a field holding a comma, a double quote, CR or LF is enclosed in double quotes with
// its quotes doubled; every other field is written exactly as it is (spaces included). The bytes
// are UTF-8 without a byte-order mark: a BOM would become part of the first header name for
// most tools other than Excel.
class CsvWriter final
{
public:
    // Appends one record, CRLF included (also after the last record: RFC 4180 allows it, and
    // files then concatenate cleanly). A record of one empty field is written as `""`, since an
    // empty line is skipped by many readers; no fields at all counts as one empty field.
    void addRecord(const QStringList &fields);

    // Every record so far, as UTF-8.
    const QByteArray &data() const { return m_data; }
    qsizetype recordCount() const { return m_records; }

    // One field as it appears in a record: quoted only when it has to be.
    static QString field(const QString &value);

private:
    QByteArray m_data;
    qsizetype m_records = 0;
};
