#pragma once

#include "ordereditor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QVariant>

// One action over many orders, one order at a time: a queue that can be cancelled between
// orders and ends in a report of each order's result. What succeeded stays; what failed is named
// with its reason. A renewal whose outcome is unknown stops the queue: money is never spent on
// the next order while the last one is unclear. Tags and auto-renewal are idempotent: when the
// server says "too many requests" (429) the queue slows down and sends that order again after
// the server's Retry-After (or a growing pause); renewals are never sent again.
class BulkAction final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        qint64 orderId = 0;
        bool ok = false;
        bool skipped = false; // not sent: refused locally, cancelled, or stopped
        QString message;      // the server's words, or why it was not sent
    };

    struct Pacing
    {
        int firstPauseMs = 1000;  // after a 429 without Retry-After; doubles each time
        int maxPauseMs = 60000;   // the longest wait, Retry-After included
        int maxRetriesPerOrder = 5;
    };

    BulkAction(OrderEditor *editor, OrderStore *store, QObject *parent = nullptr);
    // Tests shorten the pauses so that nothing waits on real time.
    void setPacing(const Pacing &pacing) { m_pacing = pacing; }
    // Orders sent again after a 429 in the current run.
    int rateLimitRetries() const { return m_rateLimitRetries; }

    // `value`: the tag (QString) for Tag, on/off (bool) for AutoRenew; unused for Renew.
    void start(OrderEditor::Action action, const QList<qint64> &orderIds, const QVariant &value);
    void cancel();
    bool isRunning() const { return m_running; }

    OrderEditor::Action action() const { return m_action; }
    const QList<Result> &results() const { return m_results; }
    int succeeded() const;
    int failed() const;
    // The tags the orders had before a bulk tag change, for "Undo".
    QHash<qint64, QString> previousTags() const { return m_previousTags; }

signals:
    void progressed(int done, int total);
    // The server asked to slow down: the queue waits this long before sending `orderId` again.
    void slowedDown(qint64 orderId, int pauseMs);
    void finished(bool cancelled);

private:
    void next();
    void onEditFinished(qint64 orderId, OrderEditor::Action action, bool ok, const QString &message,
                        const ApiError &error);
    void complete(bool cancelled);

    OrderEditor *m_editor;
    OrderStore *m_store;
    OrderEditor::Action m_action = OrderEditor::Action::Tag;
    QVariant m_value;
    QList<qint64> m_queue;
    QList<Result> m_results;
    QHash<qint64, QString> m_previousTags;
    Pacing m_pacing;
    QHash<qint64, int> m_attempts; // 429s per order in this run
    int m_pauseMs = 0;             // the pause kept between sends once the server pushed back
    int m_rateLimitRetries = 0;
    bool m_waiting = false;        // a pause is running
    qint64 m_current = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_stopped = false;
};
