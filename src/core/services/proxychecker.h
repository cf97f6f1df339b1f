#pragma once

#include "domain/proxycheckresult.h"
#include "domain/proxychecksummary.h"
#include "domain/proxyendpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Checks many proxies at once: for each endpoint, a GET of the target URL through the proxy
// (QNetworkProxy with its credentials), timed, with the target's status and the exit address it
// saw. Up to `concurrency` at once, each with its own deadline; the run is the list of
// endpoints and their results, kept until the next start() so every view can show them.
//
// Each slot has its own QNetworkAccessManager whose caches are cleared between checks: a
// connection or a credential kept from the previous proxy would make the next check lie.
class ProxyChecker final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int concurrency = 32;
        int timeoutMs = 10'000;
        QUrl target;

        friend bool operator==(const Options &, const Options &) = default;
    };
    static constexpr int kMinConcurrency = 1;
    static constexpr int kMaxConcurrency = 256;
    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 120'000;
    // A larger answer is not an IP echo; the check stops reading there.
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;
    // A public IP-echo service that names the caller's country.
    static QUrl defaultTarget();
    // Options within their ranges; an empty or non-HTTP(S) target becomes the default.
    static Options clamped(Options options);

    explicit ProxyChecker(QObject *parent = nullptr);
    ~ProxyChecker() override;

    // Replaces the run: every endpoint waits, then is checked.
    void start(const QList<ProxyEndpoint> &endpoints, const Options &options);
    // Checks the failed endpoints of this run again with the same options; the rest keep
    // their results. False when none failed or a run is going.
    bool recheckFailed();
    // The ones on their way are stopped and the waiting ones are never checked: both read
    // "Cancelled".
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<ProxyEndpoint> &endpoints() const { return m_endpoints; }
    const QList<ProxyCheckResult> &results() const { return m_results; }
    // The result of an endpoint of this run, looked up by its key; null when it is not in it.
    const ProxyCheckResult *resultFor(const ProxyEndpoint &endpoint) const;
    ProxyCheckSummary summary() const { return ProxyCheckSummary::of(m_results); }
    Options options() const { return m_options; }
    // A target for this session only, ahead of the saved one: demo mode checks against its own
    // echo, so no traffic leaves the machine.
    void setSessionTarget(const QUrl &url) { m_sessionTarget = url; }
    QUrl sessionTarget() const { return m_sessionTarget; }
    // When the run began (the check time shown beside the results).
    qint64 startedAtMs() const { return m_startedAtMs; }

signals:
    // The endpoints were replaced (a new run): views reset.
    void runStarted();
    // An endpoint began or finished its check.
    void resultChanged(int index);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    struct Slot;
    void queue(const QList<int> &indices);
    void fillSlots();
    void begin(Slot &slot, int index);
    void onReplyFinished(Slot &slot);
    void finishSlot(Slot &slot, ProxyCheckResult result);
    void finishRunIfDone();
    void stopSlots();

    QList<ProxyEndpoint> m_endpoints;
    QList<ProxyCheckResult> m_results;
    QHash<QString, int> m_indexOf; // ProxyEndpoint::key() → index
    QList<int> m_queue;
    qsizetype m_queueHead = 0;
    std::vector<std::unique_ptr<Slot>> m_slots;
    Options m_options;
    QUrl m_sessionTarget;
    bool m_running = false;
    bool m_cancelled = false;
    int m_done = 0;
    int m_starting = 0;        // checks queued to begin once the event loop turns
    quint64 m_generation = 0;  // start() count: a queued begin of an older run is dropped
    qint64 m_startedAtMs = 0;
};
