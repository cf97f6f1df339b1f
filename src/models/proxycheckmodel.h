#pragma once

#include "domain/proxycheckresult.h"

#include <QAbstractTableModel>

class ProxyChecker;

// The current run of the proxy checker as a table, one row per endpoint, updated row by row as
// results stream in. It mirrors ProxyChecker and never talks to the network. Passwords are not
// shown: a check is about the address, not the secret.
class ProxyCheckModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ResultColumn,
        ProxyColumn,
        ProtocolColumn,
        UserColumn,
        OrderColumn,
        ConnectColumn,
        TotalColumn,
        StatusColumn,
        ExitIpColumn,
        CountryColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // typed sort key; Result sorts failed first
        OutcomeRole,                 // int ProxyCheckResult::Outcome
        FailedRole,                  // bool: done and not working
    };

    explicit ProxyCheckModel(ProxyChecker *checker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "240 ms", or empty when the step was never reached.
    static QString millisecondsText(int ms);

private:
    ProxyChecker *m_checker;
    int m_rows = 0;
};
