#pragma once

#include "api/apiclient.h"
#include "domain/apierror.h"
#include "domain/subuser.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

class SubUserService;

// Changes residential sub-users on the server: create, rename, delete, traffic, password. One
// change per sub-user at a time; the row shows it as pending until the server answers. A
// refusal puts the row back and gives the server's words. None of the writes is re-sent: when
// an answer is lost the user (or, for a create, the list) is read back and the outcome judged
// from what the server now says.
class SubUserEditor final : public QObject
{
    Q_OBJECT

public:
    enum class Action { Create, Rename, Delete, AddTraffic, SubtractTraffic, NewPassword };
    Q_ENUM(Action)

    SubUserEditor(ApiClient *client, SubUserService *users, QObject *parent = nullptr);

    // Each returns false, sending nothing, when that user (or, for create, that pool) is busy
    // or the input cannot be sent; lastRefusal() says why.
    bool create(ProxyType type, const QString &name, qint64 gb);
    bool rename(ProxyType type, const QString &userId, const QString &name);
    bool remove(ProxyType type, const QString &userId);
    bool changeTraffic(ProxyType type, const QString &userId, ApiClient::TrafficChange change, qint64 gb);
    // One add or subtract of the difference to the allotment now listed; false when equal.
    bool setAllotment(ProxyType type, const QString &userId, qint64 gb);
    bool newPassword(ProxyType type, const QString &userId);

    bool isBusy(ProxyType type, const QString &userId) const;
    // The action pending on a user (only meaningful when isBusy).
    Action pendingAction(ProxyType type, const QString &userId) const;
    bool isCreating(ProxyType type) const { return isBusy(type, QString()); }
    QString lastRefusal() const { return m_lastRefusal; }

    // The checks the dialogs show before anything is sent; empty when fine.
    static QString nameProblem(const QString &name);
    static QString amountProblem(qint64 gb);

signals:
    void busyChanged(ProxyType type, const QString &userId, bool busy);
    // ok: the server confirmed it (or the read-back showed it happened). `userId` is the new
    // user's for a create that succeeded.
    void finished(SubUserEditor::Action action, ProxyType type, const QString &userId, bool ok,
                  const QString &message, const ApiError &error);

private:
    static QString key(ProxyType type, const QString &userId);
    bool begin(ProxyType type, const QString &userId, Action action);
    void end(Action action, ProxyType type, const QString &userId, bool ok, const QString &message,
             const ApiError &error);
    void finishCreate(ProxyType type, const QString &newUserId, bool ok, const QString &message,
                      const ApiError &error);
    void applyChange(const SubUser &before, const SubUserChange &change, Action action);
    // After a lost answer: read the user back and let `happened` judge it.
    void readBack(Action action, const SubUser &before, const ApiError &error,
                  std::function<bool(const SubUser &after)> happened);

    ApiClient *m_client;
    SubUserService *m_users;
    QHash<QString, Action> m_busy;
    QString m_lastRefusal;
};
