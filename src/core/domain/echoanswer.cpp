#include "echoanswer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// An address as text, or empty: an echo that says "rate limited" must not show as an IP.
QString addressIn(QString text)
{
    text = text.trimmed();
    // httpbin's "origin" lists every hop: "198.51.100.7, 203.0.113.5"; the first is the caller.
    text = text.section(u',', 0, 0).trimmed();
    QHostAddress address;
    if (text.size() > 64 || !address.setAddress(text))
        return {};
    // ::ffff:127.0.0.1 is the IPv4 address the person knows.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}

} // namespace

EchoAnswer EchoAnswer::read(const QByteArray &body)
{
    const QByteArray head = body.left(kMaxBytes);
    EchoAnswer answer;
    const QJsonDocument doc = QJsonDocument::fromJson(head);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        answer.ip = addressIn(firstString(o, {"ip", "origin", "query", "ip_addr", "address"}));
        const QString country =
            firstString(o, {"country_code", "countryCode", "country_iso", "country"});
        // A code or a name, kept short: a service's essay is not a country.
        if (country.size() <= 60)
            answer.country = country;
        return answer;
    }
    answer.ip = addressIn(QString::fromUtf8(head).section(u'\n', 0, 0));
    return answer;
}
