#include "mockjsonwriter.h"

#include <cmath>
#include <utility>

MockJsonWriter::MockJsonWriter()
{
    m_out.reserve(1024);
}

void MockJsonWriter::separate()
{
    if (m_first.isEmpty())
        return;
    if (m_first.last())
        m_first.last() = false;
    else
        m_out.append(',');
}

void MockJsonWriter::writeKey(const char *key)
{
    separate();
    m_out.append('"');
    m_out.append(key); // keys are our own ASCII identifiers: no escaping needed
    m_out.append("\":", 2);
}

void MockJsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.append(true);
}

void MockJsonWriter::beginObject(const char *key)
{
    writeKey(key);
    m_out.append('{');
    m_first.append(true);
}

void MockJsonWriter::endObject()
{
    m_first.removeLast();
    m_out.append('}');
}

void MockJsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.append(true);
}

void MockJsonWriter::beginArray(const char *key)
{
    writeKey(key);
    m_out.append('[');
    m_first.append(true);
}

void MockJsonWriter::endArray()
{
    m_first.removeLast();
    m_out.append(']');
}

void MockJsonWriter::field(const char *key, qint64 number)
{
    writeKey(key);
    m_out.append(QByteArray::number(number));
}

void MockJsonWriter::field(const char *key, bool flag)
{
    writeKey(key);
    m_out.append(flag ? "true" : "false");
}

void MockJsonWriter::field(const char *key, QStringView text)
{
    writeKey(key);
    appendString(m_out, text);
}

void MockJsonWriter::field(const char *key, const char *utf8)
{
    writeKey(key);
    appendString(m_out, QString::fromUtf8(utf8));
}

void MockJsonWriter::field(const char *key, const std::optional<bool> &flag)
{
    if (flag)
        field(key, *flag);
    else
        fieldNull(key);
}

void MockJsonWriter::field(const char *key, const std::optional<QString> &text)
{
    if (text)
        field(key, QStringView(*text));
    else
        fieldNull(key);
}

void MockJsonWriter::fieldNull(const char *key)
{
    writeKey(key);
    m_out.append("null", 4);
}

void MockJsonWriter::fieldDouble(const char *key, double number)
{
    writeKey(key);
    if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < 1e15)
        m_out.append(QByteArray::number(qint64(number)));
    else if (std::isfinite(number))
        m_out.append(QByteArray::number(number, 'g', 15));
    else
        m_out.append("null", 4);
}

void MockJsonWriter::fieldRaw(const char *key, const QByteArray &json)
{
    writeKey(key);
    m_out.append(json);
}

void MockJsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void MockJsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

QByteArray MockJsonWriter::take()
{
    m_first.clear();
    return std::exchange(m_out, QByteArray());
}

void MockJsonWriter::appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    // Fast path for the common ASCII case; anything else goes through the UTF-8 codec once.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QByteArray utf8 = ascii ? QByteArray() : text.toUtf8();
    const auto put = [&out](uchar c) {
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            return;
        case '\\':
            out.append("\\\\", 2);
            return;
        case '\n':
            out.append("\\n", 2);
            return;
        case '\r':
            out.append("\\r", 2);
            return;
        case '\t':
            out.append("\\t", 2);
            return;
        default:
            break;
        }
        if (c < 0x20) {
            out.append("\\u00", 4);
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(char(c));
        }
    };
    if (ascii) {
        for (const QChar c : text)
            put(uchar(c.unicode()));
    } else {
        for (const char c : utf8)
            put(uchar(c));
    }
    out.append('"');
}
