#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where the API lives, and whether a key may be sent there. A plain value rule, so the settings,
// the sign-in dialog, the CLI and ApiClient all apply the same one.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static QUrl defaultUrl();
    // One spelling per server ("https://host/" and "https://host" are the same): the key in the
    // keychain, the saved setting and the client's base URL all use it.
    static QUrl canonical(const QUrl &url);
    // Empty when the address may carry the key; otherwise why not, for a person.
    static QString problem(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
};
