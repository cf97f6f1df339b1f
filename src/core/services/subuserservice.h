#pragma once

#include "domain/apierror.h"
#include "domain/subuser.h"

#include <QHash>
#include <QList>
#include <QObject>

class ApiClient;

// The residential sub-users of both pools, as last read from the server. A load reads every
// page; the list on hand is replaced only when the whole load succeeded, so a failure keeps
// the last good list on screen. The editor changes single rows through put() and take().
class SubUserService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    // A server that never ends its list is cut off here (and the load says so).
    static constexpr int kMaxPages = 200;

    explicit SubUserService(ApiClient *client, QObject *parent = nullptr);

    void load(ProxyType type);
    bool isLoading(ProxyType type) const { return pool(type).loading; }
    bool isLoaded(ProxyType type) const { return pool(type).loaded; }
    const QList<SubUser> &users(ProxyType type) const { return pool(type).users; }
    const SubUser *find(ProxyType type, const QString &userId) const;
    const SkippedRows &skipped(ProxyType type) const { return pool(type).skipped; }
    // Why the last load failed; kind None when it did not.
    const ApiError &loadError(ProxyType type) const { return pool(type).error; }

    // Inserts the user, or replaces the one with its id.
    void put(const SubUser &user);
    // Removes the user; false when it was not listed.
    bool take(ProxyType type, const QString &userId);
    // Another account or server: nothing of the old one stays.
    void clear();

signals:
    void loadingChanged(ProxyType type, bool loading);
    // Each change of the list is announced before it is made, so a model can follow row by row.
    void usersAboutToBeReset(ProxyType type);
    void usersReset(ProxyType type);
    void userAboutToBeAdded(ProxyType type, int row);
    void userAdded(const SubUser &user);
    void userChanged(const SubUser &user);
    void userAboutToBeRemoved(ProxyType type, int row);
    void userRemoved(ProxyType type, const QString &userId);
    void loadFailed(ProxyType type, const ApiError &error);

private:
    struct Pool
    {
        QList<SubUser> users;
        SkippedRows skipped;
        ApiError error;
        bool loading = false;
        bool loaded = false;
        quint64 generation = 0; // pages of a load that clear() or a newer load ended are dropped
    };
    struct Load;

    Pool &pool(ProxyType type) { return type == ProxyType::Premium ? m_premium : m_standart; }
    const Pool &pool(ProxyType type) const
    {
        return type == ProxyType::Premium ? m_premium : m_standart;
    }
    qsizetype indexOf(ProxyType type, const QString &userId) const;
    void readPage(const std::shared_ptr<Load> &load);
    void finishLoad(const std::shared_ptr<Load> &load, const ApiError &error);

    ApiClient *m_client;
    Pool m_standart;
    Pool m_premium;
};
