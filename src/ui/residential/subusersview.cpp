#include "subusersview.h"

#include "accessiblevalue.h"
#include "actions/actionmessage.h"
#include "clearbutton.h"
#include "residential/subuserdialog.h"
#include "residential/trafficbardelegate.h"
#include "subusersmodel.h"
#include "ui_subusersview.h"

#include "services/subuserservice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace {

SubUsersView::Prompts dialogPrompts(QWidget *parent)
{
    SubUsersView::Prompts p;
    p.create = [parent](ProxyType type, QString &name, qint64 &gb) {
        SubUserDialog dialog(type, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        name = dialog.name();
        gb = dialog.gb();
        return true;
    };
    p.rename = [parent](const QString &current, QString &name) {
        bool ok = false;
        name = QInputDialog::getText(parent, SubUsersView::tr("Rename sub-user"),
                                     SubUsersView::tr("New name:"), QLineEdit::Normal, current, &ok);
        return ok;
    };
    p.traffic = [parent](qint64 current, qint64 &gb) {
        bool ok = false;
        gb = QInputDialog::getInt(parent, SubUsersView::tr("Sub-user traffic"),
                                  SubUsersView::tr("Traffic this sub-user may use, in GB (now %L1 GB):")
                                      .arg(current),
                                  int(qMax<qint64>(current, 1)), 1, 1000000, 1, &ok);
        return ok;
    };
    p.confirm = [parent](const QString &question) {
        return QMessageBox::question(parent, SubUsersView::tr("Sub-users"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    return p;
}

} // namespace

SubUsersView::SubUsersView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SubUsersView>())
{
    m_ui->setupUi(this);
    m_prompts = dialogPrompts(this);
    AccessibleValue::expose(m_ui->summaryLabel);
    AccessibleValue::expose(m_ui->messageLabel);
    ClearButton::name(m_ui->subUserSearch, tr("Clear search"));
    m_ui->typeCombo->addItem(tr("Standard"), QVariant::fromValue(int(ProxyType::Standart)));
    m_ui->typeCombo->addItem(tr("Premium"), QVariant::fromValue(int(ProxyType::Premium)));

    const std::pair<QToolButton *, QAction *> buttons[] = {
        {m_ui->newButton, m_ui->actionNew},         {m_ui->renameButton, m_ui->actionRename},
        {m_ui->trafficButton, m_ui->actionTraffic}, {m_ui->passwordButton, m_ui->actionPassword},
        {m_ui->showPasswordButton, m_ui->actionShowPassword},
        {m_ui->copyButton, m_ui->actionCopy},       {m_ui->deleteButton, m_ui->actionDelete},
        {m_ui->reloadButton, m_ui->actionReload}};
    for (const auto &[button, action] : buttons) {
        button->setDefaultAction(action);
        // The shortcuts act while the view (or a child) has focus, not across the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    for (QAction *action : {m_ui->actionRename, m_ui->actionTraffic, m_ui->actionPassword,
                            m_ui->actionShowPassword, m_ui->actionCopy, m_ui->actionDelete})
        m_ui->table->addAction(action);

    connect(m_ui->actionNew, &QAction::triggered, this, &SubUsersView::createUser);
    connect(m_ui->actionRename, &QAction::triggered, this, &SubUsersView::renameSelected);
    connect(m_ui->actionTraffic, &QAction::triggered, this, &SubUsersView::changeTrafficOfSelected);
    connect(m_ui->actionPassword, &QAction::triggered, this, &SubUsersView::newPasswordForSelected);
    // Toggled, not triggered: a screen reader toggles the checkable button, which changes the
    // button alone; the action follows the button and the password follows the action.
    connect(m_ui->actionShowPassword, &QAction::toggled, this, &SubUsersView::setPasswordShown);
    connect(m_ui->showPasswordButton, &QToolButton::toggled, m_ui->actionShowPassword, [this](bool on) {
        if (m_ui->actionShowPassword->isChecked() != on)
            m_ui->actionShowPassword->setChecked(on);
    });
    connect(m_ui->actionCopy, &QAction::triggered, this, &SubUsersView::copySelectedLogin);
    connect(m_ui->actionDelete, &QAction::triggered, this, &SubUsersView::deleteSelected);
    connect(m_ui->actionReload, &QAction::triggered, this, &SubUsersView::reload);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this,
            [this] { setType(ProxyType(m_ui->typeCombo->currentData().toInt())); });
    updateActions();
}

SubUsersView::~SubUsersView() = default;

void SubUsersView::attach(SubUserService *users, SubUserEditor *editor, GeoService *geo)
{
    m_users = users;
    m_editor = editor;
    m_model = new SubUsersModel(users, editor, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SubUsersModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->table->setModel(m_proxy);
    m_ui->table->setItemDelegateForColumn(SubUsersModel::TrafficColumn, new TrafficBarDelegate(this));
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubUsersModel::TrafficColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->sortByColumn(SubUsersModel::NameColumn, Qt::AscendingOrder);
    m_ui->geoPicker->setService(geo);

    connect(m_ui->subUserSearch, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubUsersView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SubUsersView::updateActions);
    connect(m_users, &SubUserService::loadingChanged, this, [this] { updateSummary(); });
    connect(m_users, &SubUserService::usersReset, this, [this] { updateSummary(); });
    connect(m_users, &SubUserService::userAdded, this, [this] { updateSummary(); });
    connect(m_users, &SubUserService::userChanged, this, [this] { updateSummary(); });
    connect(m_users, &SubUserService::userRemoved, this, [this] { updateSummary(); });
    connect(m_users, &SubUserService::loadFailed, this, [this] { updateSummary(); });
    connect(m_editor, &SubUserEditor::busyChanged, this, &SubUsersView::updateActions);
    connect(m_editor, &SubUserEditor::finished, this, &SubUsersView::onFinished);
    updateSummary();
}

ProxyType SubUsersView::type() const
{
    return m_model ? m_model->type() : ProxyType::Standart;
}

void SubUsersView::setType(ProxyType type)
{
    const int index = m_ui->typeCombo->findData(int(type));
    if (index != m_ui->typeCombo->currentIndex()) {
        m_ui->typeCombo->setCurrentIndex(index); // comes back here through the combo
        return;
    }
    if (!m_model)
        return;
    m_ui->actionShowPassword->setChecked(false);
    m_model->setType(type);
    m_ui->geoPicker->setType(type);
    if (isVisible() && !m_users->isLoaded(type) && !m_users->isLoading(type))
        m_users->load(type);
    updateSummary();
    updateActions();
}

void SubUsersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A hidden view costs no request: the list loads the first time it is seen.
    if (m_users && !m_users->isLoaded(type()) && !m_users->isLoading(type()))
        m_users->load(type());
}

void SubUsersView::reload()
{
    if (m_users)
        m_users->load(type());
}

const SubUser *SubUsersView::selectedUser() const
{
    if (!m_model)
        return nullptr;
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->userAt(m_proxy->mapToSource(rows.first()).row());
}

QString SubUsersView::selectedUserId() const
{
    const SubUser *user = selectedUser();
    return user ? user->userId : QString();
}

bool SubUsersView::selectUser(const QString &userId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfUser(userId));
    if (!index.isValid())
        return false;
    m_ui->table->selectRow(index.row());
    m_ui->table->setCurrentIndex(index);
    return true;
}

QList<QAction *> SubUsersView::serverActions() const
{
    return {m_ui->actionNew, m_ui->actionRename, m_ui->actionTraffic, m_ui->actionPassword,
            m_ui->actionDelete};
}

void SubUsersView::updateActions()
{
    const SubUser *user = selectedUser();
    const bool idle = user && m_editor && !m_editor->isBusy(user->type, user->userId);
    for (QAction *action : {m_ui->actionRename, m_ui->actionTraffic, m_ui->actionPassword,
                            m_ui->actionDelete})
        action->setEnabled(idle);
    m_ui->actionCopy->setEnabled(user && !user->password.isEmpty());
    m_ui->actionShowPassword->setEnabled(user && !user->password.isEmpty());
    const QSignalBlocker blocker(m_ui->actionShowPassword);
    m_ui->actionShowPassword->setChecked(user && m_model->isPasswordShown(user->userId));
    m_ui->actionNew->setEnabled(m_editor && !m_editor->isCreating(type()));
}

void SubUsersView::updateSummary()
{
    if (!m_users)
        return;
    const ProxyType t = type();
    const QList<SubUser> &users = m_users->users(t);
    QString text;
    if (m_users->isLoading(t)) {
        text = users.isEmpty() ? tr("Loading the sub-users…")
                               : tr("%Ln sub-user(s); reading the list again…", nullptr,
                                    int(users.size()));
    } else if (!m_users->isLoaded(t) && m_users->loadError(t).kind() == ApiError::Kind::None) {
        text = tr("The sub-users load when this view is shown.");
    } else {
        TrafficAmount allotted;
        for (const SubUser &u : users)
            allotted = TrafficAmount::fromBytes(allotted.bytes() + u.allotted.bytes());
        text = tr("%Ln sub-user(s), %1 allotted in all.", nullptr, int(users.size()))
                   .arg(SubUsersModel::trafficText(allotted));
        if (!m_users->skipped(t).isEmpty())
            text += u' ' + m_users->skipped(t).summary();
    }
    if (m_users->loadError(t).kind() != ApiError::Kind::None) {
        text += u' ' + tr("The list could not be read again: %1").arg(m_users->loadError(t).message());
        ActionMessage::showWarning(m_ui->summaryLabel, text);
    } else {
        ActionMessage::showInfo(m_ui->summaryLabel, text);
    }
}

QString SubUsersView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString SubUsersView::messageText() const
{
    return m_ui->messageLabel->isVisible() || !m_ui->messageLabel->text().isEmpty()
               ? m_ui->messageLabel->text()
               : QString();
}

void SubUsersView::refuse(bool sent)
{
    if (!sent)
        ActionMessage::showError(m_ui->messageLabel, m_editor->lastRefusal());
}

void SubUsersView::createUser()
{
    if (!m_editor)
        return;
    QString name;
    qint64 gb = 0;
    if (!m_prompts.create || !m_prompts.create(type(), name, gb))
        return;
    ActionMessage::showInfo(m_ui->messageLabel, tr("Creating %1…").arg(name));
    refuse(m_editor->create(type(), name, gb));
}

void SubUsersView::renameSelected()
{
    const SubUser *user = selectedUser();
    if (!user || !m_prompts.rename)
        return;
    const SubUser target = *user;
    QString name;
    if (!m_prompts.rename(target.name, name) || name.trimmed() == target.name)
        return;
    refuse(m_editor->rename(target.type, target.userId, name));
}

void SubUsersView::changeTrafficOfSelected()
{
    const SubUser *user = selectedUser();
    if (!user || !m_prompts.traffic)
        return;
    const SubUser target = *user;
    qint64 gb = 0;
    if (!m_prompts.traffic(target.allotted.wholeApiUnitsUp(), gb))
        return;
    refuse(m_editor->setAllotment(target.type, target.userId, gb));
}

void SubUsersView::newPasswordForSelected()
{
    const SubUser *user = selectedUser();
    if (!user || !m_prompts.confirm)
        return;
    const SubUser target = *user;
    const QString who = target.name.isEmpty() ? target.userId : target.name;
    if (!m_prompts.confirm(tr("Give %1 a new password? The old one stops working at once, for "
                              "every program that uses it.")
                               .arg(who)))
        return;
    refuse(m_editor->newPassword(target.type, target.userId));
}

void SubUsersView::deleteSelected()
{
    const SubUser *user = selectedUser();
    if (!user || !m_prompts.confirm)
        return;
    const SubUser target = *user;
    const QString named = target.name.isEmpty()
                              ? target.userId
                              : tr("%1 (ID %2)").arg(target.name, target.userId);
    if (!m_prompts.confirm(tr("Delete the sub-user %1? Its login stops working, and its unused "
                              "traffic goes back to the pool.")
                               .arg(named)))
        return;
    m_deletedNames.insert(target.userId, target.name);
    refuse(m_editor->remove(target.type, target.userId));
}

void SubUsersView::copySelectedLogin()
{
    const SubUser *user = selectedUser();
    if (!user || user->password.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(user->userId + u':' + user->password);
    ActionMessage::showInfo(m_ui->messageLabel,
                            tr("The login of %1 is on the clipboard (user ID:password).")
                                .arg(user->name.isEmpty() ? user->userId : user->name));
}

void SubUsersView::setPasswordShown(bool shown)
{
    const SubUser *user = selectedUser();
    if (user)
        m_model->setPasswordShown(user->userId, shown);
}

void SubUsersView::onFinished(SubUserEditor::Action action, ProxyType type, const QString &userId,
                              bool ok, const QString &message, const ApiError &error)
{
    const SubUser *user = m_users->find(type, userId);
    // A deleted user is gone from the list by now: its name was kept when it was asked for.
    const QString name = user ? user->name : m_deletedNames.take(userId);
    const QString who = name.isEmpty() ? userId : name;
    if (!ok) {
        const QString reason = error.message();
        QString text;
        switch (action) {
        case SubUserEditor::Action::Create:
            text = tr("The sub-user was not created: %1").arg(reason);
            break;
        case SubUserEditor::Action::Delete:
            text = tr("%1 was not deleted: %2").arg(who, reason);
            break;
        default:
            text = tr("%1 was not changed: %2").arg(who, reason);
            break;
        }
        if (error.leavesOutcomeUnknown())
            text += u' ' + tr("The answer was lost and reading back did not settle it; reload "
                              "the list before trying again.");
        ActionMessage::showError(m_ui->messageLabel, text);
        return;
    }
    QString text;
    switch (action) {
    case SubUserEditor::Action::Create:
        text = tr("Sub-user created.");
        break;
    case SubUserEditor::Action::Rename:
        text = tr("Renamed to %1.").arg(who);
        break;
    case SubUserEditor::Action::Delete:
        text = tr("%1 was deleted.").arg(who);
        break;
    case SubUserEditor::Action::AddTraffic:
    case SubUserEditor::Action::SubtractTraffic:
        text = user ? tr("%1 may now use %2.").arg(who, SubUsersModel::trafficText(user->allotted))
                    : tr("Traffic changed.");
        break;
    case SubUserEditor::Action::NewPassword:
        text = tr("%1 has a new password. Use Show password or Copy login to see it.").arg(who);
        break;
    }
    if (!message.isEmpty())
        text += u' ' + tr("The server said: %1").arg(message);
    ActionMessage::showInfo(m_ui->messageLabel, text);
    updateActions();
}
