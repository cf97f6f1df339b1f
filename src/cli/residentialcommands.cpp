// sharddesk-cli's residential commands: the sub-users of a pool and traffic added to an order.
// The CliRunner members here share its argument helpers, output and exit codes with the rest.

#include "clirunner.h"

#include "api/apiclient.h"
#include "domain/bandwidthrequest.h"
#include "purchase/bandwidthpurchase.h"
#include "services/subusereditor.h"
#include "services/subuserservice.h"
#include "session/appcontext.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// A password is a login: shown only when asked for (or when it is what the command is for).
const QString kMaskedPassword = u"\u2022\u2022\u2022\u2022\u2022\u2022"_s;

QString passwordText(const QString &password, bool show)
{
    if (password.isEmpty())
        return u"-"_s;
    return show ? password : kMaskedPassword;
}

// GB with at most two decimals ("12", "3.47"): what the provider shows.
QString gbText(const TrafficAmount &amount)
{
    QString text = QString::number(amount.apiUnits(), 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// "subuser create" rather than "subuser": the words a person typed.
QString commandName(const QStringList &positional)
{
    return positional.value(0) == u"subuser" ? positional.mid(0, 2).join(u' ') : positional.value(0);
}

// The outcome of a write with no row to show: a delete, or a user the answer did not name.
CliTable changeTable(ProxyType type, const QString &userId, const QString &message)
{
    CliTable t;
    t.headers = QStringList{u"type"_s, u"user_id"_s, u"message"_s};
    t.rows.append(QStringList{ProxyTypes::apiName(type), userId.isEmpty() ? u"-"_s : userId,
                              message.isEmpty() ? u"-"_s : message});
    t.json = QJsonObject{{u"proxy_type"_s, ProxyTypes::apiName(type)},
                         {u"user_id"_s, userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
                         {u"message"_s, message}};
    return t;
}

} // namespace

bool CliRunner::takeProxyType(const QCommandLineParser &parser, std::optional<ProxyType> fallback,
                              ProxyType *type)
{
    if (!parser.isSet(u"type"_s)) {
        if (fallback) {
            *type = *fallback;
            return true;
        }
        usage(tr("'%1' needs --type standart or --type premium.")
                  .arg(commandName(parser.positionalArguments())));
        return false;
    }
    const std::optional<ProxyType> named = ProxyTypes::fromApiName(parser.value(u"type"_s));
    if (!named) {
        badValue(tr("Unknown proxy type '%1': use standart or premium.").arg(parser.value(u"type"_s)));
        return false;
    }
    *type = *named;
    return true;
}

bool CliRunner::takeGb(const QStringList &positional, qsizetype index, qint64 max, qint64 *gb)
{
    bool ok = false;
    *gb = positional.value(index).toLongLong(&ok);
    if (!ok || *gb <= 0 || *gb > max) {
        badValue(tr("'%1' takes a whole number of GB from 1 to %2, not '%3'.")
                     .arg(commandName(positional), QString::number(max), positional.value(index)));
        return false;
    }
    return true;
}

void CliRunner::runSubUsers(const QCommandLineParser &parser)
{
    ProxyType type = ProxyType::Standart;
    if (!takeProxyType(parser, ProxyType::Standart, &type))
        return;
    const bool show = parser.isSet(u"show-password"_s);
    SubUserService &users = m_context->subUsers();
    connect(&users, &SubUserService::loadFailed, this,
            [this, type](ProxyType pool, const ApiError &error) {
                if (pool == type)
                    failed(error);
            });
    connect(&users, &SubUserService::usersReset, this, [this, &users, type, show](ProxyType pool) {
        if (pool != type || !users.isLoaded(type))
            return;
        warnSkipped(users.skipped(type));
        printSubUsers(users.users(type), show, true);
    });
    // Every page, as the window reads it: a server may send fewer rows than asked for.
    users.load(type);
}

void CliRunner::printSubUsers(const QList<SubUser> &users, bool showPassword, bool asList)
{
    CliTable t;
    t.headers = QStringList{u"type"_s,         u"user_id"_s,      u"name"_s,    u"allotted_gb"_s,
                            u"spent_gb"_s,     u"remaining_gb"_s, u"password"_s};
    QJsonArray json;
    for (const SubUser &u : users) {
        // Unknown spent traffic leaves what remains unknown too, not the whole allotment.
        const QString spent = u.spent ? gbText(*u.spent) : u"-"_s;
        const QString remaining = u.spent ? gbText(u.remaining()) : u"-"_s;
        const QString password = passwordText(u.password, showPassword);
        t.rows.append(QStringList{ProxyTypes::apiName(u.type), u.userId,
                                  u.name.isEmpty() ? u"-"_s : u.name, gbText(u.allotted), spent,
                                  remaining, password});
        QJsonObject object = u.toJson();
        object.insert(u"remaining"_s, u.spent ? u.remaining().toApi() : QJsonValue());
        object.insert(u"proxy_password"_s,
                      u.password.isEmpty() ? QJsonValue() : QJsonValue(password));
        json.append(object);
    }
    t.json = asList || json.isEmpty() ? QJsonValue(json) : json.first();
    print(t);
}

void CliRunner::withSubUser(ProxyType type, const QString &userId, const QString &nothingDone,
                            const std::function<void()> &then)
{
    // One user, not the whole pool: SubUserService reads only lists, so this read goes to the
    // client, as the editor's own read-backs do.
    m_context->client().subUser(type, userId, this,
                                [this, nothingDone, userId, then](ApiResult<SubUser> result) {
                                    if (!result.ok()) {
                                        m_err << nothingDone << ' '
                                              << tr("Sub-user %1 could not be read first.")
                                                     .arg(userId)
                                              << ' ';
                                        return failed(result.error());
                                    }
                                    m_context->subUsers().put(result.value());
                                    then();
                                });
}

SubUserEditor &CliRunner::subUserEditorPrinting(
    const std::function<void(const QString &message, const QString &userId)> &printOk)
{
    SubUserEditor &editor = m_context->subUserEditor();
    connect(&editor, &SubUserEditor::finished, this,
            [this, printOk](SubUserEditor::Action, ProxyType, const QString &userId, bool ok,
                            const QString &message, const ApiError &error) {
                if (ok)
                    printOk(message, userId);
                else
                    failed(error);
            });
    return editor;
}

void CliRunner::runSubUser(const QCommandLineParser &parser, const QStringList &positional)
{
    // Each action and the number of words it takes, "subuser" and the action included.
    static const QHash<QString, qsizetype> arity{
        {u"show"_s, 3},     {u"create"_s, 4},   {u"rename"_s, 4},       {u"delete"_s, 3},
        {u"add-data"_s, 4}, {u"password"_s, 3}, {u"subtract-data"_s, 4}};
    const QString action = positional.value(1);
    if (!arity.contains(action)) {
        usage(action.isEmpty()
                  ? tr("'subuser' needs an action: show, create, rename, delete, add-data, "
                       "subtract-data or password.")
                  : tr("Unknown subuser action '%1'.").arg(action));
        return;
    }
    if (positional.size() != arity.value(action)) {
        usage(tr("Wrong number of arguments for '%1'.").arg(commandName(positional)));
        return;
    }
    ProxyType type = ProxyType::Standart;
    if (!takeProxyType(parser, std::nullopt, &type))
        return;
    const bool show = parser.isSet(u"show-password"_s);
    SubUserService &users = m_context->subUsers();
    // The row as SubUserService holds it once the editor is done (answer or read-back).
    auto printUser = [this, &users, type](const QString &userId, bool showPassword) {
        if (const SubUser *user = users.find(type, userId))
            printSubUsers({*user}, showPassword, false);
        else
            print(changeTable(type, userId, QString()));
    };
    const QString name = action == u"create" ? positional.at(2).trimmed()
                         : action == u"rename" ? positional.at(3).trimmed()
                                               : QString();
    if ((action == u"create" || action == u"rename") && !SubUserEditor::nameProblem(name).isEmpty()) {
        badValue(SubUserEditor::nameProblem(name));
        return;
    }
    qint64 gb = 0; // the last word of create, add-data and subtract-data
    if ((action == u"create" || action == u"add-data" || action == u"subtract-data") &&
        !takeGb(positional, 3, TrafficAmount::kMaxApiUnits, &gb))
        return;

    if (action == u"create") {
        // The editor names the user it made (from the answer, or the list after a lost one).
        SubUserEditor &editor = subUserEditorPrinting(
            [this, &users, type](const QString &message, const QString &userId) {
                // The new login is what was asked for: its password is shown.
                if (const SubUser *made = users.find(type, userId))
                    printSubUsers({*made}, true, false);
                else
                    print(changeTable(type, QString(), message));
            });
        if (!editor.create(type, name, gb))
            refuseLocally(tr("Nothing was created:"), editor.lastRefusal());
        return;
    }

    const QString id = positional.at(2);
    if (!SubUser::isSafeId(id)) {
        badValue(tr("'%1' is not a sub-user id: ids are letters, digits, '-', '_' and '.'.")
                     .arg(id.left(64)));
        return;
    }
    if (action == u"show") {
        m_context->client().subUser(type, id, this, [this, show](ApiResult<SubUser> result) {
            if (!result.ok())
                return failed(result.error());
            printSubUsers({result.value()}, show, false);
        });
        return;
    }
    if (action == u"delete" && !parser.isSet(u"yes"_s)) {
        m_err << tr("Nothing was deleted: 'subuser delete' cannot be undone, add --yes to "
                    "confirm.")
              << '\n';
        done(ExitCode::Usage);
        return;
    }
    const QString nothingDone = action == u"delete"   ? tr("Nothing was deleted:")
                                : action == u"rename" ? tr("The name was not changed:")
                                : action == u"password"
                                    ? tr("The password was not changed:")
                                    : tr("The traffic was not changed:");
    withSubUser(type, id, nothingDone, [=, this] {
        SubUserEditor &editor = subUserEditorPrinting([=, this](const QString &message, const QString &) {
            if (action == u"delete")
                print(changeTable(type, id, message.isEmpty() ? tr("Deleted") : message));
            else // the new password is what 'password' is for
                printUser(id, show || action == u"password");
        });
        bool sent = false;
        if (action == u"rename")
            sent = editor.rename(type, id, name);
        else if (action == u"delete")
            sent = editor.remove(type, id);
        else if (action == u"password")
            sent = editor.newPassword(type, id);
        else
            sent = editor.changeTraffic(type, id,
                                        action == u"add-data" ? ApiClient::TrafficChange::Add
                                                              : ApiClient::TrafficChange::Subtract,
                                        gb);
        if (!sent)
            refuseLocally(nothingDone, editor.lastRefusal());
    });
}

void CliRunner::runAddBandwidth(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 3) {
        usage(tr("Wrong number of arguments for '%1'.").arg(positional.first()));
        return;
    }
    qint64 orderId = 0;
    qint64 gb = 0;
    if (!takeOrderId(positional, &orderId) || !takeGb(positional, 2, BandwidthRequest::kMaxGb, &gb))
        return;
    if (!parser.isSet(u"yes"_s)) {
        m_err << tr("Nothing was bought: 'add-bandwidth' spends money, add --yes to confirm.")
              << '\n';
        done(ExitCode::Usage);
        return;
    }
    const QString promo = parser.value(u"promo"_s).trimmed();
    const BandwidthRequest request(orderId, gb, promo);
    if (!request.isValid()) {
        refuse(request.validationError());
        return;
    }
    // The window's controller: the order's traffic and the balance read first (what a lost
    // answer is reconciled against), one POST, never retried.
    BandwidthPurchase *purchase = m_context->newBandwidthPurchase(this);
    connect(purchase, &BandwidthPurchase::prepared, this, [this, purchase, orderId, gb, promo] {
        // Without the order's traffic before, a lost answer could never be settled.
        if (!purchase->quantityBefore() && purchase->preparationError().isError()) {
            m_err << tr("Nothing was bought: order %1 could not be read first.").arg(orderId)
                  << ' ';
            failed(purchase->preparationError());
            return;
        }
        purchase->send(gb, promo);
    });
    connect(purchase, &BandwidthPurchase::succeeded, this,
            [this, orderId, gb](const QString &message) { printBandwidthAdded(orderId, gb, message); });
    connect(purchase, &BandwidthPurchase::refused, this, [this](const ApiError &error) {
        if (!error.wasSent())
            m_err << tr("Nothing was sent, so nothing was bought.") << ' ';
        failedSpending(error);
    });
    connect(purchase, &BandwidthPurchase::reconciled, this,
            [this, purchase, gb] { onBandwidthReconciled(*purchase, gb); });
    // No price is asked for: the product only matters to the quote.
    purchase->prepare(orderId, QString());
}

void CliRunner::onBandwidthReconciled(const BandwidthPurchase &purchase, qint64 gb)
{
    const qint64 id = purchase.orderId();
    m_err << purchase.error().message() << '\n';
    switch (purchase.verdict()) {
    case BandwidthPurchase::Verdict::Added:
        m_err << tr("The answer was lost, but order %1 was read back: %2 GB were added.")
                     .arg(id)
                     .arg(gb)
              << '\n';
        printBandwidthAdded(id, gb, tr("Found after the answer was lost"));
        return;
    case BandwidthPurchase::Verdict::NotAdded:
        m_err << tr("Order %1 was read back: no traffic was added and the balance is unchanged; "
                    "it is safe to try again.")
                     .arg(id)
              << '\n';
        done(ExitCodes::forError(purchase.error()));
        return;
    case BandwidthPurchase::Verdict::Unclear:
        m_err << tr("Whether the traffic was added is not known: check 'order %1' and 'me' "
                    "before trying again.")
                     .arg(id)
              << '\n';
        done(ExitCode::OutcomeUnknown);
        return;
    }
}

void CliRunner::printBandwidthAdded(qint64 orderId, qint64 gb, const QString &message)
{
    CliTable t;
    t.headers = QStringList{u"order_id"_s, u"added_gb"_s, u"message"_s};
    t.rows.append(QStringList{QString::number(orderId), QString::number(gb),
                              message.isEmpty() ? u"-"_s : message});
    t.json = QJsonObject{{u"order_id"_s, orderId}, {u"added_gb"_s, gb}, {u"message"_s, message}};
    print(t);
}
