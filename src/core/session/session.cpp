#include "session.h"

#include "api/apiclient.h"
#include "auth/tokenstore.h"
#include "domain/apierror.h"
#include "domain/serveraddress.h"
#include "services/accountservice.h"
#include "services/connectionstatus.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/signinservice.h"
#include "settings/preferences.h"

#include <QSettings>

Session::Session(ApiClient &client, SignInService &signIn, AccountService &account,
                 OrderService &orders, TokenStore &tokens, ConnectionStatus &connection,
                 QObject *parent)
    : QObject(parent), m_client(client), m_signIn(signIn), m_account(account), m_orders(orders),
      m_tokens(tokens), m_connection(connection)
{
    connect(&account, &AccountService::accountChanged, this,
            [this] { m_connection.reportSuccess(); });
    connect(&account, &AccountService::refreshFailed, this,
            [this](const ApiError &error) { m_connection.reportFailure(error); });
    connect(&orders, &OrderService::syncStarted, this, [this] { m_connection.setSyncing(true); });
    connect(&orders, &OrderService::synced, this, [this] {
        m_connection.setSyncing(false);
        m_connection.reportSuccess();
    });
    connect(&orders, &OrderService::syncFailed, this, [this](const ApiError &error) {
        m_connection.setSyncing(false);
        m_connection.reportFailure(error);
    });
    connect(&client, &ApiClient::unauthorized, this, &Session::onUnauthorized);
}

QUrl Session::server() const
{
    return m_client.baseUrl();
}

bool Session::hasKey() const
{
    return m_client.hasToken();
}

void Session::setConnecting()
{
    m_connection.setConnecting();
}

void Session::start()
{
    m_started = true;
    rememberServer();
    m_connection.setConnecting();
    refresh();
}

void Session::refresh()
{
    if (!m_client.hasToken())
        return;
    m_account.refresh();
    m_orders.refresh();
}

void Session::keyAccepted(const QUrl &server, const QString &key, bool remember)
{
    if (remember)
        m_tokens.save(ServerAddress::canonical(server).toString(), key);
    // Before start() the startup flow decides what comes next; afterwards the session resumes.
    if (!m_started)
        return;
    m_connection.setConnecting();
    rememberServer();
    refresh();
}

void Session::signOut()
{
    m_tokens.remove(server().toString());
    switchServer(QUrl());
}

void Session::switchServer(const QUrl &server)
{
    // The orders on screen belong to the old account: they go with it.
    m_orders.cancelRefresh();
    m_signIn.signOut();
    m_orders.store()->clear();
    m_account.clear();
    m_connection.setSignedOut();
    emit accountDropped();
    emit signInNeeded(QString(), server);
}

void Session::rememberServer()
{
    // The server someone signed in to is the one to offer next time (never the demo's).
    if (m_demo)
        return;
    QSettings settings;
    if (Preferences::load(settings).serverUrl == server())
        return;
    Preferences::saveServerUrl(settings, server());
    emit serverRemembered(server());
}

void Session::onUnauthorized()
{
    // Before start() the startup flow owns the sign-in and explains a rejected key itself.
    if (!m_started)
        return;
    m_connection.reportFailure(ApiError(ApiError::Kind::Unauthorized, 401, QString()));
    emit signInNeeded(tr("The server no longer accepts the API key. Sign in again; your orders "
                         "stay on screen meanwhile."),
                      QUrl());
}
