#include "renewalwatch.h"

#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "storage/storeddetails.h"

#include <algorithm>
#include <utility>

RenewalWatch::RenewalWatch(OrderService *orders, AccountService *account, QObject *parent)
    : QObject(parent), m_orders(orders), m_account(account),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    OrderStore *store = m_orders->store();
    connect(m_orders, &OrderService::synced, this, &RenewalWatch::checkNow);
    connect(store, &OrderStore::detailsLoaded, this, &RenewalWatch::onLoadEnded);
    connect(m_orders, &OrderService::detailsFailed, this,
            [this](qint64 orderId) { onLoadEnded(orderId); });
    connect(m_account, &AccountService::accountChanged, this, &RenewalWatch::onAccountAnswered);
    connect(m_account, &AccountService::refreshFailed, this, &RenewalWatch::onAccountAnswered);
    // Signed out (or another account): nothing of the old orders is news or an alert any more.
    connect(store, &OrderStore::cleared, this, [this] {
        abortCheck();
        forgetNotified();
        clearAlerts();
    });
}

void RenewalWatch::setClock(Clock clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void RenewalWatch::setWarningDays(int days)
{
    days = qMax(0, days);
    if (days == m_warningDays)
        return;
    m_warningDays = days;
    if (!m_checking)
        reevaluate();
}

void RenewalWatch::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        return;
    abortCheck();
    forgetNotified();
    clearAlerts();
}

void RenewalWatch::checkNow()
{
    if (!m_enabled)
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    m_loadsLeft = kMaxPriceLoadsPerCheck;
    m_toLoad.clear();
    const OrderStore *store = m_orders->store();
    // Details that came without a price: the server has none to give, asking again won't help.
    const RenewalAlerts before = evaluate(m_clock());
    for (qint64 id : before.unpricedRenewalIds()) {
        if (!store->details(id))
            m_toLoad.append(id);
    }
    pumpLoads();
}

void RenewalWatch::forgetNotified()
{
    m_notifiedExpiry.clear();
    m_fundingNotified = false;
    m_notifiedShortfall = 0;
    m_notifiedBalance.reset();
    m_notifiedDue.clear();
}

void RenewalWatch::rememberShown(const QDateTime &syncedAt)
{
    if (!m_enabled || !syncedAt.isValid())
        return;
    takeNews(evaluate(syncedAt), syncedAt);
}

RenewalAlerts RenewalWatch::evaluate(const QDateTime &now) const
{
    const OrderStore *store = m_orders->store();
    const auto priceOf = [store](qint64 id) -> std::optional<qint64> {
        if (const OrderDetails *d = store->details(id))
            return d->renewalEstimateCents();
        // What the local store kept from the last run: the price paid last time, as the renew
        // dialog would take it, until this run loads the details (a start knows at once whether
        // the week's renewals are funded, and says nothing new when they still are not).
        if (const StoredDetails *kept = store->keptDetails(id); kept && kept->pricePaidCents)
            return *kept->pricePaidCents + kept->addonsPricePaidCents.value_or(0);
        return std::nullopt;
    };
    const std::optional<qint64> balance =
        m_account->hasAccount() ? m_account->account().walletBalanceCents : std::nullopt;
    return RenewalAlerts::compute(store->orders(), priceOf, now, m_warningDays, balance);
}

void RenewalWatch::pumpLoads()
{
    const OrderStore *store = m_orders->store();
    while (m_loading.size() < kMaxLoadsInFlight && m_loadsLeft > 0 && !m_toLoad.isEmpty()) {
        const qint64 id = m_toLoad.takeFirst();
        // Gone from the list, or loaded meanwhile (e.g. the details panel asked for it).
        if (!store->find(id) || store->details(id))
            continue;
        // Already on its way for someone else: wait for that answer instead of asking twice.
        if (!m_orders->isLoadingDetails(id)) {
            --m_loadsLeft;
            m_orders->loadDetails(id);
        }
        if (m_orders->isLoadingDetails(id))
            m_loading.insert(id);
    }
    if (m_loading.isEmpty()) {
        // Nothing more this check: what is left stays unpriced until a later check.
        m_toLoad.clear();
        if (m_account->isRefreshing()) {
            // The balance is on its way, likely from the same refresh as the sync: comparing
            // fresh orders with an old balance could report a shortfall that no longer exists.
            m_waitingForAccount = true;
            return;
        }
        finishCheck();
    }
}

void RenewalWatch::onLoadEnded(qint64 orderId)
{
    if (m_loading.remove(orderId))
        pumpLoads();
}

void RenewalWatch::onAccountAnswered()
{
    if (m_waitingForAccount) {
        m_waitingForAccount = false;
        finishCheck();
    } else if (!m_checking) {
        reevaluate();
    }
}

void RenewalWatch::finishCheck()
{
    m_checking = false;
    m_checked = true;
    const QDateTime now = m_clock();
    m_alerts = evaluate(now);
    const RenewalAlerts alerts = m_alerts; // a copy: a receiver may change m_alerts
    const bool news = takeNews(alerts, now);
    emit alertsUpdated(alerts);
    if (news)
        emit notificationDue(alerts);
    if (m_checkAgain && m_enabled && !m_checking) {
        m_checkAgain = false;
        checkNow();
    }
}

void RenewalWatch::abortCheck()
{
    // Loads already sent still land in the store; they are simply no longer waited for.
    m_checking = false;
    m_checkAgain = false;
    m_waitingForAccount = false;
    m_toLoad.clear();
    m_loading.clear();
}

void RenewalWatch::clearAlerts()
{
    m_checked = false;
    const RenewalAlerts empty =
        RenewalAlerts::compute({}, {}, m_clock(), m_warningDays, std::nullopt);
    if (empty == m_alerts)
        return;
    m_alerts = empty;
    emit alertsUpdated(empty);
}

void RenewalWatch::reevaluate()
{
    // Before the first check there is nothing to update (the first sync may still be running).
    if (!m_enabled || m_checking || !m_checked)
        return;
    const RenewalAlerts alerts = evaluate(m_clock());
    if (alerts == m_alerts)
        return;
    m_alerts = alerts;
    emit alertsUpdated(alerts);
}

bool RenewalWatch::takeNews(const RenewalAlerts &alerts, const QDateTime &now)
{
    const OrderStore *store = m_orders->store();
    // Expiries already past can never be news again: keep the memory as small as the window.
    for (auto it = m_notifiedExpiry.begin(); it != m_notifiedExpiry.end();) {
        if (it.value() <= now)
            it = m_notifiedExpiry.erase(it);
        else
            ++it;
    }
    bool news = false;
    for (qint64 id : alerts.expiringIds()) {
        const Order *o = store->find(id);
        if (o && m_notifiedExpiry.value(id) != o->expiresAt)
            news = true;
    }

    const QList<qint64> &due = alerts.dueRenewalIds();
    bool riseSilently = false;
    if (!alerts.isUnderfunded()) {
        m_fundingNotified = false;
    } else if (!m_fundingNotified) {
        news = true;
    } else if (alerts.shortfallCents() > m_notifiedShortfall) {
        const bool newDue = std::any_of(due.cbegin(), due.cend(),
                                        [this](qint64 id) { return !m_notifiedDue.contains(id); });
        // Underfunded implies a known balance, now and at the notification.
        const bool balanceDropped =
            alerts.balanceCents().value_or(0) < m_notifiedBalance.value_or(0);
        if (newDue || balanceDropped)
            news = true;
        else
            riseSilently = true;
    }

    if (news) {
        for (qint64 id : alerts.expiringIds()) {
            if (const Order *o = store->find(id))
                m_notifiedExpiry.insert(id, o->expiresAt);
        }
    }
    if ((news || riseSilently) && alerts.isUnderfunded()) {
        m_fundingNotified = true;
        m_notifiedShortfall = alerts.shortfallCents();
        m_notifiedBalance = alerts.balanceCents();
        m_notifiedDue = QSet<qint64>(due.cbegin(), due.cend());
    }
    return news;
}
