#include "syncendprobe.h"

#include "alerts/renewalwatch.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "session/appcontext.h"
#include "storage/synchistory.h"

#include <QEventLoop>
#include <QTimer>

#include <string>

SyncEndProbe::SyncEndProbe(AppContext &context)
{
    // Connected after every slot of the app's own: each mark is taken once those before it ran.
    QObject::connect(&context.store(), &OrderStore::synced, &m_receiver,
                     [this] { m_storeSynced = m_probe.elapsed(); });
    QObject::connect(&context.alerts(), &RenewalWatch::alertsUpdated, &m_receiver, [this] {
        if (m_alerts < 0 && m_storeSynced >= 0) // not a check that began before this sync
            m_alerts = m_probe.elapsed();
    });
    QObject::connect(&context.history(), &SyncHistory::changesFound, &m_receiver,
                     [this] { m_changes = m_probe.elapsed(); });
    QObject::connect(&context.orders(), &OrderService::synced, &m_receiver,
                     [this] { m_serviceSynced = m_probe.elapsed(); });
    m_probe.start();
}

SyncEndProbe::~SyncEndProbe() = default;

void SyncEndProbe::settle()
{
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(300);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    quiet.start();
    loop.exec();
    m_probe.stop();
}

void SyncEndProbe::report(const char *prefix) const
{
    const auto name = [prefix](const char *what) { return std::string(prefix) + what; };
    double endsAt = 0;
    Bench::report(name("_longest_step_ms").c_str(), m_probe.maxStepAfter(m_storeSynced, &endsAt),
                  "ms");
    Bench::report(name("_longest_step_ended_ms").c_str(), endsAt - m_storeSynced, "ms");
    Bench::report(name("_gui_ms").c_str(), m_serviceSynced - m_storeSynced, "ms");
    Bench::report(name("_apply_ms").c_str(),
                  m_storeSynced - m_probe.stepStartBefore(m_storeSynced), "ms");
    Bench::report(name("_alerts_ms").c_str(), m_alerts < 0 ? -1 : m_alerts - m_storeSynced, "ms");
    Bench::report(name("_changes_after_ms").c_str(),
                  m_changes < 0 ? -1 : m_changes - m_storeSynced, "ms");
}
