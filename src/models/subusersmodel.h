#pragma once

#include "domain/subuser.h"

#include <QAbstractTableModel>
#include <QSet>

class SubUserEditor;
class SubUserService;

// The sub-users of one residential pool as a table. It mirrors SubUserService row for row and
// never talks to the network. Passwords are masked unless shown for that row.
class SubUsersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UserIdColumn, TrafficColumn, RemainingColumn, PasswordColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // typed sort key: QString, or qint64 bytes, or double
        UserIdRole,
        SpentFractionRole, // double 0..1, or invalid when unknown (the bar's fill)
        PendingRole,       // bool: a change is on its way
    };

    static constexpr QStringView kMask = u"••••••••";

    SubUsersModel(SubUserService *users, SubUserEditor *editor, QObject *parent = nullptr);

    void setType(ProxyType type);
    ProxyType type() const { return m_type; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SubUser *userAt(int row) const;
    QModelIndex indexOfUser(const QString &userId, int column = NameColumn) const;
    // Shows or masks one row's password.
    void setPasswordShown(const QString &userId, bool shown);
    bool isPasswordShown(const QString &userId) const { return m_shown.contains(userId); }

    // "3.47 GB", "20 GB": the API's unit with at most two decimals, in the current locale.
    static QString trafficText(const TrafficAmount &amount);
    // "5 of 20 GB (25 %)", or "? of 20 GB" when the spend is unknown.
    static QString usageText(const SubUser &user);

private:
    int rowOf(ProxyType type, const QString &userId) const;
    void emitRowChanged(int row);

    SubUserService *m_users;
    SubUserEditor *m_editor;
    ProxyType m_type = ProxyType::Standart;
    QSet<QString> m_shown;
};
