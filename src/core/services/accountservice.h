#pragma once

#include "domain/apierror.h"
#include "../domain/account.h"

#include <QObject>

class ApiClient;

// The signed-in account (GET /me): email, balance, active orders.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    explicit AccountService(ApiClient *client, QObject *parent = nullptr);

    bool hasAccount() const { return m_hasAccount; }
    // The account shown is the stored one (restore()), not yet confirmed by the server.
    bool isRestored() const { return m_restored; }
    const Account &account() const { return m_account; }
    bool isRefreshing() const { return m_refreshing; }

    void refresh();
    void clear();
    // The account as the local store remembered it, shown until /me answers. hasAccount()
    // stays false: nothing is decided on a remembered balance.
    void restore(const Account &account);

signals:
    void accountChanged(const Account &account);
    void refreshFailed(const ApiError &error);

private:
    ApiClient *m_client;
    Account m_account;
    bool m_hasAccount = false;
    bool m_restored = false;
    bool m_refreshing = false;
};
