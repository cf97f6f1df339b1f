#pragma once

#include "renewalalerts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class AccountService;
class OrderService;

// Checks the orders after every sync and says when a notification is due (issue 8).
//
// A check: the due auto-renewals whose price is unknown get their details loaded (soonest first,
// at most kMaxPriceLoadsPerCheck per check and kMaxLoadsInFlight at a time; a failed load just
// leaves that order unpriced), then, once the account is not mid-refresh, alertsUpdated() carries
// the current RenewalAlerts and, when they hold something not notified before,
// notificationDue() follows. A sync during a check runs one more check after it.
//
// What counts as news (so that the 5-minute auto-refresh does not nag):
// - an expiring order not notified before with its current expiry (renewed and expiring again
//   is news; auto-renew switched off and on again at the same expiry is not);
// - the funding check turning underfunded;
// - the shortfall exceeding the one last notified because a new auto-renewal fell due or the
//   balance dropped. Growth that only comes from prices learned since is not news: on a large
//   account they arrive over several syncs; the baseline silently rises to it instead.
// Whenever a notification is due, everything in it counts as notified. Going back to funded
// forgets the funding part, so turning underfunded again is news.
class RenewalWatch final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kMaxPriceLoadsPerCheck = 50;
    static constexpr int kMaxLoadsInFlight = 4;

    RenewalWatch(OrderService *orders, AccountService *account, QObject *parent = nullptr);

    // The time the windows start from; by default QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);

    int warningDays() const { return m_warningDays; }
    // Below 0 counts as 0. Updates alerts() at once (alertsUpdated when they change); orders that
    // a wider window brings in are notified after the next sync.
    void setWarningDays(int days);

    bool isEnabled() const { return m_enabled; }
    // Off: no checks, no requests, no notifications; alerts() becomes empty and what was notified
    // is forgotten, so switching on again notifies afresh after the next sync. On by default.
    void setEnabled(bool enabled);

    bool isChecking() const { return m_checking; }
    // The alerts of the last check (updated since by balance or window changes).
    const RenewalAlerts &alerts() const { return m_alerts; }

    // What every sync does; call it to check without a sync (e.g. once at start-up).
    void checkNow();
    // The next check notifies whatever it finds.
    void forgetNotified();
    // A start from the local store: the orders and account on screen are those of the last
    // sync of the previous run (at `syncedAt`), whose alerts that run showed. They count as
    // notified, so the first check of this run tells only what is new since, instead of
    // repeating at every start what the person was told before the last exit.
    void rememberShown(const QDateTime &syncedAt);

signals:
    // After every check, and whenever alerts() changes outside a check (balance, window, the
    // store cleared at sign-out, switched off).
    void alertsUpdated(const RenewalAlerts &alerts);
    // Right after a check's alertsUpdated, when the alerts hold news (see above).
    void notificationDue(const RenewalAlerts &alerts);

private:
    RenewalAlerts evaluate(const QDateTime &now) const;
    void pumpLoads();
    void onLoadEnded(qint64 orderId);
    void onAccountAnswered();
    void finishCheck();
    void abortCheck();
    // alerts() empty, as before the first check.
    void clearAlerts();
    // Updates alerts() without a check (and without deciding about notifications).
    void reevaluate();
    // Decides whether `alerts` is news and remembers it as notified when it is.
    bool takeNews(const RenewalAlerts &alerts, const QDateTime &now);

    OrderService *m_orders;
    AccountService *m_account;
    Clock m_clock;
    int m_warningDays = RenewalAlerts::kDefaultWarningDays;
    bool m_enabled = true;
    bool m_checked = false; // a check ended since start, sign-out or switching off
    RenewalAlerts m_alerts;

    // The running check.
    bool m_checking = false;
    bool m_checkAgain = false;
    bool m_waitingForAccount = false;
    int m_loadsLeft = 0;
    QList<qint64> m_toLoad;
    QSet<qint64> m_loading;

    // What was notified: the expiry each expiring order had, and the funding state.
    QHash<qint64, QDateTime> m_notifiedExpiry;
    bool m_fundingNotified = false;
    qint64 m_notifiedShortfall = 0;
    std::optional<qint64> m_notifiedBalance;
    QSet<qint64> m_notifiedDue;
};
