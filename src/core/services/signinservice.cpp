#include "signinservice.h"

#include "../api/apiclient.h"
#include "domain/serveraddress.h"

SignInService::SignInService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QString SignInService::checkServer(const QUrl &server)
{
    return ServerAddress::problem(server);
}

void SignInService::signIn(const QUrl &server, const QString &token)
{
    const QString problem = checkServer(server);
    if (!problem.isEmpty()) {
        const bool plainHttp = server.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
        emit signInFailed(ApiError(plainHttp ? ApiError::Kind::Insecure : ApiError::Kind::Network,
                                   0, problem));
        return;
    }
    if (token.trimmed().isEmpty()) {
        emit signInFailed(ApiError(ApiError::Kind::Unauthorized, 0, tr("Enter your API key.")));
        return;
    }
    m_busy = true;
    const int attempt = ++m_attempt;
    m_server = server;
    m_client->setBaseUrl(server);
    m_client->setToken(token);
    m_client->me(this, [this, attempt](ApiResult<Account> result) {
        if (attempt != m_attempt)
            return; // a newer attempt superseded this one
        m_busy = false;
        if (!result.ok()) {
            m_client->setToken(QString());
            m_signedIn = false;
            emit signInFailed(result.error());
            return;
        }
        m_signedIn = true;
        emit signedIn(result.value());
    });
}

void SignInService::signOut()
{
    ++m_attempt;
    m_busy = false;
    m_signedIn = false;
    m_client->setToken(QString());
    emit signedOut();
}
