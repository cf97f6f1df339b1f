#include "proxycheckmodel.h"

#include "services/proxychecker.h"
#include "tone.h"

#include <QLocale>

namespace {

using Outcome = ProxyCheckResult::Outcome;

// Failed first, then the ones still going, then the working ones: what needs attention on top.
int failedFirstRank(Outcome o)
{
    switch (o) {
    case Outcome::AuthFailed:
    case Outcome::Refused:
    case Outcome::TimedOut:
    case Outcome::Dns:
    case Outcome::Tls:
    case Outcome::BadAnswer:
    case Outcome::Failed:
        return 0;
    case Outcome::Cancelled:
        return 1;
    case Outcome::Checking:
        return 2;
    case Outcome::Waiting:
        return 3;
    case Outcome::Works:
        return 4;
    }
    return 5;
}

std::optional<Tone::Kind> toneOf(const ProxyCheckResult &r)
{
    if (r.works())
        return Tone::Kind::Good;
    if (r.outcome == Outcome::Checking)
        return Tone::Kind::Info;
    if (r.outcome == Outcome::Waiting || r.outcome == Outcome::Cancelled)
        return Tone::Kind::Muted;
    return Tone::Kind::Bad;
}

} // namespace

ProxyCheckModel::ProxyCheckModel(ProxyChecker *checker, QObject *parent)
    : QAbstractTableModel(parent), m_checker(checker), m_rows(int(checker->endpoints().size()))
{
    connect(checker, &ProxyChecker::runStarted, this, [this] {
        beginResetModel();
        m_rows = int(m_checker->endpoints().size());
        endResetModel();
    });
    connect(checker, &ProxyChecker::resultChanged, this, [this](int row) {
        if (row < 0 || row >= m_rows)
            return;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int ProxyCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProxyCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProxyCheckModel::millisecondsText(int ms)
{
    return ms < 0 ? QString() : tr("%1 ms").arg(QLocale().toString(ms));
}

QVariant ProxyCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProxyEndpoint &e = m_checker->endpoints().at(index.row());
    const ProxyCheckResult &r = m_checker->results().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case ResultColumn:
            return ProxyCheckResult::label(r.outcome);
        case ProxyColumn:
            return e.address();
        case ProtocolColumn:
            return ProxyEndpoint::protocolLabel(e.protocol);
        case UserColumn:
            return e.username;
        case OrderColumn:
            return e.orderId > 0 ? QString::number(e.orderId) : QString();
        case ConnectColumn:
            return millisecondsText(r.connectMs);
        case TotalColumn:
            return millisecondsText(r.totalMs);
        case StatusColumn:
            return r.httpStatus > 0 ? QString::number(r.httpStatus) : QString();
        case ExitIpColumn:
            return r.exitIp;
        case CountryColumn:
            return r.country;
        case DetailColumn:
            return r.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ResultColumn || column == DetailColumn)
            return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
        return {};
    case Qt::ForegroundRole:
        if (column != ResultColumn)
            return {};
        if (const auto tone = toneOf(r))
            return Tone::text(*tone);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ConnectColumn || column == TotalColumn || column == StatusColumn ||
            column == OrderColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        // Numbers sort as numbers (an unknown -1 first); text columns as they read.
        switch (column) {
        case ResultColumn:
            return failedFirstRank(r.outcome) * 100 + int(r.outcome);
        case ProtocolColumn:
            return int(e.protocol);
        case OrderColumn:
            return e.orderId;
        case ConnectColumn:
            return r.connectMs;
        case TotalColumn:
            return r.totalMs;
        case StatusColumn:
            return r.httpStatus;
        default:
            return data(index, Qt::DisplayRole);
        }
    case OutcomeRole:
        return int(r.outcome);
    case FailedRole:
        return r.failed();
    default:
        return {};
    }
}

QVariant ProxyCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case ProxyColumn:
        return tr("Proxy");
    case ProtocolColumn:
        return tr("Protocol");
    case UserColumn:
        return tr("User");
    case OrderColumn:
        return tr("Order");
    case ConnectColumn:
        return tr("Connect");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("HTTP");
    case ExitIpColumn:
        return tr("Exit IP");
    case CountryColumn:
        return tr("Country");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}
