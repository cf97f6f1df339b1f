#include "productlistmodel.h"

#include "purchase/catalogservice.h"

ProductListModel::ProductListModel(CatalogService *catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    // A new catalogue replaces the whole list: a reset is the honest signal.
    connect(catalog, &CatalogService::catalogLoaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->catalog().products().size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Product *ProductListModel::productAt(int row) const
{
    const QList<Product> &products = m_catalog->catalog().products();
    return row >= 0 && row < products.size() ? &products.at(row) : nullptr;
}

int ProductListModel::rowOf(const QString &name) const
{
    const QList<Product> &products = m_catalog->catalog().products();
    for (int row = 0; row < products.size(); ++row) {
        if (products.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const Product *p = index.isValid() ? productAt(index.row()) : nullptr;
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? p->name : p->description;
    case Qt::ToolTipRole:
        return p->description;
    case Qt::AccessibleDescriptionRole:
        // Each cell is read as its own text (a table reader moves cell by cell); the row's
        // whole sentence is the first cell's description.
        if (index.column() != NameColumn)
            return {};
        return p->description.isEmpty() ? p->name : p->name + QStringLiteral(": ") + p->description;
    case NameRole:
        return p->name;
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: Column header in the product list of the purchase wizard
        return tr("Product");
    case DescriptionColumn:
        //: Column header in the product list of the purchase wizard
        return tr("Description");
    default:
        return {};
    }
}
