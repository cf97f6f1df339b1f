// sharddesk-cli's memory (issue 17): the read commands that see the whole account record it in
// the local store the window keeps too (SyncHistory: one LocalStore per server and account), so
// a change made elsewhere between two `orders` runs becomes activity; `activity` lists that log,
// and --offline answers orders, order, me and activity from the store without a request.

#include "clirunner.h"

#include "api/apiclient.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "domain/orderdetails.h"
#include "domain/serveraddress.h"
#include "services/accountservice.h"
#include "session/appcontext.h"
#include "storage/synchistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

// Balances are kept in cents; people read them as money, as `me` prints the wallet.
QString valueText(const ActivityEntry &e, const QString &value)
{
    if (e.kind != ActivityEntry::Kind::BalanceChanged || value.isEmpty())
        return orDash(value);
    bool ok = false;
    const qint64 cents = value.toLongLong(&ok);
    return ok ? Money::plain(cents) : value;
}

// Status tabs in the listing's order (active, on hold, cancelled; a status this version does not
// know last), each newest first as the server lists them.
bool listedBefore(const Order &a, const Order &b)
{
    const auto rank = [](OrderStatus s) { return s == OrderStatus::Unknown ? 99 : int(s); };
    if (rank(a.status) != rank(b.status))
        return rank(a.status) < rank(b.status);
    return a.id > b.id;
}
} // namespace

QString CliRunner::defaultDataFolder()
{
    const QString chosen = qEnvironmentVariable("SHARDDESK_DATA_DIR");
    if (!chosen.isEmpty())
        return chosen;
    // The window's folder, named as the window names itself (the CLI's own folder, under its own
    // application name, keeps only its diagnostic log).
    const QString application = QCoreApplication::applicationName();
    const QString organisation = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(u"ShardDesk"_s);
    QCoreApplication::setApplicationName(u"ShardDesk"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(application);
    QCoreApplication::setOrganizationName(organisation);
    return folder;
}

void CliRunner::setDataFolder(const QString &folder)
{
    m_dataFolder = folder;
    m_context->history().setFolder(folder);
}

QString CliRunner::lastAccount() const
{
    return m_context->history().lastAccount(m_context->client().baseUrl());
}

void CliRunner::recordRead(const std::optional<QList<Order>> &orders)
{
    if (m_dataFolder.isEmpty())
        return;
    m_context->history().recordListing(orders);
}

bool CliRunner::takeActivityFilter(const QCommandLineParser &parser,
                                   LocalStore::ActivityFilter *filter)
{
    if (parser.isSet(u"since"_s)) {
        const QString text = parser.value(u"since"_s);
        filter->since = IsoDate::parse(text);
        if (!filter->since.isValid()) {
            badValue(tr("--since takes a date (2026-03-01: from 00:00 UTC) or a date and time "
                        "(2026-03-01T14:30:00, UTC unless it ends in an offset), not '%1'.")
                         .arg(text));
            return false;
        }
    }
    for (const QString &value : parser.values(u"kind"_s)) {
        for (const QString &part : value.split(u',')) {
            QString word = part.trimmed().toLower();
            word.replace(u'-', u'_'); // "on-hold", as --status spells it
            const std::optional<ActivityEntry::Kind> kind = ActivityEntry::kindFromName(word);
            if (!kind) {
                QStringList names;
                for (ActivityEntry::Kind k : ActivityEntry::allKinds())
                    names << ActivityEntry::kindName(k);
                badValue(tr("Unknown activity kind '%1': use %2 (several: a comma list, or "
                            "--kind again).")
                             .arg(part.trimmed(), names.join(u", "_s)));
                return false;
            }
            if (!filter->kinds.contains(*kind))
                filter->kinds.append(*kind);
        }
    }
    if (parser.isSet(u"order"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"order"_s).toLongLong(&ok);
        if (!ok || id <= 0) {
            badValue(tr("--order takes an order ID (a positive whole number), not '%1'.")
                         .arg(parser.value(u"order"_s)));
            return false;
        }
        filter->orderId = id;
    }
    return true;
}

void CliRunner::runActivity(const LocalStore::ActivityFilter &filter)
{
    // The account says whose log it is; its balance is news like any other.
    AccountService &account = m_context->account();
    connect(&account, &AccountService::refreshFailed, this,
            [this](const ApiError &error) { failed(error); });
    connect(&account, &AccountService::accountChanged, this, [this, filter] {
        recordRead(std::nullopt);
        LocalStore *store = m_context->history().store();
        if (!store) {
            if (m_dataFolder.isEmpty())
                m_err << tr("No local store: this sharddesk-cli keeps none, so there is no "
                            "activity to show.");
            else
                m_err << tr("The local store could not be opened: there is no activity to show.");
            m_err << '\n';
            done(ExitCode::Unreachable);
            return;
        }
        store->waitForWrites(); // the balance just recorded is part of the log
        printActivity(store->loadActivity(filter));
    });
    account.refresh();
}

void CliRunner::printActivity(const QList<ActivityEntry> &entries)
{
    CliTable t;
    t.headers = QStringList{u"when"_s, u"kind"_s, u"order"_s, u"before"_s, u"after"_s};
    QJsonArray json;
    for (const ActivityEntry &e : entries) {
        t.rows.append(QStringList{IsoDate::toIsoUtc(e.when), ActivityEntry::kindName(e.kind),
                                  e.orderId > 0 ? QString::number(e.orderId) : u"-"_s,
                                  valueText(e, e.before), valueText(e, e.after)});
        json.append(e.toJson());
    }
    t.json = json;
    print(t);
}

void CliRunner::runOffline(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString command = positional.first();
    if (command != u"orders" && command != u"order" && command != u"me" &&
        command != u"activity") {
        usage(tr("--offline answers only me, orders, order and activity: '%1' needs the server.")
                  .arg(command));
        return;
    }
    // The command line is checked as online, before the store is opened.
    if (positional.size() != (command == u"order" ? 2 : 1)) {
        usage(tr("Wrong number of arguments for '%1'.").arg(command));
        return;
    }
    qint64 id = 0;
    if (command == u"order" && !takeOrderId(positional, &id))
        return;
    const QString status = parser.isSet(u"status"_s) ? parser.value(u"status"_s) : u"all"_s;
    if (command == u"orders" && status != u"all" &&
        OrderStatuses::fromApiName(status) == OrderStatus::Unknown) {
        badValue(tr("Unknown status '%1': use active, on-hold, cancelled or all.").arg(status));
        return;
    }
    LocalStore::ActivityFilter filter;
    if (command == u"activity" && !takeActivityFilter(parser, &filter))
        return;

    const QUrl server = m_context->client().baseUrl();
    const QString email = lastAccount();
    const auto nothingStored = [this, &server] {
        m_err << tr("Nothing is stored for %1 to answer from offline: run 'sharddesk-cli orders' "
                    "once online first (or sign in with ShardDesk).")
                     .arg(server.toDisplayString())
              << '\n';
        done(ExitCode::Unreachable);
    };
    // Opening creates a file: look first, so that asking offline leaves nothing behind.
    if (m_dataFolder.isEmpty() || email.isEmpty() ||
        !QFileInfo::exists(QDir(m_dataFolder).filePath(LocalStore::fileNameFor(server, email))))
        return nothingStored();
    LocalStore store(m_dataFolder, server, email);
    if (!store.open()) {
        m_err << store.message() << '\n';
        done(ExitCode::Unreachable);
        return;
    }
    if (!store.message().isEmpty())
        m_err << store.message() << '\n';
    const LocalStore::Contents contents = store.loadSnapshot();
    if (contents.isEmpty() && command != u"activity")
        return nothingStored();
    if (!contents.isEmpty()) {
        m_err << tr("Offline: as of %1, from the local store.")
                     .arg(IsoDate::toIsoUtc(contents.snapshot.syncedAt))
              << '\n';
    }

    if (command == u"activity")
        return printActivity(store.loadActivity(filter));
    if (command == u"me")
        return printAccount(contents.snapshot.account);
    if (command == u"orders") {
        QList<Order> orders;
        const OrderStatus wanted = OrderStatuses::fromApiName(status);
        for (const Order &o : contents.snapshot.orders) {
            if (status == u"all" || o.status == wanted)
                orders.append(o);
        }
        std::stable_sort(orders.begin(), orders.end(), listedBefore);
        return printOrders(orders, contents.details);
    }
    const auto found = std::find_if(contents.snapshot.orders.cbegin(),
                                    contents.snapshot.orders.cend(),
                                    [id](const Order &o) { return o.id == id; });
    if (found == contents.snapshot.orders.cend()) {
        m_err << tr("Order %1 is not in the local store.").arg(id) << '\n';
        done(ExitCode::Unreachable);
        return;
    }
    // What the store keeps of the details; the add-on lines and p0f slots are not kept.
    OrderDetails d;
    d.id = found->id;
    d.productName = found->productName;
    d.cycleName = found->cycleName;
    d.status = found->status;
    d.statusText = OrderStatuses::apiName(found->status);
    d.expiresAt = found->expiresAt;
    d.autoRenewal = found->autoRenewal;
    d.tag = found->tag;
    if (const auto stored = contents.details.constFind(id); stored != contents.details.constEnd()) {
        d.quantity = stored->quantity;
        d.pricePaidCents = stored->pricePaidCents;
        d.addonsPricePaidCents = stored->addonsPricePaidCents;
        d.createdAt = stored->createdAt;
        d.promoCode = stored->promoCode;
    }
    printOrder(d);
}
