#pragma once

#include "mockfault.h"

#include <QHash>
#include <QList>

#include <optional>

// The faults still armed, in the order they were added; the first one matching a request fires.
class MockFaultPlan final
{
public:
    void add(const MockFault &fault);
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    qsizetype size() const { return m_faults.size(); }

    // The fault to apply to this request, if any; spends one of its firings. `query` (encoded,
    // as received) only tells requests apart for a fault counted per request.
    std::optional<MockFault> take(const QByteArray &method, const QString &path,
                                  const QString &query = {});

private:
    struct Armed
    {
        MockFault fault;
        QHash<QString, int> firedPerRequest; // countPerRequest: request → firings spent
    };
    QList<Armed> m_faults;
};
