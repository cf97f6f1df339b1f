#pragma once

#include "domain/apierror.h"
#include "../domain/account.h"

#include <QObject>
#include <QUrl>

class ApiClient;

// Checks a key before accepting it: the server and key are put on the client, GET /me must
// answer. A rejected key leaves the client without a key.
class SignInService final : public QObject
{
    Q_OBJECT

public:
    explicit SignInService(ApiClient *client, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    bool isSignedIn() const { return m_signedIn; }
    QUrl server() const { return m_server; }

    // Empty when the address is acceptable.
    static QString checkServer(const QUrl &server);
    void signIn(const QUrl &server, const QString &token);
    void signOut();

signals:
    void signedIn(const Account &account);
    void signInFailed(const ApiError &error);
    void signedOut();

private:
    ApiClient *m_client;
    QUrl m_server;
    bool m_busy = false;
    bool m_signedIn = false;
    int m_attempt = 0;
};
