#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

ApiError::ApiError(Kind kind, int httpStatus, QString message)
    : m_kind(kind), m_httpStatus(httpStatus), m_message(std::move(message))
{
    if (m_message.isEmpty())
        m_message = humanMessage(kind, httpStatus);
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus == 401)
        return Kind::Unauthorized;
    if (httpStatus == 403)
        return Kind::Forbidden;
    if (httpStatus == 404)
        return Kind::NotFound;
    if (httpStatus == 408)
        return Kind::Timeout;
    if (httpStatus == 429)
        return Kind::RateLimited;
    if (httpStatus >= 500)
        return Kind::Server;
    if (httpStatus >= 400)
        return Kind::Refused;
    return Kind::Protocol; // 1xx/3xx that reached us: nothing we can use
}

ApiError ApiError::fromHttpStatus(int httpStatus, const QString &serverMessage)
{
    return ApiError(kindForStatus(httpStatus), httpStatus, serverMessage.trimmed());
}

ApiError ApiError::notSent(Kind kind, const QString &message)
{
    ApiError error(kind, 0, message);
    error.m_notSent = true;
    return error;
}

namespace {
QString tidy(QString text)
{
    text = text.simplified();
    if (text.size() > ApiError::kMaxServerWords)
        text = text.left(ApiError::kMaxServerWords - 1).trimmed() + u'…';
    return text;
}

// A string, or the message of an object ({"message": ...}, {"msg": ...}, FastAPI's
// {"loc": [...], "msg": ...}), or the joined words of a list of those.
QString wordsOf(const QJsonValue &value, int depth = 0)
{
    if (depth > 3)
        return {};
    if (value.isString())
        return value.toString().trimmed();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString part = wordsOf(item, depth + 1);
            if (!part.isEmpty() && !parts.contains(part))
                parts.append(part);
            if (parts.size() >= 5)
                break;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"message", "msg", "detail", "error", "description"}) {
            const QString words = wordsOf(o.value(QLatin1String(key)), depth + 1);
            if (!words.isEmpty())
                return words;
        }
        // {"errors": {"cycle": ["is required"]}}: each field with its words.
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd() && parts.size() < 5; ++it) {
            const QString words = wordsOf(it.value(), depth + 1);
            if (!words.isEmpty())
                parts.append(it.key() + QStringLiteral(": ") + words);
        }
        return parts.join(QStringLiteral("; "));
    }
    return {};
}
} // namespace

QString ApiError::serverWords(const QJsonObject &object)
{
    for (const char *key : {"message", "detail", "error", "errors", "error_description"}) {
        const QString words = wordsOf(object.value(QLatin1String(key)));
        if (!words.isEmpty())
            return tidy(words);
    }
    return {};
}

QString ApiError::serverWords(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return serverWords(doc.object());
        if (doc.isArray())
            return tidy(wordsOf(doc.array()));
        return {};
    }
    // A web page (a proxy's or load balancer's error page) is not words for a person.
    const QByteArray type = contentType.toLower();
    if (type.contains("html") || trimmed.startsWith('<'))
        return {};
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return {}; // broken JSON: no sentence to show
    const QString text = QString::fromUtf8(trimmed);
    // Binary noise is not a sentence either.
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0e-\\x1f]"));
    if (text.contains(control) || text.contains(QChar::ReplacementCharacter))
        return {};
    return tidy(text);
}

ApiError ApiError::protocol(const QString &detail)
{
    return ApiError(Kind::Protocol, 0,
                    tr("The server sent an answer ShardDesk cannot use (%1).").arg(detail));
}

QString ApiError::humanMessage(Kind kind, int httpStatus)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the server. Check the connection and the server address.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Unauthorized:
        return tr("The API key was rejected. Check the key and sign in again.");
    case Kind::Forbidden:
        return tr("The server does not allow this for your account or this order.");
    case Kind::NotFound:
        return tr("The server does not know this item or this function.");
    case Kind::Refused:
        if (httpStatus <= 0)
            return tr("The server refused the request.");
        return tr("The server refused the request (HTTP %1).").arg(httpStatus);
    case Kind::RateLimited:
        return tr("Too many requests: the server asks to slow down. Try again shortly.");
    case Kind::Server:
        if (httpStatus <= 0)
            return tr("The server had a problem.");
        // No "try again" here: the same sentence reports a purchase that may have gone through.
        return tr("The server had a problem (HTTP %1).").arg(httpStatus);
    case Kind::Protocol:
        return tr("The server sent an answer ShardDesk cannot use.");
    case Kind::Insecure:
        return tr("Refusing to send the API key over an unencrypted connection: use an https:// "
                  "address.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Insecure: return QStringLiteral("insecure");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

bool ApiError::leavesOutcomeUnknown() const
{
    if (m_notSent)
        return false;
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::Server ||
           m_kind == Kind::Protocol || m_kind == Kind::Cancelled;
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::RateLimited ||
           m_kind == Kind::Server;
}
