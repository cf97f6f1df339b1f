#include "freshsync.h"

#include "services/accountservice.h"
#include "services/orderservice.h"

#include <QTimer>

FreshSync::FreshSync(OrderService *orders, AccountService *account, QObject *parent)
    : QObject(parent), m_ordersService(orders), m_accountService(account),
      m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &FreshSync::onTimeout);
    connect(orders, &OrderService::synced, this, [this] { onOrdersEnded(ApiError()); });
    connect(orders, &OrderService::syncFailed, this, &FreshSync::onOrdersEnded);
    connect(account, &AccountService::accountChanged, this, [this] {
        onAccountEnded(m_accountService->hasAccount()
                           ? ApiError()
                           : ApiError(ApiError::Kind::Cancelled, 0, tr("Signed out.")));
    });
    connect(account, &AccountService::refreshFailed, this, &FreshSync::onAccountEnded);
}

void FreshSync::start(Parts parts)
{
    m_ordersError = ApiError();
    m_accountError = ApiError();
    m_orders = Wait::None;
    m_account = Wait::None;
    m_watchdog->stop();

    if (parts.testFlag(Orders)) {
        // A running sync may have fetched its pages before the change we want to see.
        m_ordersService->cancelRefresh();
        m_orders = Wait::Fresh;
        m_ordersService->refresh();
    }
    if (parts.testFlag(Account)) {
        // AccountService cannot cancel: let the running load end, then ask again.
        if (m_accountService->isRefreshing()) {
            m_account = Wait::Stale;
        } else {
            m_account = Wait::Fresh;
            m_accountService->refresh();
        }
    }
    if (isRunning())
        m_watchdog->start(m_timeoutMs);
    else
        QTimer::singleShot(0, this, &FreshSync::finished);
}

void FreshSync::onOrdersEnded(const ApiError &error)
{
    if (m_orders != Wait::Fresh)
        return;
    m_orders = Wait::None;
    m_ordersError = error;
    finishIfDone();
}

void FreshSync::onAccountEnded(const ApiError &error)
{
    switch (m_account) {
    case Wait::None:
        return;
    case Wait::Stale:
        m_account = Wait::Fresh;
        m_accountService->refresh();
        return;
    case Wait::Fresh:
        m_account = Wait::None;
        m_accountError = error;
        finishIfDone();
        return;
    }
}

void FreshSync::onTimeout()
{
    const ApiError late(ApiError::Kind::Timeout, 0, tr("Loading the latest data took too long."));
    if (m_orders != Wait::None) {
        m_orders = Wait::None;
        m_ordersError = late;
    }
    if (m_account != Wait::None) {
        m_account = Wait::None;
        m_accountError = late;
    }
    emit finished();
}

void FreshSync::finishIfDone()
{
    if (isRunning())
        return;
    m_watchdog->stop();
    emit finished();
}
