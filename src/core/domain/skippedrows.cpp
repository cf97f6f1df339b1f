#include "skippedrows.h"

void SkippedRows::add(const QString &reason)
{
    ++m_count;
    if (m_reasons.size() < kReasonsKept && !m_reasons.contains(reason))
        m_reasons.append(reason);
}

void SkippedRows::add(const SkippedRows &other)
{
    m_count += other.m_count;
    for (const QString &reason : other.m_reasons) {
        if (m_reasons.size() < kReasonsKept && !m_reasons.contains(reason))
            m_reasons.append(reason);
    }
}

QString SkippedRows::summary() const
{
    if (m_count == 0)
        return {};
    QString reasons = m_reasons.join(QStringLiteral("; "));
    if (m_count > m_reasons.size())
        reasons += QStringLiteral("; …");
    return tr("%Ln row(s) could not be read and were skipped (%1).", nullptr, m_count).arg(reasons);
}
