#pragma once

#include "mockfault.h"

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

    // The fault to apply to this request, if any; spends one of its firings.
    std::optional<MockFault> take(const QByteArray &method, const QString &path);

private:
    QList<MockFault> m_faults;
};
