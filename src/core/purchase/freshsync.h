#pragma once

#include "domain/apierror.h"

#include <QObject>

class AccountService;
class OrderService;
class QTimer;

// Brings the order list and/or the account up to date with a load that started after start()
// was called. A load already running may have left before a purchase landed, so it does not
// count: a running order sync is restarted, a running account load is waited for and repeated.
class FreshSync final : public QObject
{
    Q_OBJECT

public:
    enum Part { Orders = 0x1, Account = 0x2 };
    Q_DECLARE_FLAGS(Parts, Part)

    FreshSync(OrderService *orders, AccountService *account, QObject *parent = nullptr);

    // A safety net for a load that never reports back (e.g. cancelled by a sign-out).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts over if already running; finished() follows later, never from inside start().
    void start(Parts parts);
    bool isRunning() const { return m_orders != Wait::None || m_account != Wait::None; }

    // The outcome of the last run: kind None when that part loaded (or was not asked for).
    ApiError ordersError() const { return m_ordersError; }
    ApiError accountError() const { return m_accountError; }

signals:
    void finished();

private:
    enum class Wait { None, Stale, Fresh };

    void onOrdersEnded(const ApiError &error);
    void onAccountEnded(const ApiError &error);
    void onTimeout();
    void finishIfDone();

    OrderService *m_ordersService;
    AccountService *m_accountService;
    QTimer *m_watchdog;
    int m_timeoutMs = 120000;
    Wait m_orders = Wait::None;
    Wait m_account = Wait::None;
    ApiError m_ordersError;
    ApiError m_accountError;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FreshSync::Parts)
