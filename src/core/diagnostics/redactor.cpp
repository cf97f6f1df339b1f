#include "redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

struct SecretRegistry
{
    QMutex mutex;
    QStringList secrets; // longest first, so a secret containing another one goes whole
};

// Leaked on purpose: messages can be logged while static objects are being destroyed at exit.
SecretRegistry &registry()
{
    static auto *instance = new SecretRegistry;
    return *instance;
}

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// The regular expressions are compiled once and shared by every thread: matching with a const
// QRegularExpression is thread-safe (its lazy compilation is guarded inside Qt). Leaked for the
// same reason as the registry.
const QList<Rule> &rules()
{
    static const auto *list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        // Names whose values are secrets, in JSON objects and in query strings / form bodies.
        const QString secretNames = QStringLiteral(
            "password|passwd|pass|proxy_password|proxy_pass|token|access_token|refresh_token|"
            "id_token|api_key|apikey|api-key|x-api-key|secret|client_secret|private_key");
        auto *l = new QList<Rule>;
        const auto add = [l](const QString &pattern, const QString &replacement,
                             QRegularExpression::PatternOptions options = {}) {
            l->append(Rule{QRegularExpression(pattern, options), replacement});
        };
        // A bearer credential anywhere: an Authorization header, debug output of a request, a
        // curl command line. "[" is not in the credential alphabet, so redacting twice changes
        // nothing.
        add(QStringLiteral(R"re(\b(Bearer)(\s+)[A-Za-z0-9\-._~+/=%:]+)re"),
            QStringLiteral("\\1\\2[redacted]"), ci);
        // Authorization and API key headers with any scheme (Basic, Digest …) or none. The
        // scheme word is kept; it is not looked for outside a header, where "basic" and "token"
        // are ordinary words. The atomic group stops "Bearer" itself being taken for the value
        // of an already redacted header.
        add(QStringLiteral(R"re(\b((?:Proxy-)?Authorization|X-Api-Key|Api-Key|X-Auth-Token))re"
                           R"re(("?\s*[:=]\s*"?)((?>(?:(?:Bearer|Basic|Digest|Token)\s+)?)))re"
                           R"re((?!\[redacted\])[^\s"',;]+)re"),
            QStringLiteral("\\1\\2\\3[redacted]"), ci);
        // JSON: "password": "…" (string values, with escapes), also inside an escaped JSON
        // string (\"password\": \"…\") as a JSON body quoted in a message.
        add(QStringLiteral(R"re(("(?:%1)"\s*:\s*")(?:[^"\\]|\\.)*("))re").arg(secretNames),
            QStringLiteral("\\1[redacted]\\2"), ci);
        add(QStringLiteral(R"re((\\"(?:%1)\\"\s*:\s*\\")(?:(?!\\").)*(\\"))re").arg(secretNames),
            QStringLiteral("\\1[redacted]\\2"), ci);
        // JSON: a non-string value ("token": 12345), but not null, booleans, arrays or objects.
        add(QStringLiteral(R"re(("(?:%1)"\s*:\s*)(?![\s"\[{]|null\b|true\b|false\b)[^,}\]\s]+)re")
                .arg(secretNames),
            QStringLiteral("\\1[redacted]"), ci);
        // Query strings and form bodies: password=…&, token=… (not "[redacted]" again).
        add(QStringLiteral(R"re((?<![A-Za-z0-9_-])((?:%1)=)(?!\[redacted\])[^&\s"',;]+)re")
                .arg(secretNames),
            QStringLiteral("\\1[redacted]"), ci);
        // Credentials in a URL or a proxy written as user:pass@host, with a scheme or starting
        // a word. The user part has no ":" (RFC 3986), the password may.
        add(QStringLiteral(
                R"re(((?:\b[A-Za-z][A-Za-z0-9+.\-]*://|(?<![^\s"'(<=,;\[{]))[^\s:@/"'<>\[\]]+:))re"
                R"re((?!\[redacted\]@)[^\s@/"'<>]+(@[A-Za-z0-9\[]))re"),
            QStringLiteral("\\1[redacted]\\2"));
        // Proxy lines ip:port:user:pass (the host may be a name or a bracketed IPv6 address).
        add(QStringLiteral(R"re(((?<![\w.:-])(?:(?:\d{1,3}\.){3}\d{1,3}|\[[0-9A-Fa-f:.]+\]|)re"
                           R"re([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+):\d{1,5}:[^\s:@/"']+:))re"
                           R"re((?!\[redacted\])[^\s@/"',;]+)re"),
            QStringLiteral("\\1[redacted]"));
        return l;
    }();
    return *list;
}

QString replaceSecrets(QString text)
{
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const QString &secret : std::as_const(r.secrets))
        text.replace(secret, Redactor::mask());
    return text;
}

void insertSorted(QStringList &list, const QString &secret)
{
    if (secret.size() < Redactor::kMinSecretLength || list.contains(secret))
        return;
    const auto at = std::find_if(list.cbegin(), list.cend(),
                                 [&secret](const QString &s) { return s.size() < secret.size(); });
    list.insert(at - list.cbegin(), secret);
}

} // namespace

QString Redactor::mask()
{
    return QStringLiteral("[redacted]");
}

void Redactor::addSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    insertSorted(r.secrets, trimmed);
    // The same key in a URL query or a form body.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(trimmed));
    if (encoded != trimmed)
        insertSorted(r.secrets, encoded);
}

void Redactor::removeSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.secrets.removeAll(trimmed);
    r.secrets.removeAll(QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
}

void Redactor::clearSecrets()
{
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.secrets.clear();
}

int Redactor::secretCount()
{
    SecretRegistry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return int(r.secrets.size());
}

QString Redactor::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Known secrets first: a key is removed whole before the shape rules see parts of it.
    QString result = replaceSecrets(text);
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}
