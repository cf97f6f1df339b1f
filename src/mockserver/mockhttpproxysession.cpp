#include "mockhttpproxysession.h"

#include "mockproxypolicy.h"
#include "mockresponse.h"

#include <QTcpSocket>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// Headers meant for the proxy (or one hop) that the target must not see.
bool isHopHeader(const QByteArray &name)
{
    static const QByteArrayList hop{"proxy-authorization", "proxy-connection", "connection",
                                    "keep-alive"};
    return hop.contains(name.toLower());
}

// "Basic base64(user:password)" into its two halves; nullopt when absent or not Basic.
std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.size() < 6 || trimmed.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(trimmed.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::pair{QString::fromUtf8(decoded.left(colon)),
                     QString::fromUtf8(decoded.mid(colon + 1))};
}

// "host:port" or "[v6]:port" of a CONNECT request.
std::optional<std::pair<QString, quint16>> splitAuthority(const QByteArray &authority)
{
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = authority.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return std::pair{QString::fromLatin1(authority.left(colon)), quint16(port)};
}

} // namespace

void MockHttpProxySession::onHandshakeData()
{
    // A client told 407 may send its next request on the same connection.
    for (;;) {
        if (m_bodyToSkip > 0) {
            const qsizetype skipped = qMin<qint64>(m_bodyToSkip, buffer().size());
            buffer().remove(0, skipped);
            m_bodyToSkip -= skipped;
            if (m_bodyToSkip > 0)
                return;
        }
        const qsizetype end = buffer().indexOf("\r\n\r\n");
        if (end < 0)
            return; // the base class drops a client whose head outgrows its limit
        const QByteArray head = buffer().left(end);
        buffer().remove(0, end + 4);
        if (!handleHead(head))
            return;
    }
}

bool MockHttpProxySession::handleHead(const QByteArray &head)
{
    const QByteArrayList lines = head.split('\n');
    const QByteArrayList requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(400, u"Malformed request line"_s);
        return false;
    }
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            answer(400, u"Malformed header line"_s);
            return false;
        }
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const auto header = [&headers](const char *name) {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    };

    const auto credentials = basicCredentials(header("Proxy-Authorization"));
    if (credentials && policy().hangs(credentials->first)) {
        hang();
        return false;
    }
    const bool admitted = credentials ? policy().admits(credentials->first, credentials->second)
                                      : policy().admitsAnonymous();
    if (!admitted) {
        // Keep the connection only when we know where the next request starts.
        bool lengthOk = true;
        const QByteArray length = header("Content-Length");
        const qint64 bodyLength = length.isEmpty() ? 0 : length.toLongLong(&lengthOk);
        const bool keepAlive = lengthOk && bodyLength >= 0 && header("Transfer-Encoding").isEmpty();
        m_bodyToSkip = keepAlive ? bodyLength : 0;
        answer(407, u"Proxy authentication required"_s, keepAlive,
               {{"Proxy-Authenticate", "Basic realm=\"" + QByteArray(kRealm) + '"'}});
        return keepAlive;
    }

    QString host;
    quint16 port = 0;
    if (method == "CONNECT") {
        const auto authority = splitAuthority(target);
        if (!authority) {
            answer(400, u"CONNECT needs host:port"_s);
            return false;
        }
        std::tie(host, port) = *authority;
    } else {
        const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()) {
            answer(400, u"A proxy request needs an absolute http:// URL"_s);
            return false;
        }
        host = url.host();
        port = quint16(url.port(80));
        // The path and query exactly as sent, after "http://authority".
        const qsizetype pathStart = target.indexOf('/', target.indexOf("://") + 3);
        const QByteArray originForm = pathStart < 0 ? QByteArray("/") : target.mid(pathStart);
        m_forwardHead = method + ' ' + originForm + ' ' + requestLine.at(2) + "\r\n";
        for (const auto &h : std::as_const(headers)) {
            if (!isHopHeader(h.first))
                m_forwardHead += h.first + ": " + h.second + "\r\n";
        }
        // One request per upstream connection: its end is the end of the answer.
        m_forwardHead += "Connection: close\r\n\r\n";
    }
    m_destination = host + u':' + QString::number(port);
    const std::optional<QHostAddress> address = MockProxyPolicy::loopbackDestination(host);
    if (!address) {
        answer(403, u"This proxy only connects to loopback addresses, not "_s + host);
        return false;
    }
    connectUpstream(*address, port);
    return false;
}

void MockHttpProxySession::onUpstreamConnected(const QHostAddress &boundAddress, quint16 boundPort)
{
    Q_UNUSED(boundAddress);
    Q_UNUSED(boundPort);
    if (m_forwardHead.isEmpty())
        client()->write("HTTP/1.1 200 Connection established\r\n\r\n");
    else
        buffer().prepend(m_forwardHead);
    startRelay();
}

void MockHttpProxySession::onUpstreamFailed(QAbstractSocket::SocketError error)
{
    Q_UNUSED(error);
    answer(502, u"Cannot connect to "_s + m_destination);
}

void MockHttpProxySession::answer(int status, const QString &text, bool keepAlive,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    MockResponse response = MockResponse::plainText(status, text);
    response.headers = headers;
    if (keepAlive) {
        client()->write(response.serialize(true));
        return;
    }
    closeClient(response.serialize(false));
}
