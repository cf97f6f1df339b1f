#include "proxychecker.h"

#include "domain/echoanswer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <numeric>
#include <optional>

struct ProxyChecker::Slot
{
    QNetworkAccessManager nam;
    QTimer deadline;
    QElapsedTimer clock;
    QNetworkReply *reply = nullptr;
    int index = -1;
    int connectMs = -1;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
};

namespace {

using Outcome = ProxyCheckResult::Outcome;

Outcome outcomeOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Outcome::AuthFailed;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return Outcome::Refused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return Outcome::Dns;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Outcome::TimedOut;
    case QNetworkReply::SslHandshakeFailedError:
        return Outcome::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::UnknownProxyError:
        return Outcome::BadAnswer;
    default:
        return Outcome::Failed;
    }
}

// Qt 6.4's SOCKS5 engine reports a refused, silent or unknown proxy as UnknownNetworkError;
// only its words (translated in its own context) tell which.
std::optional<Outcome> socksOutcome(const QString &words)
{
    const auto qt = [](const char *text) {
        return QCoreApplication::translate("QSocks5SocketEngine", text);
    };
    if (words == qt("Connection to proxy refused"))
        return Outcome::Refused;
    if (words == qt("Connection to proxy timed out"))
        return Outcome::TimedOut;
    if (words == qt("Proxy host not found"))
        return Outcome::Dns;
    if (words == qt("Connection to proxy closed prematurely") ||
        words == qt("SOCKS version 5 protocol error"))
        return Outcome::BadAnswer;
    if (words.startsWith(qt("Proxy authentication failed")))
        return Outcome::AuthFailed;
    return std::nullopt;
}

QNetworkProxy proxyOf(const ProxyEndpoint &e)
{
    return QNetworkProxy(e.protocol == ProxyProtocol::Http ? QNetworkProxy::HttpProxy
                                                           : QNetworkProxy::Socks5Proxy,
                         e.host, quint16(e.port), e.username, e.password);
}

} // namespace

QUrl ProxyChecker::defaultTarget()
{
    return QUrl(QStringLiteral("https://ipinfo.io/json"));
}

ProxyChecker::Options ProxyChecker::clamped(Options o)
{
    o.concurrency = std::clamp(o.concurrency, kMinConcurrency, kMaxConcurrency);
    o.timeoutMs = std::clamp(o.timeoutMs, kMinTimeoutMs, kMaxTimeoutMs);
    const QString scheme = o.target.scheme();
    if (!o.target.isValid() || o.target.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https"))
        o.target = defaultTarget();
    return o;
}

ProxyChecker::ProxyChecker(QObject *parent) : QObject(parent) {}

ProxyChecker::~ProxyChecker()
{
    stopSlots();
}

void ProxyChecker::start(const QList<ProxyEndpoint> &endpoints, const Options &options)
{
    stopSlots();
    ++m_generation; // a check queued to start in the old run starts nothing in this one
    m_options = clamped(options);
    if (m_slots.size() > size_t(m_options.concurrency))
        m_slots.resize(size_t(m_options.concurrency));
    m_endpoints = endpoints;
    m_results = QList<ProxyCheckResult>(endpoints.size());
    m_indexOf.clear();
    m_indexOf.reserve(endpoints.size());
    for (qsizetype i = 0; i < endpoints.size(); ++i)
        m_indexOf.insert(endpoints.at(i).key(), int(i));
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_done = 0;
    emit runStarted();
    QList<int> all(endpoints.size());
    std::iota(all.begin(), all.end(), 0);
    queue(all);
}

bool ProxyChecker::recheckFailed()
{
    if (m_running)
        return false;
    QList<int> failed;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).failed())
            failed.append(int(i));
    }
    if (failed.isEmpty())
        return false;
    for (int i : failed) {
        m_results[i] = {};
        --m_done;
        emit resultChanged(i);
    }
    queue(failed);
    return true;
}

void ProxyChecker::queue(const QList<int> &indices)
{
    m_queue = indices;
    m_queueHead = 0;
    m_cancelled = false;
    m_running = true;
    emit progress(m_done, int(m_endpoints.size()));
    fillSlots();
    finishRunIfDone(); // an empty list is done at once
}

void ProxyChecker::fillSlots()
{
    for (auto &slot : m_slots) {
        if (m_queueHead >= m_queue.size())
            return;
        if (!slot->reply)
            begin(*slot, m_queue.at(m_queueHead++));
    }
    while (m_queueHead < m_queue.size() && m_slots.size() < size_t(m_options.concurrency)) {
        auto slot = std::make_unique<Slot>();
        slot->deadline.setSingleShot(true);
        // A coarse timer may fire 5 % early: "no answer within 300 ms" after 285 ms.
        slot->deadline.setTimerType(Qt::PreciseTimer);
        Slot *raw = slot.get();
        connect(&raw->deadline, &QTimer::timeout, this, [raw] {
            if (!raw->reply)
                return;
            raw->timedOut = true;
            raw->reply->abort();
        });
        m_slots.push_back(std::move(slot));
        begin(*raw, m_queue.at(m_queueHead++));
    }
}

void ProxyChecker::begin(Slot &slot, int index)
{
    const ProxyEndpoint &e = m_endpoints.at(index);
    slot.index = index;
    slot.connectMs = -1;
    slot.timedOut = slot.tooLarge = slot.cancelled = false;
    m_results[index] = {};
    m_results[index].outcome = Outcome::Checking;
    emit resultChanged(index);

    // A kept connection or credential belongs to the previous proxy.
    slot.nam.clearAccessCache();
    slot.nam.setProxy(proxyOf(e));
    QNetworkRequest request(m_options.target);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ShardDesk proxy check"));
    // One request per proxy: an idle connection left open only costs the proxy a slot.
    request.setRawHeader("Connection", "close");
    slot.clock.start();
    slot.reply = slot.nam.get(request);
    Slot *raw = &slot;
    connect(slot.reply, &QNetworkReply::requestSent, this,
            [raw] { raw->connectMs = int(raw->clock.elapsed()); });
    connect(slot.reply, &QNetworkReply::downloadProgress, this, [raw](qint64 received, qint64) {
        if (received > kMaxAnswerBytes && raw->reply && !raw->tooLarge) {
            raw->tooLarge = true;
            raw->reply->abort();
        }
    });
    connect(slot.reply, &QNetworkReply::finished, this, [this, raw] { onReplyFinished(*raw); });
    slot.deadline.start(m_options.timeoutMs);
}

void ProxyChecker::onReplyFinished(Slot &slot)
{
    QNetworkReply *reply = slot.reply;
    if (!reply)
        return;
    slot.deadline.stop();
    ProxyCheckResult r;
    r.totalMs = int(slot.clock.elapsed());
    r.connectMs = slot.connectMs;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (slot.cancelled) {
        r.outcome = Outcome::Cancelled;
    } else if (slot.timedOut) {
        r.outcome = Outcome::TimedOut;
        r.detail = tr("No answer within %1 ms").arg(m_options.timeoutMs);
    } else if (slot.tooLarge) {
        r.outcome = Outcome::BadAnswer;
        r.detail = tr("The answer was larger than an IP echo can be");
    } else if (error == QNetworkReply::NoError && r.httpStatus >= 200 && r.httpStatus < 300) {
        const EchoAnswer echo = EchoAnswer::read(reply->read(EchoAnswer::kMaxBytes));
        r.outcome = Outcome::Works;
        r.exitIp = echo.ip;
        r.country = echo.country;
    } else if (r.httpStatus == 407 ||
               (r.httpStatus == 401 && error == QNetworkReply::AuthenticationRequiredError &&
                m_endpoints.at(slot.index).protocol == ProxyProtocol::Http)) {
        // Some proxies (tinyproxy) refuse with 401 rather than 407: from a proxy, either means
        // the credentials.
        r.outcome = Outcome::AuthFailed;
        r.detail = tr("The proxy refused the user name or password (%1)").arg(r.httpStatus);
    } else if (r.httpStatus > 0) {
        // The proxy carried the request; the target (or the proxy on its behalf) said no.
        r.outcome = Outcome::BadAnswer;
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        r.detail = tr("The target answered %1 %2").arg(r.httpStatus).arg(reason).trimmed();
    } else {
        r.outcome = outcomeOf(error);
        r.detail = reply->errorString();
        if (error == QNetworkReply::UnknownNetworkError)
            r.outcome = socksOutcome(r.detail).value_or(r.outcome);
    }
    slot.reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    finishSlot(slot, r);
}

void ProxyChecker::finishSlot(Slot &slot, ProxyCheckResult result)
{
    const int index = slot.index;
    slot.index = -1;
    m_results[index] = std::move(result);
    ++m_done;
    emit resultChanged(index);
    emit progress(m_done, int(m_endpoints.size()));
    if (!m_cancelled && m_queueHead < m_queue.size()) {
        // The next check starts once control is back in the event loop: the finished reply
        // is deleted first, and a call Qt's HTTP thread may still make to it (credentials) is
        // answered before begin() clears that thread's caches.
        ++m_starting;
        QMetaObject::invokeMethod(this, [this, raw = &slot, generation = m_generation] {
            --m_starting;
            if (generation == m_generation && !raw->reply && !m_cancelled &&
                m_queueHead < m_queue.size())
                begin(*raw, m_queue.at(m_queueHead++));
            else
                fillSlots();
            finishRunIfDone();
        }, Qt::QueuedConnection);
        return;
    }
    finishRunIfDone();
}

void ProxyChecker::finishRunIfDone()
{
    // A check about to start keeps the run going, unless the run was stopped.
    if (!m_running || m_queueHead < m_queue.size() || (m_starting > 0 && !m_cancelled))
        return;
    for (const auto &slot : m_slots) {
        if (slot->reply)
            return;
    }
    m_running = false;
    emit finished(m_cancelled);
}

void ProxyChecker::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (qsizetype i = m_queueHead; i < m_queue.size(); ++i) {
        const int index = m_queue.at(i);
        m_results[index].outcome = Outcome::Cancelled;
        ++m_done;
        emit resultChanged(index);
    }
    m_queueHead = m_queue.size();
    emit progress(m_done, int(m_endpoints.size()));
    for (auto &slot : m_slots) {
        if (slot->reply) {
            slot->cancelled = true;
            slot->reply->abort(); // finishes the reply (and the slot) at once
        }
    }
    finishRunIfDone();
}

const ProxyCheckResult *ProxyChecker::resultFor(const ProxyEndpoint &endpoint) const
{
    const auto it = m_indexOf.constFind(endpoint.key());
    return it == m_indexOf.cend() ? nullptr : &m_results.at(*it);
}

void ProxyChecker::stopSlots()
{
    for (auto &slot : m_slots) {
        slot->deadline.stop();
        if (QNetworkReply *reply = slot->reply) {
            slot->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            // Deleted now, not later: Qt's HTTP thread may be blocked on a queued call to this
            // reply (credentials after a 401/407), and the next begin() would wait for it in
            // clearAccessCache().
            delete reply;
        }
        slot->index = -1;
    }
    m_running = false;
    m_queue.clear();
    m_queueHead = 0;
}
