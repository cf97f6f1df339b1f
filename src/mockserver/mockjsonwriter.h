#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// A tiny streaming JSON writer. The order list is the hot path of the benchmarks (pages of 100
// rows out of 100,000 orders); building QJsonObjects for every row costs several times more than
// appending bytes, so the mock writes its JSON directly. Output is compact UTF-8.
class MockJsonWriter final
{
public:
    MockJsonWriter();

    void beginObject();
    void beginObject(const char *key);
    void endObject();
    void beginArray();
    void beginArray(const char *key);
    void endArray();

    // Object members. A `const char *` value is written as a string (not silently as a bool).
    void field(const char *key, qint64 number);
    void field(const char *key, int number) { field(key, qint64(number)); }
    void field(const char *key, bool flag);
    void field(const char *key, QStringView text);
    void field(const char *key, const QString &text) { field(key, QStringView(text)); }
    void field(const char *key, const char *utf8);
    void field(const char *key, const std::optional<bool> &flag);
    void field(const char *key, const std::optional<QString> &text);
    void fieldNull(const char *key);
    // A number that may be fractional (12.5); integral values are written without a fraction.
    void fieldDouble(const char *key, double number);
    // Writes an already encoded JSON value.
    void fieldRaw(const char *key, const QByteArray &json);

    // Array elements.
    void value(qint64 number);
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }

    QByteArray take();

    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();
    void writeKey(const char *key);

    QByteArray m_out;
    // One entry per open container: true until its first member was written.
    QList<bool> m_first;
};
