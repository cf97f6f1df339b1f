#pragma once

// A strict RFC 4180 reader, written independently of CsvWriter so the export tests can parse
// the files back instead of comparing bytes only. Strict on purpose: a bare quote or a lone CR
// or LF outside quotes, text after a closing quote, or bytes that are not UTF-8 are errors,
// not something to guess around.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace CsvReader {

struct Result
{
    QList<QStringList> records;
    QString error; // empty: the whole input was valid
    bool ok() const { return error.isEmpty(); }
};

inline Result read(const QByteArray &bytes)
{
    Result out;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        out.error = QStringLiteral("not UTF-8");
        return out;
    }
    const auto fail = [&](const QString &why, qsizetype at) {
        out.error = why + QStringLiteral(" at ") + QString::number(at);
        return out;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    if (n == 0)
        return out;
    QStringList record;
    while (true) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"), i);
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"')
                    return fail(QStringLiteral("quote inside an unquoted field"), i);
                if (text.at(i) == u'\n')
                    return fail(QStringLiteral("bare LF"), i);
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i >= n) { // the last record may end without CRLF
            out.records.append(record);
            return out;
        }
        if (text.at(i) == u',') {
            ++i;
            continue;
        }
        if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            i += 2;
            out.records.append(record);
            record.clear();
            if (i >= n)
                return out;
            continue;
        }
        return fail(QStringLiteral("unexpected character after a field"), i);
    }
}

} // namespace CsvReader
