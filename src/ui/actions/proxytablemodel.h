#pragma once

#include "domain/proxyendpoint.h"
#include "domain/proxylist.h"

#include <QAbstractTableModel>
#include <QHash>

class ProxyChecker;

// The proxies of one order as a table. Passwords are masked unless shown on purpose: the list
// is often on screen while sharing it.
class ProxyTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IpColumn,
        HttpPortColumn,
        SocksPortColumn,
        UserColumn,
        PasswordColumn,
        UntilColumn,
        StatusColumn,
        SignatureColumn, // the p0f signature of a proxy that holds a slot
        CheckColumn,     // the last proxy check's result, while the session keeps it
        ColumnCount
    };
    Q_ENUM(Column)
    // The unmasked value of any cell (the port as an int).
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ProxyTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setProxies(const QList<ActiveProxy> &proxies);
    const QList<ActiveProxy> &proxies() const { return m_proxies; }
    const ActiveProxy &proxyAt(int row) const { return m_proxies.at(row); }
    // Shows the checker's results in CheckColumn, following them as they arrive.
    void setChecker(const ProxyChecker *checker);
    // "HTTP: Works, 240 ms · SOCKS5: Refused"; empty when neither port was checked.
    QString checkText(int row) const;
    void setPasswordsVisible(bool visible);
    bool passwordsVisible() const { return m_passwordsVisible; }

private:
    static ProxyEndpoint endpointOf(const ActiveProxy &proxy, ProxyProtocol protocol);

    QList<ActiveProxy> m_proxies;
    bool m_passwordsVisible = false;
    const ProxyChecker *m_checker = nullptr;
    QHash<QString, int> m_rowByEndpoint; // ProxyEndpoint::key() of each port → row
};
