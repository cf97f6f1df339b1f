#include "proxytablemodel.h"

#include "domain/isodate.h"
#include "domain/proxyendpoint.h"
#include "proxycheckmodel.h"
#include "services/proxychecker.h"

#include <QLocale>

ProxyTableModel::ProxyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int ProxyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxies.size());
}

int ProxyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActiveProxy &p = m_proxies.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case IpColumn:
            return p.ip;
        case HttpPortColumn:
            return p.httpPort;
        case SocksPortColumn:
            return p.socksPort;
        case UserColumn:
            return p.username;
        case PasswordColumn:
            return p.password;
        case UntilColumn:
            return p.until;
        case StatusColumn:
            return p.status;
        case SignatureColumn:
            return p.signature;
        case CheckColumn:
            return checkText(index.row());
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == HttpPortColumn || index.column() == SocksPortColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole && index.column() == PasswordColumn && !m_passwordsVisible)
        return tr("Password hidden");
    if (role == Qt::AccessibleTextRole && index.column() == SignatureColumn && p.signature.isEmpty())
        return tr("No p0f signature");
    if (role == Qt::AccessibleTextRole && index.column() == CheckColumn &&
        checkText(index.row()).isEmpty())
        return tr("Not checked");
    if (role == Qt::ToolTipRole && index.column() == UntilColumn)
        return p.until;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IpColumn:
        return p.ip;
    case HttpPortColumn:
        return p.httpPort > 0 ? QString::number(p.httpPort) : QString();
    case SocksPortColumn:
        return p.socksPort > 0 ? QString::number(p.socksPort) : QString();
    case UserColumn:
        return p.username;
    case PasswordColumn:
        // A fixed-width mask: the length of a password is itself a hint.
        return m_passwordsVisible ? p.password : QStringLiteral("••••••••");
    case UntilColumn: {
        // The contract only promises "a date string": show local time when it parses.
        const QDateTime when = IsoDate::parse(p.until);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                              : p.until;
    }
    case StatusColumn:
        return p.status;
    case SignatureColumn:
        return p.signature;
    case CheckColumn:
        return checkText(index.row());
    default:
        return {};
    }
}

QVariant ProxyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IpColumn:
        return tr("IP address");
    case HttpPortColumn:
        return tr("HTTP port");
    case SocksPortColumn:
        return tr("SOCKS port");
    case UserColumn:
        return tr("User");
    case PasswordColumn:
        return tr("Password");
    case UntilColumn:
        //: Column header: the proxy works until this date
        return tr("Until");
    case StatusColumn:
        return tr("Status");
    case SignatureColumn:
        //: Column header: the proxy's p0f (passive OS fingerprint) signature
        return tr("p0f signature");
    case CheckColumn:
        //: Column header: what the last proxy check found
        return tr("Check");
    default:
        return {};
    }
}

void ProxyTableModel::setProxies(const QList<ActiveProxy> &proxies)
{
    beginResetModel();
    m_proxies = proxies;
    m_rowByEndpoint.clear();
    for (qsizetype row = 0; row < m_proxies.size(); ++row) {
        for (ProxyProtocol protocol : {ProxyProtocol::Http, ProxyProtocol::Socks5})
            m_rowByEndpoint.insert(endpointOf(m_proxies.at(row), protocol).key(), int(row));
    }
    endResetModel();
}

void ProxyTableModel::setPasswordsVisible(bool visible)
{
    if (visible == m_passwordsVisible)
        return;
    m_passwordsVisible = visible;
    if (!m_proxies.isEmpty())
        emit dataChanged(index(0, PasswordColumn), index(rowCount() - 1, PasswordColumn),
                         {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void ProxyTableModel::setChecker(const ProxyChecker *checker)
{
    m_checker = checker;
    const auto refresh = [this] {
        if (!m_proxies.isEmpty())
            emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    };
    connect(checker, &ProxyChecker::runStarted, this, refresh);
    connect(checker, &ProxyChecker::finished, this, refresh);
    connect(checker, &ProxyChecker::resultChanged, this, [this](int i) {
        // Only this order's row is repainted, found by the endpoint's key: a result elsewhere
        // changes nothing here, and a thousand results do not scan the list a thousand times.
        const int row = m_rowByEndpoint.value(m_checker->endpoints().at(i).key(), -1);
        if (row >= 0)
            emit dataChanged(index(row, CheckColumn), index(row, CheckColumn));
    });
    refresh();
}

ProxyEndpoint ProxyTableModel::endpointOf(const ActiveProxy &p, ProxyProtocol protocol)
{
    return {protocol, p.ip, protocol == ProxyProtocol::Http ? p.httpPort : p.socksPort,
            p.username, p.password, 0};
}

QString ProxyTableModel::checkText(int row) const
{
    if (!m_checker || row < 0 || row >= m_proxies.size())
        return {};
    const ActiveProxy &p = m_proxies.at(row);
    QStringList parts;
    for (ProxyProtocol protocol : {ProxyProtocol::Http, ProxyProtocol::Socks5}) {
        const int port = protocol == ProxyProtocol::Http ? p.httpPort : p.socksPort;
        if (port <= 0)
            continue;
        const ProxyCheckResult *r = m_checker->resultFor(endpointOf(p, protocol));
        if (!r || r->outcome == ProxyCheckResult::Outcome::Waiting)
            continue;
        QString text = ProxyCheckResult::label(r->outcome);
        if (r->works() && r->totalMs >= 0)
            text = tr("%1, %2").arg(text, ProxyCheckModel::millisecondsText(r->totalMs));
        parts << tr("%1: %2").arg(ProxyEndpoint::protocolLabel(protocol), text);
    }
    return parts.join(QStringLiteral(" · "));
}
