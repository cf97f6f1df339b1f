#include "subusereditor.h"

#include "subuserservice.h"

#include <QSet>

#include <memory>

SubUserEditor::SubUserEditor(ApiClient *client, SubUserService *users, QObject *parent)
    : QObject(parent), m_client(client), m_users(users)
{
}

QString SubUserEditor::key(ProxyType type, const QString &userId)
{
    return ProxyTypes::apiName(type) + u'/' + userId;
}

bool SubUserEditor::isBusy(ProxyType type, const QString &userId) const
{
    return m_busy.contains(key(type, userId));
}

SubUserEditor::Action SubUserEditor::pendingAction(ProxyType type, const QString &userId) const
{
    return m_busy.value(key(type, userId), Action::Rename);
}

QString SubUserEditor::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the sub-user a name.");
    if (trimmed.size() > 64)
        return tr("A name may have at most 64 characters.");
    return {};
}

QString SubUserEditor::amountProblem(qint64 gb)
{
    if (gb < 1)
        return tr("The traffic must be at least 1 GB.");
    if (gb > TrafficAmount::kMaxApiUnits)
        return tr("That is more traffic than any pool holds.");
    return {};
}

bool SubUserEditor::begin(ProxyType type, const QString &userId, Action action)
{
    if (isBusy(type, userId)) {
        m_lastRefusal = tr("A change to this sub-user is still on its way.");
        return false;
    }
    m_busy.insert(key(type, userId), action);
    emit busyChanged(type, userId, true);
    return true;
}

void SubUserEditor::end(Action action, ProxyType type, const QString &userId, bool ok,
                        const QString &message, const ApiError &error)
{
    m_busy.remove(key(type, userId));
    emit busyChanged(type, userId, false);
    emit finished(action, type, userId, ok, message, error);
}

bool SubUserEditor::create(ProxyType type, const QString &name, qint64 gb)
{
    m_lastRefusal = nameProblem(name);
    if (m_lastRefusal.isEmpty())
        m_lastRefusal = amountProblem(gb);
    if (!m_lastRefusal.isEmpty() || !begin(type, QString(), Action::Create))
        return false;
    const QString wanted = name.trimmed();
    QSet<QString> known;
    for (const SubUser &u : m_users->users(type))
        known.insert(u.userId);
    m_client->createSubUser(type, wanted, gb, this, [=, this](ApiResult<SubUserChange> r) {
        if (r.ok() && r.value().user) {
            m_users->put(*r.value().user);
            finishCreate(type, r.value().user->userId, true, r.value().message, ApiError());
            return;
        }
        if (!r.ok() && !r.error().leavesOutcomeUnknown()) {
            finishCreate(type, QString(), false, QString(), r.error());
            return;
        }
        // Created with no user in the answer, or no answer at all: the list says which. A
        // user of that name that was not listed before is the one made.
        const ApiError lost = r.ok() ? ApiError() : r.error();
        const QString words = r.ok() ? r.value().message : QString();
        auto conn = std::make_shared<QMetaObject::Connection>();
        auto failConn = std::make_shared<QMetaObject::Connection>();
        auto settle = [=, this](bool loaded) {
            disconnect(*conn);
            disconnect(*failConn);
            if (loaded) {
                for (const SubUser &u : m_users->users(type)) {
                    if (!known.contains(u.userId) && u.name == wanted) {
                        finishCreate(type, u.userId, true, words, ApiError());
                        return;
                    }
                }
            }
            // The answer said success but the list does not show the user: still a success.
            finishCreate(type, QString(), lost.kind() == ApiError::Kind::None, words, lost);
        };
        *conn = connect(m_users, &SubUserService::usersReset, this,
                        [=](ProxyType t) { if (t == type) settle(true); });
        *failConn = connect(m_users, &SubUserService::loadFailed, this,
                            [=](ProxyType t, const ApiError &) { if (t == type) settle(false); });
        m_users->load(type);
    });
    return true;
}

void SubUserEditor::finishCreate(ProxyType type, const QString &newUserId, bool ok,
                                 const QString &message, const ApiError &error)
{
    // Busy under the pool's key (no id yet); finished names the user made when it is known.
    m_busy.remove(key(type, QString()));
    emit busyChanged(type, QString(), false);
    emit finished(Action::Create, type, newUserId, ok, message, error);
}

bool SubUserEditor::rename(ProxyType type, const QString &userId, const QString &name)
{
    m_lastRefusal = nameProblem(name);
    const SubUser *listed = m_users->find(type, userId);
    if (!m_lastRefusal.isEmpty() || !listed || !begin(type, userId, Action::Rename))
        return false;
    const SubUser before = *listed;
    SubUser shown = before;
    shown.name = name.trimmed();
    m_users->put(shown); // pending: the new name at once
    m_client->renameSubUser(type, userId, shown.name, this, [=, this](ApiResult<SubUserChange> r) {
        if (r.ok()) {
            applyChange(shown, r.value(), Action::Rename);
            end(Action::Rename, type, userId, true, r.value().message, ApiError());
        } else if (r.error().leavesOutcomeUnknown()) {
            readBack(Action::Rename, before, r.error(),
                     [name = shown.name](const SubUser &after) { return after.name == name; });
        } else {
            m_users->put(before);
            end(Action::Rename, type, userId, false, QString(), r.error());
        }
    });
    return true;
}

bool SubUserEditor::remove(ProxyType type, const QString &userId)
{
    const SubUser *listed = m_users->find(type, userId);
    if (!listed) {
        m_lastRefusal = tr("That sub-user is not listed.");
        return false;
    }
    if (!begin(type, userId, Action::Delete))
        return false;
    const SubUser before = *listed;
    m_client->deleteSubUser(type, userId, this, [=, this](ApiResult<SubUserChange> r) {
        // Gone is what was asked for, whoever got there first.
        if (r.ok() || r.error().kind() == ApiError::Kind::NotFound) {
            m_users->take(type, userId);
            end(Action::Delete, type, userId, true, r.ok() ? r.value().message : QString(), ApiError());
        } else if (r.error().leavesOutcomeUnknown()) {
            readBack(Action::Delete, before, r.error(), [](const SubUser &) { return false; });
        } else {
            end(Action::Delete, type, userId, false, QString(), r.error());
        }
    });
    return true;
}

bool SubUserEditor::changeTraffic(ProxyType type, const QString &userId,
                                  ApiClient::TrafficChange change, qint64 gb)
{
    m_lastRefusal = amountProblem(gb);
    const SubUser *listed = m_users->find(type, userId);
    const Action action = change == ApiClient::TrafficChange::Add ? Action::AddTraffic
                                                                   : Action::SubtractTraffic;
    if (!m_lastRefusal.isEmpty() || !listed || !begin(type, userId, action))
        return false;
    const SubUser before = *listed;
    const qint64 delta = change == ApiClient::TrafficChange::Add ? gb : -gb;
    m_client->changeSubUserTraffic(type, userId, change, gb, this, [=, this](ApiResult<SubUserChange> r) {
        if (r.ok()) {
            SubUserChange answer = r.value();
            if (!answer.allotted && !answer.user) {
                // The answer holds no figures: the user is read back for them.
                readBack(action, before, ApiError(), [](const SubUser &) { return true; });
                return;
            }
            applyChange(before, answer, action);
            end(action, type, userId, true, answer.message, ApiError());
        } else if (r.error().leavesOutcomeUnknown()) {
            const qint64 expected = before.allotted.bytes() + delta * TrafficAmount::kBytesPerApiUnit;
            readBack(action, before, r.error(), [expected](const SubUser &after) {
                return after.allotted.bytes() == expected;
            });
        } else {
            end(action, type, userId, false, QString(), r.error());
        }
    });
    return true;
}

bool SubUserEditor::setAllotment(ProxyType type, const QString &userId, qint64 gb)
{
    const SubUser *listed = m_users->find(type, userId);
    if (!listed) {
        m_lastRefusal = tr("That sub-user is not listed.");
        return false;
    }
    const qint64 now = listed->allotted.wholeApiUnitsUp();
    if (gb == now) {
        m_lastRefusal = tr("The sub-user already has %L1 GB.").arg(gb);
        return false;
    }
    return gb > now ? changeTraffic(type, userId, ApiClient::TrafficChange::Add, gb - now)
                    : changeTraffic(type, userId, ApiClient::TrafficChange::Subtract, now - gb);
}

bool SubUserEditor::newPassword(ProxyType type, const QString &userId)
{
    const SubUser *listed = m_users->find(type, userId);
    if (!listed) {
        m_lastRefusal = tr("That sub-user is not listed.");
        return false;
    }
    if (!begin(type, userId, Action::NewPassword))
        return false;
    const SubUser before = *listed;
    m_client->newSubUserPassword(type, userId, this, [=, this](ApiResult<SubUserChange> r) {
        if (r.ok() && !r.value().password.isEmpty()) {
            applyChange(before, r.value(), Action::NewPassword);
            end(Action::NewPassword, type, userId, true, r.value().message, ApiError());
        } else if (r.ok()) {
            // Changed, but the answer does not say to what: the user is read back for it.
            readBack(Action::NewPassword, before, ApiError(), [](const SubUser &) { return true; });
        } else if (r.error().leavesOutcomeUnknown()) {
            readBack(Action::NewPassword, before, r.error(), [old = before.password](const SubUser &after) {
                return after.password != old;
            });
        } else {
            end(Action::NewPassword, type, userId, false, QString(), r.error());
        }
    });
    return true;
}

void SubUserEditor::applyChange(const SubUser &before, const SubUserChange &change, Action action)
{
    SubUser after = before;
    if (change.user && change.user->userId == before.userId) {
        // A whole user in the answer: take what it knows, keep what it leaves out.
        if (!change.user->name.isEmpty() || action != Action::Rename)
            after.name = change.user->name.isEmpty() ? before.name : change.user->name;
        if (!change.user->password.isEmpty())
            after.password = change.user->password;
    }
    if (change.allotted)
        after.allotted = *change.allotted;
    if (change.spent)
        after.spent = change.spent;
    if (!change.password.isEmpty())
        after.password = change.password;
    m_users->put(after);
}

void SubUserEditor::readBack(Action action, const SubUser &before, const ApiError &error,
                             std::function<bool(const SubUser &)> happened)
{
    // The user stays busy until we know: nothing can be sent for it twice meanwhile.
    m_client->subUser(before.type, before.userId, this,
                      [=, this, happened = std::move(happened)](ApiResult<SubUser> r) {
        const bool answered = error.kind() == ApiError::Kind::None;
        if (r.ok()) {
            m_users->put(r.value());
            const bool ok = answered || happened(r.value());
            end(action, before.type, before.userId, ok, QString(), ok ? ApiError() : error);
            return;
        }
        if (r.error().kind() == ApiError::Kind::NotFound && action == Action::Delete) {
            m_users->take(before.type, before.userId);
            end(action, before.type, before.userId, true, QString(), ApiError());
            return;
        }
        if (action == Action::Rename && !answered)
            m_users->put(before);
        // The change was answered but the read-back failed: it happened, the figures are old.
        end(action, before.type, before.userId, answered, QString(), answered ? ApiError() : error);
    });
}
