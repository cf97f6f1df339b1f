#pragma once

#include <QCoreApplication>
#include <QStringList>

// Rows of an answer that could not be read (no id, not an object) and were left out, so that
// one odd row never costs the rest of a page. Kept per answer and added up per sync; the first
// few reasons are kept for the person (status bar, sync report, the CLI's warning).
class SkippedRows final
{
    Q_DECLARE_TR_FUNCTIONS(SkippedRows)

public:
    static constexpr int kReasonsKept = 3;

    void add(const QString &reason);
    void add(const SkippedRows &other);
    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const QStringList &reasons() const { return m_reasons; }
    // "2 rows could not be read and were skipped (orders[3]: field 'order_id' is missing; …)".
    QString summary() const;

private:
    int m_count = 0;
    QStringList m_reasons;
};
