#include "bulkaction.h"

#include "orderstore.h"

#include <QTimer>

BulkAction::BulkAction(OrderEditor *editor, OrderStore *store, QObject *parent)
    : QObject(parent), m_editor(editor), m_store(store)
{
    connect(editor, &OrderEditor::editFinished, this, &BulkAction::onEditFinished);
}

void BulkAction::start(OrderEditor::Action action, const QList<qint64> &orderIds,
                       const QVariant &value)
{
    if (m_running)
        return;
    m_action = action;
    m_value = value;
    m_queue = orderIds;
    m_results.clear();
    m_previousTags.clear();
    m_total = int(orderIds.size());
    m_current = 0;
    m_attempts.clear();
    m_pauseMs = 0;
    m_rateLimitRetries = 0;
    m_waiting = false;
    m_running = true;
    m_cancelRequested = false;
    m_stopped = false;
    // Answer on the next turn so callers can connect after start().
    QTimer::singleShot(0, this, &BulkAction::next);
}

void BulkAction::cancel()
{
    m_cancelRequested = true;
    if (m_running && m_current == 0) {
        m_waiting = false; // a pause need not run out before the rest is reported
        QTimer::singleShot(0, this, &BulkAction::next);
    }
}

int BulkAction::succeeded() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const Result &r) { return r.ok; }));
}

int BulkAction::failed() const
{
    return int(m_results.size()) - succeeded();
}

void BulkAction::next()
{
    if (!m_running || m_current != 0 || (m_waiting && !m_cancelRequested))
        return;
    m_waiting = false;
    while (!m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        if (m_cancelRequested || m_stopped) {
            m_results.append({id, false, true,
                              m_stopped ? tr("Not sent: the queue stopped after an unclear renewal.")
                                        : tr("Not sent: cancelled.")});
            continue;
        }
        const Order *order = m_store->find(id);
        const QString previousTag = order ? order->tag : QString();
        bool sent = false;
        switch (m_action) {
        case OrderEditor::Action::Tag:
            sent = m_editor->setTag(id, m_value.toString());
            break;
        case OrderEditor::Action::AutoRenew:
            sent = m_editor->setAutoRenewal(id, m_value.toBool());
            break;
        case OrderEditor::Action::Renew:
            sent = m_editor->renew(id);
            break;
        case OrderEditor::Action::Cycle:
            sent = m_editor->changeCycle(id, m_value.toString());
            break;
        }
        if (!sent) {
            m_results.append({id, false, true, m_editor->lastRefusal()});
            emit progressed(int(m_results.size()), m_total);
            continue;
        }
        if (m_action == OrderEditor::Action::Tag)
            m_previousTags.insert(id, previousTag);
        m_current = id;
        return; // onEditFinished continues (after the pause, once the server pushed back)
    }
    complete(m_cancelRequested);
}

void BulkAction::onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok,
                                const QString &message, const ApiError &error)
{
    if (!m_running || orderId != m_current || action != m_action)
        return;
    m_current = 0;
    const bool idempotent =
        action == OrderEditor::Action::Tag || action == OrderEditor::Action::AutoRenew;
    if (!ok && idempotent && error.kind() == ApiError::Kind::RateLimited &&
        m_attempts.value(orderId) < m_pacing.maxRetriesPerOrder && !m_cancelRequested) {
        ++m_attempts[orderId];
        ++m_rateLimitRetries;
        if (action == OrderEditor::Action::Tag)
            m_previousTags.remove(orderId); // taken again when it is sent again
        // Wait as long as the server asked, or a pause that doubles while it keeps pushing back.
        m_pauseMs = qBound(m_pacing.firstPauseMs, m_pauseMs * 2, m_pacing.maxPauseMs);
        const int pause = error.retryAfterSeconds() >= 0
                              ? int(qMin<qint64>(qint64(error.retryAfterSeconds()) * 1000,
                                                 m_pacing.maxPauseMs))
                              : m_pauseMs;
        m_queue.prepend(orderId);
        m_waiting = true;
        emit slowedDown(orderId, pause);
        QTimer::singleShot(pause, Qt::PreciseTimer, this, [this] {
            m_waiting = false;
            next();
        });
        return;
    }
    m_results.append({orderId, ok, false, ok ? message : error.message()});
    const bool unclear = !ok && action == OrderEditor::Action::Renew && error.leavesOutcomeUnknown();
    if (unclear)
        m_stopped = true;
    if (!ok && action == OrderEditor::Action::Tag)
        m_previousTags.remove(orderId);
    emit progressed(int(m_results.size()), m_total);
    next();
}

void BulkAction::complete(bool cancelled)
{
    m_running = false;
    emit finished(cancelled);
}
