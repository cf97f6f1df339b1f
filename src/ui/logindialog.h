#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class LoginDialog;
}
class ApiError;
class SignInService;
class TokenStore;
struct Account;

// Asks for the API key and checks it with the server before accepting it. The key is only
// remembered in the OS keychain; where there is none, the dialog says the key lives in memory.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(SignInService &signIn, TokenStore &tokens, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QUrl &server);
    QUrl server() const;
    void setMessage(const QString &message);
    bool rememberKey() const;
    // The key, to hand to the session after acceptance. Cleared from the field on accept.
    QString key() const { return m_acceptedKey; }

private:
    void onSignInClicked();
    void onSignedIn(const Account &account);
    void onSignInFailed(const ApiError &error);
    void onKeychainAvailability(bool available, const QString &reason);
    void setBusy(bool busy);
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    SignInService *m_signIn;
    TokenStore *m_tokens;
    QAction *m_toggleEcho;
    QString m_acceptedKey;
    bool m_waiting = false;
};
