#include "csvwriter.h"

namespace {

bool needsQuotes(const QString &value)
{
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString CsvWriter::field(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString quoted;
    quoted.reserve(value.size() + 8);
    quoted += u'"';
    for (const QChar c : value) {
        if (c == u'"')
            quoted += u'"';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

void CsvWriter::addRecord(const QStringList &fields)
{
    QString line;
    if (fields.isEmpty() || (fields.size() == 1 && fields.first().isEmpty())) {
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += u',';
            line += field(fields.at(i));
        }
    }
    line += QStringLiteral("\r\n");
    m_data += line.toUtf8();
    ++m_records;
}
