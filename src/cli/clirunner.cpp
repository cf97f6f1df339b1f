#include "clirunner.h"

#include "alerts/renewalwatch.h"
#include "api/apiclient.h"
#include "auth/tokenstore.h"
#include "domain/isodate.h"
#include "export/orderexport.h"
#include "domain/money.h"
#include "domain/productkind.h"
#include "domain/purchaserequest.h"
#include "domain/serveraddress.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"
#include "services/accountservice.h"
#include "services/geoservice.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/serverhealth.h"
#include "session/appcontext.h"
#include "sharddeskversion.h"
#include "storage/synchistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace {
QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return QStringLiteral("-");
    return *value ? QStringLiteral("on") : QStringLiteral("off");
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? IsoDate::toIsoUtc(dt) : QStringLiteral("-");
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// "used/available", with the count after the next renewal when it differs: "3/4 (next 1)".
QString p0fSlotsText(const OrderDetails &d)
{
    if (!d.p0fSlotsAvailable)
        return QStringLiteral("-");
    QString text = QString::number(d.p0fSlotsUsed.value_or(0)) + u'/' +
                   QString::number(*d.p0fSlotsAvailable);
    if (d.p0fSlotsNext && *d.p0fSlotsNext != *d.p0fSlotsAvailable)
        text += QStringLiteral(" (next %1)").arg(*d.p0fSlotsNext);
    return text;
}

const char *const usageText =
    "Usage: sharddesk-cli [--server URL] [--format table|json|csv] [--timeout-ms N] [--offline]\n"
    "                     COMMAND ...\n"
    "  me | products | stock\n"
    "  orders [--status active|on-hold|cancelled|all]\n"
    "  order ID | proxies ID\n"
    "  activity [--since DATE|DATETIME] [--kind KIND[,KIND...]] [--order ID]\n"
    "        KIND: new, on_hold, renewed, cancelled, expired, tag, auto_renew, cycle, balance\n"
    "        (what changed between the orders listed here or in ShardDesk, newest first)\n"
    "  price --product P [--location L] [--cycle C] [--quantity N] [--promo CODE] "
    "[--p0f-slots N]\n"
    "  buy   --product P [--location L] [--cycle C] [--quantity N] [--promo CODE] "
    "[--p0f-slots N] [--auto-renew] --yes\n"
    "  renew ID --yes | tag ID TEXT | tag ID --clear | auto-renew ID on|off | cycle ID NAME\n"
    "  countries | regions COUNTRY | cities COUNTRY [REGION]   [--type standart|premium]\n"
    "  subusers [--type standart|premium] [--show-password]\n"
    "  subuser show ID [--show-password] | create NAME GB | rename ID NAME | delete ID --yes\n"
    "  subuser add-data ID GB | subtract-data ID GB | password ID\n"
    "                             (every subuser action needs --type standart|premium)\n"
    "  add-bandwidth ORDER_ID GB [--promo CODE] --yes\n"
    "  check ORDER_ID... | check --file FILE   (FILE '-': standard input)\n"
    "        [--protocol http|socks5|both] [--concurrency N] [--timeout-ms N] [--url URL]\n"
    "                             (--timeout-ms: each proxy's; exit 7 when some do not work)\n"
    "  health                     (the server's probes; needs no key)\n"
    "--offline: orders, order, me and activity answered from the local store, without a\n"
    "  request (as of the last online 'orders' or 'me', here or in ShardDesk).\n"
    "The API key is read from the SHARDDESK_TOKEN environment variable. The local store is\n"
    "ShardDesk's own data folder, or SHARDDESK_DATA_DIR when set.\n";

const char *const exitCodesText = QT_TRANSLATE_NOOP(
    "CliRunner",
    "Exit codes:\n"
    "  0  success\n"
    "  1  the server refused the request (its message on stderr)\n"
    "  2  bad arguments, or a request refused before sending\n"
    "  3  the API key is missing or was rejected\n"
    "  4  the server could not be reached (network, timeout or 5xx), or nothing is stored to\n"
    "     answer from (--offline, activity)\n"
    "  5  the server's answer could not be used\n"
    "  6  a purchase or renewal may have gone through: check 'orders' and 'me' first\n"
    "  7  'check' ran and some proxies did not work (each row says why)\n");

const QStringList &knownCommands()
{
    static const QStringList commands{
        QStringLiteral("me"),    QStringLiteral("products"), QStringLiteral("stock"),
        QStringLiteral("orders"), QStringLiteral("order"),   QStringLiteral("proxies"),
        QStringLiteral("price"), QStringLiteral("buy"),      QStringLiteral("renew"),
        QStringLiteral("tag"),   QStringLiteral("auto-renew"), QStringLiteral("cycle"),
        QStringLiteral("health"), QStringLiteral("countries"), QStringLiteral("regions"),
        QStringLiteral("cities"), QStringLiteral("subusers"), QStringLiteral("subuser"),
        QStringLiteral("add-bandwidth"), QStringLiteral("check"), QStringLiteral("activity")};
    return commands;
}

// The product a stock code stands for, as the catalogue names it (the only products with
// stock are Datacenter and ISP); a code ShardDesk does not know is shown as the server wrote it.
QString stockProductName(const QString &code)
{
    if (code == ProductKinds::stockCode(ProductKind::Datacenter))
        return QStringLiteral("Datacenter Proxy");
    if (code == ProductKinds::stockCode(ProductKind::Isp))
        return QStringLiteral("ISP Proxy");
    return code;
}

// "-3" read as an option: QCommandLineParser names it "3".
bool looksLikeNumber(const QString &name)
{
    bool ok = false;
    name.toLongLong(&ok);
    return ok;
}
} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err),
      m_context(std::make_unique<AppContext>(AppContext::KeyStorage::Memory))
{
    // One command and out: the window's renewal alerts would only read orders nobody asked for.
    m_context->alerts().setEnabled(false);
    // A damaged store moved aside, a failed write: the person hears of it, the command goes on.
    connect(&m_context->history(), &SyncHistory::storeMessage, this,
            [this](const QString &text) { m_err << text << '\n'; });
}

CliRunner::~CliRunner() = default;

void CliRunner::start(const QStringList &arguments, const QString &token)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto valueOption = [&](const QString &name, const QString &help, const QString &value) {
        parser.addOption(QCommandLineOption(name, help, value));
    };
    valueOption(QStringLiteral("server"), QStringLiteral("API server URL"), QStringLiteral("url"));
    valueOption(QStringLiteral("format"), QStringLiteral("table, json or csv"),
                QStringLiteral("format"));
    valueOption(QStringLiteral("timeout-ms"), QStringLiteral("Transfer timeout"),
                QStringLiteral("ms"));
    valueOption(QStringLiteral("status"), QStringLiteral("Order status"), QStringLiteral("status"));
    valueOption(QStringLiteral("product"), QStringLiteral("Product name"), QStringLiteral("name"));
    valueOption(QStringLiteral("location"), QStringLiteral("Country code"), QStringLiteral("code"));
    valueOption(QStringLiteral("cycle"), QStringLiteral("Billing cycle"), QStringLiteral("cycle"));
    valueOption(QStringLiteral("quantity"), QStringLiteral("Quantity"), QStringLiteral("n"));
    valueOption(QStringLiteral("promo"), QStringLiteral("Promo code"), QStringLiteral("code"));
    valueOption(QStringLiteral("type"), QStringLiteral("Residential pool: standart or premium"),
                QStringLiteral("type"));
    valueOption(QStringLiteral("p0f-slots"), QStringLiteral("p0f signature slots"),
                QStringLiteral("n"));
    valueOption(QStringLiteral("protocol"), QStringLiteral("Proxy check: http, socks5 or both"),
                QStringLiteral("protocol"));
    valueOption(QStringLiteral("concurrency"), QStringLiteral("Proxy checks at once"),
                QStringLiteral("n"));
    valueOption(QStringLiteral("file"), QStringLiteral("Proxy list to check ('-': stdin)"),
                QStringLiteral("file"));
    valueOption(QStringLiteral("url"), QStringLiteral("Proxy check target"), QStringLiteral("url"));
    valueOption(QStringLiteral("token"), QStringLiteral("Refused: use SHARDDESK_TOKEN"),
                QStringLiteral("key"));
    valueOption(QStringLiteral("since"), QStringLiteral("Activity from this date or time"),
                QStringLiteral("date"));
    valueOption(QStringLiteral("kind"), QStringLiteral("Activity of these kinds"),
                QStringLiteral("kinds"));
    valueOption(QStringLiteral("order"), QStringLiteral("Activity of one order"),
                QStringLiteral("id"));
    parser.addOption(QCommandLineOption(QStringLiteral("offline"),
                                        QStringLiteral("Answer from the local store")));
    parser.addOption(QCommandLineOption(QStringLiteral("auto-renew"), QStringLiteral("Auto-renew")));
    parser.addOption(QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Confirm spending")));
    parser.addOption(QCommandLineOption(QStringLiteral("clear"), QStringLiteral("Clear the tag")));
    parser.addOption(QCommandLineOption(QStringLiteral("show-password"),
                                        QStringLiteral("Show sub-user passwords")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show help")));
    parser.addOption(QCommandLineOption(QStringLiteral("version"), QStringLiteral("Show version")));

    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty() && std::all_of(unknown.cbegin(), unknown.cend(), looksLikeNumber)) {
            badValue(tr("'-%1' is not a valid value: order IDs and quantities are positive "
                        "whole numbers.")
                         .arg(unknown.first()));
            return;
        }
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageText << QCoreApplication::translate("CliRunner", exitCodesText);
        m_out.flush();
        done(ExitCode::Ok);
        return;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "sharddesk-cli " SHARDDESK_VERSION "\n";
        done(ExitCode::Ok);
        return;
    }
    if (parser.isSet(QStringLiteral("token"))) {
        refuse(tr("The API key is not taken from the command line, where other users of this "
                  "computer can read it. Set SHARDDESK_TOKEN instead."));
        return;
    }
    if (parser.isSet(QStringLiteral("format")) &&
        !CliTable::parseFormat(parser.value(QStringLiteral("format")), &m_format)) {
        badValue(tr("Unknown format '%1': use table, json or csv.")
                  .arg(parser.value(QStringLiteral("format"))));
        return;
    }
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || ms <= 0) {
            badValue(tr("--timeout-ms takes a positive number of milliseconds, not '%1'.")
                         .arg(parser.value(QStringLiteral("timeout-ms"))));
            return;
        }
        // For 'check' it is each proxy's timeout (checked there), not the API's.
        if (parser.positionalArguments().value(0) != u"check")
            m_context->client().setTimeoutMs(ms);
    }
    QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = qEnvironmentVariable("SHARDDESK_SERVER");
    if (!server.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(server);
        const QString problem = ServerAddress::problem(url);
        if (!problem.isEmpty()) {
            refuse(problem);
            return;
        }
        m_context->client().setBaseUrl(url);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usage(tr("No command given."));
        return;
    }
    // A command line that cannot run is reported as such, key or no key.
    if (!knownCommands().contains(positional.first())) {
        usage(tr("Unknown command '%1'.").arg(positional.first()));
        return;
    }
    // The server's own probes need no key: "is it me or the server?" must work without one.
    if (positional.first() == u"health") {
        if (positional.size() != 1)
            usage(tr("Wrong number of arguments for '%1'.").arg(positional.first()));
        else
            runHealth();
        return;
    }
    // The store answers without the server: no key needed.
    if (parser.isSet(QStringLiteral("offline"))) {
        runOffline(parser, positional);
        return;
    }
    // Checking a list of proxies asks the API nothing: no key needed.
    if (positional.first() == u"check" && parser.isSet(QStringLiteral("file"))) {
        runCheck(parser, positional);
        return;
    }
    if (token.trimmed().isEmpty() && m_tokens && !m_askedStore) {
        // No key in the environment: the one ShardDesk remembered for this server, if any.
        m_askedStore = true;
        const QString key = m_context->client().baseUrl().toString();
        connect(m_tokens, &TokenStore::loaded, this,
                [this, arguments, key](const QString &forServer, const QString &stored) {
                    if (forServer == key)
                        start(arguments, stored);
                });
        connect(m_tokens, &TokenStore::loadFailed, this,
                [this, arguments, key](const QString &forServer) {
                    if (forServer == key)
                        start(arguments, QString());
                });
        m_tokens->load(key);
        return;
    }
    if (token.trimmed().isEmpty()) {
        m_err << tr("No API key: set the SHARDDESK_TOKEN environment variable, or sign in with "
                    "ShardDesk once and let it remember the key.")
              << '\n';
        done(ExitCode::Unauthorized);
        return;
    }
    m_context->client().setToken(token);
    run(parser, positional);
}

bool CliRunner::takeOrderId(const QStringList &positional, qint64 *id)
{
    bool ok = false;
    *id = positional.value(1).toLongLong(&ok);
    if (!ok || *id <= 0) {
        badValue(tr("'%1' needs an order ID (a positive whole number), not '%2'.")
                     .arg(positional.value(0), positional.value(1)));
        return false;
    }
    return true;
}

void CliRunner::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString command = positional.first();
    const bool yes = parser.isSet(QStringLiteral("yes"));
    qint64 id = 0;
    auto expectArgs = [&](qsizetype n) {
        if (positional.size() != n) {
            usage(tr("Wrong number of arguments for '%1'.").arg(command));
            return false;
        }
        return true;
    };

    if (command == u"me") {
        if (expectArgs(1))
            runMe();
    } else if (command == u"activity") {
        LocalStore::ActivityFilter filter;
        if (expectArgs(1) && takeActivityFilter(parser, &filter))
            runActivity(filter);
    } else if (command == u"products") {
        if (expectArgs(1))
            runProducts();
    } else if (command == u"stock") {
        if (expectArgs(1))
            runStock();
    } else if (command == u"orders") {
        const QString status = parser.isSet(QStringLiteral("status"))
                                   ? parser.value(QStringLiteral("status"))
                                   : QStringLiteral("all");
        if (!expectArgs(1))
            return;
        if (status != u"all" && OrderStatuses::fromApiName(status) == OrderStatus::Unknown) {
            badValue(
                tr("Unknown status '%1': use active, on-hold, cancelled or all.").arg(status));
            return;
        }
        runOrders(status);
    } else if (command == u"countries" || command == u"regions" || command == u"cities") {
        runGeo(parser, positional);
    } else if (command == u"subusers") {
        if (expectArgs(1))
            runSubUsers(parser);
    } else if (command == u"subuser") {
        runSubUser(parser, positional);
    } else if (command == u"add-bandwidth") {
        runAddBandwidth(parser, positional);
    } else if (command == u"check") {
        runCheck(parser, positional);
    } else if (command == u"order" || command == u"proxies") {
        if (expectArgs(2) && takeOrderId(positional, &id))
            command == u"order" ? runOrder(id) : runProxies(id);
    } else if (command == u"price" || command == u"buy") {
        if (!expectArgs(1))
            return;
        if (command == u"buy" && !yes) {
            m_err << tr("Nothing was bought: 'buy' spends money, add --yes to confirm.") << '\n';
            done(ExitCode::Usage);
            return;
        }
        runPrice(parser, command == u"buy");
    } else if (command == u"renew") {
        if (!expectArgs(2) || !takeOrderId(positional, &id))
            return;
        if (!yes) {
            m_err << tr("Nothing was renewed: 'renew' spends money, add --yes to confirm.") << '\n';
            done(ExitCode::Usage);
            return;
        }
        runRenew(id);
    } else if (command == u"tag") {
        const bool clear = parser.isSet(QStringLiteral("clear"));
        if (!expectArgs(clear ? 2 : 3) || !takeOrderId(positional, &id))
            return;
        const QString tag = clear ? QString() : positional.at(2).trimmed();
        if (!clear && (tag.isEmpty() || tag.compare(u"none", Qt::CaseInsensitive) == 0)) {
            usage(tr("Use 'tag ID --clear' to remove a tag."));
            return;
        }
        runTag(id, tag);
    } else if (command == u"auto-renew") {
        if (!expectArgs(3) || !takeOrderId(positional, &id))
            return;
        const QString state = positional.at(2);
        if (state != u"on" && state != u"off") {
            badValue(tr("auto-renew takes 'on' or 'off', not '%1'.").arg(state));
            return;
        }
        runAutoRenew(id, state == u"on");
    } else if (command == u"cycle") {
        if (expectArgs(3) && takeOrderId(positional, &id))
            runCycle(id, positional.at(2));
    } else {
        usage(tr("Unknown command '%1'.").arg(command));
    }
}

void CliRunner::usage(const QString &problem)
{
    m_err << problem << '\n' << usageText;
    done(ExitCode::Usage);
}

void CliRunner::badValue(const QString &problem)
{
    m_err << problem << '\n' << tr("Run 'sharddesk-cli --help' for the usage.") << '\n';
    done(ExitCode::Usage);
}

void CliRunner::refuse(const QString &problem)
{
    m_err << problem << '\n';
    done(ExitCode::Usage);
}

void CliRunner::done(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    // What this command recorded is on disk before the process ends.
    if (LocalStore *store = m_context->history().store())
        store->waitForWrites();
    m_out.flush();
    m_err.flush();
    emit finished(int(code));
}

void CliRunner::failed(const ApiError &error)
{
    m_err << error.message() << '\n';
    done(ExitCodes::forError(error));
}

void CliRunner::failedSpending(const ApiError &error)
{
    m_err << error.message() << '\n';
    done(ExitCodes::forMoneyError(error));
}

void CliRunner::print(const CliTable &table, ExitCode code)
{
    QString text = table.render(m_format);
    // One line end after the last line, never a blank line (JSON's indented form has its own).
    if (m_format != CliTable::Format::Csv && !text.endsWith(u'\n'))
        text += u'\n';
    m_out << text;
    done(code);
}

void CliRunner::runGeo(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString command = positional.first();
    GeoQuery query;
    query.level = command == u"countries" ? GeoQuery::Level::Countries
                  : command == u"regions" ? GeoQuery::Level::Regions
                                          : GeoQuery::Level::Cities;
    const qsizetype least = query.level == GeoQuery::Level::Countries ? 1 : 2;
    const qsizetype most = query.level == GeoQuery::Level::Cities ? 3 : least;
    if (positional.size() < least || positional.size() > most) {
        usage(tr("Wrong number of arguments for '%1'.").arg(command));
        return;
    }
    if (!takeProxyType(parser, query.type, &query.type))
        return;
    query.country = positional.value(1).trimmed().toUpper();
    query.region = positional.value(2).trimmed().toUpper();
    m_context->geo().load(query, this, [this, query](ApiResult<GeoList> result) {
        if (!result.ok())
            return failed(result.error());
        warnSkipped(result.value().skipped);
        CliTable t;
        t.headers = QStringList{QStringLiteral("code"), QStringLiteral("name")};
        if (query.level != GeoQuery::Level::Countries)
            t.headers << QStringLiteral("country");
        if (query.level == GeoQuery::Level::Cities)
            t.headers << QStringLiteral("region");
        for (const GeoPlace &p : result.value().places) {
            QStringList row{p.code, p.name};
            if (query.level != GeoQuery::Level::Countries)
                row << p.countryCode;
            if (query.level == GeoQuery::Level::Cities)
                row << orNone(p.regionCode);
            t.rows.append(row);
        }
        t.json = result.value().toJson();
        print(t);
    });
}

void CliRunner::runHealth()
{
    ServerHealth &health = m_context->health();
    connect(&health, &ServerHealth::checked, this, [this](const ServerHealth::Report &report) {
        CliTable t;
        t.headers = QStringList{QStringLiteral("check"), QStringLiteral("path"),
                                QStringLiteral("state")};
        QJsonObject json;
        const auto add = [&t, &json](const QString &name, const QString &path,
                                     const std::optional<ApiError> &failure) {
            t.rows.append(QStringList{name, path,
                                      failure ? failure->message() : QStringLiteral("up")});
            json.insert(name, failure ? QJsonValue(failure->message()) : QJsonValue(true));
        };
        add(QStringLiteral("live"), QStringLiteral("/health/live"), report.liveFailure);
        add(QStringLiteral("deep"), QStringLiteral("/health"), report.deepFailure);
        t.json = json;
        const std::optional<ApiError> &failure =
            report.liveFailure ? report.liveFailure : report.deepFailure;
        print(t, failure ? ExitCodes::forError(*failure) : ExitCode::Ok);
    });
    health.check();
}

void CliRunner::runMe()
{
    AccountService &account = m_context->account();
    connect(&account, &AccountService::refreshFailed, this,
            [this](const ApiError &error) { failed(error); });
    connect(&account, &AccountService::accountChanged, this, [this](const Account &a) {
        recordRead(std::nullopt);
        printAccount(a);
    });
    account.refresh();
}

void CliRunner::printAccount(const Account &a)
{
    CliTable t;
    t.headers = QStringList{QStringLiteral("email"), QStringLiteral("active_orders"),
                            QStringLiteral("wallet_balance")};
    // What the server did not say stays empty, as in the window's export.
    t.rows.append(QStringList{a.email,
                              a.activeOrders ? QString::number(*a.activeOrders) : QString(),
                              a.walletBalanceCents ? Money::plain(*a.walletBalanceCents)
                                                   : QString()});
    t.json = a.toJson();
    print(t);
}

void CliRunner::runProducts()
{
    CatalogService &catalog = m_context->catalog();
    connect(&catalog, &CatalogService::catalogFailed, this,
            [this](const ApiError &error) { failed(error); });
    connect(&catalog, &CatalogService::catalogLoaded, this, [this, &catalog] {
        const ProductCatalog &products = catalog.catalog();
        warnSkipped(products.skipped());
        CliTable t;
        t.headers = QStringList{QStringLiteral("name"), QStringLiteral("location"),
                                QStringLiteral("cycles"), QStringLiteral("description")};
        for (const Product &p : products.products()) {
            for (const ProductOffer &offer : p.offers)
                t.rows.append(QStringList{p.name, orNone(offer.location),
                                          offer.cycles.join(u' '), p.description});
        }
        t.json = products.toJson();
        print(t);
    });
    // The products alone: the stock is a command of its own.
    catalog.loadProducts();
}

void CliRunner::runStock()
{
    CatalogService &catalog = m_context->catalog();
    connect(&catalog, &CatalogService::stockFailed, this,
            [this](const ApiError &error) { failed(error); });
    connect(&catalog, &CatalogService::stockUpdated, this, [this, &catalog] {
        CliTable t;
        t.headers = QStringList{QStringLiteral("country"), QStringLiteral("product"),
                                QStringLiteral("amount")};
        QJsonArray json;
        for (const StockEntry &e : catalog.stock()) {
            const QString name = stockProductName(e.productCode);
            t.rows.append(QStringList{e.country, name, QString::number(e.amount)});
            QJsonObject object = e.toJson();
            object.insert(QLatin1String("product_name"), name);
            json.append(object);
        }
        t.json = json;
        print(t);
    });
    catalog.reloadStock();
}

void CliRunner::runOrders(const QString &status)
{
    const bool everything = status == u"all";
    const QList<OrderStatus> statuses =
        everything ? QList<OrderStatus>{OrderStatus::Active, OrderStatus::OnHold,
                                        OrderStatus::Cancelled}
                   : QList<OrderStatus>{OrderStatuses::fromApiName(status)};
    // Every order is a snapshot worth remembering: with a store, once the listing is in, the
    // account is read (whose store it is, and its balance) and the listing recorded. A listing
    // that failed sends nothing more.
    const bool record = everything && !m_dataFolder.isEmpty();
    OrderService &orders = m_context->orders();
    orders.listOrders(statuses, this, [this, record](ApiResult<OrderService::Listing> result) {
        if (!result.ok())
            return failed(result.error());
        warnSkipped(result.value().skipped);
        const QList<Order> listed = result.value().orders;
        if (!record)
            return printOrders(listed, {});
        AccountService &account = m_context->account();
        connect(&account, &AccountService::accountChanged, this, [this, listed] {
            recordRead(listed);
            printOrders(listed, {});
        });
        // Not the command's failure: the orders are printed all the same, only not remembered.
        connect(&account, &AccountService::refreshFailed, this,
                [this, listed] { printOrders(listed, {}); });
        account.refresh();
    });
}

void CliRunner::printOrders(const QList<Order> &orders,
                            const QHash<qint64, StoredDetails> &details)
{
    if (m_format != CliTable::Format::Table) {
        // CSV and JSON are the window's export: the same exporter, columns and values.
        const OrderStore &store = m_context->store();
        QList<ExportRow> rows;
        rows.reserve(orders.size());
        for (const Order &o : orders) {
            std::optional<qint64> paid;
            if (const OrderDetails *d = store.details(o.id))
                paid = d->pricePaidCents;
            else if (const auto stored = details.constFind(o.id); stored != details.constEnd())
                paid = stored->pricePaidCents;
            rows.append(ExportRow{o, store.location(o.id), paid});
        }
        QString text = QString::fromUtf8(OrderExport::encode(
            rows, m_format == CliTable::Format::Csv ? OrderExport::Format::Csv
                                                    : OrderExport::Format::Json));
        if (m_format == CliTable::Format::Json && !text.endsWith(u'\n'))
            text += u'\n';
        m_out << text;
        done(ExitCode::Ok);
        return;
    }
    CliTable t;
    t.headers = QStringList{QStringLiteral("order_id"),   QStringLiteral("product_name"),
                            QStringLiteral("cycle_name"), QStringLiteral("status"),
                            QStringLiteral("expires_at"), QStringLiteral("auto_renewal"),
                            QStringLiteral("tag")};
    QJsonArray json;
    for (const Order &o : orders) {
        t.rows.append(QStringList{QString::number(o.id), o.productName, o.cycleName,
                                  OrderStatuses::apiName(o.status), dateText(o.expiresAt),
                                  yesNo(o.autoRenewal), orNone(o.tag)});
        json.append(o.toJson());
    }
    t.json = json;
    print(t);
}

void CliRunner::runOrder(qint64 id)
{
    connect(&m_context->orders(), &OrderService::detailsFailed, this,
            [this, id](qint64 orderId, const ApiError &error) {
                if (orderId == id)
                    failed(error);
            });
    connect(&m_context->store(), &OrderStore::detailsLoaded, this, [this, id](qint64 orderId) {
        const OrderDetails *details = m_context->store().details(orderId);
        if (orderId != id || !details)
            return;
        printOrder(*details);
    });
    // Read afresh: the command shows what the server says now.
    m_context->orders().loadDetails(id, true);
}

void CliRunner::printOrder(const OrderDetails &d)
{
    CliTable t;
    t.headers = QStringList{QStringLiteral("field"), QStringLiteral("value")};
    const QJsonObject json = d.toJson();
    t.rows = {
        {QStringLiteral("order_id"), QString::number(d.id)},
        {QStringLiteral("product_name"), d.productName},
        {QStringLiteral("cycle_name"), orNone(d.cycleName)},
        {QStringLiteral("quantity"), d.quantity ? QString::number(*d.quantity) : QStringLiteral("-")},
        {QStringLiteral("price_paid"),
         d.pricePaidCents ? Money::plain(*d.pricePaidCents) : QStringLiteral("-")},
        {QStringLiteral("addons_price_paid"),
         d.addonsPricePaidCents ? Money::plain(*d.addonsPricePaidCents) : QStringLiteral("-")},
        {QStringLiteral("p0f_slots"), p0fSlotsText(d)},
        {QStringLiteral("status"), d.statusText},
        {QStringLiteral("created_at"), dateText(d.createdAt)},
        {QStringLiteral("expires_at"), dateText(d.expiresAt)},
        {QStringLiteral("promo_code"), orNone(d.promoCode)},
        {QStringLiteral("auto_renewal"), yesNo(d.autoRenewal)},
        {QStringLiteral("tag"), orNone(d.tag)},
    };
    t.json = json;
    print(t);
}

void CliRunner::runProxies(qint64 id)
{
    m_context->orders().proxies(id, this, [this](ApiResult<ProxyList> result) {
        if (!result.ok())
            return failed(result.error());
        warnSkipped(result.value().skipped);
        CliTable t;
        t.headers = QStringList{QStringLiteral("ip"),         QStringLiteral("http_port"),
                                QStringLiteral("socks_port"), QStringLiteral("username"),
                                QStringLiteral("password"),   QStringLiteral("until"),
                                QStringLiteral("status"),     QStringLiteral("signature")};
        for (const ActiveProxy &p : result.value().proxies)
            t.rows.append(QStringList{p.ip, QString::number(p.httpPort),
                                      QString::number(p.socksPort), p.username, p.password,
                                      p.until, p.status, orNone(p.signature)});
        t.json = result.value().toJson();
        print(t);
    });
}

void CliRunner::runPrice(const QCommandLineParser &parser, bool buy)
{
    PurchaseRequest request(parser.value(QStringLiteral("product")));
    request.setLocation(parser.value(QStringLiteral("location")));
    request.setCycle(parser.value(QStringLiteral("cycle")));
    request.setPromoCode(parser.value(QStringLiteral("promo")));
    request.setAutoRenewal(parser.isSet(QStringLiteral("auto-renew")));
    if (parser.isSet(QStringLiteral("quantity"))) {
        bool ok = false;
        const qint64 quantity = parser.value(QStringLiteral("quantity")).toLongLong(&ok);
        if (!ok || quantity <= 0) {
            badValue(tr("--quantity takes a positive whole number, not '%1'.")
                         .arg(parser.value(QStringLiteral("quantity"))));
            return;
        }
        request.setQuantity(quantity);
    }
    if (parser.isSet(QStringLiteral("p0f-slots"))) {
        bool ok = false;
        const qint64 slotCount = parser.value(QStringLiteral("p0f-slots")).toLongLong(&ok);
        if (!ok || slotCount < 0) {
            badValue(tr("--p0f-slots takes a whole number of 0 or more, not '%1'.")
                         .arg(parser.value(QStringLiteral("p0f-slots"))));
            return;
        }
        request.setP0fSlots(slotCount);
    }
    // A name the catalogue has to settle: a request that cannot go as it is (to say which
    // product or cycle is unknown, and what there is), a product of no known family, or a name
    // typed in another case than the catalogue's (its words start with capitals). A well-formed
    // request for a known product goes straight on, as before.
    const QString name = request.product();
    bool otherCase = false;
    for (qsizetype i = 0; i < name.size() && !otherCase; ++i)
        otherCase = name.at(i).isLower() && (i == 0 || name.at(i - 1).isSpace());
    if (!name.isEmpty() &&
        (!request.isValid() || ProductKinds::fromName(name) == ProductKind::Other || otherCase)) {
        checkAgainstCatalog(request, buy);
        return;
    }
    sendPrice(request, buy);
}

void CliRunner::checkAgainstCatalog(PurchaseRequest request, bool buy)
{
    CatalogService &catalog = m_context->catalog();
    connect(&catalog, &CatalogService::catalogFailed, this, [this, request, buy](const ApiError &) {
        // The catalogue could not tell: the request goes as it is, or its own reason.
        sendPrice(request, buy);
    });
    connect(&catalog, &CatalogService::catalogLoaded, this, [this, &catalog, request, buy]() mutable {
        const QList<Product> &products = catalog.catalog().products();
        const Product *product = nullptr;
        QStringList names;
        for (const Product &p : products) {
            names.append(p.name);
            if (p.name.compare(request.product(), Qt::CaseInsensitive) == 0)
                product = &p;
        }
        if (!product) {
            badValue(tr("Unknown product '%1': choose one of %2.")
                         .arg(request.product(), names.join(QStringLiteral(", "))));
            return;
        }
        request.setProduct(product->name);
        const QStringList cycles = product->cyclesFor(request.location());
        if (!request.cycle().isEmpty()) {
            const auto match = std::find_if(cycles.cbegin(), cycles.cend(), [&](const QString &c) {
                return c.compare(request.cycle(), Qt::CaseInsensitive) == 0;
            });
            if (match == cycles.cend()) {
                badValue(tr("Unknown billing cycle '%1' for %2: choose one of %3.")
                             .arg(request.cycle(), product->name,
                                  cycles.join(QStringLiteral(", "))));
                return;
            }
            request.setCycle(*match);
        } else if (!request.isValid() && !cycles.isEmpty()) {
            PurchaseRequest withCycle = request;
            withCycle.setCycle(cycles.first());
            if (withCycle.isValid()) {
                // Only the cycle is missing: say which there are.
                badValue(request.validationError() + u' ' +
                         tr("Choose one of %1.").arg(cycles.join(QStringLiteral(", "))));
                return;
            }
        }
        sendPrice(request, buy);
    });
    catalog.loadProducts();
}

void CliRunner::sendPrice(const PurchaseRequest &request, bool buy)
{
    if (!request.isValid()) {
        refuse(request.validationError());
        return;
    }
    if (!buy) {
        // The wizard's price preview: the same call, the same reading of its answer.
        PurchaseController *preview = m_context->newPurchase(this);
        connect(preview, &PurchaseController::quoted, this, [this](const QuoteAnswer &answer) {
            if (!answer.isPriced())
                return failed(answer.error);
            const PriceQuote &q = answer.quote;
            CliTable t;
            t.headers = QStringList{QStringLiteral("original_price"), QStringLiteral("discount"),
                                    QStringLiteral("final_price"), QStringLiteral("addons_price"),
                                    QStringLiteral("total")};
            t.rows.append(QStringList{Money::plain(q.originalCents),
                                      QString::number(q.discountPercent, 'g', 6) + u'%',
                                      Money::plain(q.finalCents), Money::plain(q.addonsCents),
                                      Money::plain(q.totalCents)});
            t.json = q.toJson();
            print(t);
        });
        preview->requestQuote(request);
        return;
    }
    runBuy(request);
}

void CliRunner::runBuy(const PurchaseRequest &request)
{
    PurchaseController *controller = m_context->newPurchase(this);
    auto printOrder = [this](qint64 orderId, const QString &message) {
        CliTable t;
        t.headers = QStringList{QStringLiteral("order_id"), QStringLiteral("message")};
        t.rows.append(QStringList{QString::number(orderId), message});
        t.json = PurchaseResult{orderId, message}.toJson();
        print(t);
    };
    connect(controller, &PurchaseController::succeeded, this, [controller, printOrder](qint64 id) {
        printOrder(id, controller->serverMessage());
    });
    connect(controller, &PurchaseController::refused, this,
            [this](const ApiError &error, PurchaseRefusal::Reason) {
                if (!error.wasSent())
                    m_err << tr("Nothing was sent, so nothing was bought.") << ' ';
                failedSpending(error);
            });
    connect(controller, &PurchaseController::outcomeUnknown, this, [this](const ApiError &error) {
        m_err << error.message() << '\n'
              << tr("The answer to the purchase was lost; checking the orders and the balance…")
              << '\n';
    });
    connect(controller, &PurchaseController::reconciled, this,
            [this, controller](const ReconcileReport &report) { onReconciled(report, controller->error()); });
    // The baseline first: the orders and balance before paying are what a lost answer is
    // reconciled against, exactly as in the wizard.
    connect(controller, &PurchaseController::reviewPrepared, this, [this, controller, request] {
        if (controller->preparationError().isError() && !controller->hasOrderBaseline()) {
            m_err << tr("Nothing was bought: the orders could not be listed first.") << ' ';
            failed(controller->preparationError());
            return;
        }
        controller->purchase(request);
    });
    controller->prepareReview();
}

void CliRunner::onReconciled(const ReconcileReport &report, const ApiError &lost)
{
    switch (report.verdict) {
    case ReconcileReport::Verdict::OrderFound: {
        m_err << tr("The order was made: #%1.").arg(report.orderId()) << '\n';
        CliTable t;
        t.headers = QStringList{QStringLiteral("order_id"), QStringLiteral("message")};
        const QString message = tr("Found after the answer was lost");
        t.rows.append(QStringList{QString::number(report.orderId()), message});
        t.json = PurchaseResult{report.orderId(), message}.toJson();
        print(t);
        return;
    }
    case ReconcileReport::Verdict::NoOrder:
        m_err << tr("No order was made (the orders and the balance are unchanged); it is safe to "
                    "try again.")
              << '\n';
        done(ExitCodes::forError(lost));
        return;
    case ReconcileReport::Verdict::Unclear:
        m_err << tr("Whether the order was made is still not known: check 'orders' and 'me' "
                    "before trying again.")
              << '\n';
        done(ExitCode::OutcomeUnknown);
        return;
    }
}

void CliRunner::withOrder(qint64 id, const QString &nothingDone,
                          const std::function<void()> &then)
{
    // The editor works on a known order: read it first. Its product and status decide what is
    // possible, by the same rules as the window.
    OrderService &orders = m_context->orders();
    OrderStore &store = m_context->store();
    // This first read only: the editor reads the order again after its edit, and that read is
    // the edit's business.
    auto answered = std::make_shared<bool>(false);
    connect(&orders, &OrderService::detailsFailed, this,
            [this, id, nothingDone, answered](qint64 orderId, const ApiError &error) {
                if (orderId != id || *answered)
                    return;
                *answered = true;
                m_err << nothingDone << ' ' << tr("Order %1 could not be read first.").arg(id)
                      << ' ';
                failed(error);
            });
    connect(&store, &OrderStore::detailsLoaded, this, [&store, id, then, answered](qint64 orderId) {
        const OrderDetails *details = store.details(orderId);
        if (orderId != id || !details || *answered)
            return;
        *answered = true;
        // Not listed (the CLI lists nothing first): the row comes from the details.
        if (!store.find(id))
            store.mergeRows({details->toOrder()});
        then();
    });
    orders.loadDetails(id, true);
}

OrderEditor &CliRunner::editorPrinting(const std::function<void(const QString &message)> &printOk)
{
    OrderEditor &editor = m_context->editor();
    connect(&editor, &OrderEditor::editFinished, this,
            [this, printOk](qint64, OrderEditor::Action, bool ok, const QString &message,
                            const ApiError &error) {
                if (ok)
                    printOk(message);
                else
                    failed(error);
            });
    return editor;
}

void CliRunner::refuseLocally(const QString &nothingDone, const QString &why)
{
    m_err << nothingDone << ' ' << why << '\n';
    done(ExitCode::Refused);
}

void CliRunner::runRenew(qint64 id)
{
    const QString nothingDone = tr("Nothing was renewed:");
    withOrder(id, nothingDone, [this, id, nothingDone] {
        OrderEditor &editor = m_context->editor();
        auto reconciled = std::make_shared<std::optional<bool>>();
        connect(&editor, &OrderEditor::renewalReconciled, this,
                [reconciled](qint64, bool renewed, bool known) {
                    if (known)
                        *reconciled = renewed;
                });
        connect(&editor, &OrderEditor::editFinished, this,
                [this, id, reconciled](qint64, OrderEditor::Action, bool ok,
                                       const QString &message, const ApiError &error) {
                    if (!ok) {
                        if (reconciled->has_value()) {
                            m_err << error.message() << '\n'
                                  << tr("Order %1 was read back and is not renewed; it is safe "
                                        "to try again.")
                                         .arg(id)
                                  << '\n';
                            done(ExitCodes::forError(error));
                            return;
                        }
                        if (error.leavesOutcomeUnknown()) {
                            m_err << tr("The outcome of the renewal is not known: check 'order "
                                        "%1' before trying again.")
                                         .arg(id)
                                  << '\n';
                        } else if (!error.wasSent()) {
                            m_err << tr("Nothing was sent, so nothing was renewed.") << ' ';
                        }
                        failedSpending(error);
                        return;
                    }
                    if (reconciled->has_value()) {
                        m_err << tr("The answer was lost, but order %1 was renewed.").arg(id)
                              << '\n';
                        // Already read back: what it says now.
                        printRenewed(id, message, m_context->store().details(id));
                        return;
                    }
                    // The editor reads the order back after a renewal: its price and new expiry
                    // are what the command reports. A failed read-back leaves them unknown.
                    connect(&m_context->store(), &OrderStore::detailsLoaded, this,
                            [this, id, message](qint64 orderId) {
                                if (orderId == id)
                                    printRenewed(id, message, m_context->store().details(id));
                            });
                    connect(&m_context->orders(), &OrderService::detailsFailed, this,
                            [this, id, message](qint64 orderId, const ApiError &) {
                                if (orderId == id)
                                    printRenewed(id, message, nullptr);
                            });
                });
        if (!editor.renew(id))
            refuseLocally(nothingDone, editor.lastRefusal());
    });
}

void CliRunner::printRenewed(qint64 id, const QString &message, const OrderDetails *details)
{
    QString charged; // empty: not known
    if (details && details->pricePaidCents)
        charged = Money::plain(details->pricePaidCents.value());
    const QDateTime expires = details ? details->expiresAt : QDateTime();
    CliTable t;
    t.headers = QStringList{QStringLiteral("order_id"), QStringLiteral("charged"),
                            QStringLiteral("expires_at"), QStringLiteral("message")};
    t.rows.append(QStringList{QString::number(id), orNone(charged), dateText(expires), message});
    t.json = QJsonObject{
        {QLatin1String("order_id"), id},
        {QLatin1String("charged"), charged.isEmpty() ? QJsonValue() : QJsonValue(charged)},
        {QLatin1String("expires_at"),
         expires.isValid() ? QJsonValue(IsoDate::toIsoUtc(expires)) : QJsonValue()},
        {QLatin1String("message"), message}};
    print(t);
}

void CliRunner::runTag(qint64 id, const QString &tag)
{
    const QString nothingDone = tr("The tag was not changed:");
    withOrder(id, nothingDone, [this, id, tag, nothingDone] {
        OrderEditor &editor = editorPrinting([this, id, tag](const QString &message) {
            CliTable t;
            t.headers = QStringList{QStringLiteral("order_id"), QStringLiteral("tag"),
                                    QStringLiteral("message")};
            t.rows.append(QStringList{QString::number(id), orNone(tag), message});
            t.json = QJsonObject{{QLatin1String("order_id"), id},
                                 {QLatin1String("tag"), tag.isEmpty() ? QJsonValue() : QJsonValue(tag)},
                                 {QLatin1String("message"), message}};
            print(t);
        });
        if (!editor.setTag(id, tag))
            refuseLocally(nothingDone, editor.lastRefusal());
    });
}

void CliRunner::runAutoRenew(qint64 id, bool on)
{
    const QString nothingDone = tr("Auto-renewal was not changed:");
    withOrder(id, nothingDone, [this, id, on, nothingDone] {
        OrderEditor &editor = editorPrinting([this, id, on](const QString &message) {
            CliTable t;
            t.headers = QStringList{QStringLiteral("order_id"), QStringLiteral("auto_renewal"),
                                    QStringLiteral("message")};
            t.rows.append(QStringList{QString::number(id), yesNo(on), message});
            t.json = QJsonObject{{QLatin1String("order_id"), id},
                                 {QLatin1String("auto_renewal"), on},
                                 {QLatin1String("message"), message}};
            print(t);
        });
        if (!editor.setAutoRenewal(id, on))
            refuseLocally(nothingDone, editor.lastRefusal());
    });
}

void CliRunner::runCycle(qint64 id, const QString &cycle)
{
    const QString nothingDone = tr("The billing cycle was not changed:");
    withOrder(id, nothingDone, [this, id, cycle, nothingDone] {
        auto changed = std::make_shared<CycleChangeResult>();
        OrderEditor &editor = editorPrinting([this, id, changed](const QString &message) {
            const CycleChangeResult &c = *changed;
            CliTable t;
            t.headers = QStringList{QStringLiteral("order_id"), QStringLiteral("final_price"),
                                    QStringLiteral("message")};
            t.rows.append(QStringList{QString::number(id),
                                      c.finalCents ? Money::plain(*c.finalCents) : QStringLiteral("-"),
                                      message});
            t.json = c.toJson();
            print(t);
        });
        connect(&editor, &OrderEditor::cycleChanged, this,
                [changed](qint64, const CycleChangeResult &result) { *changed = result; });
        if (!editor.changeCycle(id, cycle))
            refuseLocally(nothingDone, editor.lastRefusal());
    });
}

void CliRunner::warnSkipped(const SkippedRows &skipped)
{
    if (!skipped.isEmpty())
        m_err << tr("Warning:") << ' ' << skipped.summary() << '\n';
}
