#include "mockfaultplan.h"

void MockFaultPlan::add(const MockFault &fault)
{
    if (fault.count == 0)
        return; // fires zero times: nothing to arm
    m_faults.append({fault, {}});
}

std::optional<MockFault> MockFaultPlan::take(const QByteArray &method, const QString &path,
                                             const QString &query)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Armed &armed = m_faults[i];
        MockFault &f = armed.fault;
        if (!f.matches(method, path))
            continue;
        if (f.countPerRequest && f.count > 0) {
            const QString request =
                QString::fromLatin1(method.toUpper()) + u' ' + path + u'?' + query;
            int &fired = armed.firedPerRequest[request];
            if (fired >= f.count)
                continue; // spent for this request: the next fault may match
            ++fired;
            return f;
        }
        const MockFault fired = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return fired;
    }
    return std::nullopt;
}
