#include "subuserservice.h"

#include "api/apiclient.h"

#include <QSet>

#include <memory>

struct SubUserService::Load
{
    ProxyType type = ProxyType::Standart;
    quint64 generation = 0;
    qint64 offset = 0;
    int pages = 0;
    bool lastPageShort = false;
    QList<SubUser> users;
    QSet<QString> seen;
    SkippedRows skipped;
};

SubUserService::SubUserService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

const SubUser *SubUserService::find(ProxyType type, const QString &userId) const
{
    const qsizetype i = indexOf(type, userId);
    return i < 0 ? nullptr : &pool(type).users.at(i);
}

qsizetype SubUserService::indexOf(ProxyType type, const QString &userId) const
{
    const QList<SubUser> &users = pool(type).users;
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (users.at(i).userId == userId)
            return i;
    }
    return -1;
}

void SubUserService::load(ProxyType type)
{
    Pool &p = pool(type);
    auto load = std::make_shared<Load>();
    load->type = type;
    load->generation = ++p.generation;
    if (!p.loading) {
        p.loading = true;
        emit loadingChanged(type, true);
    }
    readPage(load);
}

void SubUserService::readPage(const std::shared_ptr<Load> &load)
{
    m_client->subUsersPage(load->type, load->offset, kPageSize, this, [this, load](ApiResult<SubUsersPage> r) {
        if (pool(load->type).generation != load->generation)
            return;
        if (!r.ok()) {
            // The contract gives no total, so the list is read until a page comes back empty;
            // a server that refuses an offset past the end after a short page has ended it too.
            const bool pastTheEnd = load->lastPageShort && !r.error().isTransient() &&
                                    r.error().kind() != ApiError::Kind::Unauthorized;
            finishLoad(load, pastTheEnd ? ApiError() : r.error());
            return;
        }
        const SubUsersPage &page = r.value();
        ++load->pages;
        load->skipped.add(page.skipped);
        int fresh = 0;
        for (const SubUser &user : page.users) {
            if (load->seen.contains(user.userId))
                continue;
            load->seen.insert(user.userId);
            load->users.append(user);
            ++fresh;
        }
        // A page of nothing new (empty, unreadable, or the same page again) ends the list.
        const bool ended = page.rowsSent == 0 || fresh == 0;
        if (ended) {
            finishLoad(load, ApiError());
            return;
        }
        if (load->pages >= kMaxPages) {
            finishLoad(load, ApiError::protocol(
                                 tr("the sub-user list did not end after %1 pages")
                                     .arg(load->pages)));
            return;
        }
        load->lastPageShort = page.rowsSent < kPageSize;
        // Servers differ on whether a row we could not read counts towards the offset: moving
        // on by the rows read may ask for one again (dropped as seen), never skips one.
        load->offset += page.users.isEmpty() ? page.rowsSent : page.users.size();
        readPage(load);
    });
}

void SubUserService::finishLoad(const std::shared_ptr<Load> &load, const ApiError &error)
{
    Pool &p = pool(load->type);
    p.loading = false;
    p.error = error;
    if (error.kind() == ApiError::Kind::None) {
        emit usersAboutToBeReset(load->type);
        p.users = load->users;
        p.skipped = load->skipped;
        p.loaded = true;
        emit usersReset(load->type);
    } else {
        emit loadFailed(load->type, error);
    }
    emit loadingChanged(load->type, false);
}

void SubUserService::put(const SubUser &user)
{
    Pool &p = pool(user.type);
    const qsizetype i = indexOf(user.type, user.userId);
    if (i >= 0) {
        p.users[i] = user;
        emit userChanged(user);
    } else {
        emit userAboutToBeAdded(user.type, int(p.users.size()));
        p.users.append(user);
        emit userAdded(user);
    }
}

bool SubUserService::take(ProxyType type, const QString &userId)
{
    const qsizetype i = indexOf(type, userId);
    if (i < 0)
        return false;
    emit userAboutToBeRemoved(type, int(i));
    pool(type).users.removeAt(i);
    emit userRemoved(type, userId);
    return true;
}

void SubUserService::clear()
{
    for (ProxyType type : {ProxyType::Standart, ProxyType::Premium}) {
        Pool &p = pool(type);
        const bool wasLoading = p.loading;
        const quint64 generation = p.generation + 1;
        emit usersAboutToBeReset(type);
        p = Pool();
        p.generation = generation;
        emit usersReset(type);
        if (wasLoading)
            emit loadingChanged(type, false);
    }
}
