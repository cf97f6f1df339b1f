#pragma once

#include <QAbstractTableModel>

class CatalogService;
struct Product;

// The products on sale (rows merged by name), with their descriptions, in the server's order.
class ProductListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 }; // the product name as the API spells it

    explicit ProductListModel(CatalogService *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Product *productAt(int row) const;
    int rowOf(const QString &name) const;

private:
    CatalogService *m_catalog;
};
