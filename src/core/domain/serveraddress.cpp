#include "serveraddress.h"

#include "apierror.h"

#include <QHostAddress>

QUrl ServerAddress::defaultUrl()
{
    return QUrl(QStringLiteral("https://user-api.proxyshard.com"));
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ServerAddress::canonical(const QUrl &url)
{
    QUrl canonical = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (canonical.path() == u"/") // StripTrailingSlash keeps a lone "/"
        canonical.setPath(QString());
    return canonical;
}

QString ServerAddress::problem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address is not a valid URL.");
    // A password or token in the address would end up in the settings file and in logs.
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The server address must not contain a user name, password, query or "
                  "fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && isLoopbackHost(url.host()))
        return {};
    if (scheme == u"http")
        return ApiError::humanMessage(ApiError::Kind::Insecure, 0);
    return tr("The server address must start with https://.");
}
