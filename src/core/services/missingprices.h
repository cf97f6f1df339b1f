#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class OrderService;

// The prices the overview lacks, asked for on request. Price paid and creation date come only
// with an order's details (one GET per order); the orders table asks for the rows on screen, so
// on a large account most orders have never been priced. Here a person asks for all of them at
// once: a few requests at a time (GETs, safe to send), progress as they arrive, a stop. What
// loads is kept by the local store, so it is paid for once.
class MissingPrices final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;

    explicit MissingPrices(OrderService *orders, QObject *parent = nullptr);

    // Orders with neither loaded details nor ones kept from the last run.
    QList<qint64> missing() const;
    int missingCount() const;

    bool isLoading() const { return !m_inFlight.isEmpty() || !m_queue.isEmpty(); }
    // Of the run in progress (or the last one): how many were asked for, answered, failed.
    int total() const { return m_total; }
    int done() const { return m_done; }
    int failed() const { return m_failed; }
    // Why the run stopped before the end by itself (the server out of reach); empty otherwise.
    QString stopReason() const { return m_stopReason; }

    // Asks for every missing price; nothing when a run is on its way.
    void load();
    // Drops what is queued; the requests on their way finish.
    void stop();

signals:
    void progressed();
    // The run ended (all answered, or stopped and the last answer came).
    void finished();

private:
    void send();
    void answered(qint64 orderId, bool ok);

    OrderService *m_orders;
    QList<qint64> m_queue; // next first
    QSet<qint64> m_inFlight;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    QString m_stopReason;
};
