#include "recenterrors.h"

#include <utility>

RecentErrors::RecentErrors(int capacity) : m_capacity(qMax(1, capacity)) {}

void RecentErrors::record(FailedCall call)
{
    if (!call.time.isValid())
        call.time = QDateTime::currentDateTimeUtc();
    m_calls.append(std::move(call));
    if (m_calls.size() > m_capacity)
        m_calls.remove(0, m_calls.size() - m_capacity);
}
