#include "countrystockmodel.h"

#include "domain/product.h"
#include "purchase/catalogservice.h"

#include <QLocale>

CountryStockModel::CountryStockModel(CatalogService *catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    connect(catalog, &CatalogService::stockUpdated, this, &CountryStockModel::updateStock);
    connect(catalog, &CatalogService::stockFailed, this, &CountryStockModel::updateStock);
}

QString CountryStockModel::countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

void CountryStockModel::setProduct(const Product *product)
{
    beginResetModel();
    m_rows.clear();
    m_kind = product ? product->kind : ProductKind::Other;
    if (product) {
        for (const QString &code : product->locations())
            m_rows.append(Row{code, countryName(code), m_catalog->stockFor(m_kind, code)});
    }
    endResetModel();
}

void CountryStockModel::updateStock()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 stock = m_catalog->stockFor(m_kind, m_rows.at(row).code);
        if (stock == m_rows.at(row).stock)
            continue;
        m_rows[row].stock = stock;
        // The whole row: the stock text and whether the row can be chosen.
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int CountryStockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountryStockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CountryStockModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).code.compare(code, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString CountryStockModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

qint64 CountryStockModel::stockAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).stock : -1;
}

Qt::ItemFlags CountryStockModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).stock == 0)
        return Qt::ItemNeverHasChildren; // sold out: shown, not selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CountryStockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const auto stockText = [&r]() -> QString {
        if (r.stock < 0)
            //: Stock of a country in the purchase wizard: the server did not say
            return tr("unknown");
        if (r.stock == 0)
            //: Stock of a country in the purchase wizard
            return tr("sold out");
        //: Stock of a country in the purchase wizard; %1 is a number
        return tr("%1 available").arg(QLocale().toString(r.stock));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CountryColumn:
            return r.name;
        case CodeColumn:
            return r.code;
        case StockColumn:
            return stockText();
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        // Each cell is read as its own text; the row's summary is the first cell's description.
        if (index.column() != CountryColumn)
            return {};
        return tr("%1 (%2), %3").arg(r.name, r.code, stockText());
    case Qt::ToolTipRole:
        if (r.stock == 0)
            return tr("Sold out in %1 right now.").arg(r.name);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StockColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CodeRole:
        return r.code;
    case SearchRole:
        return QString(r.name + u' ' + r.code);
    case StockRole:
        return r.stock;
    case SortRole:
        switch (index.column()) {
        case CountryColumn:
            return r.name;
        case CodeColumn:
            return r.code;
        case StockColumn:
            return r.stock;
        }
        return {};
    default:
        return {};
    }
}

QVariant CountryStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CountryColumn:
        //: Column header in the location list of the purchase wizard
        return tr("Country");
    case CodeColumn:
        //: Column header: the two-letter ISO country code
        return tr("Code");
    case StockColumn:
        //: Column header: how many proxies are in stock
        return tr("Stock");
    default:
        return {};
    }
}
