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
    const Account &account() const { return m_account; }
    bool isRefreshing() const { return m_refreshing; }

    void refresh();
    void clear();

signals:
    void accountChanged(const Account &account);
    void refreshFailed(const ApiError &error);

private:
    ApiClient *m_client;
    Account m_account;
    bool m_hasAccount = false;
    bool m_refreshing = false;
};
