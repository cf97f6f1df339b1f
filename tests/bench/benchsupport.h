#pragma once

#include "domain/order.h"

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>

// Shared by the benchmark programs: the output format and synthetic data.
namespace Bench {

// The one line format tools and the README read: "BENCH <name>=<number> <unit>".
inline void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s=%.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// How unresponsive the event loop is: a 1 ms timer probes it, and a stall is the largest gap
// between two of its ticks (from start()).
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const double now = elapsedMs(m_clock);
            m_maxStall = std::max(m_maxStall, now - m_lastTick);
            m_lastTick = now;
            m_ticks.append(now);
        });
    }
    void start()
    {
        m_clock.start();
        m_lastTick = 0;
        m_maxStall = 0;
        m_ticks = {0.0};
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxStallMs() const { return m_maxStall; }
    // Milliseconds since start(): the time line marks are taken on.
    double elapsed() const { return elapsedMs(m_clock); }

    // The longest single step of the event loop that ended after `mark` (a time from elapsed()):
    // the step running at `mark` and every one after it.
    // `endsAt`: when that step ended.
    double maxStepAfter(double mark, double *endsAt = nullptr) const
    {
        double longest = 0;
        for (qsizetype i = 1; i < m_ticks.size(); ++i) {
            if (m_ticks.at(i) > mark && m_ticks.at(i) - m_ticks.at(i - 1) > longest) {
                longest = m_ticks.at(i) - m_ticks.at(i - 1);
                if (endsAt)
                    *endsAt = m_ticks.at(i);
            }
        }
        return longest;
    }
    // When the step running at `mark` began: the last tick before it.
    double stepStartBefore(double mark) const
    {
        double start = 0;
        for (double tick : m_ticks) {
            if (tick > mark)
                break;
            start = tick;
        }
        return start;
    }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_lastTick = 0;
    double m_maxStall = 0;
    QList<double> m_ticks;
};

// A realistic account: a handful of products, cycles and tags, expiries around now.
QList<Order> syntheticOrders(int count, quint32 seed = 1);

// Resident set size of this process, in bytes (Linux /proc).
qint64 residentBytes();

// Milliseconds from spawning `program` (offscreen, with `environment` added) until it prints a
// line starting "first paint"; -1 when it never does within `timeoutMs`.
inline double timeToFirstPaint(const QString &program, const QStringList &arguments,
                               const QList<QPair<QString, QString>> &environment,
                               int timeoutMs = 60000)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(program, arguments);
    double ms = -1;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        child.waitForReadyRead(100);
        while (child.canReadLine()) {
            if (child.readLine().startsWith("first paint") && ms < 0)
                ms = elapsedMs(timer);
        }
        if (ms >= 0 || timer.elapsed() > timeoutMs)
            break;
    }
    child.waitForFinished(10000);
    if (child.state() != QProcess::NotRunning)
        child.kill();
    return ms;
}

} // namespace Bench
