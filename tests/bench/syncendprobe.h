#pragma once

#include "benchsupport.h"

#include <QObject>

class AppContext;

// What the end of a sync costs the GUI thread, in an app assembled by AppContext: the longest
// single step of the event loop from the store's "synced" on (the step that applies the list,
// every slot of the sync's signals, and whatever those slots left for later: a comparison's
// result, the alerts after their price loads), with marks for where the time goes. Construct
// it before refresh(); settle() once the sync has ended.
class SyncEndProbe final
{
public:
    explicit SyncEndProbe(AppContext &context);
    ~SyncEndProbe();
    SyncEndProbe(const SyncEndProbe &) = delete;
    SyncEndProbe &operator=(const SyncEndProbe &) = delete;

    // Runs the event loop until the work left for later is done (and 300 ms of quiet after it).
    void settle();
    // BENCH <prefix>_longest_step_ms, _longest_step_ended_ms (from the store's "synced"), _gui_ms (store's "synced" to the service's last slot, in
    // one step), _apply_ms (the step's part before the store's "synced"), _alerts_ms,
    // _changes_after_ms (when the comparison's result was published, from the store's "synced";
    // -1 when it found nothing).
    void report(const char *prefix) const;

private:
    Bench::StallProbe m_probe;
    QObject m_receiver; // owns the connections: gone with the probe
    double m_storeSynced = -1;
    double m_alerts = -1;
    double m_changes = -1;
    double m_serviceSynced = -1;
};
