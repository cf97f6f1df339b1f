#pragma once

#include "domain/apierror.h"
#include "domain/proxytype.h"
#include "services/subusereditor.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class SubUsersView;
}
class GeoService;
class QSortFilterProxyModel;
class SubUserService;
class SubUsersModel;

// The residential sub-users of one pool at a time: the list with each user's traffic as a bar,
// search, and the changes (new, rename, traffic, new password, delete) with the server's word
// on each. Passwords stay masked until asked for, one row at a time. The list loads the first
// time the view is shown for a pool; the places the pool can target are below it.
class SubUsersView final : public QWidget
{
    Q_OBJECT

public:
    SubUsersView(QWidget *parent = nullptr);
    ~SubUsersView() override;

    void attach(SubUserService *users, SubUserEditor *editor, GeoService *geo);

    void setType(ProxyType type);
    ProxyType type() const;
    void reload();

    SubUsersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The selected user's id; empty when none.
    QString selectedUserId() const;
    bool selectUser(const QString &userId);
    QString summaryText() const;
    QString messageText() const;
    // The actions that change something on the server (the window holds them back offline).
    QList<QAction *> serverActions() const;

    // The actions, each also reachable from the buttons, the context menu and the keyboard.
    void createUser();
    void renameSelected();
    void changeTrafficOfSelected();
    void newPasswordForSelected();
    void deleteSelected();
    void copySelectedLogin();
    void setPasswordShown(bool shown);

    // Tests answer the dialogs without showing them: given the question, return the answer.
    struct Prompts
    {
        std::function<bool(ProxyType type, QString &name, qint64 &gb)> create;
        std::function<bool(const QString &current, QString &name)> rename;
        std::function<bool(qint64 current, qint64 &gb)> traffic;
        std::function<bool(const QString &question)> confirm;
    };
    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void updateSummary();
    void onFinished(SubUserEditor::Action action, ProxyType type, const QString &userId, bool ok,
                    const QString &message, const ApiError &error);
    void refuse(bool sent);
    const SubUser *selectedUser() const;

    std::unique_ptr<Ui::SubUsersView> m_ui;
    SubUserService *m_users = nullptr;
    SubUserEditor *m_editor = nullptr;
    SubUsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    Prompts m_prompts;
    QHash<QString, QString> m_deletedNames; // user id → name, while its delete is on its way
};
