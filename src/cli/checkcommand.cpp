// sharddesk-cli check: do the proxies work? The proxies of Datacenter/ISP orders (read by
// OrderProxies over OrderService, as `proxies ID` reads them) or of a list in a file or on standard input (read by
// ProxyListText, as the window reads a pasted list), checked by one ProxyChecker. Nothing is
// printed on stdout until every check is done: scripts parse it. Exit 0 when all work, 7 when
// some did not (each row says why). Passwords are never printed.

#include "clirunner.h"

#include "domain/proxychecksummary.h"
#include "domain/proxyendpoint.h"
#include "domain/proxylisttext.h"
#include "services/orderproxies.h"
#include "services/proxychecker.h"
#include "session/appcontext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <optional>

using namespace Qt::Literals::StringLiterals;

// What one `check` runs: the choices from the command line and the proxies gathered so far.
struct CheckPlan
{
    CheckProtocols protocols = CheckProtocols::Http;
    ProxyChecker::Options options{32, 10'000, ProxyChecker::defaultTarget()};
    QList<qint64> orderIds; // each once, in the order given
    // The exit code of the first order whose proxies could not be read (Ok: every one was).
    ExitCode unreadOrders = ExitCode::Ok;
    QList<ProxyEndpoint> endpoints; // what is checked
};

namespace {

// A list this large is not a proxy list (ProxyListText reads at most kMaxLines lines anyway);
// the limit keeps `--file /dev/zero` from filling the memory.
constexpr qint64 kMaxListBytes = 64 * 1024 * 1024;

QString numberOrDash(int value)
{
    return value < 0 ? u"-"_s : QString::number(value);
}

QString textOrDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

// A failure's words as one table cell: a proxy or target can say anything, including line ends,
// and a password must not come back through them.
QString safeDetail(QString detail, const QString &password)
{
    for (QChar &c : detail) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    // Too short a password would blank out ordinary letters; a long one is never said by chance.
    if (password.size() >= 4)
        detail.replace(password, u"\u2022\u2022\u2022\u2022\u2022\u2022"_s);
    return detail.simplified();
}

// The text of the list, or the reason it cannot be read. "-" is standard input.
std::optional<QString> readList(const QString &name, QString *why)
{
    QFile file;
    const bool opened = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *why = file.errorString();
        return std::nullopt;
    }
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > kMaxListBytes) {
            *why = CliRunner::tr("larger than %1 MB, which no proxy list is")
                       .arg(kMaxListBytes / (1024 * 1024));
            return std::nullopt;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        *why = file.errorString();
        return std::nullopt;
    }
    // The decoder drops a leading byte order mark, which would otherwise stick to the first host.
    QStringDecoder decode(QStringDecoder::Utf8);
    return QString(decode(bytes));
}

} // namespace

void CliRunner::runCheck(const QCommandLineParser &parser, const QStringList &positional)
{
    auto plan = std::make_shared<CheckPlan>();
    // Every choice is checked before anything is read or sent.
    if (parser.isSet(u"protocol"_s)) {
        const std::optional<CheckProtocols> protocols =
            ProxyEndpoint::protocolsFromName(parser.value(u"protocol"_s));
        if (!protocols) {
            badValue(tr("Unknown protocol '%1': use http, socks5 or both.")
                         .arg(parser.value(u"protocol"_s)));
            return;
        }
        plan->protocols = *protocols;
    }
    // A whole number option within its range, or the one line that says what it takes.
    const auto takeNumber = [&](const QString &name, int least, int most, const QString &problem,
                                int *value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int number = parser.value(name).toInt(&ok);
        if (!ok || number < least || number > most) {
            badValue(problem.arg(QString::number(least), QString::number(most), parser.value(name)));
            return false;
        }
        *value = number;
        return true;
    };
    if (!takeNumber(u"concurrency"_s, ProxyChecker::kMinConcurrency, ProxyChecker::kMaxConcurrency,
                    tr("--concurrency takes a whole number from %1 to %2, not '%3'."),
                    &plan->options.concurrency) ||
        !takeNumber(u"timeout-ms"_s, ProxyChecker::kMinTimeoutMs, ProxyChecker::kMaxTimeoutMs,
                    tr("--timeout-ms takes each proxy's timeout in milliseconds, from %1 to %2, "
                       "not '%3'."),
                    &plan->options.timeoutMs))
        return;
    if (parser.isSet(u"url"_s)) {
        const QUrl url(parser.value(u"url"_s), QUrl::StrictMode);
        // The checker would quietly put its default in place of anything else.
        if (ProxyChecker::clamped({1, ProxyChecker::kMinTimeoutMs, url}).target != url) {
            badValue(tr("--url takes an http:// or https:// address, not '%1'.")
                         .arg(parser.value(u"url"_s)));
            return;
        }
        plan->options.target = url;
    }

    const QStringList ids = positional.mid(1);
    const bool fromFile = parser.isSet(u"file"_s);
    if (fromFile == !ids.isEmpty()) {
        usage(fromFile ? tr("'check' takes order IDs or --file, not both.")
                       : tr("'check' needs order IDs, or --file FILE ('-' for standard input)."));
        return;
    }
    if (!fromFile) {
        for (const QString &text : ids) {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            if (!ok || id <= 0) {
                badValue(tr("'check' needs order IDs (positive whole numbers), not '%1'.")
                             .arg(text));
                return;
            }
            if (!plan->orderIds.contains(id))
                plan->orderIds.append(id);
        }
        readCheckOrders(plan);
        return;
    }

    const QString name = parser.value(u"file"_s);
    const QString shownName = name == u"-" ? tr("standard input") : name;
    QString why;
    const std::optional<QString> text = readList(name, &why);
    if (!text) {
        badValue(tr("Cannot read %1: %2").arg(shownName, why));
        return;
    }
    const ProxyListText::Parsed parsed = ProxyListText::parse(*text, plan->protocols);
    // The line's number and why, never its text: it may hold a password.
    for (const ProxyListText::BadLine &bad : parsed.bad)
        m_err << tr("line %1: %2").arg(bad.line).arg(bad.reason) << '\n';
    if (parsed.endpoints.isEmpty()) {
        badValue(tr("No proxies to check: no line of %1 names a proxy.").arg(shownName));
        return;
    }
    plan->endpoints = parsed.endpoints;
    checkEndpoints(plan);
}

void CliRunner::readCheckOrders(const std::shared_ptr<CheckPlan> &plan)
{
    auto *reader = new OrderProxies(m_context->orders(), this);
    connect(reader, &OrderProxies::finished, this, [this, reader, plan] {
        reader->deleteLater();
        // In the order given, whatever order the answers came in.
        QHash<qint64, ApiError> failures;
        for (const OrderProxies::Failure &failure : reader->failures())
            failures.insert(failure.orderId, failure.error);
        QSet<qint64> withProxies;
        for (const ProxyEndpoint &e : reader->endpoints())
            withProxies.insert(e.orderId);
        std::optional<ApiError> firstFailure;
        for (qint64 id : std::as_const(plan->orderIds)) {
            if (const auto failure = failures.constFind(id); failure != failures.cend()) {
                // The server's words; the other orders are still checked.
                m_err << tr("The proxies of order %1 could not be read: %2")
                             .arg(QString::number(id), failure->message())
                      << '\n';
                if (!firstFailure)
                    firstFailure = *failure;
            } else if (!withProxies.contains(id)) {
                m_err << tr("Order %1 has no proxies to check.").arg(id) << '\n';
            }
        }
        if (firstFailure)
            plan->unreadOrders = ExitCodes::forError(*firstFailure);
        plan->endpoints = reader->endpoints();
        if (!plan->endpoints.isEmpty()) {
            checkEndpoints(plan);
        } else if (firstFailure) {
            done(plan->unreadOrders);
        } else {
            refuse(ProxyCheckSummary().text());
        }
    });
    reader->load(plan->orderIds, plan->protocols);
}

void CliRunner::checkEndpoints(const std::shared_ptr<CheckPlan> &plan)
{
    // The session's checker, as the window uses: one run, its results kept until the next.
    ProxyChecker *checker = &context().proxyChecker();
    connect(checker, &ProxyChecker::finished, this,
            [this, checker, plan](bool) { printChecked(*checker, *plan); },
            Qt::SingleShotConnection);
    checker->start(plan->endpoints, plan->options);
}

void CliRunner::printChecked(const ProxyChecker &checker, const CheckPlan &plan)
{
    CliTable t;
    t.headers = QStringList{u"result"_s,  u"proxy"_s,       u"protocol"_s, u"user"_s,
                            u"order"_s,   u"connect_ms"_s,  u"total_ms"_s, u"http_status"_s,
                            u"exit_ip"_s, u"country"_s,     u"detail"_s};
    QJsonArray json;
    const QList<ProxyEndpoint> &endpoints = checker.endpoints();
    const QList<ProxyCheckResult> &results = checker.results();
    for (qsizetype i = 0; i < endpoints.size() && i < results.size(); ++i) {
        const ProxyEndpoint &e = endpoints.at(i);
        const ProxyCheckResult &r = results.at(i);
        const QString detail = safeDetail(r.detail, e.password);
        const QString order = e.orderId > 0 ? QString::number(e.orderId) : QString();
        t.rows.append(QStringList{ProxyCheckResult::outcomeName(r.outcome), e.address(),
                                  ProxyEndpoint::protocolName(e.protocol), textOrDash(e.username),
                                  textOrDash(order), numberOrDash(r.connectMs),
                                  numberOrDash(r.totalMs),
                                  numberOrDash(r.httpStatus > 0 ? r.httpStatus : -1),
                                  textOrDash(r.exitIp), textOrDash(r.country), textOrDash(detail)});
        QJsonObject object = r.toJson();
        object.insert(u"proxy"_s, e.address());
        object.insert(u"protocol"_s, ProxyEndpoint::protocolName(e.protocol));
        object.insert(u"user"_s, e.username.isEmpty() ? QJsonValue() : QJsonValue(e.username));
        object.insert(u"order"_s, e.orderId > 0 ? QJsonValue(e.orderId) : QJsonValue());
        object.insert(u"detail"_s, detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
        json.append(object);
    }
    t.json = json;
    const ProxyCheckSummary summary = checker.summary();
    if (m_format == CliTable::Format::Table)
        m_err << summary.text() << '\n';
    // An order that could not be read says so in the exit code, over the checks of the rest.
    print(t, plan.unreadOrders != ExitCode::Ok ? plan.unreadOrders
             : summary.allWork()               ? ExitCode::Ok
                                               : ExitCode::SomeFailed);
}
