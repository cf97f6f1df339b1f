#include "accountservice.h"

#include "../api/apiclient.h"

AccountService::AccountService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void AccountService::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_client->me(this, [this](ApiResult<Account> result) {
        m_refreshing = false;
        if (!result.ok()) {
            emit refreshFailed(result.error());
            return;
        }
        m_account = result.value();
        m_hasAccount = true;
        m_restored = false;
        emit accountChanged(m_account);
    });
}

void AccountService::restore(const Account &account)
{
    if (m_hasAccount)
        return; // the server has answered already: its word wins
    m_account = account;
    m_restored = true;
    emit accountChanged(m_account);
}

void AccountService::clear()
{
    m_account = Account();
    m_hasAccount = false;
    m_restored = false;
    emit accountChanged(m_account);
}
