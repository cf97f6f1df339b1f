#include "subusersmodel.h"

#include "services/subusereditor.h"
#include "services/subuserservice.h"

#include <QFont>
#include <QLocale>

SubUsersModel::SubUsersModel(SubUserService *users, SubUserEditor *editor, QObject *parent)
    : QAbstractTableModel(parent), m_users(users), m_editor(editor)
{
    // The service announces every change before making it; the model follows row by row.
    connect(m_users, &SubUserService::usersAboutToBeReset, this, [this](ProxyType type) {
        if (type == m_type)
            beginResetModel();
    });
    connect(m_users, &SubUserService::usersReset, this, [this](ProxyType type) {
        if (type != m_type)
            return;
        m_shown.clear();
        endResetModel();
    });
    connect(m_users, &SubUserService::userAboutToBeAdded, this, [this](ProxyType type, int row) {
        if (type == m_type)
            beginInsertRows({}, row, row);
    });
    connect(m_users, &SubUserService::userAdded, this, [this](const SubUser &user) {
        if (user.type == m_type)
            endInsertRows();
    });
    connect(m_users, &SubUserService::userChanged, this, [this](const SubUser &user) {
        if (user.type == m_type)
            emitRowChanged(rowOf(user.type, user.userId));
    });
    connect(m_users, &SubUserService::userAboutToBeRemoved, this, [this](ProxyType type, int row) {
        if (type == m_type)
            beginRemoveRows({}, row, row);
    });
    connect(m_users, &SubUserService::userRemoved, this, [this](ProxyType type, const QString &userId) {
        if (type != m_type)
            return;
        m_shown.remove(userId);
        endRemoveRows();
    });
    if (m_editor) {
        connect(m_editor, &SubUserEditor::busyChanged, this,
                [this](ProxyType type, const QString &userId, bool) {
                    if (type == m_type)
                        emitRowChanged(rowOf(type, userId));
                });
    }
}

void SubUsersModel::setType(ProxyType type)
{
    if (type == m_type)
        return;
    beginResetModel();
    m_type = type;
    m_shown.clear();
    endResetModel();
}

int SubUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users->users(m_type).size());
}

int SubUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SubUser *SubUsersModel::userAt(int row) const
{
    const QList<SubUser> &users = m_users->users(m_type);
    return row >= 0 && row < users.size() ? &users.at(row) : nullptr;
}

int SubUsersModel::rowOf(ProxyType type, const QString &userId) const
{
    const QList<SubUser> &users = m_users->users(type);
    for (int i = 0; i < users.size(); ++i) {
        if (users.at(i).userId == userId)
            return i;
    }
    return -1;
}

QModelIndex SubUsersModel::indexOfUser(const QString &userId, int column) const
{
    const int row = rowOf(m_type, userId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void SubUsersModel::emitRowChanged(int row)
{
    if (row >= 0 && row < rowCount())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SubUsersModel::setPasswordShown(const QString &userId, bool shown)
{
    if (shown)
        m_shown.insert(userId);
    else
        m_shown.remove(userId);
    const QModelIndex cell = indexOfUser(userId, PasswordColumn);
    if (cell.isValid())
        emit dataChanged(cell, cell);
}

QString SubUsersModel::trafficText(const TrafficAmount &amount)
{
    const double gb = amount.apiUnits();
    const bool whole = amount.bytes() % TrafficAmount::kBytesPerApiUnit == 0;
    return tr("%1 GB").arg(QLocale().toString(gb, 'f', whole ? 0 : 2));
}

QString SubUsersModel::usageText(const SubUser &user)
{
    const QString allotted = trafficText(user.allotted);
    if (!user.spent)
        return tr("? of %1").arg(allotted);
    const auto fraction = user.spentFraction();
    const QString spent = QLocale().toString(user.spent->apiUnits(), 'f',
                                             user.spent->bytes() % TrafficAmount::kBytesPerApiUnit ? 2 : 0);
    if (!fraction)
        return tr("%1 of %2").arg(spent, allotted);
    return tr("%1 of %2 (%3 %)").arg(spent, allotted).arg(qRound(*fraction * 100));
}

QVariant SubUsersModel::data(const QModelIndex &index, int role) const
{
    const SubUser *user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user || index.column() >= ColumnCount)
        return {};
    const bool pending = m_editor && m_editor->isBusy(user->type, user->userId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return user->name.isEmpty() ? tr("(no name)") : user->name;
        case UserIdColumn:
            return user->userId;
        case TrafficColumn:
            return usageText(*user);
        case RemainingColumn:
            return user->spent ? trafficText(user->remaining()) : tr("unknown");
        case PasswordColumn:
            if (user->password.isEmpty())
                return tr("no password given");
            if (m_shown.contains(user->userId))
                return user->password;
            return role == Qt::AccessibleTextRole ? tr("password hidden") : kMask.toString();
        }
        break;
    case Qt::ToolTipRole:
        if (pending)
            return tr("Saving this change…");
        if (index.column() == PasswordColumn && !m_shown.contains(user->userId))
            return tr("Hidden. Use Show password to see it.");
        break;
    case Qt::FontRole:
        if (pending) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RemainingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return user->name;
        case UserIdColumn: {
            bool ok = false;
            const qint64 n = user->userId.toLongLong(&ok);
            return ok ? QVariant(n) : QVariant(user->userId);
        }
        case TrafficColumn:
            return user->spentFraction().value_or(-1.0);
        case RemainingColumn:
            return user->spent ? user->remaining().bytes() : qint64(-1);
        case PasswordColumn:
            return QString();
        }
        break;
    case UserIdRole:
        return user->userId;
    case SpentFractionRole:
        if (const auto f = user->spentFraction())
            return *f;
        return {};
    case PendingRole:
        return pending;
    default:
        break;
    }
    return {};
}

QVariant SubUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UserIdColumn:
        return tr("User ID");
    case TrafficColumn:
        return tr("Traffic used");
    case RemainingColumn:
        return tr("Remaining");
    case PasswordColumn:
        return tr("Password");
    }
    return {};
}
