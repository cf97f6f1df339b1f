#include "serverhealth.h"

#include "api/apiclient.h"

ServerHealth::ServerHealth(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

void ServerHealth::check()
{
    if (isChecking())
        return;
    m_report = Report();
    m_pending = 2;
    m_client->health(ApiClient::HealthCheck::Live, this, [this](ApiResult<bool> result) {
        if (!result.ok())
            m_report.liveFailure = result.error();
        answered();
    });
    m_client->health(ApiClient::HealthCheck::Deep, this, [this](ApiResult<bool> result) {
        if (!result.ok())
            m_report.deepFailure = result.error();
        answered();
    });
}

void ServerHealth::answered()
{
    if (--m_pending == 0)
        emit checked(m_report);
}
