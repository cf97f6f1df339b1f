#include "mockfaultplan.h"

void MockFaultPlan::add(const MockFault &fault)
{
    if (fault.count == 0)
        return; // fires zero times: nothing to arm
    m_faults.append(fault);
}

std::optional<MockFault> MockFaultPlan::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        MockFault &f = m_faults[i];
        if (!f.matches(method, path))
            continue;
        const MockFault fired = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return fired;
    }
    return std::nullopt;
}
