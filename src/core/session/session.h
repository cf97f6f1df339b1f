#pragma once

#include <QObject>
#include <QUrl>

class AccountService;
class ApiClient;
class ConnectionStatus;
class OrderService;
class SignInService;
class TokenStore;

// The signed-in session: which server, whether its key is remembered, signing out, switching
// server, and the connection state a person sees (fed here from the services' own signals, so
// no window has to relay them). Windows ask it to act and show what it says; it never opens a
// dialog itself — it says when a key is needed (signInNeeded).
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(ApiClient &client, SignInService &signIn, AccountService &account,
            OrderService &orders, TokenStore &tokens, ConnectionStatus &connection,
            QObject *parent = nullptr);

    // Demo mode: the built-in server; its address is never saved as the one to offer next time.
    void setDemo(bool demo) { m_demo = demo; }
    bool isDemo() const { return m_demo; }
    bool isStarted() const { return m_started; }
    QUrl server() const;
    bool hasKey() const;

    // Shown before the first sign-in completes.
    void setConnecting();
    // The key was accepted: remember the server, load the account and every order.
    void start();
    // The account and the orders again (no-op without a key).
    void refresh();
    // A key accepted by the sign-in dialog; `remember` keeps it in the token store.
    void keyAccepted(const QUrl &server, const QString &key, bool remember);
    // Forgets this server's remembered key, then asks for a key.
    void signOut();
    // Drops what belongs to the current account and asks for a key for `server` (empty: the
    // current one).
    void switchServer(const QUrl &server);

signals:
    // A key is needed: after sign-out, a server switch, or a key the server stopped accepting.
    // `reason` is for the person (may be empty); `server` is the one to preset.
    void signInNeeded(const QString &reason, const QUrl &server);
    // The server signed in to was saved as the one to offer next time.
    void serverRemembered(const QUrl &server);
    // The current account's data was dropped (orders, account): views clear what they derived.
    void accountDropped();

private:
    void rememberServer();
    void onUnauthorized();

    ApiClient &m_client;
    SignInService &m_signIn;
    AccountService &m_account;
    OrderService &m_orders;
    TokenStore &m_tokens;
    ConnectionStatus &m_connection;
    bool m_demo = false;
    bool m_started = false;
};
