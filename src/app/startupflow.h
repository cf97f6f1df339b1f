#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class AppContext;
class LoginDialog;
class MainWindow;
struct Account;

// From launch to a signed-in main window: demo server, SHARDDESK_TOKEN, a remembered key, or
// the sign-in dialog, in that order.
class StartupFlow final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        bool demo = false;
        QUrl demoServer;
        QString demoToken;
        // A demo server still starting: the window shows at once and signs in when it is up.
        class DemoServer *startingDemo = nullptr;
        QString environmentToken;
        // The local store's orders are on screen already: show the window at once, sign in
        // behind it.
        bool restored = false;
    };

    StartupFlow(AppContext &context, MainWindow *window, QObject *parent = nullptr);

    void start(const Options &options);

signals:
    // The person closed the sign-in dialog without signing in.
    void abandoned();

private:
    // The environment's key, else the token store's, else the sign-in dialog.
    void findKey();
    void signInWith(const QString &token, bool fromStore);
    void showLogin(const QString &message);
    void onSignedIn();

    AppContext &m_context;
    MainWindow *m_window;
    Options m_options;
    bool m_tokenFromStore = false;
    // The key of the last attempt, kept (in memory only) while a start from the local store
    // waits for the server: "Try again" signs in with it.
    QString m_token;
    bool m_done = false;
    bool m_keySought = false;
    QPointer<LoginDialog> m_dialog; // the one startup dialog, while it is open
    QMetaObject::Connection m_signedIn;
    QMetaObject::Connection m_failed;
};
